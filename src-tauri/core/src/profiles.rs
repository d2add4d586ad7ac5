//! Profiles (which Scriptix, which user) in `profiles.json`, which also holds the app settings
//! (their type and validation: settings.rs).
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
use crate::settings::Settings;

/// Longest profile name, in characters.
pub const MAX_PROFILE_NAME_CHARS: usize = 60;

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
