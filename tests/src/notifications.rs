//! A stand-in desktop notification daemon (`org.freedesktop.Notifications`) on the test's
//! D-Bus session, so a journey can see exactly which notifications the app asked for.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use zbus::zvariant::OwnedValue;

/// One notification the app sent: its summary (title), body, the actions it offers
/// (`default` = a click on the notification itself is reported back) and its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub summary: String,
    pub body: String,
    pub actions: Vec<String>,
    pub id: u32,
}

#[derive(Debug, Default, Clone)]
struct Daemon {
    shown: Arc<Mutex<Vec<Shown>>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Daemon {
    #[allow(clippy::too_many_arguments)]
    async fn notify(
        &self,
        _app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut shown = self.shown.lock().unwrap_or_else(PoisonError::into_inner);
        let id = u32::try_from(shown.len() + 1).unwrap_or(u32::MAX);
        // Actions come in pairs: key, label.
        let actions = actions.chunks(2).map(|pair| pair[0].clone()).collect();
        shown.push(Shown {
            summary,
            body,
            actions,
            id,
        });
        id
    }

    async fn get_capabilities(&self) -> Vec<String> {
        vec!["body".to_owned(), "actions".to_owned()]
    }

    async fn get_server_information(&self) -> (String, String, String, String) {
        (
            "e2e-notifications".to_owned(),
            "scriptix".to_owned(),
            "1.0".to_owned(),
            "1.2".to_owned(),
        )
    }

    async fn close_notification(&self, _id: u32) {}
}

/// The running stand-in; dropping it leaves the bus.
#[derive(Debug)]
pub struct NotificationDaemon {
    shown: Arc<Mutex<Vec<Shown>>>,
    connection: zbus::Connection,
}

impl NotificationDaemon {
    /// Takes the notification service name on the session bus.
    pub async fn start() -> Self {
        let daemon = Daemon::default();
        let shown = daemon.shown.clone();
        let connection = zbus::connection::Builder::session()
            .expect("session bus")
            .name("org.freedesktop.Notifications")
            .expect("name")
            .serve_at("/org/freedesktop/Notifications", daemon)
            .expect("serve")
            .build()
            .await
            .expect("the notification service name is free on the test bus");
        Self { shown, connection }
    }

    /// The user clicks the notification `id`: the service reports its `default` action, as
    /// a desktop's notification server does.
    pub async fn click(&self, id: u32) {
        self.connection
            .emit_signal(
                None::<()>,
                "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications",
                "ActionInvoked",
                &(id, "default"),
            )
            .await
            .expect("ActionInvoked sent");
    }

    /// Every notification shown so far.
    pub fn shown(&self) -> Vec<Shown> {
        self.shown
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}
