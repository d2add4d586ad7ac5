//! `POST /api/v3/auth/login` and `POST /api/v3/auth/login/mfa` (`?login_type=token`, form
//! body). Owns the login flow: throttling, password and second-factor checks, and issuing
//! session tokens. Wrong credentials and wrong codes both count as failures for the throttle.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use totp_rs::{Algorithm, Secret, TOTP};

use super::AppState;
use super::extract::{ApiForm, ApiQuery};
use crate::api_error::ApiError;
use crate::crypto::{sha256, sign_session};
use crate::db::{accounts, sessions};

#[derive(Debug, Deserialize)]
pub(crate) struct LoginQuery {
    login_type: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct LoginForm {
    username: Option<String>,
    password: Option<String>,
    /// Accepted for compatibility; sessions always last the configured lifetime.
    #[allow(
        dead_code,
        reason = "part of the documented form; it does not change behaviour"
    )]
    remember_me: Option<String>,
    totp_code: Option<String>,
    backup_code: Option<String>,
}

/// `{ access_token?, login, mfa_required, session_id?, signature? }`.
#[derive(Debug, Serialize)]
pub(crate) struct LoginResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    access_token: Option<String>,
    login: bool,
    mfa_required: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    session_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    signature: Option<String>,
}

const BAD_CREDENTIALS: ApiError = ApiError::Unauthorized {
    code: "INVALID_CREDENTIALS",
    message: "Invalid username or password",
};
const BAD_CODE: ApiError = ApiError::Unauthorized {
    code: "INVALID_MFA_CODE",
    message: "Invalid or already used verification code",
};

/// Which second factor the MFA endpoint received.
enum SecondFactor {
    Totp(String),
    Backup(String),
}

/// Password login. An MFA account gets `{ login: false, mfa_required: true }`.
pub(crate) async fn login(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<LoginQuery>,
    ApiForm(form): ApiForm<LoginForm>,
) -> Result<Json<LoginResponse>, ApiError> {
    check_login_type(&query)?;
    let (username, password) = required_credentials(&form)?;
    let (account_id, totp_secret) = verify_password(&state, &username, &password).await?;
    if totp_secret.is_some() {
        return Ok(Json(LoginResponse {
            access_token: None,
            login: false,
            mfa_required: true,
            session_id: None,
            signature: None,
        }));
    }
    issue(&state, &username, account_id).await
}

/// Second step for MFA accounts: password again plus `totp_code` or `backup_code`.
pub(crate) async fn login_mfa(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<LoginQuery>,
    ApiForm(form): ApiForm<LoginForm>,
) -> Result<Json<LoginResponse>, ApiError> {
    check_login_type(&query)?;
    let (username, password) = required_credentials(&form)?;
    let factor = second_factor(&form)?;
    let (account_id, totp_secret) = verify_password(&state, &username, &password).await?;
    let Some(totp_secret) = totp_secret else {
        return Err(ApiError::request(
            axum::http::StatusCode::BAD_REQUEST,
            "Multi-factor authentication is not enabled for this account; use the password login",
        ));
    };
    let now = state.clock.unix_now();
    // The code check is an attempt of its own, reserved like the password one.
    state.throttle.reserve(&username, now).map_err(throttled)?;
    let accepted = match factor {
        SecondFactor::Totp(code) => totp_step(&totp_secret, &code, now)
            .is_some_and(|step| state.totp_steps.claim(account_id, step)),
        SecondFactor::Backup(code) => {
            state
                .db
                .call(move |conn| accounts::use_backup_code(conn, account_id, &code, now))
                .await?
        }
    };
    if !accepted {
        // The reserved attempt stays counted.
        return Err(BAD_CODE);
    }
    issue(&state, &username, account_id).await
}

fn check_login_type(query: &LoginQuery) -> Result<(), ApiError> {
    match query.login_type.as_deref() {
        Some("token") => Ok(()),
        _ => Err(ApiError::invalid(
            "login_type",
            "Query parameter login_type must be \"token\"",
        )),
    }
}

fn required_credentials(form: &LoginForm) -> Result<(String, String), ApiError> {
    let username = form.username.as_deref().map(str::trim).unwrap_or_default();
    if username.is_empty() {
        return Err(ApiError::invalid(
            "username",
            "Missing required field: username",
        ));
    }
    let password = form.password.as_deref().unwrap_or_default();
    if password.is_empty() {
        return Err(ApiError::invalid(
            "password",
            "Missing required field: password",
        ));
    }
    Ok((username.to_owned(), password.to_owned()))
}

