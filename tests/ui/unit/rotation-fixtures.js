// Shared by the rotation, expiry-centre and settings view tests: a clock, a token, a
// rotation as Rust describes it, a clipboard that records nothing, the radio-group helper
// the fake DOM needs, and the ipc the rotation wizard calls.
import { byTestId, makeEvent } from './fake-dom.js';

export const NOW = new Date('2026-11-27T12:00:00Z');
/** An ISO time `days` from `from` (NOW). @param {number} days @param {Date} [from] */
export const iso = (days, from = NOW) => new Date(from.getTime() + days * 86_400_000).toISOString();
export const TOKEN = { id: '7', name: 'Production', type: 'batch', createdAt: iso(-300), expiresAt: iso(20), expirySource: 'server', status: 'expiring30', hasLocalKey: true };
/** A planned rotation of TOKEN, with `over` on top. @param {Record<string, unknown>} [over] */
export const rot = (over = {}) => ({ id: 'r1', oldTokenId: '7', oldName: 'Production', newName: 'Production (rotated 2026-11-27)', tokenType: 'batch', years: 1,
  graceUntil: iso(7), autoDelete: false, emergency: false, state: 'planned', newTokenId: null, needsAttention: null, steps: [], ...over });
export const clipboard = () => ({ copied() {}, place() {} });
/**
 * Ticks the radio `id`. The fake DOM has no radio groups: the others of its group are
 * unticked by hand.
 * @param {any} root @param {string} id
 */
export const choose = (root, id) => {
  const r = byTestId(root, id);
  for (const o of root.querySelectorAll(`input[name="${r.getAttribute('name')}"]`)) o.checked = false;
  r.checked = true; r.dispatchEvent(makeEvent('change'));
};

/**
 * The ipc the rotation wizard calls; records each call in `calls`.
 * @param {unknown[]} calls @param {(id: string) => unknown} advance  the answer to rotationAdvance
 */
export function wizardIpc(calls, advance) {
  return {
    rotationPlan: async (a) => { calls.push(['plan', a]); return a.tokenIds.map((id, i) => rot({ id: `r${i + 1}`, oldTokenId: id, oldName: `T${id}` })); },
    rotationAdvance: async (a) => { calls.push(['advance', a.id]); return advance(a.id); },
    rotationAcknowledge: async (a) => { calls.push(['ack', a.id]); return rot({ id: a.id, state: 'retiring', newTokenId: '9' }); },
    rotationVerify: async (a) => { calls.push(['verify', a.id]); return { rotation: rot({ id: a.id, state: 'retiring' }),
      check: { outcome: 'checked', result: 'valid', tokenType: 'batch', title: 'This key works', explanation: 'Accepted.', nextStep: null, code: null, retryAfterSeconds: null, vaultMatch: null, warnings: [] } }; },
    keyCopy: async (id, f) => { calls.push(['copy', id, f]); return { clearsInSeconds: 30 }; },
    revealClose: async () => { calls.push(['revealClose']); return null; },
  };
}
