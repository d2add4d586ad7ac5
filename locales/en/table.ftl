## The token list (ui/js/views/token-table.js, ui/js/lib/rows.js): column headers, the
## caption screen readers hear, the rows' chips and hover texts, and the empty states.

table-column-id = ID
table-column-name = Name
table-column-type = Type
table-column-created = Created
table-column-expires = Expires
table-column-last-used = Last used
table-column-actions = Actions
# The table's caption for screen readers. $column: the sorted column's header.
table-caption-ascending = API tokens, sorted by { $column }, ascending
table-caption-descending = API tokens, sorted by { $column }, descending
table-select-all = Select all tokens shown
# $name: the token's name; $id: its ID.
table-select-row = Select “{ $name }” (ID { $id })
table-env-title = Environment (your note)
table-local-key = On this device
table-local-key-title = The key for this token is saved in this computer’s vault.
table-key-hint-title = The start and the last 4 characters of the key on this device
table-unused = unused
table-unused-title = Not used for 90 days or more: if nothing needs this key, delete it.
# $query: what was typed in the filter.
table-empty-filtered = No tokens match “{ $query }”
table-empty-filtered-hint = Try part of a name, an ID, or “batch” / “realtime”.
table-empty = No tokens yet
table-empty-hint = API tokens created for this account on Scriptix will be listed here.

## One row's texts (ui/js/lib/rows.js).

table-row-no-name = (no name)
table-row-unknown = Unknown
# $date: the exact expiry date and time.
table-row-expiry-recorded = { $date } (recorded by this app when the token was created)
table-row-expiry-not-said = Scriptix did not say when this token expires.
# For screen readers. $date: the exact expiry date and time; $relative: e.g. "in 5 days".
table-row-expired-spoken = Expired { $date }, { $relative }
table-row-expires-spoken = Expires { $date }, { $relative }
table-row-expiry-unknown-spoken = Expiry unknown
# A row's name for screen readers, read when the row gets focus. $name: the token's name;
# $type: Batch or Realtime; $status: e.g. "Active"; $expiry: one of the three texts above;
# $used: the Last used cell's spoken text, e.g. "Never used".
table-row-label = { $name }, { $type }. { $status }. { $expiry }. { $used }.
# The expiry cell of an expired token. $relative: e.g. "3 days ago".
table-row-expired = Expired { $relative }
# The same cell while its row has focus or the pointer: the exact date instead. $date: e.g. "3 Mar 2026".
table-row-expired-on = Expired { $date }
