// @ts-check
//! The "New token" dialog: name (checked here with the core's rules before any call; a
//! duplicate is only warned about), type as two radio cards, expiry with the resulting date,
//! and the errors of `token_create` placed where they belong. A created token (or one whose
//! key got lost) is handed to `onResult`; "nothing was created" stays here with "Try again".
//! Must not: touch window.__TAURI_INTERNALS__, keep or show a key (the reveal dialog does that).

import { el, uid, setBusy, append, replace } from '../lib/dom.js';
import { validateTokenName, duplicateNameWarning, expiryText, EXPIRY_CHOICES } from '../lib/lifecycle.js';
import { t } from '../lib/i18n.js';
import { createModal } from './modal.js';
import { markCreate } from '../lib/perf.js';

/**
 * @typedef {import('../ipc-types.js').CreateResult} CreateResult
 * @typedef {Object} CreateDeps
 * @property {Pick<typeof import('../ipc.js'), 'tokenCreate'>} ipc
 * @property {Element} host
 * @property {readonly string[]} existingNames
 * @property {Date} now
 * @property {number | null} [tokenLimit]
 * @property {(result: CreateResult) => void} onResult  created or keyLost
 * @property {(reason: string) => void} onUnauthorized
 * @property {() => void} [onClose]
 */

/**
 * How long a create may take before its buttons show "Creating…". A create that answers
 * sooner goes straight to the reveal: the busy state drawn first cost the reveal a frame
 * (~6 ms later, docs/performance.md); the buttons ignore clicks from the first moment.
 */
export const BUSY_SHOWN_AFTER_MS = 150;

/** The two token types, as radio cards (texts read when the dialog opens). */
const TYPES = [
  { value: 'batch', label: () => t('format-type-batch'), text: () => t('create-type-batch-text') },
  { value: 'realtime', label: () => t('format-type-realtime'), text: () => t('create-type-realtime-text') },
];

/**
 * Open the dialog.
 * @param {CreateDeps} deps
 * @returns {() => void} close
 */
