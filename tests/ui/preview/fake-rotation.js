// @ts-check
//! The rotation, key-check and notification part of the preview's fake ipc (never loaded by
//! the app). Keeps rotations in memory so the wizard, the expiry centre and the row badges
//! can be walked through. `scenario` picks the starting journal and the failure to show.

import { AppError } from '../../../ui/js/ipc.js';

const DAY = 86_400_000;
const KEY = 'sk_live_PREVIEWrotatedNotARealKey00000000000000';

/**
 * @param {string} scenario
 * @param {Date} now
 * @param {any[]} tokens  the fake's token list (replacements are added to it)
 */
export function createFakeRotation(scenario, now, tokens) {
  const at = (/** @type {number} */ days) => new Date(now.getTime() + days * DAY).toISOString();
  const name = (/** @type {string} */ id) => tokens.find((t) => t.id === id)?.name ?? `Token ${id}`;
  const ymd = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  let seq = 200;
  /** @type {any[]} */
  const rotations = [];
  /** @param {any} over */
  const add = (over) => {
    const r = { id: `r-${rotations.length + 1}`, newName: `${name(over.oldTokenId)} (rotated ${ymd})`, oldName: name(over.oldTokenId),
      tokenType: tokens.find((t) => t.id === over.oldTokenId)?.type ?? 'batch', years: 1, graceUntil: at(7), autoDelete: false, emergency: false,
      state: 'retiring', newTokenId: null, needsAttention: null, steps: [], ...over };
    if (r.newTokenId && !tokens.some((t) => t.id === r.newTokenId)) {
      tokens.push({ id: r.newTokenId, name: r.newName, type: r.tokenType, createdAt: at(-2), expiresAt: at(363), expirySource: 'server', status: 'active', hasLocalKey: true, notes: null });
    }
    rotations.unshift(r);
    return r;
  };
  if (['expiry', 'resumed', 'due', 'due-auto', 'expiry-cancel', 'main-rotations'].includes(scenario)) {
    add({ oldTokenId: '103', newTokenId: '113', graceUntil: at(5), autoDelete: true });
    add({ oldTokenId: '107', newTokenId: '114', state: 'needsAttention', graceUntil: at(6),
      needsAttention: 'The new key of “Studio monitor (rotated)” never reached this device. Replace it to get a working key; the old key keeps working meanwhile.' });
  }
  if (scenario === 'due') add({ oldTokenId: '105', newTokenId: '115', graceUntil: at(-1) });
  if (scenario === 'due-auto') add({ oldTokenId: '106', newTokenId: '116', graceUntil: at(-1), autoDelete: true });

  /** @param {string} id */
  const find = (id) => {
    const r = rotations.find((x) => x.id === id);
    if (!r) throw new AppError('notFound', 'This rotation is no longer in the journal.');
    return r;
  };
  const wait = (/** @type {number} */ ms) => new Promise((res) => setTimeout(res, ms));
  /** @param {string} tokenType @param {any} match */
  const valid = (tokenType, match) => ({ outcome: 'checked', result: 'valid', tokenType, title: 'This key works',
    explanation: `Scriptix accepted the key for ${tokenType} transcription.`, nextStep: null, code: null, retryAfterSeconds: null, vaultMatch: match, warnings: [] });

  return {
    rotationPlan: async (/** @type {any} */ a) => {
      if (scenario === 'rotate-plan-error') throw new AppError('forbidden', 'Scriptix says this account may not create tokens, so a rotation cannot start.');
      const g = a.plan.grace;
      const days = { now: 0, oneDay: 1, sevenDays: 7, fourteenDays: 14 }[/** @type {'now'} */ (g.kind)];
      return a.tokenIds.map((/** @type {string} */ id) => add({ oldTokenId: id, state: 'planned', years: a.plan.years, autoDelete: a.plan.autoDelete,
        emergency: g.kind === 'now', graceUntil: g.kind === 'until' ? g.until : at(days ?? 7),
        newName: a.tokenIds.length === 1 && a.plan.newName ? a.plan.newName : `${name(id)} (rotated ${ymd})` }));
    },
    rotationAdvance: async (/** @type {any} */ a) => {
      await wait(150);
      const r = find(a.id);
      r.newTokenId = String(seq++);
      if (scenario === 'rotate-lost') { r.state = 'needsAttention'; r.needsAttention = `The connection dropped before the new key of “${r.newName}” arrived. Replace it to get a working key; the old key keeps working meanwhile.`; return { rotation: { ...r }, key: null }; }
      r.state = scenario === 'rotate-vault' ? 'vaultFailed' : r.emergency ? 'done' : 'retiring';
      return { rotation: { ...r }, key: KEY };
    },
    rotationsList: async () => ({ now: now.toISOString(), rotations: rotations.map((r) => ({ ...r })) }),
    rotationsResume: async () => (scenario === 'resumed' ? [rotations[rotations.length - 1]] : []),
    rotationVerify: async (/** @type {any} */ a) => {
      await wait(300);
      return { rotation: { ...find(a.id) }, check: valid(find(a.id).tokenType, { tokenId: find(a.id).newTokenId, name: find(a.id).newName }) };
    },
    rotationComplete: async (/** @type {any} */ a) => { const r = find(a.id); r.state = 'done'; const i = tokens.findIndex((t) => t.id === r.oldTokenId); if (i >= 0) tokens.splice(i, 1); return { ...r }; },
    rotationAcknowledge: async (/** @type {any} */ a) => { const r = find(a.id); r.state = r.emergency ? 'done' : 'retiring'; return { ...r }; },
    rotationRetry: async (/** @type {any} */ a) => { await wait(150); const r = find(a.id); r.state = 'retiring'; r.needsAttention = null; return { rotation: { ...r }, key: KEY }; },
    rotationCancel: async (/** @type {any} */ a) => {
      const r = find(a.id);
      r.state = 'cancelled';
      return { rotation: { ...r }, replacement: r.newTokenId ? { tokenId: r.newTokenId, name: r.newName, keyInVault: true } : null, oldTokenActive: true,
        message: `Rotation cancelled. The old token “${r.oldName}” keeps working.`, canDeleteReplacement: Boolean(r.newTokenId) };
    },
    rotationCleanup: async (/** @type {any} */ a) => ({ ...find(a.id) }),
    keyCheck: async (/** @type {any} */ a) => {
      await wait(200);
      /** @type {any[]} */
      const warnings = [];
      if (!a.key.trim()) warnings.push({ code: 'empty', message: 'Paste a key first.' });
      else {
        if (/\s/.test(a.key.trim())) warnings.push({ code: 'innerWhitespace', message: 'The key contains a space. Keys have none; part of the text around it may have been copied too.' });
        if (a.key.trim().length < 30) warnings.push({ code: 'wrongLength', message: `The key is ${a.key.trim().length} characters long; Scriptix keys are usually 46.` });
      }
      if (warnings.length && (!a.force || warnings[0].code === 'empty')) return { outcome: 'warnings', warnings };
      if (/revoked/i.test(a.key)) {
        return { outcome: 'checked', result: 'revoked', tokenType: a.tokenType ?? 'batch', title: 'This key no longer works',
          explanation: 'Scriptix knows this key, but its token was deleted or has expired.', nextStep: 'Create a new token, or rotate the token this key belonged to, and update the integration that uses it.',
          code: 'token_revoked', retryAfterSeconds: null, vaultMatch: null, warnings: a.force ? warnings : [] };
      }
      return { ...valid(a.tokenType ?? 'batch', a.key.trim() === KEY ? { tokenId: '101', name: 'Production transcription pipeline' } : null), warnings: a.force ? warnings : [] };
    },
    keyCheckHeld: async (/** @type {any} */ a) => { await wait(200); return valid(tokens.find((t) => t.id === a.tokenId)?.type ?? 'batch', { tokenId: a.tokenId, name: name(a.tokenId) }); },
    // No `badge` here on purpose: the preview shows the UI's own count.
    notificationsCheck: async () => ({ sent: 0 }),
  };
}
