// Ready = the page's load event, marked once the frame after it has been painted (the same
// "after paint" rule Scriptix Keys uses for its token list).
window.addEventListener('load', () => {
  requestAnimationFrame(() => setTimeout(() => {
    const epochMs = performance.timeOrigin + performance.now();
    window.__TAURI__.core.invoke('perf_mark', { label: 'list-interactive', epochMs }).catch(() => {});
  }, 0));
});
