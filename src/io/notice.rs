//! What reading answers files has to tell its reader, as data: the counts
//! and names behind each warning. `present::notices` words them and the
//! commands print them; nothing here is a sentence.

use crate::diag::Diagnostic;
use crate::model::answers::Date;
use crate::model::questionnaire::Questionnaire;

/// One warning about the files read (for `compare`, `report`, `agenda`,
/// `actions` and `items`, and the project file for every command).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A file's unanswered questions, named (a `missing-answer` warning).
    Missing(Diagnostic),
    /// `more` files with unanswered questions beyond those named;
    /// `incomplete` of `files` in all.
    MoreIncomplete {
        more: usize,
        incomplete: usize,
        files: usize,
    },
    /// Files answered with another version, scored with this one.
    OtherVersion(Versions),
    /// Under an anonymity threshold: `n` of `files` have unanswered
    /// questions (no file named).
    IncompleteCounted { n: usize, files: usize },
    /// Under an anonymity threshold: [`Notice::OtherVersion`], no file
    /// named.
    OtherVersionCounted(Versions),
    /// Warnings about files of rounds not shown.
    OtherRounds(usize),
    /// `--round`: partners with no file in `round`, left out.
    LeftOutOfRound { partners: usize, round: Date },
    /// A partner (as written) with dated and undated files.
    DatedAndUndated(String),
    /// Two partners whose names differ by a letter or two.
    NearNames(String, String),
    /// More such pairs than are named.
    MoreNearNames(usize),
    /// An actions file named on the command line, passed over.
    PassedOver(Diagnostic),
    /// `items`: `n` of `files` leave questions unanswered.
    ItemsIncomplete { n: usize, files: usize },
    /// `items`: [`Notice::OtherVersion`], read with this version.
    ItemsOtherVersion(Versions),
    /// `items`: `files` left out, their rounds hidden by the anonymity
    /// `threshold`.
    ItemsLeftOut { files: usize, threshold: usize },
    /// `items` under an anonymity threshold: `validate` names the files.
    ItemsValidate,
    /// A project file found by searching, ignored: it belongs to user
    /// `owner`, neither the user running (`me`) nor root.
    UntrustedProject { path: String, owner: u32, me: u32 },
}

/// `n` of `files` answered with another version of the questionnaire `id`
/// than `version`, the one they are read with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Versions {
    pub n: usize,
    pub files: usize,
    pub id: String,
    pub version: String,
}

impl Versions {
    /// `n` of `files` answered with another version of `q`.
    pub fn of(q: &Questionnaire, n: usize, files: usize) -> Versions {
        Versions {
            n,
            files,
            id: q.id.clone(),
            version: q.version.clone(),
        }
    }
}
