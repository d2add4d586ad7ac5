## Errors of calls to Scriptix (src-tauri/core/src/api/error.rs). The English text is the
## error's own text: a Rust test compares them. Where Scriptix sent its own text (in its own
## language), the `-server` message says what kind of refusal it was and shows that text as
## $message; in English the server's text stands alone, as it always did.

api-invalid-input = Scriptix did not accept the request. Check the values and try again.
# $message: Scriptix's own text, as it sent it.
api-invalid-input-server = { $message }
api-unauthorized = Scriptix did not accept the credentials. Please sign in again.
# $message: Scriptix's own text, as it sent it.
api-unauthorized-server = { $message }
api-wrong-password = The username or password is not correct.
api-code-refused = The code was not accepted. Check it and try again.
api-demo-asks-second-factor = The demo account unexpectedly asks for a second factor.
api-forbidden = Your Scriptix account is not allowed to do this.
# $message: Scriptix's own text, as it sent it.
api-forbidden-server = { $message }
api-not-found = Scriptix could not find what was asked for.
# $message: Scriptix's own text, as it sent it.
api-not-found-server = { $message }
api-not-a-token-id = This is not a token id Scriptix gives out (only letters, digits, - and _, at most 128), so nothing was sent.
api-rate-limited = Scriptix is limiting how fast requests can be made. Wait a moment and try again.
# $message: Scriptix's own text, as it sent it.
api-rate-limited-server = { $message }
api-limit-reached = Your organization already holds the maximum number of tokens. Delete one first.
# $message: Scriptix's own text, as it sent it.
api-limit-reached-server = { $message }
api-quota = Your Scriptix plan's quota is used up. Upgrade the plan or contact Scriptix support.
# $reason: Scriptix's own reason, as it sent it.
api-quota-server = Scriptix refused this because of your plan: { $reason } Upgrade the plan or contact Scriptix support.
# $message: Scriptix's own text, as it sent it.
api-quota-other = { $message }
api-conflict = This conflicts with something that already exists.
# $message: Scriptix's own text, as it sent it.
api-conflict-server = { $message }
api-payload-too-large = The request was too large for Scriptix.
# $message: Scriptix's own text, as it sent it.
api-payload-too-large-server = { $message }
api-rejected = Scriptix refused a request from this app. Updating the app may help.
# $message: Scriptix's own text, as it sent it.
api-rejected-server = { $message }
api-server = Scriptix had an internal problem. Try again later.
# $message: Scriptix's own text, as it sent it.
api-server-server = { $message }
api-unavailable = Scriptix is temporarily unavailable. Try again in a few minutes.
# $message: Scriptix's own text, as it sent it.
api-unavailable-server = { $message }
api-unsendable-secret = The key or session contains characters that cannot be sent. Paste it again.
api-timeout = Scriptix did not answer in time. Check your connection and try again.
api-network-no-connection = Could not reach Scriptix (could not connect). Check your connection and try again.
api-network-dropped = Could not reach Scriptix (the connection dropped). Check your connection and try again.
# $reason: a short phrase saying what went wrong with the connection.
api-network = Could not reach Scriptix ({ $reason }). Check your connection and try again.
api-create-outcome-unknown = The connection dropped while the token was being created, so it is not known whether it exists. Refresh the list before trying again.
# $limitMb: the largest reply the app reads, in megabytes.
api-reply-too-large = Scriptix sent a reply larger than { $limitMb } MB, far more than this app ever needs, so it was not read. Try again later; if it keeps happening, contact Scriptix support.
# $got: how many tokens the page held; $asked: how many were asked for at most.
api-page-too-long = Scriptix sent { $got } tokens in a page that asked for at most { $asked }, so the list was not read. Try again later; if it keeps happening, contact Scriptix support.
api-decode = Scriptix sent a reply this app could not read. Try again later.
api-client = The secure connection could not be set up on this computer.
