//! Ids: what an id in an instrument may hold, checked the same way for
//! dimensions, questions, bands and tiers.

use toml::Spanned;

use crate::diag::{Diagnostics, Source};

/// `[a-z0-9-]+`
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub(crate) fn check_id(
    id: &Spanned<String>,
    what: &str,
    src: Source<'_>,
    problems: &mut Diagnostics,
) {
    if !is_valid_id(id.get_ref()) {
        problems.push(src.error(
            "bad-id",
            id.span(),
            format!(
                "{what} id `{}` is not valid: use lowercase letters, digits and `-`",
                id.get_ref()
            ),
        ));
    }
}
