// @ts-check
//! The usage section of a token's details: a 30-day inline SVG chart of requests, errors and
//! failed authentications (with a table alternative and a one-sentence summary), the last
//! IPs with when each was last seen, recent failed authentications with their reason, and
//! the token's anomaly hints. Against a server without usage it says so calmly and shows what
//! this device did with the key. Must not: touch window.__TAURI_INTERNALS__.

import { el, append } from '../lib/dom.js';
import { exactDateTime, relativeTime } from '../lib/format.js';
import { chartBars, chartSummary, hintText, unavailableText } from '../lib/usage.js';
import { t } from '../lib/i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const SIZE = { width: 300, height: 80 };
/** @type {readonly ['requests'|'errors'|'failedAuth', () => string][]} */
const SERIES = [['requests', () => t('usage-view-requests')], ['errors', () => t('usage-view-errors')], ['failedAuth', () => t('usage-view-failed')]];
/** A bar's tooltip per series. @type {Record<string, (date: string, value: number) => string>} */
const BAR_TITLE = {
  requests: (date, value) => t('usage-view-bar-requests', { date, value }),
  errors: (date, value) => t('usage-view-bar-errors', { date, value }),
  failedAuth: (date, value) => t('usage-view-bar-failed', { date, value }),
};
/** @type {Record<string, () => string>} */
const REASONS = {
  revoked: () => t('usage-view-reason-revoked'),
  expired: () => t('usage-view-reason-expired'),
  wrong_type: () => t('usage-view-reason-wrong-type'),
};

/**
 * @param {string} tag @param {Record<string, string | number>} attrs @param {...Node} children
 * @returns {SVGElement}
 */
function svg(tag, attrs, ...children) {
  const node = /** @type {SVGElement} */ (document.createElementNS(SVG, tag));
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.appendChild(c);
  return node;
}

/**
 * @param {{ ipc: { usageToken: (tokenId: string) => Promise<any> }, tokenId: string, now?: () => Date,
 *           format?: { timeZone?: string } }} deps
 * @returns {HTMLElement} the section; it fills itself in when the usage arrives
 */
