//! One app at a time: a second launch on the same data hands over to the running window and
//! exits; a launch on other data folders is another app and opens its own window.

use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs, app_binary};

/// The app's visible top-level windows on the X display, by title.
fn app_windows() -> usize {
    let out = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", "^Scriptix Keys$"])
        .output()
        .expect("xdotool");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|line| !line.trim().is_empty())
        .count()
}

async fn wait_for_windows(count: usize) {
    let started = Instant::now();
    while app_windows() != count {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "expected {count} app window(s), found {}",
            app_windows()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Starts the app binary as a user would (no WebDriver), with these folders.
fn launch_by_hand(dirs: &AppDirs) -> Child {
    let mut command = Command::new(app_binary());
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    for (key, value) in dirs.env() {
        command.env(key, value);
    }
    command.spawn().expect("the app binary starts")
}

/// The exit status if the process ends within `limit`; otherwise it is killed and `None`.
async fn exit_within(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return Some(status);
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_launch_on_the_same_data_exits_and_the_first_window_stays_in_charge() {
    let dirs = AppDirs::new();
    let app = App::launch(&dirs).await;
    app.type_into("signin-email", "typed@first.window").await;
    wait_for_windows(1).await;

    let mut second = launch_by_hand(&dirs);
    let status = exit_within(&mut second, Duration::from_secs(15)).await;
    assert!(
        status.is_some_and(|s| s.success()),
        "the second launch hands over and exits cleanly: {status:?}"
    );
    assert_eq!(app_windows(), 1, "no second window");
    // The first window is the same one, still driven by WebDriver, with what was typed.
    let typed = app.id("signin-email").await.value().await.expect("value");
    assert_eq!(typed.as_deref(), Some("typed@first.window"));
    app.screenshot("instance-after-second-launch").await;

    // Other data folders are another installation: that app starts and stays.
    let other = AppDirs::new();
    let mut third = Running(launch_by_hand(&other));
    wait_for_windows(2).await;
    assert!(
        exit_within(&mut third.0, Duration::from_secs(2))
            .await
            .is_none(),
        "an app on other data keeps running"
    );
    app.quit().await;
}

/// A hand-launched app that is killed when the journey ends, even on a failed assertion.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
