## The "How to use" panel for one token (ui/js/views/howto-panel.js) and the text around its
## code examples (ui/js/lib/snippets.js; the code itself is not translated). A `{ $variable }`
## or `{ $url }` shows as code.

# $name: the token's name.
howto-title = How to use “{ $name }”
# $id: the token's ID.
howto-token-id = ID { $id }
howto-close = Close
# $variable: SCRIPTIX_API_TOKEN, shown as code.
howto-step-env-held = Put the key in an environment variable named { $variable }. Use “Copy key” in the list, or “Copy as env line” when the key is first shown.
# $variable: SCRIPTIX_API_TOKEN, shown as code.
howto-step-env-not-held = Put the key in an environment variable named { $variable }. The key was shown once when the token was created; this device does not hold it.
howto-step-header = Send it as a Bearer token in the Authorization header, as below. Never paste the key into code.
# $type: the token's type as the server names it.
howto-other-type = This token’s type is “{ $type }”; the batch examples are shown as the closest match.
# $url: the local sandbox's address, shown as code.
howto-demo-note = Demo workspace: replace https://api.scriptix.io with { $url } to try these against the local sandbox.

## The examples.

howto-lang-curl = curl (terminal)
howto-lang-python = Python (requests)
howto-lang-node = Node.js (axios)
# $example: the example's label, e.g. "Python (requests)".
howto-copy-label = Copy the { $example } example
howto-copy = Copy
howto-copied = Copied
howto-copy-failed = Could not copy: select the text and press Ctrl+C.
howto-batch-title = Upload an audio file for transcription
howto-realtime-title = Check that the key works for realtime
howto-realtime-note = Streaming audio itself runs over a WebSocket session that your integration opens with this key; see the Scriptix realtime documentation. The status check above only confirms the key is accepted and costs no streaming capacity.

## "Send a test request" (the demo workspace, a batch key this device holds).

howto-try-label = Try it
howto-try-title = Try it in the demo
howto-try-text = Uploads half a second of generated audio with this token’s key (from this device’s vault) to the local sandbox, which opens a session but does not transcribe.
howto-send-test = Send a test request
howto-sending = Uploading a short test recording…
# $session: the session's ID; $status: its state as the server names it (e.g. "queued").
howto-sent = Sent. Session { $session } is { $status }. The token’s usage (Details) now shows this request.
