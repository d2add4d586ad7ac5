//! One running app window, driven through tauri-driver.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

use crate::files::AppDirs;
use crate::process::{folders_marker, reap, stop, wait_until_not_running};

/// The UI's top-level screens; one of them is always mounted once the UI is up.
/// A screen the modules mounted: the first frame index.html may carry (docs/first-frame.md)
/// looks the same but answers nothing until the modules take it over.
const SCREENS: &str = "#app:not([data-first-frame]) [data-testid=\"signin-screen\"], #app:not([data-first-frame]) [data-testid=\"main-screen\"], #app:not([data-first-frame]) [data-testid=\"problem-screen\"]";

/// How long a journey waits for something to appear before failing.
const WAIT: Duration = Duration::from_secs(20);

/// How many times a launch starts tauri-driver and a session before the journey fails.
const LAUNCH_ATTEMPTS: u64 = 3;

/// A launched app: the WebDriver session and the tauri-driver process behind it.
pub struct App {
    pub driver: WebDriver,
    tauri_driver: Option<Child>,
    /// The data folders' marker in the app's environment, to find its process.
    marker: String,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("tauri_driver", &self.tauri_driver.as_ref().map(Child::id))
            .finish()
    }
}

/// The debug app binary built by `cargo build -p scriptix-keys`.
pub fn app_binary() -> PathBuf {
    if let Ok(path) = std::env::var("SCRIPTIX_KEYS_APP") {
        return PathBuf::from(path);
    }
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| crate::package_dir().join("..").join("target"));
    target.join("debug").join("scriptix-keys")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

impl App {
    /// Launches the app with these folders (same folders again = a restart).
    pub async fn launch(dirs: &AppDirs) -> App {
        Self::launch_with(dirs, &[]).await
    }

    /// Launches with extra environment variables for the app.
    pub async fn launch_with(dirs: &AppDirs, extra_env: &[(&str, &str)]) -> App {
        let binary = app_binary();
        assert!(
            binary.exists(),
            "app binary missing at {} (run cargo build -p scriptix-keys)",
            binary.display()
        );
        wait_until_not_running(dirs).await;
        // A port picked as free can be taken before tauri-driver or WebKitWebDriver binds it
        // (other journeys' processes come and go), and on a loaded machine a session request
        // can still fail while WebKitWebDriver starts: start over on fresh ports, a few times.
        let mut attempt = 1;
        loop {
            match Self::try_launch(&binary, dirs, extra_env).await {
                Ok(app) => return app,
                Err(error) if attempt < LAUNCH_ATTEMPTS => {
                    eprintln!(
                        "starting the WebDriver session failed ({error}); trying again ({attempt}/{LAUNCH_ATTEMPTS})"
                    );
                    attempt += 1;
                    wait_until_not_running(dirs).await;
                    tokio::time::sleep(Duration::from_secs(attempt)).await;
                }
                Err(error) => panic!("WebDriver session with the app: {error}"),
            }
        }
    }