export function openCreateDialog(deps) {
  let busy = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let busyShown;
  const modal = createModal({ host: deps.host, title: t('create-title'), testid: 'create-dialog', onCancel: cancel });

  // ---- name ----
  const nameId = uid('create-name');
  const nameHintId = uid('create-name-hint');
  const nameErrId = uid('create-name-error');
  const nameWarnId = uid('create-name-warning');
  const name = /** @type {HTMLInputElement} */ (el('input', {
    id: nameId, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-required': 'true',
    'aria-describedby': `${nameHintId} ${nameErrId} ${nameWarnId}`, 'data-testid': 'create-name',
    on: { input: onNameInput },
  }));
  const nameError = el('p', { id: nameErrId, class: 'form-error', 'aria-live': 'polite', 'data-testid': 'create-name-error' });
  const nameWarning = el('p', { id: nameWarnId, class: 'field-warning', 'data-testid': 'create-name-warning', hidden: true });

  // ---- type ----
  const typeGroup = uid('create-type');
  const realtimeNote = el('p', { class: 'field-note', 'data-testid': 'create-realtime-note', hidden: true },
    t('create-realtime-note'));
  const typeError = el('p', { class: 'form-error', 'aria-live': 'polite', 'data-testid': 'create-type-error' });
  /** @type {HTMLInputElement[]} */
  const typeInputs = [];
  const typeCards = TYPES.map((type, i) => {
    const descId = uid('type-desc');
    const input = /** @type {HTMLInputElement} */ (el('input', {
      type: 'radio', name: typeGroup, value: type.value, checked: i === 0, 'aria-describedby': descId,
      'data-testid': `create-type-${type.value}`, on: { change: renderChoices },
    }));
    typeInputs.push(input);
    return el('label', { class: 'radio-card' }, input,
      el('span', { class: 'radio-card-text' },
        el('span', { class: 'radio-card-title' }, type.label()),
        el('span', { id: descId, class: 'radio-card-desc' }, type.text())));
  });

  // ---- expiry ----
  const expiryGroup = uid('create-expiry');
  const expiryDateId = uid('expiry-date');
  const expiryDate = el('p', { id: expiryDateId, class: 'expiry-date', 'aria-live': 'polite', 'data-testid': 'create-expiry-date' });
  const expiryError = el('p', { class: 'form-error', 'aria-live': 'polite', 'data-testid': 'create-expiry-error' });
  /** @type {HTMLInputElement[]} */
  const expiryInputs = [];
  const expiryOptions = EXPIRY_CHOICES.map((c) => {
    const input = /** @type {HTMLInputElement} */ (el('input', {
      type: 'radio', name: expiryGroup, value: String(c.years), checked: c.recommended,
      'aria-describedby': expiryDateId, 'data-testid': `create-expiry-${c.years}`, on: { change: renderChoices },
    }));
    expiryInputs.push(input);
    return el('label', { class: 'segment' }, input,
      el('span', { class: 'segment-text' }, c.label,
        c.recommended ? el('span', { class: 'recommended' }, t('create-recommended')) : null));
  });

  // ---- form-level problems and buttons ----
  const formError = el('div', { class: 'dialog-error', role: 'alert', 'data-testid': 'create-error', hidden: true });
  const retry = el('button', { type: 'button', class: 'button', 'data-testid': 'create-retry', hidden: true, on: { click: submit } }, t('create-retry'));
  const cancelButton = el('button', { type: 'button', class: 'button', 'data-testid': 'create-cancel', on: { click: cancel } }, t('create-cancel'));
  // A plain button (the footer is outside the <form>): WebKitGTK ignores `novalidate` for a
  // submit button tied to its form with `form=`, and would swallow the click on an empty name.
  const createButton = el('button', { type: 'button', class: 'button primary', 'data-testid': 'create-submit',
    // Keep focus in the form on mousedown: moving it re-lays the dialog out in WebKitGTK
    // before mouseup, and the click then lands beside the button.
    on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: () => submit() } }, t('create-submit'));

  // role=none: an unnamed form is no landmark, and Orca stops reading a focused field's
  // context at a form, so the dialog's name would never be read when it opens on Name.
  const form = el('form', { class: 'stack', novalidate: true, role: 'none', on: { submit: (/** @type {Event} */ e) => { e.preventDefault(); submit(); } } },
    el('div', { class: 'field' },
      el('label', { for: nameId }, t('create-name')),
      name,
      el('p', { id: nameHintId, class: 'small muted' }, t('create-name-hint')),
      nameError, nameWarning),
    el('fieldset', { class: 'field' },
      el('legend', null, t('create-type')),
      el('div', { class: 'radio-cards' }, typeCards),
      realtimeNote, typeError),
    el('fieldset', { class: 'field' },
      el('legend', null, t('create-expires-after')),
      el('div', { class: 'segments' }, expiryOptions),
      expiryDate, expiryError),
    el('div', { class: 'dialog-problem' }, formError, retry));
  modal.body.appendChild(form);
  append(modal.footer, [cancelButton, createButton]);

  renderChoices();
  modal.open(name);

  function selectedType() { return /** @type {'batch'|'realtime'} */ (typeInputs.find((i) => i.checked)?.value ?? 'batch'); }
  function selectedYears() { return /** @type {1|2|5} */ (Number(expiryInputs.find((i) => i.checked)?.value ?? 1)); }

  function renderChoices() {
    realtimeNote.hidden = selectedType() !== 'realtime';
    expiryDate.textContent = expiryText(deps.now, selectedYears());
  }

  function onNameInput() {
    const check = validateTokenName(name.value);
    // Character and length problems show while typing (a pasted tab is invisible); "empty"
    // waits for a submit so an empty field is not scolded before the user starts.
    showNameError(!check.ok && name.value.trim() ? check.message : '');
    const warn = duplicateNameWarning(name.value, deps.existingNames);
    nameWarning.textContent = warn ?? '';
    nameWarning.hidden = !warn;
  }

  /** @param {string} message */
  function showNameError(message) {
    nameError.textContent = message;
    if (message) name.setAttribute('aria-invalid', 'true');
    else name.removeAttribute('aria-invalid');
  }

  /**
   * @param {string} lead
   * @param {string | null} [detail]
   * @param {string | null} [todo]
   */
  function showFormError(lead, detail, todo) {
    replace(formError, el('strong', null, lead),
      detail && detail !== lead ? el('span', null, ` ${detail}`) : null,
      todo ? el('p', { class: 'dialog-todo' }, todo) : null);
    formError.hidden = false;
  }

  function clearProblems() {
    formError.hidden = true;
    retry.hidden = true;
    typeError.textContent = '';
    expiryError.textContent = '';
  }

  async function submit() {
    if (busy) return;
    clearProblems();
    const check = validateTokenName(name.value);
    if (!check.ok) { showNameError(check.message); name.focus(); return; }
    showNameError('');
    busy = true;
    modal.setDismissable(false);
    // Create and Cancel already do nothing while busy; the buttons say so only when the answer
    // is slow to come, so a quick create goes straight to the reveal.
    busyShown = setTimeout(() => {
      cancelButton.setAttribute('disabled', '');
      /** @type {any} */ (cancelButton).disabled = true;
      setBusy(createButton, true, t('create-creating'));
    }, BUSY_SHOWN_AFTER_MS);
    try {
      markCreate('create-sent');
      const result = await deps.ipc.tokenCreate({ name: check.name, tokenType: selectedType(), expirationYears: selectedYears() });
      markCreate('create-answer');
      if (result.outcome === 'notCreated') {
        showFormError(t('create-not-created'), result.message, t('create-not-created-todo'));
        retry.hidden = false;
        idle();
        retry.focus();
        return;
      }
      clearTimeout(busyShown);
      // The reveal (or "the key never arrived") takes this dialog's place (modal.js).
      modal.replaceWith(() => deps.onResult(result));
      deps.onClose?.();
    } catch (err) {
      const ae = /** @type {import('../ipc.js').AppError} */ (err);
      idle();
      switch (ae.kind) {
        case 'unauthorized':
          close();
          deps.onUnauthorized(ae.message);
          return;
        case 'invalidInput':
          if (ae.field === 'name') { showNameError(ae.message); name.focus(); }
          else if (ae.field === 'tokenType') typeError.textContent = ae.message;
          else if (ae.field === 'expirationYears') expiryError.textContent = ae.message;
          else showFormError(ae.message);
          return;
        case 'forbidden':
          showFormError(t('create-forbidden'), ae.message, t('create-forbidden-todo'));
          return;
        case 'quota':
          showFormError(t('create-quota'), ae.message);
          return;
        case 'limitReached':
          showFormError(deps.tokenLimit ? t('create-limit', { limit: deps.tokenLimit }) : t('create-limit-unknown'),
            ae.message, t('create-limit-todo'));
          return;
        default:
          showFormError(ae.message);
      }
    }
  }

  function idle() {
    busy = false;
    clearTimeout(busyShown);
    modal.setDismissable(true);
    /** @type {any} */ (cancelButton).disabled = false;
    cancelButton.removeAttribute('disabled');
    setBusy(createButton, false);
  }

  function cancel() {
    if (busy) return;
    close();
  }

  function close() {
    modal.close();
    deps.onClose?.();
  }

  return cancel;
}
