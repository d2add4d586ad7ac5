//! App status and settings.

use scriptix_keys_core::i18n::{Catalogue, Language, LanguageSetting};
use scriptix_keys_core::settings::Settings;
use scriptix_keys_core::workspace::AppStatusView;
use tauri::{AppHandle, Manager, State};

use super::guard::guarded;
use crate::error::CommandResult;
use crate::reminders::NotificationsView;
use crate::state::{AppState, Startup};

/// Profiles, session, vault health and settings: what the window needs to pick a screen.
/// The window's first call: it waits for the state to finish opening.
#[tauri::command]
pub async fn app_status(
    app: AppHandle,
    startup: State<'_, Startup>,
) -> CommandResult<AppStatusView> {
    guarded(async move {
        startup.wait().await?;
        app.state::<AppState>().status().await
    })
    .await
}

/// `{ tag, sources }`: the message catalogue of the language in use (the `.ftl` files the
/// window formats with @fluent/bundle; `locales/README.md`).
#[tauri::command]
pub async fn i18n_catalogue(
    app: AppHandle,
    startup: State<'_, Startup>,
) -> CommandResult<CatalogueView> {
    guarded(async move {
        startup.wait().await?;
        let setting = app.state::<AppState>().workspace.settings().language;
        let language = setting.resolve(Language::os_locale().as_deref());
        Ok(CatalogueView {
            tag: language.tag(),
            sources: Catalogue::sources(language),
        })
    })
    .await
}

/// The reply of [`i18n_catalogue`].
#[derive(Debug, serde::Serialize)]
pub struct CatalogueView {
    tag: &'static str,
    sources: Vec<&'static str>,
}

/// Saves the settings (clipboard clearing delay, …). The pseudo-locale is for test builds only.
#[tauri::command]
pub async fn settings_save(
    app: AppHandle,
    state: State<'_, AppState>,
    settings: Settings,
) -> CommandResult<AppStatusView> {
    guarded(async move {
        if settings.language == LanguageSetting::Pseudo && !cfg!(feature = "test-hooks") {
            return Err(crate::error::CommandError::with_kind(
                scriptix_keys_core::error::ErrorKind::InvalidInput,
                scriptix_keys_core::i18n::Coded::new("shell-pseudo-locale"),
            ));
        }
        let status = state.workspace.save_settings(settings)?;
        crate::tray::relabel(&app, state.catalogue());
        Ok(status)
    })
    .await
}

/// Shows the expiry reminders and usage hints that are due and returns the attention count.
#[tauri::command]
pub async fn notifications_check(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<NotificationsView> {
    guarded(async move {
        // While this runs, the background loop's first check waits for it (background.rs).
        let window = app.try_state::<crate::background::WindowChecked>();
        let run = window
            .as_deref()
            .map(crate::background::WindowChecked::started);
        // The hints are computed from fresh usage (stale reports only, a few at a time), so
        // the badge and the notifications agree with what the centre then shows.
        if let Err(error) = state.workspace.usage_refresh_all().await {
            tracing::info!(
                ?error,
                "usage could not be refreshed before the reminder check"
            );
        }
        let checked = state.check_notifications(&app);
        // Done: when it succeeded, it stands for the background loop's first check.
        if let Some(run) = run {
            run.finish(checked.is_ok());
        }
        checked
    })
    .await
}

/// Checks the update server set in Settings: downloads what it offers and verifies the
/// signature; a verified update is offered, never installed here.
#[tauri::command]
pub async fn update_check(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<crate::updates::UpdateView> {
    guarded(async move {
        let endpoint = state.workspace.settings().update_endpoint.ok_or_else(|| {
            crate::error::CommandError::with_kind(
                scriptix_keys_core::error::ErrorKind::InvalidInput,
                scriptix_keys_core::i18n::Coded::new("shell-update-no-server"),
            )
        })?;
        crate::updates::check(&app, &endpoint).await
    })
    .await
}

/// Installs the verified update the user said yes to and restarts.
#[tauri::command]
pub async fn update_install(app: AppHandle) -> CommandResult<()> {
    guarded(async move { crate::updates::install(&app) }).await
}
