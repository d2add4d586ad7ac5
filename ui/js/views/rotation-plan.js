// @ts-check
//! The first step of the rotation wizard: which tokens are rotated, the replacement's name
//! (one token only; several each get their default), type (shown, kept), expiry, the grace
//! period (with the date each choice means) and automatic deletion. Checks everything here
//! and hands a RotationPlan to `onSubmit`; its errors come back into this step.
//! Must not call IPC itself.

import { el, uid, setBusy, replace } from '../lib/dom.js';
import { exactDate, typeBadge } from '../lib/format.js';
import { validateTokenName, expiryText, EXPIRY_CHOICES } from '../lib/lifecycle.js';
import { t } from '../lib/i18n.js';
import { GRACE_CHOICES, DEFAULT_GRACE, defaultReplacementName, graceFromChoice, graceEnd, dateInputValue } from '../lib/rotation.js';

/**
 * @typedef {import('../ipc-types.js').Token} Token
 * @typedef {import('../ipc-types.js').RotationPlan} RotationPlan
 * @typedef {Object} PlanStepOptions
 * @property {import('./modal.js').Modal} modal
 * @property {Token[]} tokens
 * @property {Date} now
 * @property {(plan: RotationPlan) => Promise<void>} onSubmit  rejects with an AppError to show here
 * @property {() => void} onCancel
 */

/** @param {Token} token */
function badge(token) {
  const b = typeBadge(token.type);
  return el('span', { class: `badge type-${b.tone}` }, b.glyph ? el('span', { class: 'badge-glyph', 'aria-hidden': 'true' }, b.glyph) : null, b.label);
}

