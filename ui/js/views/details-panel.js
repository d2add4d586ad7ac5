// @ts-check
//! The details side panel for one token: every fact we know (ID, name, type, created,
//! exact expiry, status, whether this device holds the key) and this device's notes form
//! (description, environment, used by, owner) saved through `notes_save`. Field errors land
//! under their field. Notes never leave this device. "Where the key went" lists the remembered
//! hand-off destinations (`token_destinations`): places, never the key. The usage section
//! (usage-panel.js) shows who used the key lately.
//! Must not: touch window.__TAURI_INTERNALS__, show or ask for a key.

import { el, uid, setBusy, append } from '../lib/dom.js';
import { exactDate, exactDateTime, statusBadge, typeBadge } from '../lib/format.js';
import { environmentChoices, splitEnvironment, notesInput, NOTE_FIELDS } from '../lib/notes.js';
import { createModal } from './modal.js';
import { describeDestination } from '../lib/destinations.js';
import { createUsagePanel } from './usage-panel.js';
import { t } from '../lib/i18n.js';

/**
 * @typedef {import('../ipc-types.js').Token} Token
 * @typedef {import('../ipc-types.js').TokenNotes} TokenNotes
 * @typedef {Object} DetailsDeps
 * @property {Pick<typeof import('../ipc.js'), 'notesSave'> & Partial<Pick<typeof import('../ipc.js'), 'tokenDestinations' | 'usageToken'>>} ipc
 * @property {Element} host
 * @property {Token} token
 * @property {(tokenId: string, notes: TokenNotes) => void} onSaved
 * @property {(reason: string) => void} [onUnauthorized]
 * @property {{ timeZone?: string }} [format]
 */

/**
 * @param {DetailsDeps} deps
 * @returns {{ close: () => void }}
 */
