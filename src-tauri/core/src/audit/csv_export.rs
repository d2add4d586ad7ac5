//! The audit log as CSV, for admins' spreadsheets.

use super::AuditRecord;
use crate::text::spreadsheet_cell;

/// The columns, in order.
pub const AUDIT_CSV_HEADER: [&str; 9] = [
    "time",
    "profile",
    "actor",
    "action",
    "token id",
    "token name",
    "outcome",
    "detail",
    "hash",
];

fn cell(text: &str) -> String {
    spreadsheet_cell(text).into_owned()
}

/// The records as CSV with a header row, in the order given. Text cells that a spreadsheet
/// would run as a formula are prefixed with `'`.
pub fn audit_csv(records: &[AuditRecord]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail; a failed row would only shorten the export.
    let _ = writer.write_record(AUDIT_CSV_HEADER);
    for r in records {
        let row = [
            r.at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            cell(&r.profile_id),
            cell(&r.actor),
            r.action.code(),
            cell(r.token_id.as_ref().map_or("", |id| id.as_str())),
            cell(r.token_name.as_deref().unwrap_or("")),
            r.outcome.as_str().to_owned(),
            cell(r.detail.as_deref().unwrap_or("")),
            r.hash.clone(),
        ];
        let _ = writer.write_record(&row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use chrono::Utc;

    use super::super::{AuditAction, AuditOutcome};
    use super::*;
    use crate::export::ExportFormat;
    use crate::model::TokenId;

    #[test]
    fn the_csv_has_the_columns_and_survives_commas_quotes_newlines_and_formulas() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-05-01T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let record = AuditRecord {
            seq: 3,
            at,
            profile_id: "p1".into(),
            actor: "dana@example.com".into(),
            action: AuditAction::Export {
                format: ExportFormat::KeepassxcCsv,
            },
            token_id: Some(TokenId::new("42")),
            token_name: Some("=HYPERLINK(\"x\")".into()),
            outcome: AuditOutcome::Success,
            detail: Some("to a, \"file\"\nline 2".into()),
            detail_coded: None,
            prev_hash: "0".repeat(64),
            hash: "ab".repeat(32),
        };
        let text = audit_csv(&[record]);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(header, AUDIT_CSV_HEADER);
        let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().unwrap();
        assert_eq!(rows.len(), 1);
        let row: Vec<&str> = rows[0].iter().collect();
        assert_eq!(
            row,
            [
                "2026-05-01T10:00:00.000Z",
                "p1",
                "dana@example.com",
                "export:keepassxcCsv",
                "42",
                "'=HYPERLINK(\"x\")",
                "success",
                "to a, \"file\"\nline 2",
                &"ab".repeat(32),
            ]
        );
    }
}
