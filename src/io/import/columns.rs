//! What each column of an export holds: the answers to a question, one of
//! the answers file's keys (partner, side, respondent, date), or nothing
//! partnercheck imports.

use std::collections::HashMap;

use super::cells::normalize;
use super::dates;
use super::layout::Column;
use super::table::{Cell, Grid};
use crate::model::map::{ColumnMap, Target};
use crate::model::questionnaire::{Question, Questionnaire};

/// The wordings a question is known by: ours, and the partner side's.
pub fn wordings(q: &Question) -> Vec<&str> {
    let mut all = vec![q.text.as_str()];
    all.extend(q.text_them.as_deref());
    all
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Question(usize),
    Partner,
    Side,
    Respondent,
    Date,
    /// A free-text column, to the note of this id (a question or dimension
    /// id; the map file's `[notes]`).
    Note(usize),
    /// `expected-DIMENSION-ID`: the expectation for this dimension (an index
    /// into the questionnaire's dimensions).
    Expected(usize),
    /// Listed in the map file as `ignore`.
    Ignored,
    /// Nothing partnercheck knows: listed on stderr.
    Unmatched,
}

/// Each column's role, and the columns a row's respondent and date are
/// read from (in order of preference).
#[derive(Debug, Clone)]
pub struct Roles {
    pub roles: Vec<Role>,
    /// The columns that make up the respondent's name (first and last name
    /// are two), else the e-mail column.
    pub respondent: Vec<usize>,
    pub date: Option<usize>,
}

/// Header names of completion times (normalized, letters and digits only),
/// in the languages survey tools export in. Start times are never taken.
const COMPLETED: &[&str] = &[
    "timestamp",
    "completiontime",
    "completed",
    "completedat",
    "completiondate",
    "enddate",
    "endtime",
    "end",
    "submittedat",
    "submissiontime",
    "submissiondate",
    "submitdate",
    "datesubmitted",
    "recordeddate",
    "zeitstempel",
    "fertigstellungszeit",
    "abschlusszeit",
    "endzeit",
    "horodateur",
    "heuredefin",
    "marcatemporal",
    "horadefinalizacion",
    "tijdstempel",
    "voltooiingstijd",
    "eindtijd",
    "oradicompletamento",
    "horadeconclusao",
    "carimbodedatahora",
];
const STARTED: &[&str] = &[
    "starttime",
    "startdate",
    "start",
    "startzeit",
    "heurededebut",
    "horadeinicio",
    "begintijd",
    "oradiinizio",
];
const NAMES: &[&str] = &[
    "name",
    "fullname",
    "yourname",
    "respondentname",
    "nom",
    "nombre",
    "naam",
    "nome",
];
const FIRST_LAST: &[&str] = &[
    "firstname",
    "lastname",
    "recipientfirstname",
    "recipientlastname",
];
const EMAILS: &[&str] = &[
    "email",
    "emailaddress",
    "mail",
    "youremail",
    "recipientemail",
    "courriel",
    "correoelectronico",
    "emailadresse",
];

