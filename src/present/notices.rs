//! The warnings about the answers files read, in words: what `compare`,
//! `report`, `agenda`, `actions` and `items` say on stderr besides their
//! output. The counts come from `io` as data; the commands print these.

use crate::model::answers::Date;
use crate::present::files_count;
use crate::sanitize::terminal;

/// What `validate` does for a reader whose output names no file.
const VALIDATE_ANONYMOUS: &str = "`partnercheck validate` on the answers lists them (this \
                                  output names no file, to keep answers anonymous)";

/// "3 more files have unanswered questions (5 of 40 in all): …".
pub fn more_incomplete(more: usize, incomplete: usize, files: usize) -> String {
    format!(
        "{more} more {} unanswered questions ({incomplete} of {files} in all): \
         they lower coverage (`partnercheck score FILE` lists them)",
        if more == 1 { "file has" } else { "files have" },
    )
}

/// "2 of 40 files were answered with another version of `id`; scored with
/// version 1".
pub fn other_version(n: usize, files: usize, id: &str, version: &str) -> String {
    format!(
        "{n} of {files} files {} answered with another version of `{id}`; scored with version \
         {version}",
        was(n)
    )
}

/// [`more_incomplete`] naming no file.
pub fn incomplete_counted(n: usize, files: usize) -> String {
    format!(
        "{n} of {files} files {} unanswered questions: they lower coverage; {VALIDATE_ANONYMOUS}",
        if n == 1 { "has" } else { "have" },
    )
}

/// [`other_version`] naming no file.
pub fn other_version_counted(n: usize, files: usize, id: &str, version: &str) -> String {
    format!(
        "{n} of {files} files {} answered with another version of `{id}` (scored with \
         version {version}); {VALIDATE_ANONYMOUS}",
        was(n)
    )
}

/// Warnings about the files of rounds not shown, counted.
pub fn other_rounds(n: usize) -> String {
    format!(
        "{n} {} about files of other rounds; partnercheck validate lists them",
        if n == 1 { "warning" } else { "warnings" }
    )
}

/// `--round`: partners without a file in the round, left out.
pub fn left_out_of_round(partners: usize, round: Date) -> String {
    format!(
        "{partners} {} no answers file in round {round} and {} left out",
        if partners == 1 {
            "partner has"
        } else {
            "partners have"
        },
        if partners == 1 { "is" } else { "are" }
    )
}

/// A partner with dated and undated files: a false decline.
pub fn dated_and_undated(partner: &str) -> String {
    format!(
        "`{}` has dated and undated files: the undated ones count as a round older \
         than every dated one, which can show a change (or a decline) that is not there; \
         give them a date (date = 2026-11-20)",
        terminal(partner)
    )
}

/// Two partners whose names differ by a letter or two: a typo?
pub fn near_names(a: &str, b: &str) -> String {
    format!(
        "`{}` and `{}` are scored as two partners but their names differ by \
         a letter or two: if they are one, write the name the same way in every file",
        terminal(a),
        terminal(b)
    )
}

/// The pairs of near names not named.
pub fn more_near_names(n: usize) -> String {
    format!("{n} more pairs of partner names differ by a letter or two")
}

/// `items`: files that leave questions unanswered.
pub fn items_incomplete(n: usize, files: usize) -> String {
    format!(
        "{n} of {files} files {} questions unanswered: each question's figures \
         count the files that answered it, alpha only the files that answered every \
         question of the dimension",
        if n == 1 { "leaves" } else { "leave" }
    )
}

/// `items`: files answered with another version.
pub fn items_other_version(n: usize, files: usize, id: &str, version: &str) -> String {
    format!(
        "{n} of {files} files were answered with another version of `{id}`; \
         read with version {version}"
    )
}

/// `items`: files of rounds the anonymity threshold hides.
pub fn items_left_out(files: usize, threshold: usize) -> String {
    format!(
        "{} left out: {} round is hidden by the anonymity threshold of {threshold}",
        files_count(files),
        if files == 1 { "its" } else { "their" },
    )
}

/// `items` under an anonymity threshold: where the files are named.
pub fn items_validate() -> String {
    "run `partnercheck validate` on the files to see which ones".to_owned()
}

/// A project file found by searching that belongs to someone else.
pub fn untrusted_project(path: &str, owner: u32, me: u32) -> String {
    let path = terminal(path);
    format!(
        "{path}: ignored: it belongs to user {owner}, not to you (user {me}) or root; pass \
         --config {path} to use it, or list its folder in PARTNERCHECK_SAFE_DIRS"
    )
}

fn was(n: usize) -> &'static str {
    if n == 1 { "was" } else { "were" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_untrusted_project_file_names_both_users_and_the_ways_out() {
        let why = untrusted_project("/x/partnercheck.toml", 1001, 1000);
        assert_eq!(
            why,
            "/x/partnercheck.toml: ignored: it belongs to user 1001, not to you (user 1000) \
             or root; pass --config /x/partnercheck.toml to use it, or list its folder in \
             PARTNERCHECK_SAFE_DIRS"
        );
    }

    #[test]
    fn counts_agree_with_their_verbs() {
        assert_eq!(
            other_rounds(1),
            "1 warning about files of other rounds; partnercheck validate lists them"
        );
        assert!(other_version(2, 9, "q", "1").starts_with("2 of 9 files were answered"));
        assert!(other_version(1, 9, "q", "1").starts_with("1 of 9 files was answered"));
        assert_eq!(
            items_left_out(1, 3),
            "1 file left out: its round is hidden by the anonymity threshold of 3"
        );
    }
}
