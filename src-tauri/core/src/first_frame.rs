//! The next start's first frame (docs/first-frame.md, "The served first frame").
//!
//! After a refresh the window renders the workspace's first screen for the cached list once
//! more, off the page (`ui/js/views/first-frame.js`), from the status and list of one
//! [`BasisView`], and hands it here with that view's digest and the moment a text in it
//! would first read differently. It is kept in the data folder if the digest is still the
//! current one: the status fields the first screen shows and the cached list as
//! [`crate::workspace::Workspace::cached_tokens`] answers it (statuses included, so an
//! expiry threshold crossed since changes it). At the next start the shell serves it inside
//! `index.html` only if that digest is the same again, the moment has not come, the local
//! zone is the same and the window's files are the same build; otherwise the file is
//! removed and the boot line shows as before.
//!
//! It holds token metadata only (what the cached list already holds); a fresh off-page
//! mount has no dialog, key or selection. Markup that could load or run anything is
//! refused on the way in, although the CSP would refuse to run it anyway.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::view::TokenListView;
use crate::workspace::AppStatusView;

/// The file in the app's data folder.
pub const FILE_NAME: &str = "first-frame.json";
/// A larger frame is refused (a 10,000-token list's first frame is about 60 KB).
pub const MAX_HTML_BYTES: usize = 2 * 1024 * 1024;
/// Kept for a day at most, whatever the window says.
pub const MAX_VALID_MS: i64 = 24 * 3600 * 1000;
/// The boot line in `ui/index.html` that a served frame takes the place of.
pub const APP_MARKER: &str = r#"<div id="app" class="root"><p class="boot muted" role="status">Starting Scriptix Keys…</p></div>"#;
/// The page's default language and title, set to the frame's.
const LANG_MARKER: &str = r#"<html lang="en">"#;
const TITLE_MARKER: &str = "<title>Scriptix Keys</title>";
/// Markup a rendered frame never holds (text is escaped, views never build these elements).
const REFUSED: [&str; 10] = [
    "<script", "<style", "<link", "<meta", "<base", "<iframe", "<object", "<embed", "<form",
    "<dialog",
];

/// What the window sends (`firstFrameSave`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FrameInput {
    /// `#app`'s content: the workspace's first screen.
    pub html: String,
    /// The window title the screen sets.
    pub title: String,
    /// Ms since the epoch: the first moment a text in it would read differently.
    pub valid_until: i64,
    /// The [`BasisView::basis`] of the status and list it was rendered from.
    pub basis: String,
    /// The window's offset from UTC in minutes when it rendered (its dates and clock times).
    pub utc_offset_minutes: i32,
}

/// What the window renders the frame from, and the digest it sends back with the frame:
/// the status as the next start will see it (the vault as last found, no probe) and the
/// cached list, read together.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BasisView {
    pub status: AppStatusView,
    pub list: Option<TokenListView>,
    /// `None` when there is nothing to keep a frame of (no list, not signed in).
    pub basis: Option<String>,
}

impl BasisView {
    /// `status` and `list` with their digest.
    pub fn new(status: AppStatusView, list: Option<TokenListView>) -> Self {
        let basis = list
            .as_ref()
            .filter(|list| signed_in_to(&status, list))
            .map(|list| basis(&status, list));
        Self {
            status,
            list,
            basis,
        }
    }
}

/// Where and when: the data folder, this build of the window's files, the clock and the
/// local zone's offset.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub data_dir: &'a Path,
    /// Identifies the window's files (a frame from other markup or styles is never served).
    pub build: &'a str,
    pub now: DateTime<Utc>,
    pub utc_offset_minutes: i32,
}

/// A frame to serve.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frame {
    pub html: String,
    pub title: String,
    /// The window's language (`en`, `nl`, `en-XA`), for `<html lang>`.
    pub lang: String,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    build: String,
    basis: String,
    valid_until: i64,
    utc_offset_minutes: i32,
    frame: Frame,
}

impl Stored {
    /// What can be checked without the state: the build, the moment, the zone.
    fn current(&self, cx: &Context<'_>) -> bool {
        let now = cx.now.timestamp_millis();
        self.build == cx.build
            && now < self.valid_until
            && self.valid_until <= now + MAX_VALID_MS
            && self.utc_offset_minutes == cx.utc_offset_minutes
    }
}

/// Why a frame was not kept (nothing to tell the user: the next start shows the boot line).
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("the frame does not show the current cached list")]
    Outdated,
    #[error("the frame is not one the window renders")]
    Refused,
    #[error("could not write the frame: {0}")]
    Io(#[from] io::Error),
}

/// Where the frame lives in `data_dir`.
pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

/// Keeps `input` if it was rendered from `status` and `list` as they are now.
///
/// Errors: [`SaveError::Outdated`] when the list or status moved on since it was rendered,
/// [`SaveError::Refused`] for markup or a size a rendered frame never has, I/O errors.
pub fn save(
    cx: &Context<'_>,
    input: FrameInput,
    status: &AppStatusView,
    list: Option<&TokenListView>,
) -> Result<(), SaveError> {
    let list = list
        .filter(|list| signed_in_to(status, list))
        .ok_or(SaveError::Outdated)?;
    let basis = basis(status, list);
    if input.basis != basis {
        return Err(SaveError::Outdated);
    }
    let now_ms = cx.now.timestamp_millis();
    if input.html.len() > MAX_HTML_BYTES
        || input.title.chars().count() > 200
        || input.valid_until <= now_ms
        || !acceptable(&input.html)
    {
        return Err(SaveError::Refused);
    }
    let stored = Stored {
        build: cx.build.to_owned(),
        basis,
        valid_until: input.valid_until.min(now_ms + MAX_VALID_MS),
        utc_offset_minutes: input.utc_offset_minutes,
        frame: Frame {
            html: input.html,
            title: input.title,
            lang: status.language.tag.to_owned(),
        },
    };
    let target = path(cx.data_dir);
    let temporary = cx.data_dir.join(format!("{FILE_NAME}.tmp"));
    // Buffered: serde_json writes a few bytes at a time (around every escaped quote of the
    // markup), each a system call on a bare file.
    let mut file = io::BufWriter::new(private_file(&temporary)?);
    serde_json::to_writer(&mut file, &stored).map_err(io::Error::other)?;
    file.flush()?;
    file.get_ref().sync_all()?;
    std::fs::rename(&temporary, &target)?;
    Ok(())
}

