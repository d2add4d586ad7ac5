//! Copying secrets to the OS clipboard safely: marked so clipboard managers and history skip
//! them where the platform allows, cleared after a delay **only if the clipboard still holds
//! what we put there**, a new copy restarting the timer, and cleared on exit.
//!
//! Owns the clipboard handle and the timer. Never keeps the copied text: only a SHA-256
//! digest of it, to recognise our own value later, compared in constant time.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::ErrorKind;
use crate::i18n::Coded;
use crate::secret::Secret;

/// Why the clipboard could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ClipboardError {
    /// No clipboard could be opened (no display, no clipboard service).
    #[error("The clipboard is not available on this desktop, so nothing was copied.")]
    Unavailable,
    /// The clipboard refused the text.
    #[error("The clipboard did not accept the text, so nothing was copied. Try again.")]
    Refused,
}

impl ClipboardError {
    /// The stable kind the UI switches on.
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::Internal
    }

    /// The catalogue message for the window (`locales/*/errors-device.ftl`).
    pub fn coded(&self) -> Coded {
        Coded::new(match self {
            Self::Unavailable => "clipboard-unavailable",
            Self::Refused => "clipboard-refused",
        })
    }
}

/// The OS clipboard, as far as this module needs it. Two implementations: the real one
/// ([`SystemClipboard`]) and an in-memory one for tests ([`MemoryClipboard`]).
pub trait ClipboardBackend: Send {
    /// Puts secret text on the clipboard, marked as sensitive where possible.
    fn set_secret(&mut self, text: &str) -> Result<(), ClipboardError>;
    /// The clipboard's text, `None` when it holds none (or something else than text).
    fn text(&mut self) -> Option<String>;
    /// Empties the clipboard.
    fn clear(&mut self) -> Result<(), ClipboardError>;
}

/// The OS clipboard through `arboard`, with its platform extensions for sensitive data:
/// `x-kde-passwordManagerHint` on Linux, exclusion from history/cloud/monitoring on Windows.
pub struct SystemClipboard {
    inner: arboard::Clipboard,
}

impl std::fmt::Debug for SystemClipboard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SystemClipboard")
    }
}

impl SystemClipboard {
    /// Opens the clipboard. Errors: [`ClipboardError::Unavailable`].
    pub fn open() -> Result<Self, ClipboardError> {
        arboard::Clipboard::new()
            .map(|inner| Self { inner })
            .map_err(|_| ClipboardError::Unavailable)
    }
}

impl ClipboardBackend for SystemClipboard {
    fn set_secret(&mut self, text: &str) -> Result<(), ClipboardError> {
        #[allow(unused_mut)]
        let mut set = self.inner.set();
        #[cfg(all(
            unix,
            not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
        ))]
        {
            use arboard::SetExtLinux;
            set = set.exclude_from_history();
        }
        #[cfg(windows)]
        {
            use arboard::SetExtWindows;
            set = set.exclude_from_monitoring();
        }
        set.text(text.to_owned())
            .map_err(|_| ClipboardError::Refused)
    }

    fn text(&mut self) -> Option<String> {
        self.inner.get_text().ok()
    }

    fn clear(&mut self) -> Result<(), ClipboardError> {
        self.inner.clear().map_err(|_| ClipboardError::Refused)
    }
}

/// An in-memory clipboard for tests: other "apps" can overwrite it with `put`.
#[derive(Debug, Default, Clone)]
pub struct MemoryClipboard {
    text: Arc<Mutex<Option<String>>>,
}

impl MemoryClipboard {
    /// What another app would see.
    pub fn peek(&self) -> Option<String> {
        lock(&self.text).clone()
    }

    /// Another app copies something.
    pub fn put(&self, text: &str) {
        *lock(&self.text) = Some(text.to_owned());
    }
}

impl ClipboardBackend for MemoryClipboard {
    fn set_secret(&mut self, text: &str) -> Result<(), ClipboardError> {
        self.put(text);
        Ok(())
    }

    fn text(&mut self) -> Option<String> {
        self.peek()
    }

    fn clear(&mut self) -> Result<(), ClipboardError> {
        *lock(&self.text) = None;
        Ok(())
    }
}

/// The generation of a copy and the SHA-256 digest of its text.
type OurCopy = (u64, [u8; 32]);

/// See the module docs. Cheap to clone; clones share the clipboard and the timer.
#[derive(Clone)]
pub struct SecretClipboard {
    backend: Arc<Mutex<Option<Box<dyn ClipboardBackend>>>>,
    open: Arc<dyn Fn() -> Result<Box<dyn ClipboardBackend>, ClipboardError> + Send + Sync>,
    /// The generation and digest of the last secret we copied, updated together.
    ours: Arc<Mutex<Option<OurCopy>>>,
    generation: Arc<AtomicU64>,
}

impl std::fmt::Debug for SecretClipboard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretClipboard")
            .field("generation", &self.generation.load(Ordering::Relaxed))
            .finish()
    }
}

impl SecretClipboard {
    /// Uses the OS clipboard, opened on first use (so a desktop without one still starts).
    pub fn system() -> Self {
        Self::with_opener(|| {
            SystemClipboard::open().map(|c| Box::new(c) as Box<dyn ClipboardBackend>)
        })
    }

    /// Uses the given backend (tests).
    pub fn with_backend(backend: impl ClipboardBackend + Clone + Sync + 'static) -> Self {
        Self::with_opener(move || Ok(Box::new(backend.clone()) as Box<dyn ClipboardBackend>))
    }

