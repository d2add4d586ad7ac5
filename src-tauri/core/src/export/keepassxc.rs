//! KeePassXC: the CSV its importer reads and its exporter writes
//! (`"Group","Title","Username","Password","URL","Notes"`, every field quoted; see
//! `src/format/CsvExporter.cpp` in keepassxreboot/keepassxc).

use super::{ExportError, ExportInput, csv_secret};
use crate::secret::Secret;
use crate::text::spreadsheet_cell;

/// KeePassXC's CSV columns, in its exporter's order.
pub(super) const CSV_HEADER: [&str; 6] = ["Group", "Title", "Username", "Password", "URL", "Notes"];

/// The group the entry lands in.
const GROUP: &str = "Scriptix";

/// A header row and one entry, all fields quoted as KeePassXC writes them.
pub(super) fn csv(input: &ExportInput<'_>) -> Result<Secret, ExportError> {
    let url = input.api_url();
    let id = input.token_id.to_string();
    let notes = input.notes();
    csv_secret(
        &[
            &CSV_HEADER,
            &[
                GROUP,
                &spreadsheet_cell(input.name),
                &spreadsheet_cell(&id),
                input.key.expose(),
                &url,
                &spreadsheet_cell(&notes),
            ],
        ],
        csv::QuoteStyle::Always,
    )
}