/// Whether a kept frame could still be served, from the file alone (build, moment, zone):
/// when not, the start need not wait for the state. A frame that cannot is removed.
pub fn may_serve(cx: &Context<'_>) -> bool {
    let file = path(cx.data_dir);
    let Ok(bytes) = std::fs::read(&file) else {
        return false;
    };
    let current = serde_json::from_slice::<Stored>(&bytes).is_ok_and(|stored| stored.current(cx));
    if !current {
        let _ = std::fs::remove_file(&file);
    }
    current
}

/// The kept frame, if it still shows exactly what the window's first screen would show now.
/// A frame that does not is removed.
pub fn load(
    cx: &Context<'_>,
    status: &AppStatusView,
    list: Option<&TokenListView>,
) -> Option<Frame> {
    let file = path(cx.data_dir);
    let bytes = std::fs::read(&file).ok()?;
    let usable = serde_json::from_slice::<Stored>(&bytes)
        .ok()
        .filter(|stored| {
            stored.current(cx)
                && stored.frame.lang == status.language.tag
                && list
                    .filter(|list| signed_in_to(status, list))
                    .is_some_and(|list| stored.basis == basis(status, list))
        });
    if usable.is_none() {
        let _ = std::fs::remove_file(&file);
    }
    usable.map(|stored| stored.frame)
}

/// Removes the kept frame (signed out, profile switched or deleted: its names are nobody's
/// business any more).
pub fn forget(data_dir: &Path) {
    let _ = std::fs::remove_file(path(data_dir));
}

fn signed_in_to(status: &AppStatusView, list: &TokenListView) -> bool {
    status.active_profile_id.as_deref() == Some(list.profile_id.as_str())
        && status
            .session
            .as_ref()
            .is_some_and(|s| s.profile_id == list.profile_id)
}

/// A new file only this user can read (the data folder is private too).
fn private_file(path: &Path) -> io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// `index.html` with `frame` in place of the boot line: on screen, inert and busy for
/// assistive technology until the modules replace it. `None` when the page has no boot line.
pub fn inject(index_html: &str, frame: &Frame) -> Option<String> {
    if !index_html.contains(APP_MARKER) || !acceptable(&frame.html) {
        return None;
    }
    let lang: String = frame
        .lang
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let app = format!(
        r#"<div id="app" class="root" data-first-frame="" inert="" aria-busy="true">{}</div>"#,
        frame.html
    );
    Some(
        index_html
            .replacen(LANG_MARKER, &format!(r#"<html lang="{lang}">"#), 1)
            .replacen(
                TITLE_MARKER,
                &format!("<title>{}</title>", escape(&frame.title)),
                1,
            )
            .replacen(APP_MARKER, &app, 1),
    )
}

fn acceptable(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    !REFUSED.iter().any(|tag| lower.contains(tag))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Everything the first screen is rendered from, as one digest: the profiles as the header
/// names them, the session's profile and user, the vault, the settings the workspace reads
/// (reminders, "in use"), the language and the cached list as the window receives it. Base
/// URLs, the session's expiry and the other settings (clipboard, tray, updates) are left
/// out: the screen does not show them (the demo's address changes with every start), and an
/// expired session has no session at all in the status.
fn basis(status: &AppStatusView, list: &TokenListView) -> String {
    #[derive(Serialize)]
    struct Basis<'a> {
        profiles: Vec<(&'a str, &'a str, &'a str, bool)>,
        active: Option<&'a str>,
        session: Option<(&'a str, &'a str)>,
        vault: &'a crate::vault::VaultStatus,
        settings: (&'a [u32], bool, u32),
        sign_in_reason: Option<&'a str>,
        language: &'a str,
        list: &'a TokenListView,
    }
    let basis = Basis {
        profiles: status
            .profiles
            .iter()
            .map(|p| (p.id.as_str(), p.name.as_str(), p.username.as_str(), p.demo))
            .collect(),
        active: status.active_profile_id.as_deref(),
        session: status
            .session
            .as_ref()
            .map(|s| (s.profile_id.as_str(), s.username.as_str())),
        vault: &status.vault,
        settings: (
            &status.settings.expiry_thresholds,
            status.settings.notify_expiry,
            status.settings.recent_use_hours,
        ),
        sign_in_reason: status.sign_in_reason.as_deref(),
        language: status.language.tag,
        list,
    };
    let mut writer = HashWriter(Sha256::new());
    // Serialising these types cannot fail; a failure would only give a digest nothing matches.
    let _ = serde_json::to_writer(&mut writer, &basis);
    hex::encode(writer.0.finalize())
}

struct HashWriter(Sha256);

impl Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
#[path = "first_frame_tests.rs"]
mod tests;