    async fn try_launch(
        binary: &std::path::Path,
        dirs: &AppDirs,
        extra_env: &[(&str, &str)],
    ) -> Result<App, thirtyfour::error::WebDriverError> {
        let port = free_port();
        // The OS may hand the same free port out twice in a row.
        let native_port = std::iter::repeat_with(free_port)
            .find(|p| *p != port)
            .expect("a second free port");
        let mut command = Command::new("tauri-driver");
        command
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        for (key, value) in dirs.env() {
            command.env(key, value);
        }
        for (key, value) in extra_env {
            command.env(key, value);
        }
        let tauri_driver = command
            .spawn()
            .expect("tauri-driver on PATH (scripts/test installs it)");
        let url = format!("http://127.0.0.1:{port}");
        // tauri-driver listens at once but only proxies to WebKitWebDriver, which it starts
        // itself: a session request sent before that one listens fails on a slow machine.
        let started = Instant::now();
        for listening in [port, native_port] {
            while std::net::TcpStream::connect(("127.0.0.1", listening)).is_err() {
                assert!(
                    started.elapsed() < WAIT,
                    "tauri-driver or WebKitWebDriver did not start listening on {listening}"
                );
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        let mut caps = Capabilities::new();
        caps.set("browserName", "wry").expect("capability");
        caps.set(
            "tauri:options",
            serde_json::json!({ "application": binary.display().to_string() }),
        )
        .expect("capability");
        let driver = match WebDriver::new(&url, caps).await {
            Ok(driver) => driver,
            Err(error) => {
                stop(tauri_driver);
                // WebKitWebDriver may have started the app before the session failed: left
                // running, it would take over the next attempt's launch.
                reap(&folders_marker(dirs));
                return Err(error);
            }
        };
        let app = App {
            driver,
            tauri_driver: Some(tauri_driver),
            marker: folders_marker(dirs),
        };
        app.wait_ready().await;
        Ok(app)
    }

    /// Waits until the UI has mounted one of its screens.
    async fn wait_ready(&self) {
        self.wait_for(SCREENS).await;
    }

    /// Polls for a CSS selector until it matches, or fails the test after `WAIT`.
    pub async fn wait_for(&self, css: &str) -> WebElement {
        let started = Instant::now();
        loop {
            if let Ok(found) = self.driver.find(By::Css(css)).await {
                return found;
            }
            if started.elapsed() > WAIT {
                let seen = self.what_the_user_sees().await;
                panic!("timed out waiting for {css}; {seen}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The element with this `data-testid`, waiting for it.
    pub async fn id(&self, testid: &str) -> WebElement {
        self.wait_for(&format!("[data-testid=\"{testid}\"]")).await
    }

    /// Waits until no element matches the selector.
    pub async fn wait_gone(&self, css: &str) {
        let started = Instant::now();
        loop {
            match self.driver.find_all(By::Css(css)).await {
                Ok(found) if found.is_empty() => return,
                Ok(_) => {}
                // WebKitWebDriver finds the elements in the page, then makes a handle for each:
                // one removed in between (the element going away, as waited for) is reported
                // stale. Ask again.
                Err(error)
                    if matches!(
                        error.as_inner(),
                        thirtyfour::error::WebDriverErrorInner::StaleElementReference(_)
                    ) => {}
                Err(error) => panic!("find_all {css}: {error}"),
            }
            assert!(started.elapsed() < WAIT, "{css} did not go away");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the element's text satisfies `test`; returns the text.
    pub async fn wait_text(&self, testid: &str, test: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let text = match self
                .driver
                .find(By::Css(format!("[data-testid=\"{testid}\"]")))
                .await
            {
                Ok(el) => el.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if test(&text) {
                return text;
            }
            if started.elapsed() > WAIT {
                let seen = self.what_the_user_sees().await;
                panic!("timed out waiting for the text of {testid}; last text: {text:?}; {seen}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// For a timeout's message: a screenshot, the open dialogs and the alerts on screen, so a
    /// failure on a CI machine says what the window showed.
    pub async fn what_the_user_sees(&self) -> String {
        let shot = self.screenshot("timeout").await;
        let script = r#"const text = (e) => (e.innerText || '').replace(/\s+/g, ' ').trim().slice(0, 400);
            const screen = document.querySelector('[data-testid$="-screen"]');
            return {
              screen: screen ? screen.dataset.testid : null,
              dialogs: [...document.querySelectorAll('dialog[open], aside.side-panel')].map(d => (d.dataset.testid || 'dialog') + ': ' + text(d)),
              alerts: [...document.querySelectorAll('[role="alert"]:not([hidden])')].map(text).filter(t => t),
            };"#;
        let shown = match self.driver.execute(script, vec![]).await {
            Ok(found) => found.json().to_string(),
            Err(error) => format!("(the window could not be read: {error})"),
        };
        format!("the window showed {shown}; screenshot {}", shot.display())
    }

    /// Waits for a given screen the modules mounted: "signin", "main" or "problem".
    pub async fn wait_screen(&self, screen: &str) {
        self.wait_for(&format!(
            "#app:not([data-first-frame]) [data-testid=\"{screen}-screen\"]"
        ))
        .await;
    }

    /// Clears an input and types into it.
    pub async fn type_into(&self, testid: &str, text: &str) {
        let input = self.id(testid).await;
        input.clear().await.expect("clear");
        input.send_keys(text).await.expect("type");
    }

    /// Clicks an element by test id.
    ///
    /// Clicks only once the element has stopped moving: WebKitWebDriver takes the element's
    /// centre, then the click lands wherever that point is by the time WebKit handles it. A
    /// section that arrives above the button (the usage hints in the expiry centre, a
    /// dialog's re-layout) would take the click. A user clicks what they see; so does this.
    pub async fn click(&self, testid: &str) {
        let element = self.id(testid).await;
        self.wait_still(testid).await;
        element.click().await.expect("click");
    }

    /// Waits until the element with this `data-testid` has had the same box for three
    /// frames in a row (at most 3 s; a box that never settles is clicked as it is).
    async fn wait_still(&self, testid: &str) {
        let script = r#"const [testid, done] = arguments;
            const started = performance.now();
            let last = '', same = 0;
            const look = () => {
              const node = document.querySelector(`[data-testid="${testid}"]`);
              const r = node ? node.getBoundingClientRect() : null;
              const now = r ? `${r.x},${r.y},${r.width},${r.height}` : '';
              same = now !== '' && now === last ? same + 1 : 0;
              last = now;
              if (same >= 2 || performance.now() - started > 3000) done(same >= 2);
              else requestAnimationFrame(() => setTimeout(look, 0));
            };
            look();"#;
        let _ = self
            .driver
            .execute_async(script, vec![serde_json::json!(testid)])
            .await;
    }

    /// Fills the one-screen sign-in for a new account (the first start, or "Add account…"):
    /// e-mail and password, and under "Advanced" the server address (the sandbox's; the
    /// default is the public service). Submits; the caller waits for what comes next.
    pub async fn sign_in_new_account(&self, base_url: &str, email: &str, password: &str) {
        self.id("signin-account").await;
        self.type_into("signin-email", email).await;
        self.type_into("signin-password", password).await;
        let advanced = self.id("signin-advanced").await;
        if advanced.attr("open").await.expect("open").is_none() {
            self.click("signin-advanced-toggle").await;
        }
        self.type_into("signin-server", base_url).await;
        self.click("signin-submit").await;
    }

    /// Saves a screenshot of the window under `target/e2e-screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = crate::package_dir()
            .join("..")
            .join("target")
            .join("e2e-screenshots");
        std::fs::create_dir_all(&dir).expect("screenshot dir");
        let path = dir.join(format!("{name}.png"));
        // The X display, not WebDriver's capture: WebKitWebDriver can return a stale frame
        // while a modal <dialog> is open, and the display also shows native dialogs. Under
        // Xvfb the window's pixels lag one capture behind, so a throwaway capture first makes
        // WebKit paint the current frame.
        // Bounded: without compositing (src-tauri's painting.rs) WebKitWebDriver sometimes
        // never answers it, and the client would wait out its 120 s timeout.
        let _ = tokio::time::timeout(Duration::from_secs(3), self.driver.screenshot_as_png()).await;
        tokio::time::sleep(Duration::from_millis(400)).await;
        let grabbed = Command::new("import")
            .args(["-window", "root"])
            .arg(&path)
            .status();
        if !grabbed.is_ok_and(|s| s.success())
            && let Err(error) = self.driver.screenshot(&path).await
        {
            eprintln!("screenshot {name} failed: {error}");
        }
        path
    }

    /// Closes the app and stops tauri-driver with SIGTERM (SIGKILL would orphan
    /// WebKitWebDriver), then makes sure the app process is gone.
    pub async fn quit(mut self) {
        let _ = self.driver.clone().quit().await;
        if let Some(child) = self.tauri_driver.take() {
            stop(child);
        }
        reap(&self.marker);
    }
}

impl Drop for App {
    /// A journey that panicked still stops its tauri-driver (and so the app).
    fn drop(&mut self) {
        if let Some(child) = self.tauri_driver.take() {
            stop(child);
            reap(&self.marker);
        }
    }
}
