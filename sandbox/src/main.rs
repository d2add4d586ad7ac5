//! The `scriptix-sandbox` binary: parses arguments, starts the library's server, prints the
//! start-up banner (first line `SANDBOX_URL=…`, flushed) and serves until SIGINT/SIGTERM.
#![allow(
    clippy::print_stdout,
    reason = "the start-up banner on stdout is this binary's interface"
)]

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use scriptix_sandbox::{Config, Sandbox, Seed, demo};

const USAGE: &str = "usage: scriptix-sandbox --db PATH [--addr 127.0.0.1:0] [--seed demo] \
[--rate-limit N] [--session-ttl-secs N] [--allow-non-loopback] [--trust-forwarded]";

fn parse(args: impl IntoIterator<Item = String>) -> Result<Config, String> {
    let mut args = args.into_iter();
    let mut db: Option<PathBuf> = None;
    let mut config = Config::new("");
    while let Some(flag) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match flag.as_str() {
            "--db" => db = Some(PathBuf::from(value("--db")?)),
            "--addr" => {
                config.addr = value("--addr")?
                    .parse::<SocketAddr>()
                    .map_err(|e| format!("--addr: {e}"))?;
            }
            "--seed" => match value("--seed")?.as_str() {
                "demo" => config.seed = Some(Seed::Demo),
                other => return Err(format!("--seed: unknown seed {other:?} (known: demo)")),
            },
            "--rate-limit" => {
                config.rate_limit_per_minute = value("--rate-limit")?
                    .parse()
                    .map_err(|e| format!("--rate-limit: {e}"))?;
            }
            "--session-ttl-secs" => {
                let secs: u64 = value("--session-ttl-secs")?
                    .parse()
                    .map_err(|e| format!("--session-ttl-secs: {e}"))?;
                config.session_ttl = Duration::from_secs(secs);
            }
            "--allow-non-loopback" => config.allow_non_loopback = true,
            "--trust-forwarded" => config.trust_forwarded = true,
            "--help" | "-h" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    config.db_path = db.ok_or_else(|| format!("--db is required\n{USAGE}"))?;
    Ok(config)
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .init();
    let config = match parse(std::env::args().skip(1)) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let seeded = config.seed.is_some();
    let sandbox = match Sandbox::start(config).await {
        Ok(sandbox) => sandbox,
        Err(error) => {
            eprintln!("scriptix-sandbox: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout().lock();
    let banner = writeln!(out, "SANDBOX_URL={}", sandbox.url())
        .and_then(|()| out.flush())
        .and_then(|()| writeln!(out, "SANDBOX_ADMIN_SECRET={}", sandbox.admin_secret()))
        .and_then(|()| {
            if seeded {
                write!(out, "{}", demo::sign_in_details())
            } else {
                Ok(())
            }
        })
        .and_then(|()| out.flush());
    drop(out);
    if let Err(error) = banner {
        eprintln!("scriptix-sandbox: cannot write to stdout: {error}");
    }
    shutdown_signal().await;
    eprintln!("scriptix-sandbox: shutting down");
    sandbox.shutdown().await;
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn all_flags_are_parsed() {
        let config = parse(args(&[
            "--db",
            "x.db",
            "--addr",
            "127.0.0.1:9000",
            "--seed",
            "demo",
            "--rate-limit",
            "5",
            "--session-ttl-secs",
            "60",
            "--allow-non-loopback",
            "--trust-forwarded",
        ]))
        .expect("parse");
        assert_eq!(config.db_path, PathBuf::from("x.db"));
        assert_eq!(config.addr.port(), 9000);
        assert_eq!(config.seed, Some(Seed::Demo));
        assert_eq!(config.rate_limit_per_minute, 5);
        assert_eq!(config.session_ttl, Duration::from_secs(60));
        assert!(config.allow_non_loopback);
        assert!(config.trust_forwarded);
    }

    #[test]
    fn a_missing_db_or_unknown_flag_is_an_error() {
        assert!(parse(args(&["--addr", "127.0.0.1:0"])).is_err());
        assert!(parse(args(&["--db", "x", "--bogus"])).is_err());
        assert!(parse(args(&["--db"])).is_err());
        assert!(parse(args(&["--db", "x", "--seed", "prod"])).is_err());
    }
}
