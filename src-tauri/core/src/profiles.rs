//! Profiles (which Scriptix, which user) and app settings, in `profiles.json`.
//!
//! Owns the file format (camelCase JSON), atomic saving, recovery from a corrupt file, and
//! validation of what the user types for a profile. It must never hold a secret: there is no
//! field for one, and sessions live in the vault.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::base_url::{BaseUrlError, parse_base_url};
use crate::error::ErrorKind;
use crate::i18n::Coded;

/// Longest profile name, in characters.
pub const MAX_PROFILE_NAME_CHARS: usize = 60;
/// Default seconds after which a copied key is cleared from the clipboard.
pub const DEFAULT_CLIPBOARD_CLEAR_SECONDS: u32 = 30;

/// One Scriptix account on one server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    /// Short random hex.
    pub id: String,
    /// The user's label.
    pub name: String,
    /// Normalised base URL (ends with `/`).
    pub base_url: String,
    /// Sign-in name (may be empty until the first sign-in).
    pub username: String,
    /// The built-in demo workspace.
    #[serde(default)]
    pub demo: bool,
}

/// Default days before expiry at which a notification is shown (0 = on the day).
pub const DEFAULT_EXPIRY_THRESHOLDS: [u32; 5] = [30, 14, 7, 1, 0];
/// The largest expiry threshold, in days.
pub const MAX_EXPIRY_THRESHOLD_DAYS: u32 = 365;
/// How many expiry thresholds may be set.
pub const MAX_EXPIRY_THRESHOLDS: usize = 8;

/// App settings. Fields added later have serde defaults, so older files keep loading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// `None` (JSON `null`) = never clear.
    #[serde(default = "default_clipboard_clear")]
    pub clipboard_clear_seconds: Option<u32>,
    /// Days before a token's expiry at which to notify, largest first (see
    /// [`Settings::validated`]).
    #[serde(default = "default_expiry_thresholds")]
    pub expiry_thresholds: Vec<u32>,
    /// Whether expiry and grace-period notifications are shown at all.
    #[serde(default = "default_true")]
    pub notify_expiry: bool,
    /// Closing the window leaves the app running in the tray (reminders keep coming).
    #[serde(default)]
    pub keep_in_tray: bool,
    /// The first close with reminders on said, once, that they stop while the app is
    /// closed. Kept by `Workspace::save_settings` whatever the window sends.
    #[serde(default)]
    pub tray_explained: bool,
    /// Where to look for updates (the updater's manifest URL); `None` = updates off (the
    /// default, and in the demo and the tests). See [`update_endpoint`].
    #[serde(default)]
    pub update_endpoint: Option<String>,
    /// The app's language: the OS's (the default) or a fixed one. Applies at once.
    #[serde(default)]
    pub language: crate::i18n::LanguageSetting,
    /// A key used within this many hours counts as "in use": deleting it needs an extra
    /// confirmation and a rotation's grace end waits for it to go quiet (1..=720).
    #[serde(default = "default_recent_use_hours")]
    pub recent_use_hours: u32,
}

/// The default of [`Settings::recent_use_hours`].
pub const DEFAULT_RECENT_USE_HOURS: u32 = 24;
/// The largest [`Settings::recent_use_hours`] (30 days).
pub const MAX_RECENT_USE_HOURS: u32 = 720;

fn default_recent_use_hours() -> u32 {
    DEFAULT_RECENT_USE_HOURS
}

fn default_clipboard_clear() -> Option<u32> {
    Some(DEFAULT_CLIPBOARD_CLEAR_SECONDS)
}

fn default_expiry_thresholds() -> Vec<u32> {
    DEFAULT_EXPIRY_THRESHOLDS.to_vec()
}

fn default_true() -> bool {
    true
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            clipboard_clear_seconds: default_clipboard_clear(),
            expiry_thresholds: default_expiry_thresholds(),
            notify_expiry: true,
            keep_in_tray: false,
            tray_explained: false,
            update_endpoint: None,
            language: crate::i18n::LanguageSetting::System,
            recent_use_hours: DEFAULT_RECENT_USE_HOURS,
        }
    }
}

