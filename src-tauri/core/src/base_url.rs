//! The rule for which Scriptix base URLs the app will talk to.
//!
//! Owns [`parse_base_url`]: `https://` anywhere, plain `http://` only on loopback, and never a
//! URL that carries credentials, a query or a fragment. It must not echo the typed URL back in
//! an error message (it may hold a password).

use std::net::IpAddr;

use thiserror::Error;

use crate::i18n::Coded;
use url::{Host, Url};

use crate::error::ErrorKind;

/// Why a base URL was refused. Messages never repeat the URL itself.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum BaseUrlError {
    /// Nothing was typed.
    #[error("Enter the Scriptix address, for example https://api.scriptix.io.")]
    Empty,
    /// Not a URL at all (or no `scheme://`).
    #[error(
        "This is not a complete web address. Start it with https://, for example https://api.scriptix.io."
    )]
    NotAUrl,
    /// A scheme other than http/https.
    #[error("Only https:// addresses are supported (http:// only for this computer).")]
    UnsupportedScheme,
    /// `http://` to a host that is not loopback.
    #[error(
        "Plain http:// is only allowed for this computer (localhost, 127.0.0.1, [::1]). Use https:// for any other address."
    )]
    Insecure,
    /// `user:password@` inside the URL.
    #[error("The address must not contain a user name or password. Remove the part before @.")]
    HasCredentials,
    /// `?…` in the URL.
    #[error("The address must not contain a query (the part after ?). Remove it.")]
    HasQuery,
    /// `#…` in the URL.
    #[error("The address must not contain a fragment (the part after #). Remove it.")]
    HasFragment,
    /// No host name.
    #[error("The address has no host name.")]
    MissingHost,
}

impl BaseUrlError {
    /// The catalogue message for the window (`locales/*/errors.ftl`).
    pub fn coded(&self) -> Coded {
        Coded::new(match self {
            Self::Empty => "base-url-empty",
            Self::NotAUrl => "base-url-not-a-url",
            Self::UnsupportedScheme => "base-url-unsupported-scheme",
            Self::Insecure => "base-url-insecure",
            Self::HasCredentials => "base-url-has-credentials",
            Self::HasQuery => "base-url-has-query",
            Self::HasFragment => "base-url-has-fragment",
            Self::MissingHost => "base-url-missing-host",
        })
    }

    /// Always [`ErrorKind::InvalidInput`].
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::InvalidInput
    }
}

/// Parses and normalises a base URL (trailing slash added, a trailing `api/v3/` removed, so
/// `https://api.scriptix.io/api/v3` and `https://api.scriptix.io` mean the same).
///
/// Errors: every [`BaseUrlError`] variant, one per rule broken.
pub fn parse_base_url(input: &str) -> Result<Url, BaseUrlError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(BaseUrlError::Empty);
    }
    if !trimmed.contains("://") {
        return Err(BaseUrlError::NotAUrl);
    }
    let mut url = Url::parse(trimmed).map_err(|_| BaseUrlError::NotAUrl)?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(BaseUrlError::HasCredentials);
    }
    let host = url.host().ok_or(BaseUrlError::MissingHost)?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&host) => {}
        "http" => return Err(BaseUrlError::Insecure),
        _ => return Err(BaseUrlError::UnsupportedScheme),
    }
    if url.query().is_some() {
        return Err(BaseUrlError::HasQuery);
    }
    if url.fragment().is_some() {
        return Err(BaseUrlError::HasFragment);
    }
    let mut path = url.path().trim_end_matches('/').to_owned();
    if let Some(stripped) = path.strip_suffix("/api/v3") {
        path = stripped.to_owned();
    }
    path.push('/');
    url.set_path(&path);
    Ok(url)
}

pub(crate) fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        Host::Ipv4(ip) => IpAddr::V4(*ip).is_loopback(),
        Host::Ipv6(ip) => IpAddr::V6(*ip).is_loopback(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn https_urls_are_accepted_and_get_a_trailing_slash() {
        assert_eq!(
            parse_base_url("https://api.scriptix.io").unwrap().as_str(),
            "https://api.scriptix.io/"
        );
        assert_eq!(
            parse_base_url(" https://api.scriptix.io/ ")
                .unwrap()
                .as_str(),
            "https://api.scriptix.io/"
        );
        assert_eq!(
            parse_base_url("https://proxy.example/scriptix")
                .unwrap()
                .as_str(),
            "https://proxy.example/scriptix/"
        );
    }

    #[test]
    fn a_trailing_api_prefix_is_removed() {
        assert_eq!(
            parse_base_url("https://api.scriptix.io/api/v3/")
                .unwrap()
                .as_str(),
            "https://api.scriptix.io/"
        );
    }

    #[test]
    fn plain_http_is_accepted_only_for_loopback() {
        for ok in [
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://localhost:3000",
            "http://LOCALHOST",
            "http://[::1]:9000",
        ] {
            assert!(parse_base_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://api.scriptix.io",
            "http://10.0.0.1",
            "http://[::2]",
            "http://localhost.evil.com",
        ] {
            assert_eq!(
                parse_base_url(bad).unwrap_err(),
                BaseUrlError::Insecure,
                "{bad}"
            );
        }
    }

    #[test]
    fn urls_with_credentials_query_or_fragment_are_refused() {
        assert_eq!(
            parse_base_url("https://me:pw@api.scriptix.io").unwrap_err(),
            BaseUrlError::HasCredentials
        );
        assert_eq!(
            parse_base_url("https://me@api.scriptix.io").unwrap_err(),
            BaseUrlError::HasCredentials
        );
        assert_eq!(
            parse_base_url("https://api.scriptix.io/?key=1").unwrap_err(),
            BaseUrlError::HasQuery
        );
        assert_eq!(
            parse_base_url("https://api.scriptix.io/#x").unwrap_err(),
            BaseUrlError::HasFragment
        );
    }

    #[test]
    fn malformed_or_foreign_urls_are_refused_with_a_clear_reason() {
        assert_eq!(parse_base_url("  ").unwrap_err(), BaseUrlError::Empty);
        assert_eq!(
            parse_base_url("api.scriptix.io").unwrap_err(),
            BaseUrlError::NotAUrl
        );
        assert_eq!(
            parse_base_url("ftp://api.scriptix.io").unwrap_err(),
            BaseUrlError::UnsupportedScheme
        );
        assert_eq!(
            parse_base_url("https://").unwrap_err(),
            BaseUrlError::NotAUrl
        );
    }

    #[test]
    fn error_messages_never_repeat_the_url() {
        let err = parse_base_url("https://me:hunter2@api.scriptix.io").unwrap_err();
        assert!(!err.to_string().contains("hunter2"));
    }
}
