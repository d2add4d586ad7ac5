//! The local audit trail: who did what to which token, when, and with what outcome.
//!
//! Owns the entry and record types, the action vocabulary, the scrubber that keeps keys out
//! of stored text, the hash chain and the CSV export. Storage lives in `store/audit.rs`
//! (append-only: there is no update or delete). An entry must never carry a secret: its
//! free text goes through [`scrub`], and it has no field that could hold a [`Secret`].

pub(crate) mod chain;

pub use chain::AuditKey;
mod csv_export;
mod detail;
mod filter;
mod scrub;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

use crate::export::ExportFormat;
use crate::i18n::{Catalogue, StoredMessage};
use crate::model::TokenId;
use crate::secret::Secret;

pub use csv_export::{AUDIT_CSV_HEADER, audit_csv};
pub use detail::coded_detail;
pub use filter::AuditFilter;
pub use scrub::{MASK, looks_like_key, scrub};

/// What was done. Serialised (over IPC, in the database and the CSV) as one camelCase
/// code: `signIn`, `copy`, `export:bitwardenCsv`, … so the UI can show and filter it as text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuditAction {
    /// Signed in to a profile.
    SignIn,
    /// Signed out.
    SignOut,
    /// Created a token.
    Create,
    /// Showed a key on screen.
    Reveal,
    /// Copied a key to the clipboard.
    Copy,
    /// Exported a key.
    Export {
        /// In which format.
        format: ExportFormat,
    },
    /// Deleted (revoked) a token.
    Delete,
    /// One step of a key rotation.
    RotationStep,
    /// Checked that a key works.
    KeyCheck,
    /// Removed orphaned keys from the vault.
    VaultCleanup,
    /// Edited a token's local notes.
    NotesEdit,
    /// Forgot a token's key on this device.
    ForgetKey,
    /// Deleted a profile (with the keys this device held for it).
    ProfileDelete,
    /// Attached a key made elsewhere to a token (checked, then stored in the vault).
    AttachKey,
    /// An action written by a newer version of the app.
    Unknown,
}

impl AuditAction {
    /// The action's kind (`export`, `signIn`, …), what [`AuditFilter::action`] matches.
    pub fn name(&self) -> &'static str {
        match self {
            Self::SignIn => "signIn",
            Self::SignOut => "signOut",
            Self::Create => "create",
            Self::Reveal => "reveal",
            Self::Copy => "copy",
            Self::Export { .. } => "export",
            Self::Delete => "delete",
            Self::RotationStep => "rotationStep",
            Self::KeyCheck => "keyCheck",
            Self::VaultCleanup => "vaultCleanup",
            Self::NotesEdit => "notesEdit",
            Self::ForgetKey => "forgetKey",
            Self::ProfileDelete => "profileDelete",
            Self::AttachKey => "attachKey",
            Self::Unknown => "unknown",
        }
    }

    /// The stored code: the name, plus `:format` for exports.
    pub fn code(&self) -> String {
        match self {
            Self::Export { format } => format!("export:{}", format.as_str()),
            other => other.name().to_owned(),
        }
    }

    /// Reads a stored code; anything unrecognised becomes [`AuditAction::Unknown`].
    pub fn from_code(code: &str) -> Self {
        if let Some(format) = code.strip_prefix("export:") {
            return ExportFormat::parse(format)
                .map_or(Self::Unknown, |format| Self::Export { format });
        }
        Self::SIMPLE
            .into_iter()
            .find(|action| action.name() == code)
            .unwrap_or(Self::Unknown)
    }

    /// Every action without data.
    const SIMPLE: [Self; 13] = [
        Self::SignIn,
        Self::SignOut,
        Self::Create,
        Self::Reveal,
        Self::Copy,
        Self::Delete,
        Self::RotationStep,
        Self::KeyCheck,
        Self::VaultCleanup,
        Self::NotesEdit,
        Self::ForgetKey,
        Self::ProfileDelete,
        Self::AttachKey,
    ];
}

impl Serialize for AuditAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.code())
    }
}

impl<'de> Deserialize<'de> for AuditAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Self::from_code(&String::deserialize(deserializer)?))
    }
}

/// How it ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum AuditOutcome {
    /// Done.
    Success,
    /// Tried and failed.
    Failure,
    /// The user cancelled half-way.
    Cancelled,
}

impl AuditOutcome {
    /// `success`, `failure` or `cancelled`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Success => "success",
            Self::Failure => "failure",
            Self::Cancelled => "cancelled",
        }
    }

    /// Reads a stored outcome.
    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Success, Self::Failure, Self::Cancelled]
            .into_iter()
            .find(|o| o.as_str() == raw)
    }
}

/// One thing to record. Text fields are scrubbed of key-shaped words on the way in; the
/// detail is also scrubbed of the secrets passed to [`AuditEntry::with_detail`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    at: DateTime<Utc>,
    profile_id: String,
    actor: String,
    action: AuditAction,
    token_id: Option<TokenId>,
    token_name: Option<String>,
    outcome: AuditOutcome,
    detail: String,
    /// The detail as a catalogue message, when the caller has one; otherwise `detail` is
    /// read into one when it is stored (see [`coded_detail`]).
    detail_message: Option<StoredMessage>,
}

