//! The house style of every table, and the colour of a rank.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Color, ContentArrangement, Table};

/// A new table in the house style.
pub fn new_table(color: bool) -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .apply_modifier(comfy_table::modifiers::UTF8_ROUND_CORNERS)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}

/// Green for the best band, red for the worst, yellow between.
pub fn rank_color(rank: usize, of: usize) -> Color {
    if rank == 0 {
        Color::Green
    } else if rank + 1 >= of {
        Color::Red
    } else {
        Color::Yellow
    }
}
