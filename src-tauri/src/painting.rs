//! Linux: paint the page on the CPU, without WebKit's accelerated compositing.
//!
//! WebKitGTK paints with Skia on the GPU and composites the page's layers with OpenGL by
//! default. For this page (text, tables, badges) neither buys anything visible, and both cost:
//! - GPU painting's glyph atlases and texture caches cost ~38 MB (PSS) and ~90 ms of start-up
//!   on machines with software GL (VMs, remote desktops, CI), measured by scripts/bench
//!   (docs/performance.md);
//! - compositing loads a GL driver into the web process: with Mesa's software GL (llvmpipe,
//!   the same machines) ~53 MiB of its PSS, and its llvmpipe threads worked ~25 ms a second
//!   while the window sat idle with a blinking caret (issue 16; docs/performance.md). Without
//!   it the web process paints into shared memory that the window draws, as WebKit does when
//!   no GL is available. It is also the usual cure for a blank window on some GPU drivers.
//!
//! WebKit reads both switches from the environment of the process that starts its web
//! process, so they are set first thing in `main`. `SCRIPTIX_KEYS_GPU_PAINTING=1` keeps
//! WebKit's own choice for both; setting either of WebKit's variables yourself keeps yours.

/// WebKitGTK's switch for CPU painting (2.46 and later).
#[cfg(target_os = "linux")]
const CPU_PAINTING_ENV: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";
/// WebKitGTK's switch that turns accelerated compositing off.
#[cfg(target_os = "linux")]
const NO_COMPOSITING_ENV: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
/// Our opt-out.
#[cfg(target_os = "linux")]
const GPU_PAINTING_ENV: &str = "SCRIPTIX_KEYS_GPU_PAINTING";

/// The WebKit variables to set, given how the environment reads (`is_set`): none when the
/// user opted out, and none that the user set already.
#[cfg(target_os = "linux")]
fn switches(is_set: impl Fn(&str) -> bool) -> Vec<&'static str> {
    if is_set(GPU_PAINTING_ENV) {
        return Vec::new();
    }
    [CPU_PAINTING_ENV, NO_COMPOSITING_ENV]
        .into_iter()
        .filter(|name| !is_set(name))
        .collect()
}

/// Turns CPU painting on and compositing off unless the user chose. Must run before any
/// other thread exists and before GTK or WebKit start (first line of `main`): changing the
/// environment races with readers on other threads, and there are none yet. GLib's
/// `g_setenv` is the environment API of the toolkit this runs on.
#[cfg(target_os = "linux")]
pub fn prefer_cpu_painting() {
    for name in switches(|name| std::env::var_os(name).is_some()) {
        // A failure only leaves WebKit's default for that switch.
        let _ = glib::setenv(name, "1", false);
    }
}

/// Other platforms paint natively; nothing to choose.
#[cfg(not(target_os = "linux"))]
pub fn prefer_cpu_painting() {}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn both_switches_are_set_when_nobody_chose() {
        assert_eq!(
            switches(|_| false),
            vec![CPU_PAINTING_ENV, NO_COMPOSITING_ENV]
        );
    }

    #[test]
    fn the_opt_out_keeps_webkits_choice_for_both() {
        assert!(switches(|name| name == GPU_PAINTING_ENV).is_empty());
    }

    #[test]
    fn a_switch_the_user_set_is_left_as_it_is() {
        assert_eq!(
            switches(|name| name == NO_COMPOSITING_ENV),
            vec![CPU_PAINTING_ENV]
        );
        assert_eq!(
            switches(|name| name == CPU_PAINTING_ENV),
            vec![NO_COMPOSITING_ENV]
        );
    }
}
