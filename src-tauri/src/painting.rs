//! Linux: paint the page with Skia on the CPU instead of the GPU.
//!
//! WebKitGTK paints with Skia on the GPU by default. For this page (text, tables, badges)
//! GPU painting buys nothing visible, but its glyph atlases and texture caches cost ~38 MB
//! (PSS) and ~90 ms of start-up on machines with software GL (VMs, remote desktops, CI),
//! measured by scripts/bench (docs/performance.md). WebKit reads its switch from the
//! environment of the process that starts its web process, so it is set first thing in
//! `main`. `SCRIPTIX_KEYS_GPU_PAINTING=1`, or setting WebKit's variable yourself, keeps
//! WebKit's choice.

/// WebKitGTK's switch (2.46 and later).
#[cfg(target_os = "linux")]
const CPU_PAINTING_ENV: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";
/// Our opt-out.
#[cfg(target_os = "linux")]
const GPU_PAINTING_ENV: &str = "SCRIPTIX_KEYS_GPU_PAINTING";

/// Turns CPU painting on unless the user chose. Must run before any other thread exists
/// and before GTK or WebKit start (first line of `main`): changing the environment races
/// with readers on other threads, and there are none yet. GLib's `g_setenv` is the
/// environment API of the toolkit this runs on.
#[cfg(target_os = "linux")]
pub fn prefer_cpu_painting() {
    if std::env::var_os(CPU_PAINTING_ENV).is_some() || std::env::var_os(GPU_PAINTING_ENV).is_some()
    {
        return;
    }
    // A failure only leaves WebKit's default renderer.
    let _ = glib::setenv(CPU_PAINTING_ENV, "1", false);
}

/// Other platforms paint natively; nothing to choose.
#[cfg(not(target_os = "linux"))]
pub fn prefer_cpu_painting() {}