    fn with_opener(
        open: impl Fn() -> Result<Box<dyn ClipboardBackend>, ClipboardError> + Send + Sync + 'static,
    ) -> Self {
        Self {
            backend: Arc::new(Mutex::new(None)),
            open: Arc::new(open),
            ours: Arc::new(Mutex::new(None)),
            generation: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Copies `text`; when `clear_after` is set, clears it after that delay if it is still
    /// ours, then calls `on_cleared`. A later copy cancels the earlier timer. Must be called
    /// inside a tokio runtime when `clear_after` is set.
    ///
    /// Errors: [`ClipboardError`]; nothing changes then.
    pub fn copy(
        &self,
        text: &Secret,
        clear_after: Option<Duration>,
        on_cleared: impl FnOnce() + Send + 'static,
    ) -> Result<(), ClipboardError> {
        // Held across the write, so a timer of an earlier copy cannot clear this one.
        let mut ours = lock(&self.ours);
        self.use_backend(|backend| backend.set_secret(text.expose()))?;
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        *ours = Some((generation, digest(text.expose())));
        drop(ours);
        if let Some(delay) = clear_after {
            let this = self.clone();
            tokio::spawn(async move {
                tokio::time::sleep(delay).await;
                if this.clear_matching(Some(generation)) {
                    on_cleared();
                }
            });
        }
        Ok(())
    }

    /// Clears the clipboard if it still holds the last secret we copied. Returns whether it
    /// did. Used on exit.
    pub fn clear_if_ours(&self) -> bool {
        self.clear_matching(None)
    }

    /// Clears our last copy if it is still on the clipboard and (when given) is the copy of
    /// that generation; a newer copy keeps its own timer.
    fn clear_matching(&self, generation: Option<u64>) -> bool {
        let mut slot = lock(&self.ours);
        let Some((current, ours)) = *slot else {
            return false;
        };
        if generation.is_some_and(|g| g != current) {
            return false;
        }
        *slot = None;
        self.use_backend(|backend| {
            let still_ours = backend
                .text()
                .is_some_and(|now: String| bool::from(digest(&now).ct_eq(&ours)));
            if still_ours {
                backend.clear().map(|()| true)
            } else {
                Ok(false)
            }
        })
        .unwrap_or(false)
    }

    fn use_backend<T>(
        &self,
        f: impl FnOnce(&mut dyn ClipboardBackend) -> Result<T, ClipboardError>,
    ) -> Result<T, ClipboardError> {
        let mut slot = lock(&self.backend);
        if slot.is_none() {
            *slot = Some((self.open)()?);
        }
        match slot.as_mut() {
            Some(backend) => f(backend.as_mut()),
            None => Err(ClipboardError::Unavailable),
        }
    }
}

fn digest(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn secret(text: &str) -> Secret {
        Secret::new(text.to_owned())
    }

    #[tokio::test(start_paused = true)]
    async fn a_copied_secret_is_cleared_after_the_delay() {
        let board = MemoryClipboard::default();
        let clipboard = SecretClipboard::with_backend(board.clone());
        let (tx, rx) = tokio::sync::oneshot::channel();
        clipboard
            .copy(
                &secret("sk_live_a"),
                Some(Duration::from_secs(30)),
                move || tx.send(()).unwrap(),
            )
            .unwrap();
        assert_eq!(board.peek().as_deref(), Some("sk_live_a"));
        tokio::time::sleep(Duration::from_secs(29)).await;
        assert_eq!(
            board.peek().as_deref(),
            Some("sk_live_a"),
            "not before the delay"
        );
        rx.await.unwrap();
        assert_eq!(board.peek(), None);
    }

    #[tokio::test(start_paused = true)]
    async fn something_the_user_copied_meanwhile_is_left_alone() {
        let board = MemoryClipboard::default();
        let clipboard = SecretClipboard::with_backend(board.clone());
        let cleared = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = cleared.clone();
        clipboard
            .copy(
                &secret("sk_live_a"),
                Some(Duration::from_secs(5)),
                move || {
                    flag.store(true, Ordering::SeqCst);
                },
            )
            .unwrap();
        board.put("the user's own text");
        tokio::time::sleep(Duration::from_secs(10)).await;
        tokio::task::yield_now().await;
        assert_eq!(board.peek().as_deref(), Some("the user's own text"));
        assert!(
            !cleared.load(Ordering::SeqCst),
            "no 'cleared' notice for a clipboard we did not clear"
        );
        assert!(
            !clipboard.clear_if_ours(),
            "the timer ran and let go of our copy"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_new_copy_restarts_the_timer() {
        let board = MemoryClipboard::default();
        let clipboard = SecretClipboard::with_backend(board.clone());
        clipboard
            .copy(&secret("sk_live_a"), Some(Duration::from_secs(10)), || {})
            .unwrap();
        tokio::time::sleep(Duration::from_secs(8)).await;
        clipboard
            .copy(&secret("sk_live_b"), Some(Duration::from_secs(10)), || {})
            .unwrap();
        tokio::time::sleep(Duration::from_secs(5)).await;
        tokio::task::yield_now().await;
        assert_eq!(
            board.peek().as_deref(),
            Some("sk_live_b"),
            "the first timer no longer clears"
        );
        tokio::time::sleep(Duration::from_secs(6)).await;
        tokio::task::yield_now().await;
        assert_eq!(board.peek(), None);
    }

    #[test]
    fn never_clearing_keeps_the_value_until_exit_clears_it() {
        let board = MemoryClipboard::default();
        let clipboard = SecretClipboard::with_backend(board.clone());
        clipboard.copy(&secret("sk_live_a"), None, || {}).unwrap();
        assert_eq!(board.peek().as_deref(), Some("sk_live_a"));
        assert!(clipboard.clear_if_ours());
        assert_eq!(board.peek(), None);
        assert!(!clipboard.clear_if_ours(), "nothing of ours left");
    }
}
