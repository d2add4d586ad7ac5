// Ready = the page's load event, marked once the frame after it has been painted (the same
// "after paint" rule Scriptix Keys uses for its token list), then where the start went.
window.addEventListener('load', () => {
  requestAnimationFrame(() => setTimeout(() => {
    const mark = (label, at) =>
      window.__TAURI__.core.invoke('perf_mark', { label, epochMs: performance.timeOrigin + at }).catch(() => {});
    mark('list-interactive', performance.now());
    const nav = performance.getEntriesByType('navigation')[0];
    mark('time-origin', 0);
    if (nav) {
      mark('response-end', nav.responseEnd);
      mark('dom-content-loaded', nav.domContentLoadedEventEnd);
    }
  }, 0));
});
