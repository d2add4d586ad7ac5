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
    // On screen: its first contentful paint (compared with the app's served first frame).
    for (const paint of performance.getEntriesByType('paint')) {
      if (paint.name === 'first-contentful-paint') mark('first-contentful-paint', paint.startTime);
    }
  }, 0));
});