fn second_factor(form: &LoginForm) -> Result<SecondFactor, ApiError> {
    let totp = form
        .totp_code
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let backup = form
        .backup_code
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    match (totp, backup) {
        (Some(code), _) if code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(SecondFactor::Totp(code.to_owned()))
        }
        (Some(_), _) => Err(ApiError::invalid("totp_code", "totp_code must be 6 digits")),
        (None, Some(code)) => Ok(SecondFactor::Backup(code.to_owned())),
        (None, None) => Err(ApiError::invalid(
            "totp_code",
            "Send totp_code (6 digits) or backup_code",
        )),
    }
}

/// Reserves a throttle attempt and checks the password; returns the account id and its TOTP secret if any.
async fn verify_password(
    state: &AppState,
    username: &str,
    password: &str,
) -> Result<(i64, Option<String>), ApiError> {
    let now = state.clock.unix_now();
    state.throttle.reserve(username, now).map_err(throttled)?;
    let email = username.to_owned();
    let credentials = state
        .db
        .call(move |conn| accounts::find_credentials(conn, &email))
        .await
        .inspect_err(|_| state.throttle.release(username, now))?;
    match credentials {
        Some(found) if found.password_matches(password) => {
            state.throttle.release(username, now);
            Ok((found.account_id, found.totp_secret))
        }
        // The reserved attempt stays counted: it was a failure.
        _ => Err(BAD_CREDENTIALS),
    }
}

/// The 429 for a throttled username.
fn throttled(retry_after: u64) -> ApiError {
    ApiError::TooManyRequests {
        error: "Too Many Requests",
        code: "LOGIN_THROTTLED",
        message: format!("Too many failed sign-in attempts; try again in {retry_after} seconds"),
        retry_after,
    }
}

/// RFC 6238: SHA-1, 6 digits, 30 s step, one step of skew either way. Returns the time step
/// the code belongs to, so a code can be accepted only once (§5.2).
fn totp_step(base32_secret: &str, code: &str, now: i64) -> Option<u64> {
    const STEP: u64 = 30;
    let secret = Secret::Encoded(base32_secret.to_owned()).to_bytes().ok()?;
    let totp = TOTP::new_unchecked(Algorithm::SHA1, 6, 1, STEP, secret);
    let now = u64::try_from(now).ok()?;
    let current = now / STEP;
    [
        current.checked_sub(1),
        Some(current),
        current.checked_add(1),
    ]
    .into_iter()
    .flatten()
    .find(|step| totp.generate(step * STEP) == code)
}

#[cfg(test)]
fn totp_matches(base32_secret: &str, code: &str, now: i64) -> bool {
    totp_step(base32_secret, code, now).is_some()
}

/// Creates a session and answers with its token.
async fn issue(
    state: &AppState,
    username: &str,
    account_id: i64,
) -> Result<Json<LoginResponse>, ApiError> {
    let now = state.clock.unix_now();
    let ttl = i64::try_from(state.session_ttl.as_secs()).unwrap_or(i64::MAX / 2);
    let expires_at = now.saturating_add(ttl);
    let token = sign_session(&state.jwt_secret, account_id, now, expires_at);
    let hash = sha256(token.jwt.as_bytes());
    state
        .db
        .call(move |conn| sessions::insert(conn, account_id, &hash, now, expires_at))
        .await?;
    state.throttle.clear(username);
    Ok(Json(LoginResponse {
        access_token: Some(token.jwt),
        login: true,
        mfa_required: false,
        session_id: Some(token.jti),
        signature: Some(token.signature),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totp_accepts_one_step_of_skew_and_no_more() {
        let secret = Secret::Encoded(crate::demo::TOTP_SECRET.into())
            .to_bytes()
            .expect("base32");
        let totp = TOTP::new_unchecked(Algorithm::SHA1, 6, 1, 30, secret);
        let now = 1_700_000_000_i64;
        let code_at = |t: i64| totp.generate(u64::try_from(t).expect("positive"));
        assert!(totp_matches(crate::demo::TOTP_SECRET, &code_at(now), now));
        assert!(totp_matches(
            crate::demo::TOTP_SECRET,
            &code_at(now - 30),
            now
        ));
        assert!(totp_matches(
            crate::demo::TOTP_SECRET,
            &code_at(now + 30),
            now
        ));
        assert!(!totp_matches(
            crate::demo::TOTP_SECRET,
            &code_at(now - 90),
            now
        ));
    }
}
