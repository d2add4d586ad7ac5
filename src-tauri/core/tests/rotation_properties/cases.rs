//! The random cases of `rotation_properties.rs` (moved from it): the user's grace choices,
//! what the old key's use looked like at grace end, server faults, vault refusals, a crash
//! point, sabotage of the first replacement, and whether two engines run at once.

use proptest::prelude::*;
use scriptix_keys_core::rotation::{CrashPoint, Grace};
use scriptix_sandbox::{FaultKind, FaultRule};

use crate::rotation_fixture::plan;

/// The grace choices a user can make (and whether the old token goes without asking).
#[derive(Debug, Clone, Copy)]
pub(super) enum Choice {
    Emergency,
    OneDayAuto,
    SevenDaysAsk,
}

impl Choice {
    pub(super) fn plan(self) -> scriptix_keys_core::rotation::RotationPlan {
        match self {
            Self::Emergency => plan(Grace::Now, false),
            Self::OneDayAuto => plan(Grace::OneDay, true),
            Self::SevenDaysAsk => plan(Grace::SevenDays, false),
        }
    }
}

/// Where a server fault hits.
#[derive(Debug, Clone, Copy)]
pub(super) enum Route {
    Create,
    List,
    Delete,
    KeyCheck,
}

#[derive(Debug, Clone)]
pub(super) struct Fault {
    pub(super) route: Route,
    pub(super) kind: FaultKind,
    pub(super) times: u32,
}

impl Fault {
    pub(super) fn rule(&self) -> FaultRule {
        let rule = FaultRule::new(self.kind.clone()).times(self.times);
        match self.route {
            Route::Create => rule.on_path("/api/v3/tokens").on_method("POST"),
            Route::List => rule.on_path("/api/v3/tokens").on_method("GET"),
            Route::Delete => rule.on_path("/api/v3/tokens/").on_method("DELETE"),
            // Both check routes (batch and realtime keys).
            Route::KeyCheck => rule.on_path("/api/v").on_method("GET"),
        }
    }
}

/// Something done to the first rotation's replacement behind the app's back, during the
/// grace period.
#[derive(Debug, Clone, Copy)]
pub(super) enum Sabotage {
    /// Someone deletes the replacement on Scriptix.
    DeleteReplacement,
    /// The vault's entry ends up holding a key Scriptix revoked.
    RevokedKeyInVault,
}

/// What the app found out about the old key's use when a rotation's grace period ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AtGraceEnd {
    /// Quiet: nothing stops the delete.
    Quiet,
    /// Still in use: held until a recheck a day later ("Wait another day").
    Held,
    /// Its usage could not be read: kept by this run's engines.
    Unreadable,
}

#[derive(Debug, Clone)]
pub(super) struct Case {
    pub(super) choices: Vec<Choice>,
    /// One per choice.
    pub(super) at_grace_end: Vec<AtGraceEnd>,
    pub(super) sabotage: Option<Sabotage>,
    pub(super) crash: Option<CrashPoint>,
    /// Vault `set`/`get` calls (numbered from the first run's start) that are refused.
    pub(super) refusals: Vec<u32>,
    pub(super) faults: Vec<Fault>,
    pub(super) concurrent: bool,
}

pub(super) fn choice() -> impl Strategy<Value = Choice> {
    prop_oneof![
        Just(Choice::Emergency),
        Just(Choice::OneDayAuto),
        Just(Choice::SevenDaysAsk)
    ]
}

pub(super) fn at_grace_end() -> impl Strategy<Value = AtGraceEnd> {
    prop_oneof![
        Just(AtGraceEnd::Quiet),
        Just(AtGraceEnd::Held),
        Just(AtGraceEnd::Unreadable)
    ]
}

pub(super) fn fault() -> impl Strategy<Value = Fault> {
    let route = prop_oneof![
        Just(Route::Create),
        Just(Route::List),
        Just(Route::Delete),
        Just(Route::KeyCheck)
    ];
    let kind = prop_oneof![
        Just(FaultKind::Status { status: 500 }),
        Just(FaultKind::Status { status: 503 }),
        Just(FaultKind::DropBefore),
        Just(FaultKind::DropAfter),
    ];
    (route, kind, 1..=2_u32).prop_map(|(route, kind, times)| Fault { route, kind, times })
}

pub(super) fn case() -> impl Strategy<Value = Case> {
    (
        proptest::collection::vec((choice(), at_grace_end()), 1..=2),
        proptest::option::of(proptest::sample::select(CrashPoint::ALL.to_vec())),
        proptest::collection::vec(0..24_u32, 0..=3),
        proptest::collection::vec(fault(), 0..=2),
        any::<bool>(),
        proptest::option::of(prop_oneof![
            Just(Sabotage::DeleteReplacement),
            Just(Sabotage::RevokedKeyInVault)
        ]),
    )
        .prop_map(
            |(choices, crash, refusals, faults, concurrent, sabotage)| Case {
                at_grace_end: choices.iter().map(|(_, end)| *end).collect(),
                choices: choices.into_iter().map(|(choice, _)| choice).collect(),
                sabotage,
                crash,
                refusals,
                faults,
                concurrent,
            },
        )
}
