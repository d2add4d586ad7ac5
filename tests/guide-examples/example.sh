# The user guide's curl example ("Using API Tokens" → "Example API Request"), as written
# except the base URL ($API_URL, e.g. http://127.0.0.1:PORT/api/v3) and the key, which comes
# from the environment ($SCRIPTIX_API_TOKEN) instead of being pasted into the command.
curl -X POST $API_URL/speech-to-text \
-H "Authorization: Bearer $SCRIPTIX_API_TOKEN" \
-F "file=@audio.mp3" \
-F "language=en"
