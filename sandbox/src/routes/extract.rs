//! Request extractors that turn every parsing failure into a documented JSON error (never
//! axum's plain-text rejections), plus credential parsing and the signed-in-session extractor.

use axum::Json;
use axum::extract::{Form, FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use super::AppState;
use crate::api_error::ApiError;
use crate::crypto::sha256;
use crate::db::{accounts, sessions};
use crate::model::Account;

/// A JSON body; bad content type → 415, bad syntax → 400, wrong shape → 422, too big → 413.
#[derive(Debug)]
pub(crate) struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        Json::<T>::from_request(request, state)
            .await
            .map(|Json(value)| Self(value))
            .map_err(|rejection| ApiError::request(rejection.status(), rejection.body_text()))
    }
}

/// A form-urlencoded body, with the same error mapping as [`ApiJson`].
#[derive(Debug)]
pub(crate) struct ApiForm<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiForm<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        Form::<T>::from_request(request, state)
            .await
            .map(|Form(value)| Self(value))
            .map_err(|rejection| ApiError::request(rejection.status(), rejection.body_text()))
    }
}

/// Query parameters; an unreadable query string → 400.
#[derive(Debug)]
pub(crate) struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|Query(value)| Self(value))
            .map_err(|rejection| ApiError::request(rejection.status(), rejection.body_text()))
    }
}

/// A path segment as text; callers parse it and answer 404 when it makes no sense.
#[derive(Debug)]
pub(crate) struct ApiPath(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ApiPath {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        Path::<String>::from_request_parts(parts, state)
            .await
            .map(|Path(value)| Self(value))
            .map_err(|_| ApiError::NotFound {
                code: "NOT_FOUND",
                message: "No such resource",
            })
    }
}

/// A credential as found in the request headers.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Credential {
    Missing,
    /// Present but unreadable (not UTF-8, not a Bearer scheme, or empty).
    Malformed,
    Value(String),
}

/// The `Authorization: Bearer` credential, else (when `allow_key_header`) `x-zoom-s2t-key`.
pub(crate) fn credential(headers: &HeaderMap, allow_key_header: bool) -> Credential {
    if let Some(value) = headers.get("authorization") {
        let Ok(text) = value.to_str() else {
            return Credential::Malformed;
        };
        let text = text.trim();
        let Some((scheme, rest)) = text.split_once(' ') else {
            return Credential::Malformed;
        };
        let rest = rest.trim();
        if !scheme.eq_ignore_ascii_case("bearer") || rest.is_empty() {
            return Credential::Malformed;
        }
        return Credential::Value(rest.to_owned());
    }
    if allow_key_header && let Some(value) = headers.get("x-zoom-s2t-key") {
        return match value.to_str().map(str::trim) {
            Ok(text) if !text.is_empty() => Credential::Value(text.to_owned()),
            _ => Credential::Malformed,
        };
    }
    Credential::Missing
}

/// The account behind a valid, unexpired session token (`Authorization: Bearer <jwt>`).
#[derive(Debug)]
pub(crate) struct Session(pub Account);

const MISSING_TOKEN: ApiError = ApiError::Unauthorized {
    code: "MISSING_TOKEN",
    message: "Sign in and send the session token as a Bearer token",
};
const INVALID_TOKEN: ApiError = ApiError::Unauthorized {
    code: "INVALID_TOKEN",
    message: "The session token is invalid or has expired",
};

impl FromRequestParts<AppState> for Session {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = match credential(&parts.headers, false) {
            Credential::Missing => return Err(MISSING_TOKEN),
            Credential::Malformed => return Err(INVALID_TOKEN),
            Credential::Value(token) => token,
        };
        let hash = sha256(token.as_bytes());
        let now = state.clock.unix_now();
        let account = state
            .db
            .call(move |conn| match sessions::account_for(conn, &hash, now)? {
                Some(id) => accounts::load(conn, id),
                None => Ok(None),
            })
            .await?;
        account.map(Self).ok_or(INVALID_TOKEN)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &[u8])]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_bytes(value).expect("header"));
        }
        map
    }

    #[test]
    fn bearer_wins_over_the_key_header_and_is_trimmed() {
        let map = headers(&[
            ("authorization", b"bearer  abc "),
            ("x-zoom-s2t-key", b"other"),
        ]);
        assert_eq!(credential(&map, true), Credential::Value("abc".into()));
    }

    #[test]
    fn the_key_header_counts_only_where_allowed() {
        let map = headers(&[("x-zoom-s2t-key", b" k1 ")]);
        assert_eq!(credential(&map, true), Credential::Value("k1".into()));
        assert_eq!(credential(&map, false), Credential::Missing);
    }

    #[test]
    fn other_schemes_and_non_utf8_values_are_malformed() {
        assert_eq!(
            credential(&headers(&[("authorization", b"Basic abc")]), true),
            Credential::Malformed
        );
        assert_eq!(
            credential(&headers(&[("authorization", b"Bearer \xff")]), true),
            Credential::Malformed
        );
        assert_eq!(
            credential(&headers(&[("authorization", b"Bearer")]), true),
            Credential::Malformed
        );
    }
}
