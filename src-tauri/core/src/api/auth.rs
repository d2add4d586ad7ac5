//! Signing in: `auth/login` and `auth/login/mfa`, and the session they give.
//!
//! Owns reading the login reply and the session lifetime (JWT `exp`, else 7 days). It must
//! not keep the password or the session anywhere: the caller decides what goes to the vault.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use reqwest::Method;
use serde_json::Value;

use super::ApiClient;
use super::error::{ApiError, Result};
use super::send::{Body, Call};
use crate::secret::Secret;

/// How long a session that is not a JWT is assumed to last.
pub const OPAQUE_SESSION_LIFETIME_DAYS: i64 = 7;

/// A signed-in session: the bearer token and when it stops working.
#[derive(Debug, Clone)]
pub struct Session {
    /// The session token (a JWT on Scriptix).
    pub token: Secret,
    /// From the JWT `exp` claim, else now + 7 days.
    pub expires_at: DateTime<Utc>,
}

impl Session {
    /// Wraps a session token, reading its expiry from the JWT `exp` claim when there is one.
    pub fn from_token(token: Secret, now: DateTime<Utc>) -> Self {
        let expires_at = jwt_expiry(token.expose())
            .unwrap_or(now + Duration::days(OPAQUE_SESSION_LIFETIME_DAYS));
        Self { token, expires_at }
    }
}

/// What the first login step gave.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum LoginOutcome {
    /// Signed in.
    SignedIn(Session),
    /// The password was right; a second factor is needed ([`ApiClient::login_mfa`]).
    MfaRequired,
}

/// The second factor.
#[derive(Clone, PartialEq, Eq)]
pub enum MfaCode {
    /// A 6-digit code from an authenticator app.
    Totp(String),
    /// A single-use backup code.
    Backup(String),
}

impl std::fmt::Debug for MfaCode {
    /// Redacted: a one-time code is a credential while it is valid.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Totp(_) => f.write_str("Totp(***)"),
            Self::Backup(_) => f.write_str("Backup(***)"),
        }
    }
}

impl ApiClient {
    /// `POST /api/v3/auth/login?login_type=token` (form-urlencoded). Never retried.
    ///
    /// Errors: [`ApiError::Unauthorized`] for wrong credentials, plus any transport or
    /// server error of the funnel.
    pub async fn login(
        &self,
        username: &str,
        password: &Secret,
        remember_me: bool,
    ) -> Result<LoginOutcome> {
        let form = vec![
            ("username", username),
            ("password", password.expose()),
            ("remember_me", flag(remember_me)),
        ];
        let reply = self.login_call("api/v3/auth/login", form, password).await?;
        if reply.get("mfa_required").and_then(Value::as_bool) == Some(true)
            && access_token(&reply).is_none()
        {
            return Ok(LoginOutcome::MfaRequired);
        }
        Ok(LoginOutcome::SignedIn(session_from(
            &reply,
            super::error::WRONG_PASSWORD,
        )?))
    }

    /// `POST /api/v3/auth/login/mfa?login_type=token` with `totp_code` or `backup_code`.
    ///
    /// Errors: [`ApiError::Unauthorized`] when the code (or the password) is refused.
    pub async fn login_mfa(
        &self,
        username: &str,
        password: &Secret,
        remember_me: bool,
        code: MfaCode,
    ) -> Result<Session> {
        let (name, value) = match &code {
            MfaCode::Totp(code) => ("totp_code", code.trim()),
            MfaCode::Backup(code) => ("backup_code", code.trim()),
        };
        let form = vec![
            ("username", username),
            ("password", password.expose()),
            ("remember_me", flag(remember_me)),
            (name, value),
        ];
        let reply = self
            .login_call("api/v3/auth/login/mfa", form, password)
            .await?;
        session_from(&reply, super::error::CODE_REFUSED)
    }

    async fn login_call(
        &self,
        path: &str,
        form: Vec<(&str, &str)>,
        password: &Secret,
    ) -> Result<Value> {
        let mut url = self.endpoint(path)?;
        url.query_pairs_mut().append_pair("login_type", "token");
        let call = Call::new(Method::POST, url, Body::Form(form))
            .hide(password.expose())
            .reply_holds_secret();
        let reply = self.send(call).await?;
        let value = reply.json()?;
        match value {
            Value::Object(mut object) => match object.remove("result") {
                Some(inner @ Value::Object(_)) => Ok(inner),
                Some(other) => {
                    object.insert("result".to_owned(), other);
                    Ok(Value::Object(object))
                }
                None => Ok(Value::Object(object)),
            },
            _ => Err(reply.decode_error()),
        }
    }
}

fn flag(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}

fn access_token(reply: &Value) -> Option<&str> {
    reply
        .get("access_token")
        .or_else(|| reply.get("token"))
        .and_then(Value::as_str)
        .filter(|t| !t.trim().is_empty())
}

fn session_from(reply: &Value, refused: &str) -> Result<Session> {
    match access_token(reply) {
        Some(token) => Ok(Session::from_token(
            Secret::new(token.trim().to_owned()),
            Utc::now(),
        )),
        None => Err(ApiError::Unauthorized {
            message: refused.to_owned(),
            code: None,
        }),
    }
}

/// The `exp` claim of a JWT, read without checking the signature (the server checks it;
/// the app only needs to know when to ask for a new sign-in).
pub(crate) fn jwt_expiry(token: &str) -> Option<DateTime<Utc>> {
    let mut parts = token.split('.');
    let (_header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    let claims: Value = serde_json::from_slice(&bytes).ok()?;
    let exp = claims.get("exp")?;
    let seconds = exp.as_i64().or_else(|| exp.as_f64().map(|f| f as i64))?;
    DateTime::from_timestamp(seconds, 0)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn jwt(payload: &str) -> String {
        format!(
            "eyJhbGciOiJIUzI1NiJ9.{}.c2ln",
            URL_SAFE_NO_PAD.encode(payload)
        )
    }

    #[test]
    fn session_expiry_comes_from_the_jwt_exp_claim() {
        let now = Utc::now();
        let session = Session::from_token(Secret::new(jwt(r#"{"sub":"1","exp":1893456000}"#)), now);
        assert_eq!(
            session.expires_at,
            DateTime::from_timestamp(1_893_456_000, 0).unwrap()
        );
    }

    #[test]
    fn a_padded_payload_or_float_exp_is_still_read() {
        let token = format!(
            "a.{}==.b",
            URL_SAFE_NO_PAD.encode(r#"{"exp":1893456000.5}"#)
        );
        assert_eq!(
            jwt_expiry(&token),
            DateTime::from_timestamp(1_893_456_000, 0)
        );
    }

    #[test]
    fn an_opaque_token_or_a_jwt_without_exp_lasts_seven_days() {
        let now = Utc::now();
        for token in [
            "opaque-session-token".to_owned(),
            jwt(r#"{"sub":"1"}"#),
            "a.!!!.c".to_owned(),
            "a.b.c.d".to_owned(),
        ] {
            let session = Session::from_token(Secret::new(token), now);
            assert_eq!(session.expires_at, now + Duration::days(7));
        }
    }
}