impl Settings {
    /// The settings as saved: expiry thresholds sorted largest first.
    ///
    /// Errors: [`ProfileError::InvalidSetting`] (field `expiryThresholds`) when a threshold
    /// is above 365 days, appears twice, or there are more than 8.
    pub fn validated(mut self) -> Result<Self, ProfileError> {
        let invalid = |coded: Coded| ProfileError::InvalidSetting {
            field: "expiryThresholds",
            coded,
        };
        if self.expiry_thresholds.len() > MAX_EXPIRY_THRESHOLDS {
            return Err(invalid(
                Coded::new("settings-error-too-many-reminders")
                    .arg("max", MAX_EXPIRY_THRESHOLDS)
                    .arg("count", self.expiry_thresholds.len()),
            ));
        }
        if let Some(big) = self
            .expiry_thresholds
            .iter()
            .find(|d| **d > MAX_EXPIRY_THRESHOLD_DAYS)
        {
            return Err(invalid(
                Coded::new("settings-error-reminder-too-early")
                    .arg("max", i64::from(MAX_EXPIRY_THRESHOLD_DAYS))
                    .arg("days", i64::from(*big)),
            ));
        }
        self.expiry_thresholds.sort_unstable_by(|a, b| b.cmp(a));
        if let Some(twice) = self.expiry_thresholds.windows(2).find(|w| w[0] == w[1]) {
            return Err(invalid(
                Coded::new("settings-error-reminder-twice").arg("days", i64::from(twice[0])),
            ));
        }
        if !(1..=MAX_RECENT_USE_HOURS).contains(&self.recent_use_hours) {
            return Err(ProfileError::InvalidSetting {
                field: "recentUseHours",
                coded: Coded::new("settings-error-recent-use-range")
                    .arg("max", i64::from(MAX_RECENT_USE_HOURS))
                    .arg("hours", i64::from(self.recent_use_hours)),
            });
        }
        self.update_endpoint = match self.update_endpoint.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(url) => Some(
                update_endpoint(url)
                    .map_err(|coded| ProfileError::InvalidSetting {
                        field: "updateEndpoint",
                        coded,
                    })?
                    .to_string(),
            ),
        };
        Ok(self)
    }
}

/// Checks an update server address: a complete `https://` URL (plain `http://` only on this
/// computer, for tests), with no user name or password in it.
///
/// Errors: the catalogue message that says what is wrong (`settings-error-update-…`).
pub fn update_endpoint(input: &str) -> Result<url::Url, Coded> {
    let not_a_url = || Coded::new("settings-error-update-not-a-url");
    let url = url::Url::parse(input.trim()).map_err(|_| not_a_url())?;
    let Some(host) = url.host() else {
        return Err(not_a_url());
    };
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Coded::new("settings-error-update-credentials"));
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if crate::base_url::is_loopback(&host) => Ok(url),
        "http" => Err(Coded::new("settings-error-update-https-only")),
        _ => Err(not_a_url()),
    }
}

/// What the profile form sends (`{id?, name, baseUrl, username}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileInput {
    /// Present when editing.
    #[serde(default)]
    pub id: Option<String>,
    /// 1–60 characters after trimming.
    pub name: String,
    /// Checked with [`parse_base_url`].
    pub base_url: String,
    /// Trimmed.
    #[serde(default)]
    pub username: String,
}

/// The whole `profiles.json`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfilesFile {
    /// All profiles, in creation order.
    #[serde(default)]
    pub profiles: Vec<Profile>,
    /// The selected profile.
    #[serde(default)]
    pub active_profile_id: Option<String>,
    /// Settings.
    #[serde(default)]
    pub settings: Settings,
}

