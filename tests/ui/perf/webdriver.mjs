// @ts-check
// What the perf harnesses (run.mjs, start.mjs) share: a free local port, one W3C WebDriver
// call over plain HTTP, the median, and the CPU time of a process tree.

import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port free on 127.0.0.1 just now. @returns {Promise<number>} */
export function freePort() {
  return new Promise((ok) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = /** @type {any} */ (s.address()).port; s.close(() => ok(p)); }); });
}

/** @param {string} base @param {string} method @param {string} path @param {any} [body] */
export async function wd(base, method, path, body) {
  const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = /** @type {any} */ (await res.json());
  if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

/** @param {number[]} xs */
export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** CPU time (ms, all threads) of `root` and every process below it, from /proc. @param {number} root */
export function treeCpuMs(root) {
  /** @type {Map<number, { ppid: number, cpu: number }>} */
  const procs = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(d), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) * 10 });
    } catch { /* gone */ }
  }
  let total = 0;
  const seen = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of procs) if (!seen.has(pid) && seen.has(p.ppid)) { seen.add(pid); grew = true; }
  }
  for (const pid of seen) total += procs.get(pid)?.cpu ?? 0;
  return total;
}
