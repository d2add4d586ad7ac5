//! Sign-in, MFA, sign-out and session restore.

use chrono::Utc;

use super::{
    ActiveSession, AppStatusView, MfaMethod, Result, SignInView, Workspace, WorkspaceError,
};
use crate::api::{ApiError, LoginOutcome, MfaCode, Session};
use crate::audit::{AuditAction, AuditOutcome};
use crate::secret::Secret;

/// A sign-in waiting for its second factor. The password lives only here, only until then.
#[derive(Debug)]
pub(super) struct PendingMfa {
    profile_id: String,
    username: String,
    password: Secret,
    remember_me: bool,
    started: std::time::Instant,
    /// The server the password was typed for: it is never sent anywhere else.
    origin: String,
}

impl PendingMfa {
    pub(super) fn profile_id(&self) -> &str {
        &self.profile_id
    }
}

/// How long the password waits in memory for its MFA code.
const PENDING_MFA_TTL: std::time::Duration = std::time::Duration::from_secs(5 * 60);

impl Workspace {
    /// First sign-in step for a profile (which also becomes the active one).
    ///
    /// Errors: [`WorkspaceError::Api`] (wrong credentials → `unauthorized`, network, …),
    /// [`WorkspaceError::Profile`] for an unknown profile.
    pub async fn sign_in(
        &self,
        profile_id: &str,
        username: &str,
        password: Secret,
        remember_me: bool,
    ) -> Result<SignInView> {
        let (client, origin) = self.client_for(profile_id)?;
        let username = username.trim().to_owned();
        let outcome = client.login(&username, &password, remember_me).await;
        if let Err(error) = &outcome {
            self.record_sign_in_failure(profile_id, error, &password);
        }
        match outcome? {
            LoginOutcome::SignedIn(session) => {
                self.activate(profile_id, &username, session, remember_me, &origin)
                    .await?;
                Ok(SignInView {
                    mfa_required: false,
                    status: self.status(),
                })
            }
            LoginOutcome::MfaRequired => {
                self.lock().pending = Some(PendingMfa {
                    profile_id: profile_id.to_owned(),
                    username,
                    password,
                    remember_me,
                    started: std::time::Instant::now(),
                    origin,
                });
                Ok(SignInView {
                    mfa_required: true,
                    status: self.status(),
                })
            }
        }
    }

    /// Second sign-in step, using the pending sign-in. A refused code keeps it pending. The
    /// password only goes to the server it was typed for.
    ///
    /// Errors: [`WorkspaceError::NoPendingSignIn`], [`WorkspaceError::OtherServer`],
    /// [`WorkspaceError::Api`].
    pub async fn sign_in_mfa(&self, code: String, method: MfaMethod) -> Result<AppStatusView> {
        let (profile_id, username, password, remember_me, origin) = {
            let mut state = self.lock();
            if state
                .pending
                .as_ref()
                .is_some_and(|p| p.started.elapsed() >= PENDING_MFA_TTL)
            {
                // Too late: the password is dropped, the user starts over.
                state.pending = None;
            }
            let pending = state
                .pending
                .as_ref()
                .ok_or(WorkspaceError::NoPendingSignIn)?;
            (
                pending.profile_id.clone(),
                pending.username.clone(),
                pending.password.clone(),
                pending.remember_me,
                pending.origin.clone(),
            )
        };
        let client = self.client_for_secret(&profile_id, "password", Some(&origin))?;
        let code = match method {
            MfaMethod::Totp => MfaCode::Totp(code),
            MfaMethod::Backup => MfaCode::Backup(code),
        };
        let outcome = client
            .login_mfa(&username, &password, remember_me, code)
            .await;
        if let Err(error) = &outcome {
            self.record_sign_in_failure(&profile_id, error, &password);
        }
        let session = outcome?;
        self.lock().pending = None;
        self.activate(&profile_id, &username, session, remember_me, &origin)
            .await?;
        Ok(self.status())
    }

    /// Forgets the active session here and in the vault.
    ///
    /// Errors: `UnsavedKeyShown` while a key that is in no vault is on screen (nothing
    /// changes); a vault failure is shown through the vault status.
    pub async fn sign_out(&self) -> Result<AppStatusView> {
        if self.unsaved_key_shown() {
            return Err(WorkspaceError::UnsavedKeyShown);
        }
        let active = {
            let mut state = self.lock();
            state.pending = None;
            state.sign_in_reason = None;
            state
                .session
                .take()
                .map(|s| s.profile_id)
                .or_else(|| state.profiles.active_profile_id.clone())
        };
        if let Some(id) = active {
            self.note_vault(self.vault.forget_session(&id).await);
            self.record(
                &id,
                AuditAction::SignOut,
                AuditOutcome::Success,
                None,
                "",
                &[],
            );
        }
        Ok(self.status())
    }

