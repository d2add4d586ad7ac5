//! The report's paging rows (moved from main.rs): loopback concurrent vs sequential paging,
//! the parse CPU on each side, and the fetch at 20 ms per request against its latency floor.

use scriptix_sandbox::{FaultKind, FaultRule};
use serde_json::json;

use crate::report::Row;
use crate::stats::round3;
use crate::{Args, PAGING_FLOOR_RATIO_MAX, WAN_LATENCY_MS, paging, ratio};

/// The paging rows: loopback concurrent vs sequential, parse CPU on each side, and the
/// fetch at 20 ms per request against its latency floor.
pub async fn paging_rows(
    args: &Args,
    sandbox: &scriptix_sandbox::SandboxHandle,
    rows: &mut Vec<Row>,
    raw: &mut serde_json::Value,
) {
    let (concurrent, first_listing, sequential) =
        paging::compare(sandbox.url(), args.tokens, args.runs).await;
    let speedup = ratio(sequential.median(), concurrent.median());
    // On loopback the client and the sandbox share the 2 cores: this ratio measures CPU
    // contention more than paging, so it is context; the target is the latency floor below.
    rows.push(Row {
        what: format!(
            "fetch all {} tokens, core client, loopback: concurrent (a refresh, the list's size known; a first listing: {:.0} ms) vs sequential paging (client and sandbox share the cores)",
            args.tokens,
            first_listing.median()
        ),
        ours: format!("{:.0} ms", concurrent.median()),
        reference: format!("{:.0} ms", sequential.median()),
        ratio: format!("{speedup:.2}× faster"),
        target: "(context)".into(),
        met: None,
    });
    let (serve_cpu, parse_cpu) = paging::parse_cpu(sandbox.url(), args.tokens, args.runs).await;
    rows.push(Row {
        what: format!(
            "CPU time of the client parsing {} tokens (every list page's JSON, as list_tokens does)",
            args.tokens
        ),
        ours: format!("{:.1} ms", parse_cpu.median()),
        reference: "–".into(),
        ratio: "–".into(),
        target: "(context)".into(),
        met: None,
    });
    rows.push(Row {
        what: format!(
            "CPU time of the sandbox serving {} tokens (process CPU while a bare HTTP client fetches every page one at a time: the sandbox's queries and JSON, both sides' HTTP; nothing parsed)",
            args.tokens
        ),
        ours: format!("{:.1} ms", serve_cpu.median()),
        reference: "–".into(),
        ratio: "–".into(),
        target: "(context)".into(),
        met: None,
    });
    let rule = FaultRule::new(FaultKind::Latency {
        latency_ms: WAN_LATENCY_MS,
    })
    .on_path("/api/v3/tokens");
    sandbox.faults().add(rule).expect("latency rule");
    let (wan_concurrent, wan_first, wan_sequential) =
        paging::compare(sandbox.url(), args.tokens, args.runs.min(5)).await;
    sandbox.faults().clear();
    let wan_speedup = ratio(wan_sequential.median(), wan_concurrent.median());
    let floor = paging::latency_floor_ms(args.tokens, WAN_LATENCY_MS);
    let over_floor = wan_concurrent.median() / floor;
    rows.push(Row {
        what: format!(
            "fetch all {} tokens with {WAN_LATENCY_MS} ms added to every list request (a real network), as a refresh does (the first pages asked for together, the list's size known from the cache), vs its latency floor ({WAN_LATENCY_MS} ms × (1 + ⌈(pages − 1) / {}⌉)); a first listing (size unknown): {:.0} ms ({:.2}×); sequential: {:.0} ms, so the rule added {:.1} ms per request (sequential with it − without, per page)",
            args.tokens,
            scriptix_keys_core::api::PAGES_IN_FLIGHT,
            wan_first.median(),
            wan_first.median() / floor,
            wan_sequential.median(),
            (wan_sequential.median() - sequential.median()) / args.tokens.div_ceil(scriptix_keys_core::api::PAGE_LIMIT) as f64
        ),
        ours: format!("{:.0} ms", wan_concurrent.median()),
        reference: format!("{floor:.0} ms"),
        ratio: crate::report::ratio_at_limit(over_floor, PAGING_FLOOR_RATIO_MAX),
        target: format!("≤ {PAGING_FLOOR_RATIO_MAX}× floor"),
        met: Some(over_floor <= PAGING_FLOOR_RATIO_MAX),
    });
    raw["paging"] = json!({
        "loopback": { "concurrent_ms": concurrent.to_json(), "first_listing_ms": first_listing.to_json(), "sequential_ms": sequential.to_json(), "speedup": round3(speedup) },
        "latency_ms": WAN_LATENCY_MS,
        "with_latency": { "concurrent_ms": wan_concurrent.to_json(), "first_listing_ms": wan_first.to_json(), "sequential_ms": wan_sequential.to_json(), "speedup": round3(wan_speedup), "floor_ms": round3(floor), "over_floor": round3(over_floor) },
        "client_parse_cpu_ms": parse_cpu.to_json(),
        "sandbox_serve_cpu_ms": serve_cpu.to_json(),
    });
}
