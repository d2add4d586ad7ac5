//! App settings (the clipboard delay, expiry reminders, tray, language, update server, what
//! counts as recent use), saved in `profiles.json` beside the profiles, and their validation.

use serde::{Deserialize, Serialize};

use crate::i18n::Coded;
use crate::profiles::ProfileError;

/// Default seconds after which a copied key is cleared from the clipboard.
pub const DEFAULT_CLIPBOARD_CLEAR_SECONDS: u32 = 30;

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
