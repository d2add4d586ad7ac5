//! Who is using a key, in the real window against the demo-seeded sandbox: the Last used
//! column and its filter words, the seeded stories' hints in the attention centre, the usage
//! panel (light and dark screenshots), deleting a key in use (warning + extra confirmation),
//! and a server without the usage endpoint (the calm note).

mod held;
mod requests;

use std::time::{Duration, Instant};

use scriptix_keys_e2e::{App, AppDirs, answer_native_dialog, start_sandbox};
use scriptix_sandbox::demo::{self, stories};
use scriptix_sandbox::{FaultKind, FaultRule};
use thirtyfour::prelude::*;

use super::support::{Signed, click_row_action, row_id, signed_in_to_sandbox, wait_row_count};

/// Runs `script` until it returns something other than null (20 s at most, for a slow CI).
async fn wait_script(
    app: &App,
    what: &str,
    script: &str,
    args: Vec<serde_json::Value>,
) -> serde_json::Value {
    let started = Instant::now();
    loop {
        let value = app
            .driver
            .execute(script, args.clone())
            .await
            .map(|r| r.json().clone())
            .unwrap_or(serde_json::Value::Null);
        if !value.is_null() {
            return value;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

/// The Last used cell of the row `id` once it has an answer: `{text, title, source}`.
async fn last_used(app: &App, id: &str) -> serde_json::Value {
    wait_script(
        app,
        "the Last used cell",
        r#"const c = document.querySelector(`[data-testid="token-row"][data-token-id="${arguments[0]}"] [data-testid="token-last-used"]`);
           if (!c || !c.dataset.source) return null;
           return { text: c.firstChild.textContent, title: c.title, source: c.dataset.source,
                    spoken: c.querySelector('.visually-hidden').textContent };"#,
        vec![serde_json::json!(id)],
    )
    .await
}

/// The names of the rows shown.
async fn shown_names(app: &App) -> Vec<String> {
    super::support::script_strings(
        app,
        r#"return [...document.querySelectorAll('[data-testid="token-row"] [data-testid="token-name"] .token-name')].map(n => n.textContent.trim());"#,
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_last_used_column_the_filter_words_and_the_seeded_stories_hints() {
    let Signed {
        sandbox,
        dirs: _dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::ADMIN_EMAIL, AppDirs::new()).await;
    let steady = row_id(&app, stories::STEADY).await;
    let cell = last_used(&app, &steady).await;
    assert_eq!(cell["source"], "server", "{cell}");
    assert!(
        cell["text"].as_str().unwrap().ends_with("ago") || cell["text"] == "just now",
        "{cell}"
    );
    let title = cell["title"].as_str().unwrap();
    assert!(
        stories::STEADY_IPS
            .iter()
            .any(|ip| title.ends_with(&format!("from {ip}"))),
        "exact time and IP on hover: {cell}"
    );
    assert!(
        cell["spoken"].as_str().unwrap().starts_with("Last used "),
        "{cell}"
    );

    // Sortable: by Last used, the most recently used key first once descending.
    app.click("sort-lastUsed").await;
    app.click("sort-lastUsed").await;
    let sorted = wait_script(&app, "the sorted column", r#"const th = document.querySelector('th.col-used');
        return th.getAttribute('aria-sort') === 'descending' ? th.getAttribute('aria-sort') : null;"#, vec![]).await;
    assert_eq!(sorted, "descending");

    // The filter words.
    app.type_into("token-filter", "unused").await;
    let started = Instant::now();
    loop {
        let names = shown_names(&app).await;
        if names.contains(&stories::UNUSED.to_owned())
            && !names.contains(&stories::STEADY.to_owned())
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "unused: {names:?}"
        );
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    app.wait_for(&format!(
        "[data-testid=\"token-row\"][data-token-id=\"{}\"] [data-testid=\"token-unused-hint\"]",
        row_id(&app, stories::UNUSED).await
    ))
    .await;
    app.type_into("token-filter", "in use").await;
    let started = Instant::now();
    loop {
        let names = shown_names(&app).await;
        if names.contains(&stories::STEADY.to_owned())
            && !names.contains(&stories::UNUSED.to_owned())
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "in use: {names:?}"
        );
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    app.screenshot("usage-filter-in-use").await;
    app.id("token-filter")
        .await
        .send_keys(Key::Escape)
        .await
        .unwrap();
    wait_row_count(&app, demo::SEEDED_TOKENS.len()).await;

    // The stories' hints in the attention centre, each with what it means and what to do.
    app.click("expiry-open").await;
    app.id("expiry-centre").await;
    let spike = row_id(&app, stories::SPIKE).await;
    let expired = row_id(&app, stories::EXPIRED_STILL_TRIED).await;
    for (kind, token, words) in [
        ("spike", spike.as_str(), "more than three times"),
        ("newIp", spike.as_str(), stories::SPIKE_NEW_IP),
        ("failedAuth", expired.as_str(), "failed sign-ins"),
    ] {
        let css = format!(
            "[data-testid=\"attention-hint\"][data-kind=\"{kind}\"][data-token-id=\"{token}\"]"
        );
        let hint = app.wait_for(&css).await;
        let text = hint.text().await.unwrap();
        assert!(text.contains(words), "{kind}: {text}");
    }
    app.screenshot("attention-centre-hints").await;
    // Counted in the badge (with the expiring tokens).
    let badge = app
        .wait_text("expiry-badge", |t| !t.trim().is_empty())
        .await;
    assert!(badge.trim().parse::<u32>().unwrap() >= 3, "{badge}");
    app.quit().await;
    sandbox.shutdown().await;
}

async fn usage_panel(theme: Option<&str>) {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    let dirs = AppDirs::new();
    let env: Vec<(&str, &str)> = theme.map(|t| vec![("GTK_THEME", t)]).unwrap_or_default();
    let app = super::signed_in_with(&dirs, sandbox.url(), demo::ADMIN_EMAIL, &env).await;
    app.driver
        .set_window_rect(0, 0, 1100, 720)
        .await
        .expect("window rect");
    wait_row_count(&app, demo::SEEDED_TOKENS.len()).await;
    let id = row_id(&app, stories::SPIKE).await;
    app.driver
        .execute(
            r#"document.querySelector(`[data-testid="token-row"][data-token-id="${arguments[0]}"]`).scrollIntoView({ block: 'center' });"#,
            vec![serde_json::json!(id)],
        )
        .await
        .expect("scroll");
    click_row_action(&app, &id, "row-details").await;
    app.id("details-panel").await;
    app.id("usage-chart").await;
    let summary = app
        .wait_text("usage-summary", |t| t.contains("requests"))
        .await;
    assert!(summary.contains("busiest day"), "{summary}");
    let ips = app
        .driver
        .find_all(By::Css("[data-testid=\"usage-ip\"]"))
        .await
        .unwrap();
    let mut seen = Vec::new();
    for ip in ips {
        seen.push(ip.text().await.unwrap());
    }
    assert!(
        seen.iter().any(|t| t.contains(stories::SPIKE_NEW_IP)),
        "{seen:?}"
    );
    app.wait_for("[data-testid=\"usage-hint\"][data-kind=\"spike\"]")
        .await;
    // The table alternative holds every day.
    app.click("usage-table-toggle").await;
    let rows = app
        .driver
        .find_all(By::Css("[data-testid=\"usage-table\"] tbody tr"))
        .await
        .unwrap();
    assert_eq!(rows.len(), 30);
    app.click("usage-table-toggle").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let shade = if theme.is_some() { "dark" } else { "light" };
    app.screenshot(&format!("usage-panel-{shade}")).await;
    app.axe("details-panel").await;
    app.quit().await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_usage_panel_shows_the_chart_the_table_the_ips_and_the_hints_light() {
    usage_panel(None).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_usage_panel_shows_the_chart_the_table_the_ips_and_the_hints_dark() {
    usage_panel(Some("Adwaita:dark")).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn deleting_a_key_used_hours_ago_warns_and_needs_the_extra_confirmation() {
    let Signed {
        sandbox,
        dirs: _dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    let id = row_id(&app, stories::RETIRING_IN_USE).await;
    click_row_action(&app, &id, "row-delete").await;
    answer_native_dialog("Delete token", "Return").await;
    let warning = app
        .wait_text("recent-use-warning", |t| {
            t.contains("Used within the last 24 hours")
        })
        .await;
    assert!(!warning.is_empty());
    let item = app
        .wait_text("recent-use-item", |t| {
            t.contains(stories::RETIRING_IN_USE_IP)
        })
        .await;
    assert!(item.contains("hours ago"), "{item}");
    let delete = app.id("recent-use-delete").await;
    assert!(
        !delete.is_enabled().await.unwrap(),
        "locked until the box is ticked"
    );
    app.screenshot("recent-use-warning").await;
    // "Keep" deletes nothing.
    app.click("recent-use-cancel").await;
    app.wait_gone("[data-testid=\"recent-use-dialog\"]").await;
    assert!(
        super::support::server_ids(sandbox.url())
            .await
            .contains(&id)
    );

    click_row_action(&app, &id, "row-delete").await;
    answer_native_dialog("Delete token", "Return").await;
    app.id("recent-use-dialog").await;
    app.click("recent-use-confirm").await;
    app.click("recent-use-delete").await;
    wait_row_count(&app, demo::SEEDED_TOKENS.len() - 1).await;
    assert!(
        !super::support::server_ids(sandbox.url())
            .await
            .contains(&id)
    );
    app.quit().await;
    sandbox.shutdown().await;
}

/// "In use" is a setting: with one hour, the key used three hours ago is deleted after the
/// ordinary confirmation only.
#[tokio::test(flavor = "multi_thread")]
async fn the_in_use_window_is_a_setting_and_a_key_quiet_for_longer_is_deleted_without_the_warning()
{
    let Signed {
        sandbox,
        dirs: _dirs,
        app,
        server_dir: _server_dir,
    } = signed_in_to_sandbox(demo::DEV_EMAIL, AppDirs::new()).await;
    super::support::account_action(&app, "settings-open").await;
    let recent = app.id("settings-recent-use").await;
    assert_eq!(recent.value().await.unwrap().as_deref(), Some("24"));
    recent
        .find(By::Css("option[value='1']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_text("settings-status", |t| t == "Saved").await;
    app.click("settings-close").await;
    app.wait_gone("[data-testid=\"settings-dialog\"]").await;

    let id = row_id(&app, stories::RETIRING_IN_USE).await;
    click_row_action(&app, &id, "row-delete").await;
    answer_native_dialog("Delete token", "Return").await;
    wait_row_count(&app, demo::SEEDED_TOKENS.len() - 1).await;
    assert!(
        app.driver
            .find(By::Css("[data-testid=\"recent-use-dialog\"]"))
            .await
            .is_err(),
        "no in-use warning for a key quiet for longer than the setting"
    );
    assert!(
        !super::support::server_ids(sandbox.url())
            .await
            .contains(&id)
    );
    app.quit().await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_without_the_usage_endpoint_gets_the_calm_note_and_local_knowledge() {
    let server_dir = tempfile::tempdir().unwrap();
    let sandbox = start_sandbox(server_dir.path()).await;
    for id in 1..=demo::SEEDED_TOKENS.len() + 5 {
        sandbox
            .faults()
            .add(
                FaultRule::new(FaultKind::Status { status: 404 })
                    .on_path(format!("/api/v3/tokens/{id}/usage")),
            )
            .unwrap();
    }
    let dirs = AppDirs::new();
    let app = super::signed_in(&dirs, sandbox.url(), demo::DEV_EMAIL).await;
    wait_row_count(&app, demo::SEEDED_TOKENS.len()).await;
    let note = app
        .wait_text("usage-unavailable", |t| {
            t.contains("isn’t available from this server")
        })
        .await;
    assert!(note.contains("this device"), "{note}");
    let notes = app
        .driver
        .find_all(By::Css("[data-testid=\"usage-unavailable\"]"))
        .await
        .unwrap();
    assert_eq!(notes.len(), 1, "said once");
    let id = row_id(&app, stories::STEADY).await;
    let cell = last_used(&app, &id).await;
    assert_eq!(cell["source"], "local", "{cell}");
    click_row_action(&app, &id, "row-details").await;
    app.wait_text("usage-panel-unavailable", |t| t.contains("isn’t available"))
        .await;
    assert!(
        app.driver
            .find(By::Css("[data-testid=\"usage-chart\"]"))
            .await
            .is_err(),
        "no chart, no error"
    );
    app.screenshot("usage-unavailable").await;
    app.quit().await;
    sandbox.shutdown().await;
}
