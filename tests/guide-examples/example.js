// The user guide's Node.js example ("Integration Examples" → "Node.js Integration"), as
// written except that API_URL may come from the environment (the sandbox's URL).
require('dotenv').config();
const axios = require('axios');
const FormData = require('form-data');
const fs = require('fs');

const API_TOKEN = process.env.SCRIPTIX_API_TOKEN;
const API_URL = process.env.API_URL || 'https://api.scriptix.io/api/v3';

async function transcribe(audioPath) {
  const form = new FormData();
  form.append('file', fs.createReadStream(audioPath));
  form.append('language', 'en');

  const response = await axios.post(
    `${API_URL}/speech-to-text`,
    form,
    {
      headers: {
        ...form.getHeaders(),
        'Authorization': `Bearer ${API_TOKEN}`
      }
    }
  );

  return response.data.session_id;
}

transcribe('audio.mp3')
  .then(sessionId => console.log('Session ID:', sessionId))
  .catch(error => console.error('Error:', error));