export function createUsagePanel(deps) {
  const now = deps.now ?? (() => new Date());
  const opt = deps.format;
  const status = el('p', { class: 'small muted', role: 'status', 'data-testid': 'usage-status' }, t('usage-view-loading'));
  const body = el('div', { class: 'usage-panel' });
  const section = el('section', { class: 'usage-section', 'aria-label': t('usage-view-section'), 'data-testid': 'usage-panel' },
    el('h3', { class: 'section-title' }, t('usage-view-title')), status, body);
  load();
  return section;

  async function load() {
    try {
      render(await deps.ipc.usageToken(deps.tokenId));
    } catch (err) {
      status.textContent = /** @type {import('../ipc.js').AppError} */ (err).message;
    }
  }

  /** @param {any} u TokenUsage */
  function render(u) {
    const at = now();
    status.textContent = '';
    status.hidden = true;
    /** @type {(Node | null)[]} */
    const parts = [];
    if (!u.available || u.source === 'local') {
      parts.push(el('p', { class: 'usage-note muted small', 'data-testid': 'usage-panel-unavailable', role: 'note' },
        u.available ? t('usage-view-not-reported') : unavailableText()));
      parts.push(localFacts(u.local));
      append(body, parts);
      return;
    }
    const when = u.lastUsedAt ? { relative: relativeTime(u.lastUsedAt, at), date: exactDateTime(u.lastUsedAt, opt) } : null;
    const ip = u.lastUsedIps?.[0]?.ip;
    const last = !when ? t('usage-view-never-used')
      : ip ? t('usage-view-last-used-from', { ...when, ip }) : t('usage-view-last-used', when);
    parts.push(el('p', { 'data-testid': 'usage-last-used' }, last));
    for (const h of u.hints ?? []) {
      const text = hintText(h);
      parts.push(el('div', { class: `banner banner-${h.kind === 'unused' ? 'info' : 'warn'} usage-hint`, 'data-testid': 'usage-hint', 'data-kind': h.kind },
        el('strong', null, text.title), el('p', { class: 'small' }, `${text.meaning} ${text.next}`)));
    }
    parts.push(chart(u.daily ?? []));
    parts.push(ipList(u.lastUsedIps ?? []));
    parts.push(failedList(u.failedAuth ?? []));
    parts.push(localFacts(u.local));
    append(body, parts);
  }

  /** @param {import('../lib/usage.js').DayUsage[]} daily */
  function chart(daily) {
    const summary = chartSummary(daily);
    const { bars } = chartBars(daily, SIZE);
    const graphic = svg('svg', { class: 'usage-chart', viewBox: `0 0 ${SIZE.width} ${SIZE.height}`, role: 'img',
      'aria-label': t('usage-view-chart-label', { days: daily.length, summary }), 'data-testid': 'usage-chart', preserveAspectRatio: 'none' },
      ...bars.filter((b) => b.h > 0).map((b) => svg('rect', { class: `bar-${b.series}`, x: b.x.toFixed(2), y: b.y.toFixed(2), width: b.w.toFixed(2), height: b.h.toFixed(2) },
        svg('title', {}, document.createTextNode(BAR_TITLE[b.series](b.date, b.value))))));
    const legend = el('ul', { class: 'usage-legend small', 'aria-hidden': 'true' },
      SERIES.map(([k, label]) => el('li', null, el('span', { class: `swatch swatch-${k}` }), label())));
    // The table alternative: every day's numbers, for screen readers and for reading exact values.
    const table = el('table', { class: 'usage-table', 'data-testid': 'usage-table' },
      el('caption', { class: 'visually-hidden' }, t('usage-view-table-caption')),
      el('thead', null, el('tr', null, el('th', { scope: 'col' }, t('usage-view-day')),
        SERIES.map(([, label]) => el('th', { scope: 'col', class: 'num' }, label())))),
      el('tbody', null, [...daily].reverse().map((d) => el('tr', null, el('th', { scope: 'row' }, d.date),
        SERIES.map(([k]) => el('td', { class: 'num' }, String(d[k])))))));
    return el('div', null,
      el('p', { class: 'small', 'data-testid': 'usage-summary' }, summary),
      graphic, legend,
      el('details', { class: 'usage-table-details' }, el('summary', { 'data-testid': 'usage-table-toggle' }, t('usage-view-show-table')), table));
  }

  /** @param {{ ip: string, lastSeenAt: string, requests: number }[]} ips */
  function ipList(ips) {
    return el('div', null, el('h4', { class: 'section-subtitle' }, t('usage-view-addresses')),
      ips.length === 0 ? el('p', { class: 'small muted' }, t('usage-view-no-requests'))
        : el('ul', { class: 'usage-ips', 'data-testid': 'usage-ips' }, ips.map((ip) => el('li', { 'data-testid': 'usage-ip' },
          el('span', { class: 'mono' }, ip.ip), ' ',
          el('span', { class: 'small muted', title: exactDateTime(ip.lastSeenAt, opt) },
            t('usage-view-ip-seen', { relative: relativeTime(ip.lastSeenAt, now()), count: ip.requests }))))));
  }

  /** @param {{ at: string, ip: string, reason: string }[]} failed */
  function failedList(failed) {
    if (failed.length === 0) return null;
    return el('div', null, el('h4', { class: 'section-subtitle' }, t('usage-view-failed-title')),
      el('ul', { class: 'usage-failed', 'data-testid': 'usage-failed' }, failed.slice(0, 10).map((f) => el('li', { 'data-testid': 'usage-failed-row' },
        el('span', { class: 'mono' }, f.ip || t('usage-view-unknown-address')), ` · ${REASONS[f.reason]?.() ?? f.reason} · `,
        el('span', { class: 'small muted' }, exactDateTime(f.at, opt))))));
  }

  /** @param {{ lastCopiedAt: string|null, lastExportedAt: string|null, lastCheckedAt: string|null } | undefined} local */
  function localFacts(local) {
    const rows = [['copied', local?.lastCopiedAt], ['exported', local?.lastExportedAt], ['checked', local?.lastCheckedAt]]
      .filter(([, at]) => at);
    if (rows.length === 0) return el('p', { class: 'small muted', 'data-testid': 'usage-local' }, t('usage-view-local-none'));
    const facts = rows.map(([action, at]) => t('usage-view-local-at', { action: /** @type {string} */ (action), when: exactDateTime(at, opt) })).join('; ');
    return el('p', { class: 'small muted', 'data-testid': 'usage-local' }, t('usage-view-local', { facts }));
  }
}
