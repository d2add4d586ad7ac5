//! Which expiry and grace-period notifications were already shown, so each is shown once.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::{Store, StoreError};
use crate::expiry::{NoticeKind, SentNotice};

impl Store {
    /// Every notification recorded as shown for a profile.
    ///
    /// Errors: [`StoreError::Sqlite`].
    pub fn sent_notifications(&self, profile_id: &str) -> Result<HashSet<SentNotice>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT token_id, kind, threshold FROM notifications_sent WHERE profile_id = ?1",
        )?;
        let rows = statement
            .query_map([profile_id], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, u32>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(token_id, kind, threshold)| {
                Some(SentNotice {
                    token_id,
                    kind: NoticeKind::parse(&kind)?,
                    threshold,
                })
            })
            .collect())
    }

    /// Records notifications as shown (already recorded ones are left as they are).
    ///
    /// Errors: [`StoreError::Sqlite`] (nothing is recorded then).
    pub fn record_notifications_sent(
        &self,
        profile_id: &str,
        sent: &[SentNotice],
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        {
            let mut insert = tx.prepare(
                "INSERT OR IGNORE INTO notifications_sent (profile_id, token_id, kind, threshold, sent_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for notice in sent {
                insert.execute(params![
                    profile_id,
                    notice.token_id,
                    notice.kind.as_str(),
                    notice.threshold,
                    at.to_rfc3339(),
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn sent(token: &str, kind: NoticeKind, threshold: u32) -> SentNotice {
        SentNotice {
            token_id: token.to_owned(),
            kind,
            threshold,
        }
    }

    #[test]
    fn sent_notifications_are_kept_per_profile_and_recorded_once() {
        let store = Store::open_in_memory().unwrap();
        let now = Utc::now();
        let batch = [
            sent("1", NoticeKind::Expiry, 30),
            sent("1", NoticeKind::Expiry, 14),
            sent("1", NoticeKind::GraceEnd, 0),
        ];
        store.record_notifications_sent("p1", &batch, now).unwrap();
        store
            .record_notifications_sent("p1", &batch[..1], now)
            .unwrap();
        store
            .record_notifications_sent("p2", &[sent("9", NoticeKind::Expiry, 0)], now)
            .unwrap();
        let p1 = store.sent_notifications("p1").unwrap();
        assert_eq!(p1, batch.iter().cloned().collect());
        store.forget_profile("p1").unwrap();
        assert!(store.sent_notifications("p1").unwrap().is_empty());
        assert_eq!(store.sent_notifications("p2").unwrap().len(), 1);
    }
}
