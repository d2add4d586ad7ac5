// @ts-check
//! "How to use" code snippets for a token type: curl, Python (requests) and Node (axios).
//! Every snippet reads the key from the SCRIPTIX_API_TOKEN environment variable. The only
//! input is the token type, so a key can never end up inside a snippet (and snippets are
//! safe to put on the clipboard with the plain web API). The sentences around the code come
//! from the catalogue (locales/*/howto.ftl); the code is the same in every language.

import { t } from './i18n.js';

export const ENV_VAR = 'SCRIPTIX_API_TOKEN';
export const API_BASE = 'https://api.scriptix.io';

/**
 * @typedef {Object} Snippets
 * @property {'batch'|'realtime'} kind  which set of examples this is
 * @property {string} title  one line saying what the examples do
 * @property {string} curl
 * @property {string} python
 * @property {string} node
 * @property {string | null} note  extra advice (realtime: streaming needs a WebSocket session)
 */

const BATCH_URL = `${API_BASE}/api/v3/speech-to-text`;
const RT_URL = `${API_BASE}/api/v4/realtime/status`;

/**
 * Snippets for a token type. Anything other than "realtime" gets the batch examples.
 * @param {string} type
 * @returns {Snippets}
 */
export function snippetsFor(type) {
  if (String(type ?? '').trim().toLowerCase() === 'realtime') return realtime();
  return batch();
}

/** @returns {Snippets} */
function batch() {
  return {
    kind: 'batch',
    title: t('howto-batch-title'),
    curl: [
      `curl -X POST "${BATCH_URL}" \\`,
      `  -H "Authorization: Bearer $${ENV_VAR}" \\`,
      '  -F "file=@audio.mp3" \\',
      '  -F "language=en"',
    ].join('\n'),
    python: [
      'import os',
      'import requests',
      '',
      `token = os.environ["${ENV_VAR}"]`,
      'with open("audio.mp3", "rb") as audio:',
      '    response = requests.post(',
      `        "${BATCH_URL}",`,
      '        headers={"Authorization": f"Bearer {token}"},',
      '        files={"file": audio},',
      '        data={"language": "en"},',
      '        timeout=120,',
      '    )',
      'response.raise_for_status()',
      'print(response.json())',
    ].join('\n'),
    node: [
      "const fs = require('fs');",
      "const axios = require('axios');",
      "const FormData = require('form-data');",
      '',
      `const token = process.env.${ENV_VAR};`,
      'const form = new FormData();',
      "form.append('file', fs.createReadStream('audio.mp3'));",
      "form.append('language', 'en');",
      '',
      `axios.post('${BATCH_URL}', form, {`,
      '  headers: { ...form.getHeaders(), Authorization: `Bearer ${token}` },',
      '})',
      '  .then((res) => console.log(res.data))',
      '  .catch((err) => console.error(err.response?.status, err.message));',
    ].join('\n'),
    note: null,
  };
}

/** @returns {Snippets} */
function realtime() {
  return {
    kind: 'realtime',
    title: t('howto-realtime-title'),
    curl: [
      `curl "${RT_URL}" \\`,
      `  -H "Authorization: Bearer $${ENV_VAR}"`,
    ].join('\n'),
    python: [
      'import os',
      'import requests',
      '',
      `token = os.environ["${ENV_VAR}"]`,
      'response = requests.get(',
      `    "${RT_URL}",`,
      '    headers={"Authorization": f"Bearer {token}"},',
      '    timeout=30,',
      ')',
      'response.raise_for_status()',
      'print(response.json())',
    ].join('\n'),
    node: [
      "const axios = require('axios');",
      '',
      `const token = process.env.${ENV_VAR};`,
      `axios.get('${RT_URL}', {`,
      '  headers: { Authorization: `Bearer ${token}` },',
      '})',
      '  .then((res) => console.log(res.data))',
      '  .catch((err) => console.error(err.response?.status, err.message));',
    ].join('\n'),
    note: t('howto-realtime-note'),
  };
}