/** @param {PlanStepOptions} o */
export function renderPlanStep(o) {
  const { modal, tokens, now } = o;
  const single = tokens.length === 1;
  let busy = false;
  modal.heading.textContent = single ? t('rotation-plan-title-one', { name: tokens[0].name }) : t('rotation-plan-title-many', { count: tokens.length });

  const list = el('ul', { class: 'rotation-list', 'data-testid': 'rotation-plan-tokens' }, tokens.map((token) =>
    el('li', { 'data-testid': 'rotation-plan-token', 'data-token-id': token.id },
      el('span', { class: 'token-name' }, token.name || t('rotation-plan-no-name')), badge(token),
      el('span', { class: 'muted small' }, token.expiresAt
        ? t('rotation-plan-token-expires', { id: String(token.id), date: exactDate(token.expiresAt) })
        : t('rotation-plan-token-expiry-unknown', { id: String(token.id) })))));

  // ---- name (one token only) ----
  const nameId = uid('rotation-name');
  const nameErrId = uid('rotation-name-error');
  const name = /** @type {HTMLInputElement} */ (el('input', { id: nameId, type: 'text', autocomplete: 'off', spellcheck: 'false',
    value: single ? defaultReplacementName(tokens[0].name, now) : '', 'aria-describedby': nameErrId, 'data-testid': 'rotation-name',
    on: { input: () => { nameError.textContent = ''; name.removeAttribute('aria-invalid'); } } }));
  const nameError = el('p', { id: nameErrId, class: 'form-error', 'aria-live': 'polite', 'data-testid': 'rotation-name-error' });
  const nameField = single
    ? el('div', { class: 'field' }, el('label', { for: nameId }, t('rotation-plan-name')), name, nameError,
      el('p', { class: 'small muted', 'data-testid': 'rotation-type' }, `${t('rotation-plan-type')} `, badge(tokens[0]), ` ${t('rotation-plan-type-same')}`))
    : el('p', { class: 'small muted', 'data-testid': 'rotation-bulk-names' },
      t('rotation-plan-bulk-names', { example: defaultReplacementName(tokens[0].name, now) }));

  // ---- expiry ----
  const expiryGroup = uid('rotation-expiry');
  const expiryDate = el('p', { class: 'expiry-date', 'aria-live': 'polite', 'data-testid': 'rotation-expiry-date' });
  /** @type {HTMLInputElement[]} */
  const expiryInputs = [];
  const expiryOptions = EXPIRY_CHOICES.map((c) => {
    const input = /** @type {HTMLInputElement} */ (el('input', { type: 'radio', name: expiryGroup, value: String(c.years), checked: c.recommended,
      'data-testid': `rotation-expiry-${c.years}`, on: { change: render } }));
    expiryInputs.push(input);
    return el('label', { class: 'segment' }, input, el('span', { class: 'segment-text' }, c.label));
  });

  // ---- grace ----
  const graceGroup = uid('rotation-grace');
  const dateId = uid('rotation-grace-date');
  const graceError = el('p', { class: 'form-error', 'aria-live': 'polite', 'data-testid': 'rotation-grace-error' });
  const date = /** @type {HTMLInputElement} */ (el('input', { id: dateId, type: 'date', class: 'date-input', 'data-testid': 'rotation-grace-date',
    min: dateInputValue(new Date(now.getTime() + 86_400_000)), 'aria-label': t('rotation-plan-grace-date'),
    on: { input: render, change: render } }));
  /** @type {HTMLInputElement[]} */
  const graceInputs = [];
  /** @type {Map<string, HTMLElement>} */
  const graceHints = new Map();
  const graceOptions = GRACE_CHOICES.map((c) => {
    const input = /** @type {HTMLInputElement} */ (el('input', { type: 'radio', name: graceGroup, value: c.kind, checked: c.kind === DEFAULT_GRACE,
      'data-testid': `rotation-grace-${c.kind}`, on: { change: () => { graceError.textContent = ''; render(); if (c.kind === 'until') date.focus(); } } }));
    graceInputs.push(input);
    const hint = el('span', { class: 'choice-hint' }, c.hint);
    graceHints.set(c.kind, hint);
    if (c.kind === 'now') {
      // The exception: set apart below the normal choices, in the warning style, with a glyph.
      return el('label', { class: 'choice choice-emergency' }, input,
        el('span', { class: 'choice-text' },
          el('span', { class: 'choice-label' }, el('span', { class: 'emergency-glyph', 'aria-hidden': 'true' }, '⚠'), c.label), hint));
    }
    return el('label', { class: 'choice' }, input, el('span', { class: 'choice-text' }, el('span', { class: 'choice-label' }, c.label), hint),
      c.kind === 'until' ? date : null);
  });
  const emergencyNote = el('p', { class: 'field-warning', 'data-testid': 'rotation-emergency-note', hidden: true },
    t('rotation-plan-emergency-note'));
  const autoDelete = /** @type {HTMLInputElement} */ (el('input', { type: 'checkbox', id: uid('rotation-auto'), 'data-testid': 'rotation-auto-delete' }));
  const autoField = el('label', { class: 'check', for: autoDelete.id }, autoDelete, t('rotation-plan-auto-delete'));

  const formError = el('div', { class: 'dialog-error', role: 'alert', 'data-testid': 'rotation-plan-error', hidden: true });
  // Like the submit button: focus stays put on mousedown, because moving it re-lays the
  // dialog out in WebKitGTK and the click then misses the button.
  const cancel = el('button', { type: 'button', class: 'button', 'data-testid': 'rotation-cancel',
    on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: () => o.onCancel() } }, t('rotation-plan-cancel'));
  const submit = el('button', { type: 'button', class: 'button primary', 'data-testid': 'rotation-submit',
    on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: () => go() } },
  single ? t('rotation-plan-submit-one') : t('rotation-plan-submit-many', { count: tokens.length }));

  replace(modal.body,
    el('p', { class: 'small muted' }, t('rotation-plan-intro')),
    list, nameField,
    el('fieldset', { class: 'field' }, el('legend', null, t('rotation-plan-expires-after')), el('div', { class: 'segments' }, expiryOptions), expiryDate),
    el('fieldset', { class: 'field' }, el('legend', null, t('rotation-plan-grace')),
      el('div', { class: 'choice-list grace-choices' }, graceOptions.slice(0, -1)),
      el('div', { class: 'choice-list emergency-choice' }, graceOptions[graceOptions.length - 1]), graceError, emergencyNote),
    autoField,
    formError);
  replace(modal.footer, cancel, submit);
  render();

  function graceKind() { return /** @type {import('../lib/rotation.js').GraceKind} */ ((graceInputs.find((i) => i.checked) ?? defaultGrace()).value); }
  function years() { return /** @type {1|2|5} */ (Number(expiryInputs.find((i) => i.checked)?.value ?? 1)); }

  function render() {
    expiryDate.textContent = expiryText(now, years());
    for (const c of GRACE_CHOICES) {
      const end = graceEnd(c.kind, date.value, now);
      /** @type {HTMLElement} */ (graceHints.get(c.kind)).textContent = c.kind === 'now' ? c.hint : end ? t('rotation-plan-grace-until', { date: exactDate(end.toISOString()) }) : '';
    }
    const kind = graceKind();
    date.hidden = kind !== 'until';
    emergencyNote.hidden = kind !== 'now';
    autoField.hidden = kind === 'now';
  }

  async function go() {
    if (busy) return;
    formError.hidden = true;
    let newName = null;
    if (single) {
      const check = validateTokenName(name.value);
      if (!check.ok) { nameError.textContent = check.message; name.setAttribute('aria-invalid', 'true'); name.focus(); return; }
      newName = check.name;
    }
    const grace = graceFromChoice(graceKind(), date.value, now);
    if (!grace.ok) { graceError.textContent = grace.message; date.focus(); return; }
    busy = true;
    setBusy(submit, true, t('rotation-plan-planning'));
    try {
      await o.onSubmit({ newName, years: years(), grace: grace.grace, autoDelete: grace.grace.kind !== 'now' && autoDelete.checked });
    } catch (err) {
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e.field === 'newName' || e.field === 'name') { nameError.textContent = e.message; name.setAttribute('aria-invalid', 'true'); }
      else if (e.field === 'grace') graceError.textContent = e.message;
      else { formError.textContent = e.message; formError.hidden = false; }
      busy = false;
      setBusy(submit, false);
    }
  }

  return { focus: single ? name : /** @type {HTMLElement} */ (defaultGrace()) };

  function defaultGrace() { return /** @type {HTMLInputElement} */ (graceInputs.find((i) => i.value === DEFAULT_GRACE)); }
}