/// A profile problem.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ProfileError {
    /// Empty name.
    #[error("Enter a name for the profile.")]
    NameEmpty,
    /// Name longer than 60 characters.
    #[error("The profile name is {chars} characters long; at most 60 are allowed.")]
    NameTooLong { chars: usize },
    /// Bad base URL.
    #[error(transparent)]
    BaseUrl(#[from] BaseUrlError),
    /// An id that does not exist.
    #[error("This profile no longer exists.")]
    UnknownProfile,
    /// The file was unreadable; it was moved aside to `kept_at` and defaults are in use.
    #[error(
        "The profiles file was damaged and has been set aside; the profiles need to be added again."
    )]
    Corrupt { kept_at: PathBuf },
    /// Reading or writing the file failed.
    #[error("The profiles file could not be read or written ({reason}).")]
    Io { reason: String },
    /// A setting outside what the app accepts; `field` names the settings input.
    #[error("{coded}")]
    InvalidSetting { field: &'static str, coded: Coded },
    /// A new server for a profile whose keys were issued by its current one: they would
    /// be sent to a server that never issued them.
    #[error(
        "This device holds {count} {keys} issued by {server}, so this profile's server cannot change. Create a new profile for the other server.",
        keys = if *count == 1 { "key" } else { "keys" }
    )]
    ServerHoldsKeys { count: usize, server: String },
    /// A new server for the demo workspace, which always uses the built-in one.
    #[error(
        "The demo workspace always uses its built-in server. Create a new profile for another server."
    )]
    DemoServerFixed,
}

impl ProfileError {
    /// The catalogue message for the window (`locales/*/errors.ftl`); `None` where only the
    /// English sentence exists so far.
    pub fn coded(&self) -> Option<Coded> {
        Some(match self {
            Self::NameEmpty => Coded::new("profile-name-empty"),
            Self::NameTooLong { chars } => Coded::new("profile-name-too-long").arg("chars", *chars),
            Self::BaseUrl(err) => err.coded(),
            Self::UnknownProfile => Coded::new("profile-unknown"),
            Self::Corrupt { .. } => Coded::new("profile-corrupt"),
            Self::ServerHoldsKeys { count, server } => Coded::new("profile-server-holds-keys")
                .arg("count", *count)
                .arg("server", server.as_str()),
            Self::DemoServerFixed => Coded::new("profile-demo-server-fixed"),
            Self::Io { reason } => Coded::new("profile-io").arg("reason", reason.as_str()),
            Self::InvalidSetting { coded, .. } => coded.clone(),
        })
    }

    /// `invalidInput` for form problems, `notFound` for an unknown id, else `internal`.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::NameEmpty
            | Self::NameTooLong { .. }
            | Self::BaseUrl(_)
            | Self::InvalidSetting { .. }
            | Self::ServerHoldsKeys { .. }
            | Self::DemoServerFixed => ErrorKind::InvalidInput,
            Self::UnknownProfile => ErrorKind::NotFound,
            Self::Corrupt { .. } | Self::Io { .. } => ErrorKind::Internal,
        }
    }

    /// The form field an `invalidInput` error belongs to.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Self::NameEmpty | Self::NameTooLong { .. } => Some("name"),
            Self::BaseUrl(_) | Self::ServerHoldsKeys { .. } | Self::DemoServerFixed => {
                Some("baseUrl")
            }
            Self::InvalidSetting { field, .. } => Some(field),
            _ => None,
        }
    }
}

fn io(err: std::io::Error) -> ProfileError {
    ProfileError::Io {
        reason: err.kind().to_string(),
    }
}

