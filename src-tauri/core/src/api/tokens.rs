//! Listing and deleting tokens (`/api/v3/tokens`). Creating lives in `create.rs`.
//!
//! Owns paging (concurrent when the total is known), envelope-or-array reading and
//! de-duplication. It must not cache anything: the store does that.

use std::collections::HashSet;

use futures::{StreamExt, TryStreamExt, stream};
use reqwest::{Method, StatusCode};

use super::ApiClient;
use super::error::{ApiError, Result};
use super::send::{Body, Call};
use crate::model::{RemoteToken, TokenId, WirePage};
use crate::secret::Secret;

/// Page size asked for (the documented maximum).
pub const PAGE_LIMIT: usize = 100;
/// Pages fetched at the same time once the total is known.
pub const PAGES_IN_FLIGHT: usize = 6;
/// A guard against a server that ignores `offset`: never more pages than this.
const MAX_PAGES: usize = 1_000;

/// What a delete did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeleteOutcome {
    /// 200/202/204.
    Deleted,
    /// 404: it was already gone (an idempotent revoke counts this as success).
    AlreadyGone,
}

struct Page {
    tokens: Vec<RemoteToken>,
    total: Option<usize>,
}

impl ApiClient {
    /// Every token of the account. Fetches the first page, then all remaining pages
    /// concurrently (order kept) when `total_results` is known, else page by page until a
    /// short page. Accepts a bare array; removes duplicate ids.
    ///
    /// Errors: [`ApiError::Unauthorized`] (sign in again), [`ApiError::Decode`], funnel errors.
    pub async fn list_tokens(&self, session: &Secret) -> Result<Vec<RemoteToken>> {
        self.list_tokens_expecting(session, 0).await
    }

    /// [`ApiClient::list_tokens`] for an account expected to hold about `expected` tokens
    /// (the cached list's size): the pages that many tokens fill, up to [`PAGES_IN_FLIGHT`],
    /// are asked for together with the first instead of after it told the total, which saves
    /// one round trip per listing of more than one page. The result is the same whatever
    /// `expected` is; a guess too high costs a few empty pages, one too low nothing.
    ///
    /// Errors: as [`ApiClient::list_tokens`].
    pub async fn list_tokens_expecting(
        &self,
        session: &Secret,
        expected: usize,
    ) -> Result<Vec<RemoteToken>> {
        let head_pages = expected.div_ceil(PAGE_LIMIT).clamp(1, PAGES_IN_FLIGHT);
        let mut head: Vec<Result<Page>> = stream::iter((0..head_pages).map(|i| i * PAGE_LIMIT))
            .map(|offset| self.page(session, offset))
            .buffered(PAGES_IN_FLIGHT)
            .collect()
            .await;
        // The first page is asked for in any case: its failure is the listing's. A guessed
        // page may lie past the end of a list that shrank, which the contract does not say a
        // server answers: the walk stops before it, and the total decides what is asked next.
        let first = head.remove(0)?;
        let mut tokens = Vec::new();
        let mut next = 0;
        let mut total = None;
        let guessed = head.into_iter().map_while(std::result::Result::ok);
        for page in std::iter::once(first).chain(guessed) {
            let full = page.tokens.len() == PAGE_LIMIT;
            total = page.total;
            tokens.extend(page.tokens);
            next += PAGE_LIMIT;
            if !full {
                // The list ended here; pages guessed beyond it hold nothing of it.
                return Ok(dedupe(tokens));
            }
        }
        let Some(total) = total else {
            return self.rest_sequential(session, tokens, next).await;
        };
        let offsets: Vec<usize> = (next..total).step_by(PAGE_LIMIT).take(MAX_PAGES).collect();
        let pages: Vec<Page> = stream::iter(offsets.clone())
            .map(|offset| self.page(session, offset))
            .buffered(PAGES_IN_FLIGHT)
            .try_collect()
            .await?;
        let next = offsets.last().map_or(next, |o| o + PAGE_LIMIT);
        // A full last page is the end when its own total says so (`offset >= total_results`,
        // as the contract stops); a total that grew means tokens were added while paging.
        let more = pages.last().is_some_and(|p| {
            p.tokens.len() == PAGE_LIMIT && p.total.is_none_or(|total| next < total)
        });
        tokens.extend(pages.into_iter().flat_map(|p| p.tokens));
        if more {
            // Carry on one page at a time.
            return self.rest_sequential(session, tokens, next).await;
        }
        Ok(dedupe(tokens))
    }

    /// The same result as [`ApiClient::list_tokens`], one page at a time.
    ///
    /// Errors: as [`ApiClient::list_tokens`].
    pub async fn list_tokens_sequential(&self, session: &Secret) -> Result<Vec<RemoteToken>> {
        self.rest_sequential(session, Vec::new(), 0).await
    }