    /// Starts (or re-uses) the demo profile at `url` and signs in to it.
    ///
    /// Errors: [`WorkspaceError::Profile`], [`WorkspaceError::Api`].
    pub async fn open_demo(&self, url: &str, email: &str, password: &str) -> Result<AppStatusView> {
        let profile_id = {
            let mut state = self.lock();
            let profile = state.profiles.upsert_demo(url, email)?;
            state.demo_origin = super::origin::url_origin(&profile.base_url);
            state.profiles.select(&profile.id)?;
            state.profiles.save(&self.paths.profiles_file)?;
            state.session = None;
            profile.id
        };
        let (client, origin) = self.client_for(&profile_id)?;
        match client
            .login(email, &Secret::new(password.to_owned()), true)
            .await?
        {
            LoginOutcome::SignedIn(session) => {
                self.activate(&profile_id, email, session, true, &origin)
                    .await?;
            }
            LoginOutcome::MfaRequired => {
                return Err(ApiError::Unauthorized {
                    message: crate::api::DEMO_ASKS_SECOND_FACTOR.to_owned(),
                    code: None,
                }
                .into());
            }
        }
        Ok(self.status())
    }

    async fn activate(
        &self,
        profile_id: &str,
        username: &str,
        session: Session,
        remember: bool,
        origin: &str,
    ) -> Result<()> {
        // The origin is recorded before the session is kept, so a kept session always
        // has one; without it (a failed write) the session is used but not restored later.
        if let Err(error) = self.store().set_session_origin(profile_id, origin) {
            tracing::warn!(%error, "could not record the session's server");
        }
        if remember {
            self.note_vault(self.vault.set_session(profile_id, &session.token).await);
        } else {
            self.note_vault(self.vault.forget_session(profile_id).await);
        }
        let mut state = self.lock();
        if let Some(profile) = state
            .profiles
            .profiles
            .iter_mut()
            .find(|p| p.id == profile_id)
        {
            profile.username = username.to_owned();
        }
        state.profiles.select(profile_id)?;
        state.profiles.save(&self.paths.profiles_file)?;
        state.session = Some(ActiveSession {
            profile_id: profile_id.to_owned(),
            username: username.to_owned(),
            session,
            origin: origin.to_owned(),
        });
        state.sign_in_reason = None;
        drop(state);
        let detail = if remember {
            "session kept in the vault"
        } else {
            "session kept in memory only"
        };
        self.record(
            profile_id,
            AuditAction::SignIn,
            AuditOutcome::Success,
            None,
            detail,
            &[],
        );
        Ok(())
    }

    /// Records a refused or failed sign-in (without the password, whatever the server said).
    fn record_sign_in_failure(&self, profile_id: &str, error: &ApiError, password: &Secret) {
        self.record_message(
            profile_id,
            AuditAction::SignIn,
            AuditOutcome::Failure,
            None,
            crate::i18n::StoredMessage::from(&error.coded()),
            &[password],
        );
    }

    pub(super) fn restore_session(&self, profile_id: &str) {
        let Some(Some(token)) = self.note_vault(self.vault.session_blocking(profile_id)) else {
            return;
        };
        let origin = self.store().session_origin(profile_id).ok().flatten();
        let Some(origin) = origin.filter(|o| self.may_restore(profile_id, o)) else {
            // Issued by another server than the profile's (or by an unknown one): never
            // used, and forgotten.
            self.lock().sign_in_reason =
                Some(crate::i18n::Coded::new("signin-reason-other-server"));
            self.note_vault(self.vault.forget_session_blocking(profile_id));
            return;
        };
        let session = Session::from_token(token, Utc::now());
        let mut state = self.lock();
        if session.expires_at <= Utc::now() {
            state.sign_in_reason = Some(crate::i18n::Coded::new("signin-reason-session-expired"));
            drop(state);
            self.note_vault(self.vault.forget_session_blocking(profile_id));
            return;
        }
        let username = state
            .profiles
            .get(profile_id)
            .map(|p| p.username.clone())
            .unwrap_or_default();
        state.session = Some(ActiveSession {
            profile_id: profile_id.to_owned(),
            username,
            session,
            origin,
        });
    }

    /// Drops a profile's session (memory and vault), e.g. after a 401.
    pub(super) fn drop_session(&self, profile_id: &str) {
        {
            let mut state = self.lock();
            if state
                .session
                .as_ref()
                .is_some_and(|s| s.profile_id == profile_id)
            {
                state.session = None;
            }
        }
        // Forgetting the vault copy must not hold up the caller (a 401 in a command, a
        // profile edit): it runs on its own thread, bounded by the vault's timeout, and its
        // outcome reaches the vault status. The session is unusable here already.
        let (vault, profile_id) = (self.vault.clone(), profile_id.to_owned());
        std::thread::spawn(move || {
            if let Err(error) = vault.forget_session_blocking(&profile_id) {
                tracing::warn!("a dropped session stays in the vault for now: {error}");
            }
        });
    }
}