/// Letters and digits only, lower case: how metadata headers are compared.
fn squash(header: &str) -> String {
    header
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The question a header names: its id, its wording, a grid header
/// `Title [statement]`, a matrix header `Title - statement`, or an ODK path
/// `group/…/id`. Linear in the header's length: a matrix header's suffixes
/// are tried from the right, and only while they are no longer than the
/// longest wording could be.
fn question_of(header: &str, q: &Questionnaire, texts: &Wordings) -> Option<usize> {
    let direct = |h: &str| {
        let h = normalize(h);
        q.question_index(&h)
            .or_else(|| texts.by_text.get(&h).copied())
    };
    let trimmed = header.trim();
    if trimmed.chars().filter(|c| !c.is_whitespace()).count() <= texts.longest
        && let Some(i) = direct(header)
    {
        return Some(i);
    }
    if trimmed.ends_with(']')
        && let Some(open) = trimmed.rfind('[')
        && let Some(i) = direct(&trimmed[open + 1..trimmed.len() - 1])
    {
        return Some(i);
    }
    for suffix in matrix_suffixes(trimmed, texts.longest) {
        if let Some(i) = direct(suffix) {
            return Some(i);
        }
    }
    if trimmed.contains('/')
        && let Some(last) = trimmed.rsplit('/').next()
    {
        return q.question_index(last.trim());
    }
    None
}

/// The statements a matrix header `Title - statement` may end with: the
/// parts after each ` - `, shortest first, while their visible characters
/// are at most `longest` (so a header of 100,000 separators gives a few).
fn matrix_suffixes(header: &str, longest: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut visible = 0;
    let mut end = header.len();
    for (at, _) in header.rmatch_indices(" - ") {
        if at + 3 > end {
            continue;
        }
        visible += header[at + 3..end]
            .chars()
            .filter(|c| !c.is_whitespace())
            .count();
        end = at;
        if visible > longest {
            break;
        }
        out.push(&header[at + 3..]);
    }
    out
}

/// Every question's wordings, normalized, for lookups by hash.
struct Wordings {
    by_text: HashMap<String, usize>,
    /// The most visible characters a header naming a question can have
    /// (NFKC never shrinks text below a third, with room to spare).
    longest: usize,
}

/// The role of every column, from the map file, then the headers.
pub fn roles(columns: &[Column], q: &Questionnaire, map: &ColumnMap) -> Roles {
    let mut by_text = HashMap::new();
    let mut longest = 0;
    for (i, question) in q.questions.iter().enumerate() {
        for t in wordings(question) {
            let t = normalize(t);
            longest = longest.max(t.chars().count());
            by_text.entry(t).or_insert(i);
        }
        longest = longest.max(question.id.chars().count());
    }
    // A map's (or a translation's) wording of a question is matched as the
    // questionnaire's own is, inside a grid's `[…]` too.
    for (h, t) in &map.columns {
        if let Target::Question(i) = t {
            let h = normalize(h);
            longest = longest.max(h.chars().count());
            by_text.entry(h).or_insert(*i);
        }
    }
    let texts = Wordings {
        by_text,
        longest: longest * 3 + 16,
    };
    // The first entry for a header wins, as a search in order would.
    let mut mapped: HashMap<String, &Target> = HashMap::new();
    for (h, t) in &map.columns {
        mapped.entry(normalize(h)).or_insert(t);
    }
    let mut noted: HashMap<String, usize> = HashMap::new();
    for (i, (h, _)) in map.notes.iter().enumerate() {
        noted.entry(normalize(h)).or_insert(i);
    }
    let mut roles = Vec::with_capacity(columns.len());
    let (mut names, mut first_last, mut emails) = (Vec::new(), Vec::new(), Vec::new());
    let (mut completed, mut started) = (Vec::new(), Vec::new());
    for column in columns {
        let from_map = column
            .headers
            .iter()
            .find_map(|h| mapped.get(&normalize(h)).copied());
        let note = column
            .headers
            .iter()
            .find_map(|h| noted.get(&normalize(h)).copied());
        let expected = column.headers.iter().find_map(|h| {
            h.trim()
                .strip_prefix("expected-")
                .and_then(|id| q.dimension_index(id))
        });
        let role = match from_map {
            None if note.is_some() => Role::Note(note.unwrap_or_default()),
            None if expected.is_some() => Role::Expected(expected.unwrap_or_default()),
            Some(Target::Question(i)) => Role::Question(*i),
            Some(Target::Partner) => Role::Partner,
            Some(Target::Side) => Role::Side,
            Some(Target::Respondent) => Role::Respondent,
            Some(Target::Date) => Role::Date,
            Some(Target::Ignore) => Role::Ignored,
            None => match column
                .headers
                .iter()
                .find_map(|h| question_of(h, q, &texts))
            {
                Some(i) => Role::Question(i),
                None => metadata(
                    column,
                    &mut names,
                    &mut first_last,
                    &mut emails,
                    &mut completed,
                    &mut started,
                ),
            },
        };
        roles.push(role);
    }
    let respondent = if let Some(i) = roles.iter().position(|r| *r == Role::Respondent) {
        vec![i]
    } else if let Some(&i) = names.first() {
        vec![i]
    } else if first_last.len() == 2 {
        first_last
    } else {
        emails.first().map(|&i| vec![i]).unwrap_or_default()
    };
    let date = roles
        .iter()
        .position(|r| *r == Role::Date)
        .or_else(|| completed.first().copied());
    let _ = started;
    Roles {
        roles,
        respondent,
        date,
    }
}

/// A column that is not a question: the answers file's own keys by name,
/// else a candidate for the respondent or the date. A column used as a
/// respondent or date candidate is not listed as unmatched.
fn metadata(
    column: &Column,
    names: &mut Vec<usize>,
    first_last: &mut Vec<usize>,
    emails: &mut Vec<usize>,
    completed: &mut Vec<usize>,
    started: &mut Vec<usize>,
) -> Role {
    let squashed: Vec<String> = column.headers.iter().map(|h| squash(h)).collect();
    let is = |list: &[&str]| {
        squashed
            .iter()
            .any(|h| list.iter().any(|l| l.eq_ignore_ascii_case(h)))
    };
    if is(&["partner"]) {
        return Role::Partner;
    }
    if is(&["side"]) {
        return Role::Side;
    }
    if is(&["respondent"]) {
        return Role::Respondent;
    }
    if is(&["date"]) {
        return Role::Date;
    }
    if is(STARTED) {
        started.push(column.index);
    } else if is(COMPLETED) {
        completed.push(column.index);
    } else if is(NAMES) {
        names.push(column.index);
    } else if is(FIRST_LAST) {
        // The first name first, whichever column comes first.
        if squashed.iter().any(|h| h.contains("first")) {
            first_last.insert(0, column.index);
        } else {
            first_last.push(column.index);
        }
    } else if is(EMAILS) {
        emails.push(column.index);
    }
    Role::Unmatched
}

/// Columns told apart by what they hold, for tools whose metadata headers
/// are in the respondent's language: a column of e-mail addresses is the
/// respondent when no name column was found; of the columns of date-times,
/// the last one is the completion time (tools write the start first).
pub fn by_content(
    roles: &mut Roles,
    grid: &Grid,
    first_data_row: usize,
    date_format: Option<&str>,
) {
    let unmatched: Vec<usize> = (0..roles.roles.len())
        .filter(|&i| roles.roles[i] == Role::Unmatched)
        .collect();
    let all = |col: usize, test: &dyn Fn(&Cell) -> bool| {
        let mut any = false;
        for row in first_data_row..grid.len() {
            let cell = grid.cell(row, col);
            if cell.is_empty() {
                continue;
            }
            if !test(&cell) {
                return false;
            }
            any = true;
        }
        any
    };
    if roles.respondent.is_empty()
        && let Some(&col) = unmatched.iter().find(|&&c| {
            all(c, &|cell| {
                let t = cell.text();
                let t = t.trim();
                t.contains('@') && !t.contains(char::is_whitespace) || is_anonymous(t)
            })
        })
    {
        roles.respondent = vec![col];
    }
    if roles.date.is_none() {
        let datetimes: Vec<usize> = unmatched
            .iter()
            .copied()
            .filter(|&c| {
                all(c, &|cell| match cell {
                    Cell::Date(_) => true,
                    Cell::Text(t) => t.contains(':') && dates::parse(t, date_format).is_some(),
                    _ => false,
                })
            })
            .collect();
        if datetimes.len() >= 2 {
            roles.date = datetimes.last().copied();
        }
    }
}

/// What tools write for a respondent who did not sign in.
pub fn is_anonymous(name: &str) -> bool {
    matches!(
        name.trim().to_lowercase().as_str(),
        "anonymous" | "anonym" | "anonyme" | "anónimo" | "anonimo" | "anoniem"
    )
}

/// A LimeSurvey export: its header has `id`, `submitdate` and `lastpage`.
pub fn is_limesurvey(cols: &[Column]) -> bool {
    let has = |name: &str| {
        cols.iter().any(|c| {
            c.headers
                .first()
                .is_some_and(|h| h.trim().eq_ignore_ascii_case(name))
        })
    };
    has("id") && has("submitdate") && has("lastpage")
}

/// The headers of the response-id columns the listed tools write
/// (Qualtrics, SurveyMonkey, LimeSurvey and Microsoft Forms, Kobo / ODK),
/// compared without case.
pub const RESPONSE_ID_HEADERS: &[&str] = &["responseid", "respondent id", "_uuid", "key", "id"];

/// The column holding the export's response id, if it has one: the first
/// header in [`RESPONSE_ID_HEADERS`]' order that a column not taken as a
/// question or key has.
pub fn response_id_column(cols: &[Column], roles: &[Role]) -> Option<usize> {
    RESPONSE_ID_HEADERS.iter().find_map(|want| {
        cols.iter().position(|col| {
            roles
                .get(col.index)
                .is_none_or(|r| matches!(r, Role::Unmatched | Role::Ignored))
                && col
                    .headers
                    .iter()
                    .any(|h| h.trim().eq_ignore_ascii_case(want))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q() -> Questionnaire {
        Questionnaire::embedded("partnership-health").unwrap()
    }

    fn role(header: &str) -> Role {
        let column = Column {
            index: 0,
            headers: vec![header.to_owned()],
        };
        roles(&[column], &q(), &ColumnMap::default()).roles[0]
    }

    #[test]
    fn a_header_of_many_separators_is_read_in_linear_time() {
        // 100 KB of ` - `: each suffix normalized would take minutes.
        // The count of suffixes tried is what matters: each is normalized.
        let header = "a - ".repeat(25_000);
        assert!(matrix_suffixes(header.trim(), 400).len() <= 400);
        assert_eq!(role(&header), Role::Unmatched);
        assert_eq!(
            matrix_suffixes("Grid - Part - statement", 400),
            ["statement", "Part - statement"]
        );
    }

    #[test]
    fn expectation_and_note_columns() {
        let q = q();
        let dim = &q.dimensions[1].id;
        assert_eq!(role(&format!("expected-{dim}")), Role::Expected(1));
        let map = ColumnMap {
            notes: vec![("Why so?".into(), "ca-transparency".into())],
            ..ColumnMap::default()
        };
        let column = Column {
            index: 0,
            headers: vec!["why so".into()],
        };
        assert_eq!(roles(&[column], &q, &map).roles[0], Role::Note(0));
    }

    #[test]
    fn headers_name_questions_in_every_way_tools_write_them() {
        let q = q();
        let i = Role::Question(q.question_index("mg-both-benefit").unwrap());
        assert_eq!(role("mg-both-benefit"), i);
        assert_eq!(
            role("  BOTH organizations get measurable value from working together "),
            i
        );
        assert_eq!(
            role("Statements [Both organizations get measurable value from working together]"),
            i
        );
        assert_eq!(
            role("Statements - Both organizations get measurable value from working together."),
            i
        );
        assert_eq!(role("survey/mutual/mg-both-benefit"), i);
        assert_eq!(role("Something else"), Role::Unmatched);
        assert_eq!(role("Partner"), Role::Partner);
    }

    #[test]
    fn the_partner_sides_wording_names_the_question_too() {
        let q = q();
        let (i, them) = q
            .questions
            .iter()
            .enumerate()
            .find_map(|(i, question)| question.text_them.clone().map(|t| (i, t)))
            .expect("the default instrument has the partner side's wording");
        assert_eq!(role(&them.to_uppercase()), Role::Question(i));
    }

    #[test]
    fn the_start_time_is_never_the_date() {
        let cols: Vec<Column> = ["Start time", "Completion time", "Email", "Name"]
            .iter()
            .enumerate()
            .map(|(index, h)| Column {
                index,
                headers: vec![(*h).to_owned()],
            })
            .collect();
        let r = roles(&cols, &q(), &ColumnMap::default());
        assert_eq!(r.date, Some(1));
        assert_eq!(r.respondent, [3]);
    }
}
