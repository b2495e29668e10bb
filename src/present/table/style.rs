//! The house style of every table: its borders, its width, figures
//! aligned right, and the colour of a rank.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, CellAlignment, Color, ContentArrangement, Table};

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

/// A new table in the house style, no wider than `width` when it is known.
pub(super) fn fitted_table(color: bool, width: Option<usize>) -> Table {
    let mut table = new_table(color);
    if let Some(w) = width {
        table.set_width(w.min(u16::MAX as usize) as u16);
    }
    table
}

/// A cell aligned right, as figures are.
pub(super) fn right<T: ToString>(content: T) -> Cell {
    Cell::new(content).set_alignment(CellAlignment::Right)
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