    async fn rest_sequential(
        &self,
        session: &Secret,
        mut tokens: Vec<RemoteToken>,
        mut offset: usize,
    ) -> Result<Vec<RemoteToken>> {
        let mut seen: HashSet<TokenId> = tokens.iter().map(|t| t.id.clone()).collect();
        for _ in 0..MAX_PAGES {
            let page = self.page(session, offset).await?;
            let count = page.tokens.len();
            let fresh = page.tokens.iter().filter(|t| !seen.contains(&t.id)).count();
            seen.extend(page.tokens.iter().map(|t| t.id.clone()));
            tokens.extend(page.tokens);
            offset += PAGE_LIMIT;
            let done =
                count < PAGE_LIMIT || fresh == 0 || page.total.is_some_and(|total| offset >= total);
            if done {
                break;
            }
        }
        Ok(dedupe(tokens))
    }

    async fn page(&self, session: &Secret, offset: usize) -> Result<Page> {
        let mut url = self.endpoint("api/v3/tokens")?;
        url.query_pairs_mut()
            .append_pair("offset", &offset.to_string())
            .append_pair("limit", &PAGE_LIMIT.to_string());
        let reply = self.send(Call::get(url).bearer(session)).await?;
        let page = reply
            .decode::<WirePage>()
            .ok()
            .and_then(Page::read)
            .ok_or_else(|| reply.decode_error())?;
        if page.tokens.len() > PAGE_LIMIT {
            return Err(ApiError::PageTooLong {
                asked: PAGE_LIMIT,
                got: page.tokens.len(),
            });
        }
        Ok(page)
    }

    /// `DELETE /api/v3/tokens/{id}` (id percent-encoded). Retried like a GET: a 404 after a
    /// lost answer simply reads as [`DeleteOutcome::AlreadyGone`].
    ///
    /// Errors: [`ApiError::InvalidInput`] (field `tokenId`) for an id that is not
    /// [`TokenId::is_url_safe`], before anything is sent; [`ApiError::Forbidden`] (role),
    /// [`ApiError::Unauthorized`], funnel errors.
    pub async fn delete_token(&self, session: &Secret, id: &TokenId) -> Result<DeleteOutcome> {
        if !id.is_url_safe() {
            return Err(ApiError::InvalidInput {
                field: Some("tokenId".to_owned()),
                message: super::error::NOT_A_TOKEN_ID.to_owned(),
            });
        }
        let mut url = self.endpoint("api/v3/tokens/")?;
        url.path_segments_mut()
            .map_err(|_| ApiError::BadUrl(crate::base_url::BaseUrlError::NotAUrl))?
            .pop_if_empty()
            .push(id.as_str());
        match self
            .send(Call::new(Method::DELETE, url, Body::Empty).bearer(session))
            .await
        {
            Ok(reply) if reply.status == StatusCode::NOT_FOUND => Ok(DeleteOutcome::AlreadyGone),
            Ok(_) => Ok(DeleteOutcome::Deleted),
            Err(ApiError::NotFound { .. }) => Ok(DeleteOutcome::AlreadyGone),
            Err(err) => Err(err),
        }
    }
}

/// Bench hook (scripts/bench): parses one list page's body as [`ApiClient::list_tokens`]
/// does and returns how many tokens it held (`None`: not a page).
#[doc(hidden)]
pub fn parse_page_for_bench(body: &[u8]) -> Option<usize> {
    read_page(body).map(|page| page.tokens.len())
}

/// Reads `{count?, total_results?, result: [...]}` or a bare array (see [`WirePage`]).
fn read_page(body: &[u8]) -> Option<Page> {
    serde_json::from_slice::<WirePage>(body)
        .ok()
        .and_then(Page::read)
}

impl Page {
    fn read(wire: WirePage) -> Option<Self> {
        let (tokens, total) = wire.read()?;
        Some(Self {
            tokens,
            total: total.and_then(|t| usize::try_from(t).ok()),
        })
    }
}

fn dedupe(tokens: Vec<RemoteToken>) -> Vec<RemoteToken> {
    let mut seen = HashSet::new();
    tokens
        .into_iter()
        .filter(|t| seen.insert(t.id.clone()))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn page_of(value: Value) -> Option<Page> {
        read_page(value.to_string().as_bytes())
    }

    #[test]
    fn an_envelope_page_gives_tokens_and_total() {
        let page =
            page_of(json!({"count": 2, "total_results": 7, "result": [{"id": 1}, {"id": "2"}]}))
                .unwrap();
        assert_eq!(page.tokens.len(), 2);
        assert_eq!(page.total, Some(7));
    }

    #[test]
    fn a_bare_array_page_has_no_total() {
        let page = page_of(json!([{"id": 1}])).unwrap();
        assert_eq!(page.tokens.len(), 1);
        assert_eq!(page.total, None);
    }

    #[test]
    fn a_page_that_is_neither_is_unreadable() {
        assert!(page_of(json!({"count": 0})).is_none());
        assert!(page_of(json!("x")).is_none());
        assert!(page_of(json!([{"name": "no id"}])).is_none());
    }

    #[test]
    fn duplicates_keep_their_first_position() {
        let page =
            page_of(json!([{"id": 1, "name": "a"}, {"id": 2}, {"id": "1", "name": "b"}])).unwrap();
        let tokens = dedupe(page.tokens);
        assert_eq!(tokens.len(), 2);
        assert_eq!(tokens[0].name.as_deref(), Some("a"));
    }
}