export function openDetailsPanel(deps) {
  const { token } = deps;
  const opt = deps.format;
  let busy = false;
  const modal = createModal({ host: deps.host, title: token.name || t('details-no-name'), testid: 'details-panel', className: 'side-panel', onCancel: close });

  const type = typeBadge(token.type);
  const status = statusBadge(token.status);
  const expires = exactDateTime(token.expiresAt, opt);
  /** @param {string} term @param {Node | string} value @param {string} testid */
  const fact = (term, value, testid) => [el('dt', null, term), el('dd', { 'data-testid': testid }, value)];
  const facts = el('dl', { class: 'facts', 'data-testid': 'details-facts' },
    fact(t('details-id'), el('span', { class: 'mono' }, String(token.id)), 'details-id'),
    fact(t('details-name'), token.name || t('details-no-name'), 'details-name'),
    fact(t('details-type'), el('span', { class: `badge type-${type.tone}` }, type.label), 'details-type'),
    fact(t('details-created'), exactDate(token.createdAt, opt) || t('details-unknown'), 'details-created'),
    fact(t('details-expires'), expires
      ? (token.expirySource === 'local' ? t('details-expires-recorded', { date: expires }) : expires)
      : t('details-expires-unknown'), 'details-expires'),
    fact(t('details-status'), el('span', { class: `badge status-${status.tone}` },
      el('span', { class: 'badge-glyph', 'aria-hidden': 'true' }, status.glyph), status.label), 'details-status'),
    fact(t('details-key'), token.hasLocalKey ? t('details-key-saved') : t('details-key-not-here'), 'details-key'),
    token.hasLocalKey && token.keyHint ? fact(t('details-key-ends'), el('span', { class: 'mono' }, token.keyHint), 'details-key-hint') : null);

  // ---- notes form ----
  const notes = token.notes ?? null;
  const env = splitEnvironment(notes?.environment);
  /** @type {Record<string, HTMLElement>} */
  const errors = {};
  /** @param {string} key */
  const errorFor = (key) => {
    errors[key] = el('p', { id: uid(`notes-${key}-error`), class: 'form-error', 'aria-live': 'polite', 'data-testid': `notes-${key}-error` });
    return errors[key];
  };
  const ids = { description: uid('notes-description'), environment: uid('notes-environment'), custom: uid('notes-env-custom'),
    usedBy: uid('notes-used-by'), owner: uid('notes-owner'), usedByHint: uid('notes-used-by-hint') };
  const descError = errorFor('description');
  const envError = errorFor('environment');
  const usedByError = errorFor('usedBy');
  const ownerError = errorFor('owner');
  const description = /** @type {HTMLTextAreaElement} */ (el('textarea', { id: ids.description, rows: '3', 'data-testid': 'notes-description',
    'aria-describedby': descError.id, value: notes?.description ?? '', on: { input: dirty } }));
  const envSelect = /** @type {HTMLSelectElement} */ (el('select', { id: ids.environment, 'data-testid': 'notes-environment',
    'aria-describedby': envError.id, on: { change: () => { renderCustom(true); dirty(); } } },
    environmentChoices().map((c) => el('option', { value: c.value, selected: c.value === env.choice }, c.label))));
  const envCustom = /** @type {HTMLInputElement} */ (el('input', { id: ids.custom, type: 'text', 'data-testid': 'notes-environment-custom',
    'aria-label': t('details-custom-environment'), placeholder: t('details-custom-environment-placeholder'), value: env.custom, autocomplete: 'off',
    'aria-describedby': envError.id, on: { input: dirty } }));
  const usedBy = /** @type {HTMLInputElement} */ (el('input', { id: ids.usedBy, type: 'text', 'data-testid': 'notes-used-by', autocomplete: 'off',
    'aria-describedby': `${ids.usedByHint} ${usedByError.id}`, value: notes?.usedBy ?? '', on: { input: dirty } }));
  const owner = /** @type {HTMLInputElement} */ (el('input', { id: ids.owner, type: 'text', 'data-testid': 'notes-owner', autocomplete: 'off',
    'aria-describedby': ownerError.id, value: notes?.owner ?? '', on: { input: dirty } }));
  const inputs = /** @type {Record<string, HTMLElement>} */ ({ description, environment: envSelect, usedBy, owner });

  const saveStatus = el('p', { class: 'small notes-status', role: 'status', 'data-testid': 'notes-status' },
    notes?.updatedAt ? t('details-last-saved', { date: exactDateTime(notes.updatedAt, opt) }) : '');
  const formError = el('div', { class: 'dialog-error', role: 'alert', 'data-testid': 'notes-error', hidden: true });
  const save = el('button', { type: 'button', class: 'button primary', 'data-testid': 'notes-save',
    on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: () => submit() } }, t('details-save'));
  const closeButton = el('button', { type: 'button', class: 'button', 'data-testid': 'details-close', on: { click: close } }, t('details-close'));

  // role=none: as in the create dialog, so Orca reads the panel's name with its first field.
  const form = el('form', { class: 'stack notes-form', novalidate: true, role: 'none',
    on: { submit: (/** @type {Event} */ e) => { e.preventDefault(); submit(); } } },
    el('div', { class: 'field' }, el('label', { for: ids.description }, t('details-description')), description, descError),
    el('div', { class: 'field' },
      el('label', { for: ids.environment }, t('details-environment')),
      el('div', { class: 'row env-row' }, envSelect, envCustom),
      envError),
    el('div', { class: 'field' },
      el('label', { for: ids.usedBy }, t('details-used-by')), usedBy,
      el('p', { id: ids.usedByHint, class: 'small muted' }, t('details-used-by-hint')),
      usedByError),
    el('div', { class: 'field' }, el('label', { for: ids.owner }, t('details-owner')), owner, ownerError),
    formError);

  const destinations = el('section', { class: 'destinations-section', 'aria-label': t('details-destinations'), 'data-testid': 'details-destinations' },
    el('h3', { class: 'section-title' }, t('details-destinations')));
  const destinationsList = el('ul', { class: 'destinations', 'data-testid': 'destinations-list' });
  const destinationsStatus = el('p', { class: 'small muted', role: 'status', 'data-testid': 'destinations-status' }, t('details-loading'));
  append(destinations, [destinationsStatus, destinationsList]);
  loadDestinations();

  const usageToken = deps.ipc.usageToken;
  append(modal.body, [
    facts,
    usageToken ? createUsagePanel({ ipc: { usageToken }, tokenId: String(token.id), format: opt }) : null,
    destinations,
    el('section', { class: 'notes-section', 'aria-label': t('details-notes') },
      el('h3', { class: 'section-title' }, t('details-notes')),
      el('p', { class: 'small muted', 'data-testid': 'notes-privacy' }, t('details-notes-private')),
      form),
  ]);
  append(modal.footer, [el('div', { class: 'modal-status' }, saveStatus), closeButton, save]);
  renderCustom(false);
  modal.open(description);

  /** @param {boolean} focus */
  function renderCustom(focus) {
    envCustom.hidden = envSelect.value !== 'custom';
    if (!envCustom.hidden && focus) envCustom.focus();
  }

  function dirty() {
    saveStatus.textContent = '';
  }

  function clearErrors() {
    for (const k of NOTE_FIELDS) {
      errors[k].textContent = '';
      inputs[k].removeAttribute('aria-invalid');
    }
    envCustom.removeAttribute('aria-invalid');
    formError.hidden = true;
  }

  async function submit() {
    if (busy) return;
    clearErrors();
    const input = notesInput({ description: description.value, choice: envSelect.value, custom: envCustom.value,
      usedBy: usedBy.value, owner: owner.value });
    busy = true;
    setBusy(save, true, t('details-saving'));
    try {
      const saved = await deps.ipc.notesSave({ tokenId: token.id, notes: input });
      saveStatus.textContent = t('details-saved');
      deps.onSaved(token.id, saved);
    } catch (err) {
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e.kind === 'unauthorized' && deps.onUnauthorized) { close(); deps.onUnauthorized(e.message); return; }
      const field = e.kind === 'invalidInput' && e.field && /** @type {readonly string[]} */ (NOTE_FIELDS).includes(e.field) ? e.field : null;
      if (field) {
        errors[field].textContent = e.message;
        const target = field === 'environment' && envSelect.value === 'custom' ? envCustom : inputs[field];
        target.setAttribute('aria-invalid', 'true');
        target.focus();
      } else {
        formError.textContent = e.message;
        formError.hidden = false;
      }
    } finally {
      busy = false;
      setBusy(save, false);
    }
  }

  async function loadDestinations() {
    if (!deps.ipc.tokenDestinations) { destinations.hidden = true; return; }
    try {
      const list = await deps.ipc.tokenDestinations({ tokenId: token.id });
      destinationsStatus.textContent = list.length ? '' : t('details-no-destinations');
      destinationsStatus.hidden = list.length > 0;
      destinationsList.textContent = '';
      append(destinationsList, list.map((d) => {
        const { kind, where } = describeDestination(d);
        return el('li', { 'data-testid': 'destination-row', 'data-kind': d.kind },
          el('span', { class: 'destination-kind' }, kind), ' ',
          el('span', { class: 'mono destination-where', 'data-testid': 'destination-where' }, where), ' ',
          el('span', { class: 'small muted' }, exactDateTime(d.at, opt)));
      }));
    } catch (err) {
      destinationsStatus.textContent = /** @type {import('../ipc.js').AppError} */ (err).message;
    }
  }

  function close() {
    modal.close();
  }

  return { close };
}
