//! "Add expiry dates to calendar" for the active profile: gathers the cached tokens with a
//! known expiry and follows the rotation journal back to each token's first ancestor, so a
//! rotated token's event keeps its UID (`crate::calendar`). Works offline. Must not: look
//! at a key.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use super::handoff::ExportView;
use super::{Result, Workspace};
use crate::calendar::{CalendarEntry, CalendarProfile, expiry_calendar};
use crate::rotation::{RotationState, journal};
use crate::view::token_views;

/// The longest rotation chain followed back (a journal loop cannot hang the export).
const MAX_GENERATIONS: u32 = 1_000;

impl Workspace {
    /// The `.ics` text of the active profile's token expiries, with reminders at the
    /// settings' thresholds.
    ///
    /// Errors: `NoActiveProfile`, `Store`.
    pub fn expiry_calendar(&self) -> Result<String> {
        let profile_id = self.active_profile_id()?;
        let (name, thresholds) = {
            let state = self.lock();
            let name = state
                .profiles
                .active()
                .map(|p| p.name.clone())
                .unwrap_or_default();
            (name, state.profiles.settings.expiry_thresholds.clone())
        };
        let profile = CalendarProfile {
            id: profile_id.clone(),
            name,
        };
        let store = self.store();
        let Some(cached) = store.load_list_cache(&profile_id)? else {
            return Ok(expiry_calendar(&profile, &[], &thresholds));
        };
        let local = store.local_tokens(&profile_id)?;
        // new token → the token it replaced (cancelled rotations replaced nothing).
        let replaced: HashMap<String, String> = journal::list(&store, &profile_id)?
            .into_iter()
            .filter(|r| r.state != RotationState::Cancelled)
            .filter_map(|r| {
                let new = r.new_token_id?;
                Some((new.as_str().to_owned(), r.old_token_id.as_str().to_owned()))
            })
            .collect();
        let mut newest: HashMap<String, CalendarEntry> = HashMap::new();
        let mut seen = HashSet::new();
        for token in token_views(&cached.tokens, &local, self.clock.now()) {
            let Some(expires_at) = token.expires_at else {
                continue;
            };
            let id = token.id.as_str().to_owned();
            if !seen.insert(id.clone()) {
                continue;
            }
            let (series, generation) = series_of(&replaced, &id);
            let entry = CalendarEntry {
                series_token_id: series.clone(),
                generation,
                token_id: id,
                name: token.name,
                expires_at,
                created_at: token.created_at,
            };
            // Mid-rotation both tokens exist: the event shows the replacement.
            match newest.get(&series) {
                Some(kept) if kept.generation >= generation => {}
                _ => {
                    newest.insert(series, entry);
                }
            }
        }
        let entries: Vec<CalendarEntry> = newest.into_values().collect();
        Ok(expiry_calendar(&profile, &entries, &thresholds))
    }

    /// Writes [`Workspace::expiry_calendar`] to `path` (`None`: the user cancelled).
    ///
    /// Errors: `NoActiveProfile`, `Store`, `Io` (the file could not be written).
    pub fn export_calendar(&self, path: Option<PathBuf>) -> Result<ExportView> {
        ExportView::save_plain(path, || self.expiry_calendar())
    }
}

/// The first token of `id`'s rotation series and how many rotations led to `id`.
fn series_of(replaced: &HashMap<String, String>, id: &str) -> (String, u32) {
    let mut current = id.to_owned();
    let mut generation = 0;
    while let Some(older) = replaced.get(&current) {
        if generation >= MAX_GENERATIONS {
            break;
        }
        current = older.clone();
        generation += 1;
    }
    (current, generation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rotated_token_belongs_to_the_series_of_the_first_token_it_replaced() {
        let replaced: HashMap<String, String> = [("b", "a"), ("c", "b")]
            .into_iter()
            .map(|(n, o)| (n.to_owned(), o.to_owned()))
            .collect();
        assert_eq!(series_of(&replaced, "c"), ("a".to_owned(), 2));
        assert_eq!(series_of(&replaced, "a"), ("a".to_owned(), 0));
        assert_eq!(series_of(&replaced, "z"), ("z".to_owned(), 0));
        let looped: HashMap<String, String> = [("x", "y"), ("y", "x")]
            .into_iter()
            .map(|(n, o)| (n.to_owned(), o.to_owned()))
            .collect();
        assert_eq!(series_of(&looped, "x").1, MAX_GENERATIONS);
    }
}
