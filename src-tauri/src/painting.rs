//! Linux: paint the page with Skia on the CPU instead of the GPU.
//!
//! WebKitGTK paints with Skia on the GPU by default. For this page (text, tables, badges)
//! GPU painting buys nothing visible, but its glyph atlases and texture caches cost ~38 MB
//! (PSS) and ~90 ms of start-up on machines with software GL (VMs, remote desktops, CI),
//! measured by scripts/bench (docs/performance.md). WebKit reads its switch from the
//! environment before anything else starts, so the app re-executes itself once with it set
//! (the same process id; `exec` replaces the image). `SCRIPTIX_KEYS_GPU_PAINTING=1`, or
//! setting WebKit's variable yourself, keeps WebKit's default.

/// WebKitGTK's switch (2.46 and later).
const CPU_PAINTING_ENV: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";
/// Our opt-out.
const GPU_PAINTING_ENV: &str = "SCRIPTIX_KEYS_GPU_PAINTING";

/// Re-executes the app with CPU painting on; returns only when that is not needed or the
/// exec failed (the app then starts with WebKit's default).
#[cfg(target_os = "linux")]
pub fn prefer_cpu_painting() {
    use std::os::unix::process::CommandExt;
    if std::env::var_os(CPU_PAINTING_ENV).is_some() || std::env::var_os(GPU_PAINTING_ENV).is_some()
    {
        return;
    }
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let _failed = std::process::Command::new(exe)
        .args(std::env::args_os().skip(1))
        .env(CPU_PAINTING_ENV, "1")
        .exec();
}

/// Other platforms paint natively; nothing to choose.
#[cfg(not(target_os = "linux"))]
pub fn prefer_cpu_painting() {}
