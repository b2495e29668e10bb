//! Finding a partner by name, and the names nearest to a misspelled one.

use super::view::{PartnerView, Portfolio, partner_key};

/// Names longer than this (in characters) are not compared for "did you
/// mean": the edit distance is quadratic in the length.
const LONGEST_COMPARED: usize = 200;

impl Portfolio {
    /// The partner named `name` (trimmed, case ignored).
    pub fn find(&self, name: &str) -> Option<&PartnerView> {
        let key = partner_key(name);
        self.partners.iter().find(|p| p.key == key)
    }

    /// Up to five partners whose names are near `name` (a few edits away,
    /// or one containing the other), nearest first.
    pub fn nearest(&self, name: &str) -> Vec<&str> {
        let key = partner_key(name);
        let mut near: Vec<(usize, &str)> = self
            .partners
            .iter()
            .filter_map(|p| {
                let close_enough = (key.chars().count() / 3).max(2);
                let d = edit_distance(&key, &p.key).filter(|d| *d <= close_enough);
                let contains = !key.is_empty() && (p.key.contains(&key) || key.contains(&p.key));
                match (d, contains) {
                    (Some(d), _) => Some((d, p.partner.as_str())),
                    (None, true) => Some((usize::MAX, p.partner.as_str())),
                    (None, false) => None,
                }
            })
            .collect();
        near.sort();
        near.truncate(5);
        near.into_iter().map(|(_, n)| n).collect()
    }
}

/// Levenshtein distance over chars; `None` when either name is too long to
/// compare cheaply.
pub fn edit_distance(a: &str, b: &str) -> Option<usize> {
    let too_long = |s: &str| s.chars().nth(LONGEST_COMPARED).is_some();
    if too_long(a) || too_long(b) {
        return None;
    }
    Some(strsim::levenshtein(a, b))
}
