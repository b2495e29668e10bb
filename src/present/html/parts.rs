//! Small pieces every HTML page uses: escaping, anchors, rank classes.

use crate::sanitize;

pub fn e(s: &str) -> String {
    sanitize::html(s)
}

/// `best`, `worst` or nothing, for the colour of a band or tier of `rank`
/// among `of`.
pub fn rank_class(rank: Option<usize>, of: usize) -> &'static str {
    match rank {
        None => "none",
        Some(0) => "best",
        Some(r) if r + 1 >= of => "worst",
        Some(_) => "",
    }
}

/// The anchor of section `i`, for the table of contents.
pub fn anchor(i: usize) -> String {
    format!("partner-{}", i + 1)
}
