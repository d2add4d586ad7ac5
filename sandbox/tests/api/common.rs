//! Shared test fixture: starts a seeded sandbox on a temp database and wraps the calls the
//! tests repeat (login, create, list, admin API).

use std::path::PathBuf;

use reqwest::{Client, Method, Response, StatusCode};
use scriptix_sandbox::{Config, Sandbox, SandboxHandle, Seed, demo};
use serde_json::{Value, json};
use tempfile::TempDir;
use totp_rs::{Algorithm, Secret, TOTP};

pub struct Env {
    pub sandbox: SandboxHandle,
    pub client: Client,
    pub db_path: PathBuf,
    pub dir: TempDir,
}

pub fn client() -> Client {
    Client::builder().no_proxy().build().unwrap()
}

/// A demo-seeded sandbox with a rate limit high enough not to interfere.
pub async fn start() -> Env {
    start_with(|_| {}).await
}

pub async fn start_with(adjust: impl FnOnce(&mut Config)) -> Env {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("sandbox.sqlite3");
    let mut config = Config::new(&db_path);
    config.seed = Some(Seed::Demo);
    config.rate_limit_per_minute = 100_000;
    adjust(&mut config);
    let sandbox = Sandbox::start(config).await.unwrap();
    Env {
        sandbox,
        client: client(),
        db_path,
        dir,
    }
}

/// The current TOTP code for the demo MFA account at sandbox time `unix`.
pub fn totp_code(unix: i64) -> String {
    let secret = Secret::Encoded(demo::TOTP_SECRET.into())
        .to_bytes()
        .unwrap();
    TOTP::new_unchecked(Algorithm::SHA1, 6, 1, 30, secret).generate(u64::try_from(unix).unwrap())
}

impl Env {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.sandbox.url())
    }

    pub async fn login_raw(&self, path: &str, form: &[(&str, &str)]) -> Response {
        self.client
            .post(self.url(path))
            .query(&[("login_type", "token")])
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// Signs in a non-MFA demo account and returns its session token.
    pub async fn login(&self, email: &str) -> String {
        let response = self
            .login_raw(
                "/api/v3/auth/login",
                &[
                    ("username", email),
                    ("password", demo::PASSWORD),
                    ("remember_me", "true"),
                ],
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.unwrap();
        body["access_token"]
            .as_str()
            .expect("access_token")
            .to_owned()
    }

    /// `GET /api/v3/account/me` with a session token.
    pub async fn account_me(&self, session: &str) -> Response {
        self.client
            .get(self.url("/api/v3/account/me"))
            .bearer_auth(session)
            .send()
            .await
            .unwrap()
    }

    pub async fn create(&self, session: &str, name: &str, kind: &str) -> Response {
        self.client
            .post(self.url("/api/v3/tokens"))
            .bearer_auth(session)
            .json(&json!({ "name": name, "type": kind }))
            .send()
            .await
            .unwrap()
    }

    /// Creates a token and returns the 201 body (with `key`).
    pub async fn create_ok(&self, session: &str, name: &str, kind: &str) -> Value {
        let response = self.create(session, name, kind).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        response.json().await.unwrap()
    }

    pub async fn list(&self, session: &str, offset: u64, limit: u64) -> Value {
        let response = self
            .client
            .get(self.url("/api/v3/tokens"))
            .bearer_auth(session)
            .query(&[("offset", offset), ("limit", limit)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.unwrap()
    }

    /// Names of all tokens, paging through the list.
    pub async fn all_names(&self, session: &str) -> Vec<String> {
        let mut names = Vec::new();
        loop {
            let page = self.list(session, names.len() as u64, 100).await;
            let items = page["result"].as_array().unwrap();
            names.extend(items.iter().map(|t| t["name"].as_str().unwrap().to_owned()));
            if items.len() < 100 {
                return names;
            }
        }
    }

    pub async fn delete(&self, session: &str, id: &Value) -> StatusCode {
        let response = self
            .client
            .delete(self.url(&format!("/api/v3/tokens/{id}")))
            .bearer_auth(session)
            .send()
            .await
            .unwrap();
        response.status()
    }

    /// Deletes every token of the demo organization.
    pub async fn delete_all(&self, session: &str) {
        let page = self.list(session, 0, 100).await;
        for token in page["result"].as_array().unwrap() {
            assert_eq!(
                self.delete(session, &token["id"]).await,
                StatusCode::NO_CONTENT
            );
        }
    }

    pub async fn admin(&self, method: Method, path: &str, body: Option<Value>) -> Response {
        let mut request = self
            .client
            .request(method, self.url(path))
            .header("x-sandbox-admin", self.sandbox.admin_secret());
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send().await.unwrap()
    }

    pub async fn check_key(&self, path: &str, key: &str) -> (StatusCode, Value) {
        let response = self
            .client
            .get(self.url(path))
            .bearer_auth(key)
            .send()
            .await
            .unwrap();
        let status = response.status();
        (status, response.json().await.unwrap())
    }
}

pub const BATCH_CHECK: &str = "/api/v3/speech-to-text/session?offset=0&limit=1";
pub const REALTIME_CHECK: &str = "/api/v4/realtime/status";

impl Env {
    /// A create whose transport result is returned as is (for dropped connections).
    pub async fn create_raw_result(&self, session: &str, name: &str) -> reqwest::Result<Response> {
        self.client
            .post(self.url("/api/v3/tokens"))
            .bearer_auth(session)
            .json(&json!({ "name": name, "type": "batch" }))
            .send()
            .await
    }
}
