//! What a loaded portfolio may hide that its reader should hear about,
//! as notices: a partner with dated and undated files, and partners whose
//! names differ by a letter or two.

use crate::engine::portfolio::Portfolio;
use crate::io::notice::Notice;

/// Portfolios bigger than this are not searched for near-duplicate names
/// (every pair is compared).
const NEAR_NAMES_UP_TO: usize = 500;

/// Pairs of near-duplicate names listed by name; the rest are counted.
const NEAR_NAMES_LISTED: usize = 10;

/// What a portfolio may do silently that its reader should hear about: a
/// partner with dated and undated files (the undated ones form a round
/// older than every dated one: a false decline), and two partners whose
/// names differ by a letter or two (a typo makes two partners of one).
pub fn surprises(portfolio: &Portfolio) -> Vec<Notice> {
    let mut out = Vec::new();
    for p in &portfolio.partners {
        let undated = p.history.iter().any(|r| r.date.is_none());
        let dated = p.history.iter().any(|r| r.date.is_some());
        if undated && dated {
            out.push(Notice::DatedAndUndated(p.partner.clone()));
        }
    }
    let partners = &portfolio.partners;
    if partners.len() <= NEAR_NAMES_UP_TO {
        // Names that differ only in their digits ("Plant 12", "Plant 13")
        // are different partners, not typos: compare the letters.
        let letters: Vec<(String, usize)> = partners
            .iter()
            .map(|p| {
                let l: String = p.key.chars().filter(|c| !c.is_ascii_digit()).collect();
                let n = l.chars().count();
                (l, n)
            })
            .collect();
        let mut near = Vec::new();
        for (i, a) in partners.iter().enumerate() {
            let (la, len_a) = &letters[i];
            for (j, b) in partners.iter().enumerate().skip(i + 1) {
                let (lb, len_b) = &letters[j];
                if *len_a.min(len_b) < 5 || len_a.abs_diff(*len_b) > 2 || la == lb {
                    continue;
                }
                if crate::engine::portfolio::edit_distance(la, lb)
                    .is_some_and(|d| (1..=2).contains(&d))
                {
                    near.push((a, b));
                }
            }
        }
        for (a, b) in near.iter().take(NEAR_NAMES_LISTED) {
            out.push(Notice::NearNames(a.partner.clone(), b.partner.clone()));
        }
        if near.len() > NEAR_NAMES_LISTED {
            out.push(Notice::MoreNearNames(near.len() - NEAR_NAMES_LISTED));
        }
    }
    out
}
