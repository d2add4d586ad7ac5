# The user guide's Python example ("Integration Examples" → "Python Integration"), as written
# except that API_URL may come from the environment (the sandbox's URL).
import requests
import os

API_TOKEN = os.getenv('SCRIPTIX_API_TOKEN')
API_URL = os.getenv('API_URL', 'https://api.scriptix.io/api/v3')

headers = {
    'Authorization': f'Bearer {API_TOKEN}'
}

# Upload file for transcription
files = {'file': open('audio.mp3', 'rb')}
data = {'language': 'en', 'document_type': 'document'}

response = requests.post(
    f'{API_URL}/speech-to-text',
    headers=headers,
    files=files,
    data=data
)

session_id = response.json()['session_id']
print(f'Session ID: {session_id}')
