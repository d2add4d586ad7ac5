//! The command line: `--help` and `--version` answer on standard output and exit before
//! Tauri, GTK or the single-instance check start (so they work without a display and never
//! raise an already running window). Anything else starts the app as before.

/// What `main` does with its arguments.
#[derive(Debug, PartialEq, Eq)]
pub enum Cli {
    /// Start the window.
    Run,
    /// Print this text to standard output and exit with success.
    Print(String),
}

/// Reads the arguments after the program name. Only these two options are looked at: any
/// other argument starts the app as before (a launcher or the OS may add its own, like
/// macOS's `-psn_…`), so nothing that starts the app today stops doing so.
pub fn parse<I, S>(args: I) -> Cli
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    for arg in args {
        match arg.as_ref().to_str() {
            Some("--help" | "-h") => return Cli::Print(help()),
            Some("--version" | "-V") => return Cli::Print(version()),
            _ => {}
        }
    }
    Cli::Run
}

fn version() -> String {
    format!("scriptix-keys {}\n", env!("CARGO_PKG_VERSION"))
}

fn help() -> String {
    format!(
        "\
Scriptix Keys {version} — manage the API keys of Scriptix, the speech-to-text service

Usage: scriptix-keys [--help | --version]

Opens the Scriptix Keys window (a second start brings the running window to the front).
Sign in with your Scriptix e-mail and password, or click \"Open demo workspace\" to try
everything against a local sandbox with no account and no network.

Options:
  -h, --help       print this help and exit
  -V, --version    print the version and exit

Keys and session tokens are kept in the OS credential vault (on Linux a Secret Service
provider such as gnome-keyring, KWallet or KeePassXC); without one the app runs read-only.

Files (Linux):
  ~/.config/io.scriptix.keys/              profiles and settings
  ~/.local/share/io.scriptix.keys/         local records (never a key)
  ~/.local/share/io.scriptix.keys/logs/    scriptix-keys.log (never a key)

Environment:
  SCRIPTIX_KEYS_GPU_PAINTING=1   let WebKit paint on the GPU (default on Linux: the CPU)

Home page: https://scriptix.io
",
        version = env!("CARGO_PKG_VERSION")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_and_version_answer_without_starting_the_window() {
        for flag in ["--help", "-h"] {
            let Cli::Print(text) = parse([flag]) else {
                panic!("{flag} must print")
            };
            assert!(text.contains("Usage: scriptix-keys"), "{text}");
            assert!(text.contains("--version"), "{text}");
            assert!(text.contains(env!("CARGO_PKG_VERSION")), "{text}");
        }
        for flag in ["--version", "-V"] {
            assert_eq!(
                parse([flag]),
                Cli::Print(format!("scriptix-keys {}\n", env!("CARGO_PKG_VERSION")))
            );
        }
        // The first option decides, wherever it is.
        assert!(matches!(parse(["file", "--help"]), Cli::Print(_)));
    }

    #[test]
    fn any_other_argument_starts_the_app_as_before() {
        assert_eq!(parse(Vec::<String>::new()), Cli::Run);
        assert_eq!(parse(["something", "-psn_0_12345", "--helpx"]), Cli::Run);
    }
}
