//! Scriptix Keys core: the API client, secrets, the vault, the local store, profiles and the
//! domain rules. No Tauri: the desktop shell calls this crate through thin command adapters.

pub mod api;
pub mod audit;
pub mod base_url;
pub mod calendar;
pub mod clipboard;
pub mod clock;
pub mod error;
pub mod expiry;
pub mod export;
pub mod first_frame;
pub mod i18n;
pub mod keycheck;
pub mod model;
pub mod names;
pub mod private_dir;
pub mod profiles;
pub mod rotation;
pub mod secret;
pub mod settings;
pub mod store;
pub mod text;
pub mod usage;
pub mod vault;
pub mod view;
pub mod workspace;

pub use api::{ApiClient, ApiError, ClientOptions};
pub use base_url::{BaseUrlError, parse_base_url};
pub use error::ErrorKind;
pub use names::{NameError, validate_token_name};
pub use profiles::{Profile, ProfileError, ProfileInput, ProfilesFile};
pub use secret::{KeyFormatError, Secret, normalize_pasted_key};
pub use settings::Settings;
pub use store::{CachedList, LocalToken, Store, StoreError};
pub use vault::{KeyringStore, MemoryStore, SecretStore, Vault, VaultError, VaultStatus};
pub use view::{AccountView, ExpirySource, SessionInfo, TokenListView, TokenView, token_views};
pub use workspace::{AppStatusView, Workspace, WorkspaceError, WorkspacePaths};
