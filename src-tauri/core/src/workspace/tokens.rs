//! The account and the token list of the active profile.

use chrono::Utc;

use super::{Result, Workspace, WorkspaceError};
use crate::api::{ApiClient, ApiError};
use crate::secret::Secret;
use crate::store::StoreMark;
use crate::view::{AccountView, TokenListView};

/// How long a list kept by [`Workspace::keep_cached_tokens`] may answer for the store.
pub const KEPT_FOR: chrono::Duration = chrono::Duration::seconds(10);

/// A cached list read for the start, waiting for the window's first ask.
#[derive(Debug)]
pub(super) struct KeptList {
    mark: StoreMark,
    read_at: chrono::DateTime<Utc>,
    list: TokenListView,
}

impl Workspace {
    /// The signed-in account.
    ///
    /// Errors: [`WorkspaceError::NotSignedIn`], [`WorkspaceError::Api`] (a 401 also signs out
    /// and sets the sign-in reason).
    pub async fn account(&self) -> Result<AccountView> {
        let (profile_id, token, client) = self.signed_in()?;
        let account = self.expire_on_401(&profile_id, client.account(&token).await)?;
        Ok(AccountView::from(&account))
    }

    /// The cached list of the active profile, if any. The first call after
    /// [`Workspace::keep_cached_tokens`] answers with the list kept there when nothing was
    /// written to the store since and it was read at most [`KEPT_FOR`] ago (by the
    /// workspace's clock): the start reads the whole list to decide on its first frame, and
    /// the window asks for it ~150 ms later (10,000 tokens: ~15 ms to read again).
    ///
    /// Errors: [`WorkspaceError::Store`].
    pub fn cached_tokens(&self) -> Result<Option<TokenListView>> {
        let kept = self
            .kept_list
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        Ok(self.read_cached_tokens(kept)?.map(|(_, list)| list))
    }

    /// [`Workspace::cached_tokens`] read afresh, with the store's mark from before the read,
    /// for [`Workspace::keep_cached_tokens`].
    ///
    /// Errors: [`WorkspaceError::Store`].
    pub fn cached_tokens_marked(&self) -> Result<Option<(StoreMark, TokenListView)>> {
        self.read_cached_tokens(None)
    }

    /// Keeps `list`, read at `mark`, for the next [`Workspace::cached_tokens`] (once).
    pub fn keep_cached_tokens(&self, mark: StoreMark, list: TokenListView) {
        *self
            .kept_list
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(KeptList {
            mark,
            read_at: self.clock.now(),
            list,
        });
    }

    fn read_cached_tokens(
        &self,
        kept: Option<KeptList>,
    ) -> Result<Option<(StoreMark, TokenListView)>> {
        let Some(profile_id) = self.lock().profiles.active_profile_id.clone() else {
            return Ok(None);
        };
        let store = self.store();
        let mark = store.mark()?;
        let now = self.clock.now();
        if let Some(kept) = kept.filter(|kept| {
            kept.mark == mark
                && kept.list.profile_id == profile_id
                && now >= kept.read_at
                && now - kept.read_at <= KEPT_FOR
        }) {
            return Ok(Some((mark, kept.list)));
        }
        let Some(cached) = store.load_list_cache(&profile_id)? else {
            return Ok(None);
        };
        self.lock()
            .list_sizes
            .insert(profile_id.clone(), cached.tokens.len());
        let local = store.local_tokens(&profile_id)?;
        let notes = store.notes(&profile_id)?;
        let view = TokenListView::new(
            &profile_id,
            &cached.tokens,
            &local,
            cached.fetched_at,
            true,
            // Expiry status by the schedule clock, the same "now" as reminders and rotations.
            now,
        );
        Ok(Some((mark, view.with_notes(&notes))))
    }

    /// Fetches every token, caches the list and returns it.
    ///
    /// Errors: [`WorkspaceError::NotSignedIn`], [`WorkspaceError::Api`], [`WorkspaceError::Store`].
    pub async fn refresh_tokens(&self) -> Result<TokenListView> {
        let (profile_id, token, client) = self.signed_in()?;
        // The list shows the server as it was at some point after this: a token this device
        // creates meanwhile must not look orphaned, so the cache is dated by the start.
        let started = Utc::now();
        let expected = self
            .lock()
            .list_sizes
            .get(&profile_id)
            .copied()
            .unwrap_or(0);
        let listed = client.list_tokens_expecting(&token, expected).await;
        let tokens = self.expire_on_401(&profile_id, listed)?;
        self.lock()
            .list_sizes
            .insert(profile_id.clone(), tokens.len());
        let now = self.clock.now();
        let store = self.store();
        store.save_list_cache(&profile_id, &tokens, started)?;
        let local = store.local_tokens(&profile_id)?;
        let notes = store.notes(&profile_id)?;
        Ok(
            TokenListView::new(&profile_id, &tokens, &local, started, false, now)
                .with_notes(&notes),
        )
    }

    pub(super) fn signed_in(&self) -> Result<(String, Secret, ApiClient)> {
        let (profile_id, token, origin) = {
            let state = self.lock();
            let session = state
                .session
                .as_ref()
                .filter(|s| s.session.expires_at > Utc::now());
            let session = session.ok_or(WorkspaceError::NotSignedIn)?;
            (
                session.profile_id.clone(),
                session.session.token.clone(),
                session.origin.clone(),
            )
        };
        let client = self.client_for_secret(&profile_id, "sign-in", Some(&origin))?;
        Ok((profile_id, token, client))
    }

    pub(super) fn expire_on_401<T>(
        &self,
        profile_id: &str,
        result: Result<T, ApiError>,
    ) -> Result<T> {
        if let Err(ApiError::Unauthorized { .. }) = &result {
            self.drop_session(profile_id);
            self.lock().sign_in_reason =
                Some(crate::i18n::Coded::new("signin-reason-session-ended"));
        }
        Ok(result?)
    }
}
