## Creating a token: the New API token dialog (ui/js/views/create-dialog.js), the one-time key
## reveal and "the key did not arrive" (reveal-dialog.js), and the banners for creates an
## earlier run left unfinished (interrupted-creates.js).

create-title = New API token
create-name = Name
create-name-hint = Say where it is used, for example “Production transcription”.
create-type = Type
create-type-batch-text = For recorded audio: upload files and collect the transcript when it is ready. Best for workflows and scheduled jobs.
create-type-realtime-text = For audio as it happens: transcripts arrive while the audio is still streaming.
create-realtime-note = Realtime keys are for live audio: live streams, live captions and meetings as they happen. For recordings, a batch key is the right one.
create-expires-after = Expires after
# Next to the recommended expiry period.
create-recommended = recommended
create-cancel = Cancel
create-submit = Create token
create-creating = Creating…
create-retry = Try again
create-not-created = The token was not created.
create-not-created-todo = Nothing was created, so it is safe to try again.
create-forbidden = This account may not create tokens.
create-forbidden-todo = Ask an organization admin to give you the Developer role, then sign in again.
create-quota = Your Scriptix plan does not allow this right now.
# $limit: how many tokens the organization may have.
create-limit = Your organization has reached its limit of { $limit ->
    [one] { $limit } token
   *[other] { $limit } tokens
}.
create-limit-unknown = Your organization has reached its token limit.
create-limit-todo = Delete tokens you no longer use, then create this one.

## The new key, shown once (also in the rotation wizard).

reveal-title = Your new API key
reveal-expiry-unknown = Expiry unknown
# $id: the token's ID.
reveal-token-id = ID { $id }
reveal-key-label = The new API key
reveal-copy = Copy
reveal-copy-env = Copy as env line
reveal-copy-env-title = Copies SCRIPTIX_API_TOKEN=… for a .env file
reveal-export = Export…
reveal-export-title = Save the key for a password manager or a .env file
reveal-close-refused-title = { -brand } stayed open.
reveal-close-refused = This key is not saved on this device, and Scriptix will never show it again. Copy it or save it with Export…, then close this dialog (or confirm that you saved it). After that, the app closes as usual.
reveal-close-caution = You have not copied the key, and it is not saved on this device. Once this window closes, nobody can get it back.
reveal-close = Close
reveal-close-anyway = Close anyway
reveal-not-saved = Not saved on this device
reveal-vault-failed = The system vault could not store the key.
reveal-copy-now = Copy the key now and keep it somewhere safe, such as your password manager. Scriptix will never show it again.
reveal-never-again = Scriptix will never show this key again.
reveal-vault-saved = This device keeps a copy in its system vault, so you can copy it from the token list later.
reveal-hygiene = Treat it like a password: keep it out of code, chat and screenshots. Integrations read it best from an environment variable named SCRIPTIX_API_TOKEN.

## Created on the server, but the key never reached the app.

keylost-title = The key did not arrive
# $token: the token (lifecycle-token-label).
keylost-text = Scriptix created { $token }, but the connection was lost before its key reached this app. Nobody has the key, so this token cannot be used.
keylost-todo = Delete it to keep the list tidy, then create a new token.
keylost-delete = Delete it
keylost-keep = Keep it

## Start banners for creates an earlier run left unfinished.

interrupted-dismiss = Dismiss
interrupted-delete = Delete it
interrupted-keep = Keep it
# $message: what became of the create (from the core); $error: why resolving it failed.
interrupted-failed = { $message } ({ $error })
interrupted-did-not-work = It did not work.

## What the core says about an interrupted create (src-tauri/core/src/workspace/creates.rs).
## $name: the name the token was created with.

interrupted-key-lost-refused = Scriptix Keys closed while showing the new key of “{ $name }”, which the vault had refused. That key is lost and cannot be shown again — delete the token?
interrupted-key-lost = Scriptix Keys was interrupted while creating “{ $name }”. The token exists but its key never reached this device — delete it?
interrupted-not-created = Scriptix Keys was interrupted while creating “{ $name }”. The token was not created; nothing changed on Scriptix.
interrupted-gone = Scriptix Keys was interrupted while creating “{ $name }”. That token no longer exists on Scriptix; nothing is left to do.
interrupted-ambiguous = Scriptix Keys was interrupted while creating “{ $name }”. More than one token with that name appeared on Scriptix around then and it cannot tell which one it made, so nothing was deleted. Check them in the list.
interrupted-kept = Kept “{ $name }”. Its key is not on this device, so nothing here can use it.
interrupted-deleted = Deleted “{ $name }” on Scriptix.
# $reason: why the delete failed (a message of its own).
interrupted-not-deleted = Could not delete “{ $name }”: { $reason }
interrupted-no-answer = no answer from Scriptix.

## The result of a create whose answer was lost (src-tauri/core/src/workspace/lifecycle.rs).

create-key-lost = Scriptix created the token, but the connection dropped before its key arrived. The key cannot be shown again, so this token cannot be used: delete it and create a new one.
create-not-confirmed = The token was not created: Scriptix did not confirm the new token and it is not in your token list, so it was not created. You can try again. Nothing changed on Scriptix; you can try again.