impl AuditEntry {
    /// An entry without token or detail. `actor` is who did it (the account e-mail).
    pub fn new(
        at: DateTime<Utc>,
        profile_id: &str,
        actor: &str,
        action: AuditAction,
        outcome: AuditOutcome,
    ) -> Self {
        Self {
            at,
            profile_id: profile_id.to_owned(),
            actor: scrub(actor, &[]),
            action,
            token_id: None,
            token_name: None,
            outcome,
            detail: String::new(),
            detail_message: None,
        }
    }

    /// Names the token acted on (the name is scrubbed; ids are kept as they are).
    pub fn with_token(mut self, id: &TokenId, name: Option<&str>) -> Self {
        self.token_id = Some(id.clone());
        self.token_name = name.map(|n| scrub(n, &[]));
        self
    }

    /// Adds free text, scrubbed of `secrets` (pass every key or password in reach) and of
    /// anything key-shaped.
    pub fn with_detail(mut self, detail: &str, secrets: &[&Secret]) -> Self {
        self.detail = scrub(detail, secrets);
        self
    }

    /// Adds the detail as a catalogue message; its text arguments are scrubbed like free
    /// text (a server's error message may quote what it was sent).
    pub fn with_detail_message(mut self, message: StoredMessage, secrets: &[&Secret]) -> Self {
        let message = scrub_message(message, secrets);
        self.detail = message.format(Catalogue::english());
        self.detail_message = Some(message);
        self
    }

    /// The detail as a catalogue message, when it was given as one.
    pub fn detail_message(&self) -> Option<&StoredMessage> {
        self.detail_message.as_ref()
    }

    /// When, as stored: RFC 3339 UTC with milliseconds (sorts as text).
    pub(crate) fn at_text(&self) -> String {
        self.at.to_rfc3339_opts(SecondsFormat::Millis, true)
    }

    /// Which profile.
    pub fn profile_id(&self) -> &str {
        &self.profile_id
    }

    /// Who.
    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// What.
    pub fn action(&self) -> &AuditAction {
        &self.action
    }

    /// Which token, if any.
    pub fn token_id(&self) -> Option<&TokenId> {
        self.token_id.as_ref()
    }

    /// The token's name at the time, if known.
    pub fn token_name(&self) -> Option<&str> {
        self.token_name.as_deref()
    }

    /// How it ended.
    pub fn outcome(&self) -> AuditOutcome {
        self.outcome
    }

    /// The scrubbed free text.
    pub fn detail(&self) -> &str {
        &self.detail
    }
}

/// A stored entry with its place in the chain. Serialised camelCase for the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditRecord {
    /// Position in the log (never reused).
    pub seq: i64,
    /// When.
    pub at: DateTime<Utc>,
    /// Which profile.
    pub profile_id: String,
    /// Who.
    pub actor: String,
    /// What.
    pub action: AuditAction,
    /// Which token.
    pub token_id: Option<TokenId>,
    /// The token's name at the time.
    pub token_name: Option<String>,
    /// How it ended.
    pub outcome: AuditOutcome,
    /// The detail in English (CSV exports, the text filter); `None` when there is none.
    pub detail: Option<String>,
    /// The detail as stored: a catalogue message, shown in the language in use.
    pub detail_coded: Option<crate::i18n::StoredMessage>,
    /// The previous record's hash.
    pub prev_hash: String,
    /// This record's hash.
    pub hash: String,
}

/// The result of checking the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditIntegrity {
    /// Every record is in place and unchanged.
    pub ok: bool,
    /// The first record (or missing position) where the chain breaks.
    pub first_bad_seq: Option<i64>,
    /// How many records were checked before stopping.
    pub checked: usize,
    /// Records written while the vault was locked, after the newest keyed one: only
    /// protected once a keyed record follows them.
    pub unsigned: usize,
    /// The audit key could not be read (vault locked or missing): keyed records were only
    /// checked for their place in the chain.
    pub key_missing: bool,
}

impl AuditIntegrity {
    /// The same report, marked broken at `seq` (or somewhere unknown).
    pub(crate) fn broken(self, seq: Option<i64>) -> Self {
        Self {
            ok: false,
            first_bad_seq: seq,
            ..self
        }
    }
}

/// `value` with every text in it scrubbed (arguments may nest messages).
/// A coded message with every text argument scrubbed like free text (a server's error message
/// may quote what it was sent).
pub(crate) fn scrub_message(message: StoredMessage, secrets: &[&Secret]) -> StoredMessage {
    StoredMessage {
        code: message.code,
        args: message
            .args
            .into_iter()
            .map(|(name, value)| (name, scrub_value(value, secrets)))
            .collect(),
    }
}

fn scrub_value(value: serde_json::Value, secrets: &[&Secret]) -> serde_json::Value {
    match value {
        serde_json::Value::String(text) => serde_json::Value::String(scrub(&text, secrets)),
        serde_json::Value::Array(items) => {
            items.into_iter().map(|v| scrub_value(v, secrets)).collect()
        }
        serde_json::Value::Object(map) => map
            .into_iter()
            .map(|(k, v)| (k, scrub_value(v, secrets)))
            .collect(),
        other => other,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