impl ProfilesFile {
    /// Reads the file; a missing file gives the defaults.
    ///
    /// Errors: [`ProfileError::Corrupt`] when it cannot be parsed (the file is renamed to
    /// `<name>.corrupt` so the next save starts clean), [`ProfileError::Io`].
    pub fn load(path: &Path) -> Result<Self, ProfileError> {
        let bytes = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(err) => return Err(io(err)),
        };
        serde_json::from_slice(&bytes).map_err(|_| {
            let kept_at = sibling(path, "corrupt");
            match fs::rename(path, &kept_at) {
                Ok(()) => ProfileError::Corrupt { kept_at },
                Err(err) => io(err),
            }
        })
    }

    /// Writes atomically: a temporary file, fsync, rename over the old one.
    ///
    /// Errors: [`ProfileError::Io`].
    pub fn save(&self, path: &Path) -> Result<(), ProfileError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent).map_err(io)?;
        }
        let json = serde_json::to_vec_pretty(self).map_err(|_| ProfileError::Io {
            reason: "encoding".to_owned(),
        })?;
        let tmp = sibling(path, "tmp");
        let mut file = fs::File::create(&tmp).map_err(io)?;
        file.write_all(&json).map_err(io)?;
        file.sync_all().map_err(io)?;
        drop(file);
        fs::rename(&tmp, path).map_err(io)?;
        #[cfg(unix)]
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            // Make the rename itself durable.
            fs::File::open(parent)
                .and_then(|dir| dir.sync_all())
                .map_err(io)?;
        }
        Ok(())
    }

    /// Adds a profile (no id) or updates one (id given), validating name and base URL.
    ///
    /// Errors: [`ProfileError::NameEmpty`], [`ProfileError::NameTooLong`],
    /// [`ProfileError::BaseUrl`], [`ProfileError::UnknownProfile`].
    pub fn upsert(&mut self, input: ProfileInput) -> Result<Profile, ProfileError> {
        let name = input.name.trim().to_owned();
        let chars = name.chars().count();
        if chars == 0 {
            return Err(ProfileError::NameEmpty);
        }
        if chars > MAX_PROFILE_NAME_CHARS {
            return Err(ProfileError::NameTooLong { chars });
        }
        let base_url = parse_base_url(&input.base_url)?.to_string();
        let username = input.username.trim().to_owned();
        match input
            .id
            .as_deref()
            .map(str::trim)
            .filter(|id| !id.is_empty())
        {
            Some(id) => {
                let profile = self
                    .profiles
                    .iter_mut()
                    .find(|p| p.id == id)
                    .ok_or(ProfileError::UnknownProfile)?;
                profile.name = name;
                profile.base_url = base_url;
                profile.username = username;
                Ok(profile.clone())
            }
            None => {
                let profile = Profile {
                    id: self.new_id(),
                    name,
                    base_url,
                    username,
                    demo: false,
                };
                self.profiles.push(profile.clone());
                if self.active_profile_id.is_none() {
                    self.active_profile_id = Some(profile.id.clone());
                }
                Ok(profile)
            }
        }
    }

    /// Creates or updates the single demo profile (its URL changes every run).
    ///
    /// Errors: [`ProfileError::BaseUrl`].
    pub fn upsert_demo(&mut self, base_url: &str, username: &str) -> Result<Profile, ProfileError> {
        let base_url = parse_base_url(base_url)?.to_string();
        if let Some(profile) = self.profiles.iter_mut().find(|p| p.demo) {
            profile.base_url = base_url;
            profile.username = username.to_owned();
            return Ok(profile.clone());
        }
        let profile = Profile {
            id: self.new_id(),
            name: "Demo workspace".to_owned(),
            base_url,
            username: username.to_owned(),
            demo: true,
        };
        self.profiles.push(profile.clone());
        Ok(profile)
    }

    /// The profile with this id.
    pub fn get(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    /// The active profile, if it still exists.
    pub fn active(&self) -> Option<&Profile> {
        self.active_profile_id
            .as_deref()
            .and_then(|id| self.get(id))
    }

    /// Selects a profile.
    ///
    /// Errors: [`ProfileError::UnknownProfile`].
    pub fn select(&mut self, id: &str) -> Result<&Profile, ProfileError> {
        let index = self
            .profiles
            .iter()
            .position(|p| p.id == id)
            .ok_or(ProfileError::UnknownProfile)?;
        self.active_profile_id = Some(id.to_owned());
        Ok(&self.profiles[index])
    }

    /// Removes a profile (and un-selects it). Returns it when it existed.
    pub fn remove(&mut self, id: &str) -> Option<Profile> {
        let index = self.profiles.iter().position(|p| p.id == id)?;
        if self.active_profile_id.as_deref() == Some(id) {
            self.active_profile_id = None;
        }
        Some(self.profiles.remove(index))
    }

    fn new_id(&self) -> String {
        loop {
            let id = hex::encode(rand::random::<[u8; 6]>());
            if self.get(&id).is_none() {
                return id;
            }
        }
    }
}

fn sibling(path: &Path, extension: &str) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".");
    name.push(extension);
    path.with_file_name(name)
}

#[cfg(test)]
#[path = "profiles_tests.rs"]
mod tests;
