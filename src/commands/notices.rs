//! The warnings `io` gives about the files read ([`Notice`]s, data), in the
//! words of [`crate::present::notices`], ready for [`crate::error::warn`].

use crate::io::notice::Notice;
use crate::present::notices as words;

/// Each notice in words, in order.
pub fn worded(notices: &[Notice]) -> Vec<String> {
    notices.iter().map(word).collect()
}

fn word(notice: &Notice) -> String {
    match notice {
        Notice::Missing(d) | Notice::PassedOver(d) => d.text(),
        Notice::MoreIncomplete {
            more,
            incomplete,
            files,
        } => words::more_incomplete(*more, *incomplete, *files),
        Notice::OtherVersion(v) => words::other_version(v.n, v.files, &v.id, &v.version),
        Notice::IncompleteCounted { n, files } => words::incomplete_counted(*n, *files),
        Notice::OtherVersionCounted(v) => {
            words::other_version_counted(v.n, v.files, &v.id, &v.version)
        }
        Notice::OtherRounds(n) => words::other_rounds(*n),
        Notice::LeftOutOfRound { partners, round } => words::left_out_of_round(*partners, *round),
        Notice::DatedAndUndated(partner) => words::dated_and_undated(partner),
        Notice::NearNames(a, b) => words::near_names(a, b),
        Notice::MoreNearNames(n) => words::more_near_names(*n),
        Notice::ItemsIncomplete { n, files } => words::items_incomplete(*n, *files),
        Notice::ItemsOtherVersion(v) => words::items_other_version(v.n, v.files, &v.id, &v.version),
        Notice::ItemsLeftOut { files, threshold } => words::items_left_out(*files, *threshold),
        Notice::ItemsValidate => words::items_validate(),
        Notice::UntrustedProject { path, owner, me } => words::untrusted_project(path, *owner, *me),
    }
}
