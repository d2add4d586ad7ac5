//! [`guarded`]: the one wrapper every async command runs its body in. Tauri does not catch a
//! panic in an async command: the task dies, nobody answers, and the window's promise stays
//! pending forever (a spinner that never stops). Here a panic becomes an `internal` error for
//! that one call and the app goes on. The panic message is logged, never returned: it may
//! hold data the window must not see.

use std::any::Any;
use std::future::Future;
use std::panic::AssertUnwindSafe;

use futures::FutureExt;

use crate::error::{CommandError, CommandResult};

/// Runs a command's body; a panic in it rejects with `internal` instead of hanging.
///
/// Unwind safety: after a panic the shared state is still usable — every lock in the app is
/// taken with `unwrap_or_else(PoisonError::into_inner)`, and the rotation journal (SQLite,
/// compare-and-set transitions) is the record of what happened, not memory.
pub async fn guarded<T>(body: impl Future<Output = CommandResult<T>>) -> CommandResult<T> {
    match AssertUnwindSafe(body).catch_unwind().await {
        Ok(result) => result,
        Err(payload) => {
            tracing::error!(panic = panic_text(payload.as_ref()), "a command panicked");
            Err(CommandError::shell("shell-panicked"))
        }
    }
}

fn panic_text(payload: &(dyn Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no message)")
}

/// Runs `work` off the async workers (a blocking call: SQLite, a child process); `stopped` is
/// the catalogue message when it ended without an answer (it panicked).
pub async fn off_workers<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
    stopped: &'static str,
) -> CommandResult<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|_| crate::error::CommandError::shell(stopped))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_panicking_command_rejects_with_internal_and_its_message_stays_inside() {
        let answer = tokio::time::timeout(
            std::time::Duration::from_secs(5),
            guarded::<()>(async { panic!("detail that may hold data") }),
        )
        .await
        .expect("the call answers instead of hanging");
        let error = serde_json::to_value(answer.unwrap_err()).unwrap();
        assert_eq!(error["kind"], "internal");
        assert_eq!(error["code"], "shell-panicked");
        assert!(
            error["message"]
                .as_str()
                .unwrap()
                .starts_with("Something went wrong inside Scriptix Keys")
        );
        // The next call through the same wrapper works.
        assert_eq!(guarded(async { Ok(7) }).await.unwrap(), 7);
    }

    #[tokio::test]
    async fn a_command_that_does_not_panic_keeps_its_own_answer() {
        let error = guarded::<()>(async { Err(CommandError::shell("shell-bw-stopped")) })
            .await
            .unwrap_err();
        assert_eq!(
            serde_json::to_value(error).unwrap()["code"],
            "shell-bw-stopped"
        );
    }

    /// Every `#[tauri::command]` runs its body in `guarded`: a new command that forgets it
    /// would hang the window on a panic.
    #[test]
    fn every_command_runs_its_body_in_guarded() {
        let files = [
            ("account", include_str!("account.rs")),
            ("auth", include_str!("auth.rs")),
            ("demo", include_str!("demo.rs")),
            ("handoff", include_str!("handoff.rs")),
            ("keycheck", include_str!("keycheck.rs")),
            ("lifecycle", include_str!("lifecycle.rs")),
            ("perf", include_str!("perf.rs")),
            ("profiles", include_str!("profiles.rs")),
            ("rotation", include_str!("rotation.rs")),
            ("status", include_str!("status.rs")),
            ("tokens", include_str!("tokens.rs")),
            ("usage", include_str!("usage.rs")),
        ];
        let mut commands = 0;
        for (file, text) in files {
            for command in text.split("#[tauri::command]").skip(1) {
                let body = command.split("\n}\n").next().unwrap();
                let name = body.split("fn ").nth(1).unwrap().split('(').next().unwrap();
                assert!(body.contains("async fn"), "{file}::{name} is not async");
                assert!(
                    body.contains("guarded("),
                    "{file}::{name} does not run its body in guarded()"
                );
                commands += 1;
            }
        }
        let lib = include_str!("../lib.rs");
        let handler = lib.split("generate_handler![").nth(1).unwrap();
        let registered = handler
            .split(']')
            .next()
            .unwrap()
            .matches("commands::")
            .count();
        assert_eq!(
            commands, registered,
            "a command file is missing from this test"
        );
    }
}
