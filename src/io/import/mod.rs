//! `import`: survey-tool exports (CSV, XLSX) to answers files, one per row.
//!
//! Reading ([`table`]) turns a file into a grid of cells; [`layout`] finds
//! the header rows; [`columns`] gives each column its role; [`cells`] and
//! [`dates`] read the values. [`plan`] is pure: every row of every file is
//! checked, and the files to write come back as names and compact rows,
//! before anything is written; each file's sheet and text are built only
//! when it is written (or compared with a file already there).

pub mod cells;
pub mod columns;
pub mod dates;
pub mod layout;
pub mod limits;
pub mod shown;
pub mod table;
pub mod text;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics};
use crate::error::{Error, Result};
use crate::io::names::chosen_name;
use crate::model::answers::{Answer, AnswerSheet, Date, Side};
use crate::model::map::{ColumnMap, side_key};
use crate::model::questionnaire::Questionnaire;
use columns::Role;
pub use shown::quote;
use table::{Cell, Grid};

/// One export, read.
pub struct Export {
    /// The file as given on the command line, for messages and `source`.
    pub name: String,
    pub grid: Grid,
    /// What the reading had to guess (the encoding), for stderr.
    pub warnings: Vec<String>,
}

/// Reads an export: a workbook by its extension (`.xlsx`, `.xlsm`, `.xls`,
/// `.ods`), else CSV text (`-`: standard input) in `encoding` when the file
/// has no byte-order mark of its own (detected when `None`).
pub fn read(path: &Path, encoding: Option<&'static encoding_rs::Encoding>) -> Result<Export> {
    let name = path.display().to_string();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let mut warnings = Vec::new();
    let grid = if matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "xlsb" | "ods") {
        table::read_workbook(path, &ext)
    } else if path.as_os_str() == "-" {
        let (_, text) = crate::io::read::read(path)?;
        table::parse_csv(&text)
    } else {
        let bytes = std::fs::read(path).map_err(|e| {
            let code = match e.kind() {
                std::io::ErrorKind::NotFound => "no-such-file",
                _ => "unreadable",
            };
            Error::from(Diagnostics::from(Diagnostic::error(
                code,
                &name,
                crate::io::read::describe(&e),
            )))
        })?;
        table::decode(&bytes, encoding).and_then(|(text, warning)| {
            warnings.extend(warning.map(|w| format!("{name}: {w}")));
            table::parse_csv(&text)
        })
    };
    let grid = grid.map_err(|e| {
        Error::from(Diagnostics::from(Diagnostic::error(
            "unreadable",
            &name,
            e.to_string(),
        )))
    })?;
    Ok(Export {
        name,
        grid,
        warnings,
    })
}

/// What the flags give every row that has no value of its own.
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    pub partner: Option<String>,
    pub side: Option<Side>,
    pub date: Option<Date>,
    pub round: Option<Date>,
    pub date_format: Option<String>,
    /// Our organisation's name (the project file's `organization`): a side
    /// cell that names it means `us`.
    pub organization: Option<String>,
}

/// One answers file to write, kept small: a run may plan half a million
/// of them. What the file says is built only when it is written or
/// compared ([`Plan::sheet`]), and so is where it came from
/// ([`Plan::source`]); `--dry-run` builds neither sheet nor text.
#[derive(Debug, Clone)]
pub struct Planned {
    /// The file name (no folder).
    pub name: Box<str>,
    respondent: Option<Box<str>>,
    /// Notes and expectations, which few rows have.
    extra: Option<Box<Extra>>,
    /// The row's answers: `count` entries of the plan's list from `answers`
    /// (a row has at most one answer a column, and an export at most
    /// [`limits::MAX_COLUMNS`] columns).
    answers: usize,
    count: u16,
    /// The export it came from (an index into the plan's exports) and the
    /// row's number as a spreadsheet shows it (at most [`limits::MAX_ROWS`]).
    export: u32,
    row: u32,
    /// An index into the plan's partners.
    partner: u32,
    side: Side,
    date: Option<Date>,
}

/// What a row holds beyond its answers.
#[derive(Debug, Clone, Default, PartialEq)]
struct Extra {
    notes: BTreeMap<String, String>,
    expected: Vec<Option<Answer>>,
}

/// Everything a run would write, and what it passed over.
#[derive(Debug, Default)]
pub struct Plan {
    pub files: Vec<Planned>,
    /// Rows with no answer at all.
    pub skipped: usize,
    /// `FILE: header` of each column that matched nothing.
    pub ignored: Vec<String>,
    /// `FILE: rows 1–3 read as headers (Qualtrics)`, for each export whose
    /// layout has more than one header row.
    pub headers: Vec<String>,
    /// Each export's name, as given.
    exports: Vec<String>,
    /// Each partner's name once (exports repeat a few).
    partners: Vec<String>,
    /// Every row's answers, in row order: (question index, index into
    /// `values`); the questions a row left empty are not here.
    answers: Vec<(u32, u32)>,
    /// Each answer given, once (a scale has a few points).
    values: Vec<Answer>,
}

impl Plan {
    /// `FILE row N`: where the file's answers came from.
    pub fn source(&self, file: &Planned) -> String {
        format!("{} row {}", self.exports[file.export as usize], file.row)
    }

    /// What the file says, as the answers model holds it.
    pub fn sheet(&self, file: &Planned, q: &Questionnaire) -> AnswerSheet {
        let mut sheet = AnswerSheet::new(q, self.partners[file.partner as usize].clone());
        sheet.respondent = file.respondent.as_deref().map(str::to_owned);
        sheet.side = file.side;
        sheet.date = file.date;
        let answers = &self.answers[file.answers..file.answers + usize::from(file.count)];
        for &(i, a) in answers {
            if let (Some(slot), Some(&a)) = (
                sheet.values.get_mut(i as usize),
                self.values.get(a as usize),
            ) {
                *slot = Some(a);
            }
        }
        if let Some(extra) = &file.extra {
            sheet.notes.clone_from(&extra.notes);
            sheet.expected.clone_from(&extra.expected);
        }
        sheet
    }

    /// The answer's index in `values`, adding it when it is new.
    fn value(
        &mut self,
        known: &mut HashMap<Option<i64>, u32>,
        a: Answer,
    ) -> Result<u32, Diagnostics> {
        let key = match a {
            Answer::Value(v) => Some(v),
            Answer::Unsure => None,
        };
        if let Some(&i) = known.get(&key) {
            return Ok(i);
        }
        let i = small(self.values.len())?;
        self.values.push(a);
        known.insert(key, i);
        Ok(i)
    }

    /// The partner's index, adding it when it is new.
    fn partner(
        &mut self,
        known: &mut HashMap<String, u32>,
        name: &str,
    ) -> Result<u32, Diagnostics> {
        if let Some(&i) = known.get(name) {
            return Ok(i);
        }
        let i = small(self.partners.len())?;
        self.partners.push(name.to_owned());
        known.insert(name.to_owned(), i);
        Ok(i)
    }
}

/// An index kept in 32 bits: a run that plans more than four billion of
/// anything (it cannot, in memory) stops with a message rather than wrap.
fn small<T: TryFrom<usize>>(n: usize) -> Result<T, Diagnostics> {
    T::try_from(n).map_err(|_| {
        Diagnostics::from(Diagnostic::plain(
            "input",
            "too many rows to import at once: import the exports one at a time",
        ))
    })
}

/// At most this many bad cells are listed; the rest are counted.
const SHOWN: usize = crate::diag::LISTED;

/// At most this many distinct cell texts are remembered with what they
/// read as.
const MEMO: usize = 4096;

/// Checks every row of every export and builds the files to write. Pure.
pub fn plan(
    exports: &[Export],
    q: &Questionnaire,
    map: &ColumnMap,
    defaults: &Defaults,
) -> Result<Plan, Diagnostics> {
    let mut problems = Vec::new();
    // The problems past the first [`SHOWN`], counted.
    let mut more = 0;
    let mut plan = Plan::default();
    let mut partners: HashMap<String, u32> = HashMap::new();
    let mut values: HashMap<Option<i64>, u32> = HashMap::new();
    let sides = sides(map);
    for export in exports {
        let file = &export.name;
        let layout = layout::recognise(&export.grid);
        let cols = layout::columns(&export.grid, layout);
        // LimeSurvey writes `N/A` for a question nobody answered.
        let not_answered: &[&str] = if columns::is_limesurvey(&cols) {
            &["N/A"]
        } else {
            &[]
        };
        let reader = cells::Reader::new(&q.scale, map, not_answered);
        if layout.header_rows() > 1 {
            let rows = &export.grid.numbers[..layout.header_rows().min(export.grid.numbers.len())];
            let list: Vec<String> = rows.iter().map(ToString::to_string).collect();
            plan.headers.push(format!(
                "{file}: rows {} read as headers ({})",
                list.join(", "),
                layout.tool()
            ));
        }
        let mut roles = columns::roles(&cols, q, map);
        let first = layout.header_rows();
        columns::by_content(
            &mut roles,
            &export.grid,
            first,
            defaults.date_format.as_deref(),
        );
        // The header row a column's problem points at, if there is one.
        let header = first
            .checked_sub(1)
            .and_then(|r| export.grid.numbers.get(r).copied());
        let mut seen: HashMap<usize, usize> = HashMap::new();
        for (c, role) in roles.roles.iter().enumerate() {
            if let Role::Question(i) = role
                && let Some(other) = seen.insert(*i, c)
            {
                let message = format!(
                    "two columns for question `{}`: {} and {}; a map file can say which one to ignore",
                    q.questions[*i].id,
                    shown(&cols[other]),
                    shown(&cols[c]),
                );
                let mut d = Diagnostic::error("duplicate-column", file, message);
                if let Some(row) = header {
                    d = d.at(row, Some(c + 1));
                }
                problems.push(d);
            }
        }
        if seen.is_empty() {
            problems.push(Diagnostic::error(
                "no-question-column",
                file,
                format!(
                    "no column is a question of `{}`: name columns by question id or wording, or pass --map",
                    q.id
                ),
            ));
            continue;
        }
        // The export's response id, which names an anonymous row's file.
        let id_column = columns::response_id_column(&cols, &roles.roles);
        let used = |c: usize| roles.respondent.contains(&c) || roles.date == Some(c);
        for (c, role) in roles.roles.iter().enumerate() {
            if *role == Role::Unmatched && !used(c) && !cols[c].headers.is_empty() {
                plan.ignored
                    .push(format!("{file}: {}", quote(&cols[c].shown())));
            }
        }
        let has = |r: Role| roles.roles.contains(&r);
        if !has(Role::Partner) && defaults.partner.is_none() {
            problems.push(Diagnostic::error(
                "no-partner",
                file,
                "no partner column: pass --partner NAME, or name a column `partner`",
            ));
            continue;
        }
        let export_index = small(plan.exports.len())?;
        plan.exports.push(file.clone());
        let mut memo: HashMap<&str, Result<Option<Answer>, String>> = HashMap::new();
        for row in first..export.grid.len() {
            let number = export.grid.numbers[row];
            let mut bad = |code: &'static str, c: usize, message: String| {
                // Past the ones listed, problems are only counted.
                if problems.len() >= SHOWN {
                    more += 1;
                    return;
                }
                let text = format!(
                    "{file} row {number}, column {} ({}): {message}",
                    shown(&cols[c]),
                    layout::letters(c)
                );
                problems.push(
                    Diagnostic::error(code, file, message)
                        .at(number, Some(c + 1))
                        .shown(text),
                );
            };
            // The row's answers go straight to the plan's list; a row that
            // is not kept takes them back.
            let start = plan.answers.len();
            let mut extra: Option<Box<Extra>> = None;
            let mut expected = false;
            let mut partner = None;
            let mut side = None;
            let mut date = None;
            for (c, role) in roles.roles.iter().enumerate() {
                let cell = export.grid.cell(row, c);
                // Exports repeat a few labels: each is read once (up to
                // [`MEMO`] of them: a column of ids would fill memory).
                let mut read = || match cell {
                    Cell::Text(s) if memo.len() < MEMO || memo.contains_key(s) => {
                        memo.entry(s).or_insert_with(|| reader.read(&cell)).clone()
                    }
                    _ => reader.read(&cell),
                };
                match role {
                    Role::Question(i) => match read() {
                        Ok(Some(a)) => {
                            let a = plan.value(&mut values, a)?;
                            plan.answers.push((small(*i)?, a));
                        }
                        Ok(None) => {}
                        Err(m) => bad("bad-cell", c, m),
                    },
                    Role::Expected(d) => match read() {
                        Ok(Some(a)) => {
                            let extra = extra.get_or_insert_with(|| {
                                Box::new(Extra {
                                    notes: BTreeMap::new(),
                                    expected: vec![None; q.dimensions.len()],
                                })
                            });
                            extra.expected[*d] = Some(a);
                            expected = true;
                        }
                        Ok(None) => {}
                        Err(m) => bad("bad-cell", c, m),
                    },
                    Role::Note(n) if !cell.is_empty() => {
                        let id = &map.notes[*n].1;
                        let text = cell.text().trim().to_owned();
                        extra
                            .get_or_insert_with(|| {
                                Box::new(Extra {
                                    notes: BTreeMap::new(),
                                    expected: vec![None; q.dimensions.len()],
                                })
                            })
                            .notes
                            .entry(id.clone())
                            .and_modify(|note| {
                                note.push('\n');
                                note.push_str(&text);
                            })
                            .or_insert(text);
                    }
                    Role::Partner if !cell.is_empty() => partner = Some(cell.text()),
                    Role::Side if !cell.is_empty() => match side_of(&cell.text(), &sides, defaults)
                    {
                        Some(s) => side = Some(s),
                        None => bad(
                            "bad-cell",
                            c,
                            format!(
                                "`{}` is not a side: write us or them, or list the organisation under [sides] in the map file",
                                quote(cell.text().trim())
                            ),
                        ),
                    },
                    _ => {}
                }
                if roles.date == Some(c) && !cell.is_empty() {
                    match cells::date(&cell, defaults.date_format.as_deref()) {
                        Some(d) => date = Some(d),
                        None => bad(
                            "bad-date",
                            c,
                            format!(
                                "`{}` is not a date partnercheck reads: pass --date-format (e.g. \"%d.%m.%Y %H:%M\")",
                                quote(cell.text().trim())
                            ),
                        ),
                    }
                }
            }
            if plan.answers.len() == start && !expected {
                plan.skipped += 1;
                continue;
            }
            let partner = match (&partner, &defaults.partner) {
                (Some(p), _) => p.trim(),
                (None, Some(p)) => p.as_str(),
                (None, None) => {
                    plan.answers.truncate(start);
                    if problems.len() >= SHOWN {
                        more += 1;
                        continue;
                    }
                    let message = "no partner: the partner cell is empty; pass --partner NAME";
                    problems.push(
                        Diagnostic::error("no-partner", file, message)
                            .at(
                                number,
                                roles
                                    .roles
                                    .iter()
                                    .position(|r| *r == Role::Partner)
                                    .map(|c| c + 1),
                            )
                            .shown(format!("{file} row {number}: {message}")),
                    );
                    continue;
                }
            };
            // A run with problems writes nothing: the rows are only checked.
            if !problems.is_empty() {
                plan.answers.truncate(start);
                continue;
            }
            let side = side.or(defaults.side).unwrap_or_default();
            let date = date.or(defaults.date);
            let mut respondent: Option<String> = None;
            for &c in &roles.respondent {
                let cell = export.grid.cell(row, c);
                let text = cell.text();
                let text = text.trim();
                if text.is_empty() || columns::is_anonymous(text) {
                    continue;
                }
                match &mut respondent {
                    Some(who) => {
                        who.push(' ');
                        who.push_str(text);
                    }
                    None => respondent = Some(text.to_owned()),
                }
            }
            // A row without a respondent ends its name with `-id-ID` (the
            // export's response id) or `-row-N` (its spreadsheet row), so
            // that it keeps its name when the export grows.
            let suffix = (!crate::io::names::respondent_known(respondent.as_deref())).then(|| {
                id_column
                    .and_then(|c| crate::io::names::slug(&export.grid.cell(row, c).text()))
                    .map_or_else(|| format!("row-{number}"), |id| format!("id-{id}"))
            });
            let name = chosen_name(
                Some(partner),
                Some(side),
                respondent.as_deref(),
                date,
                suffix.as_deref(),
            );
            let partner = plan.partner(&mut partners, partner)?;
            plan.files.push(Planned {
                name: name.into_boxed_str(),
                respondent: respondent.map(String::into_boxed_str),
                extra,
                answers: start,
                count: small(plan.answers.len() - start)?,
                export: export_index,
                row: small(number)?,
                partner,
                side,
                date,
            });
        }
    }
    if !problems.is_empty() {
        let more = more + problems.len().saturating_sub(SHOWN);
        problems.truncate(SHOWN);
        if more > 0 {
            problems.push(Diagnostic::plain(
                "more-problems",
                format!("… and {more} more problems"),
            ));
        }
        return Err(Diagnostics(problems));
    }
    duplicate_names(&plan)?;
    Ok(plan)
}

/// A header for messages, quoted.
fn shown(column: &layout::Column) -> String {
    format!("\"{}\"", quote(&column.shown()))
}

/// The side a cell names: `us`, `them`, our organisation, or a name the
/// map file lists (`sides`: [`sides`]).
fn side_of(text: &str, sides: &HashMap<String, Side>, defaults: &Defaults) -> Option<Side> {
    let key = side_key(text);
    let ours = |name: &String| side_key(name) == key;
    match key.as_str() {
        "us" => Some(Side::Us),
        "them" => Some(Side::Them),
        _ if defaults.organization.as_ref().is_some_and(ours) => Some(Side::Us),
        _ => sides.get(&key).copied(),
    }
}

/// The map file's organisation names, each to its side as
/// [`ColumnMap::side_of`] says (ours first): looked up once a row.
fn sides(map: &ColumnMap) -> HashMap<String, Side> {
    let them = map.them.iter().map(|n| (side_key(n), Side::Them));
    let us = map.us.iter().map(|n| (side_key(n), Side::Us));
    them.chain(us).collect()
}

/// Two rows given one name are an error naming both (each later row with
/// the first that has its name), in row order.
fn duplicate_names(plan: &Plan) -> Result<(), Diagnostics> {
    let files = &plan.files;
    // Name → the first file that has it.
    let mut taken: HashMap<&str, usize> = HashMap::with_capacity(files.len());
    let mut problems = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let Some(&first) = taken.get(&*file.name) else {
            taken.insert(&file.name, i);
            continue;
        };
        if problems.len() < SHOWN {
            problems.push(Diagnostic::plain(
                "duplicate-name",
                format!(
                    "{} and {} would both be written as {}: give the rows \
                     different respondents (or dates), or import them separately",
                    plan.source(file),
                    plan.source(&files[first]),
                    file.name
                ),
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Answer::{Unsure, Value};

    fn planned(csv: &str) -> (Result<Plan, Diagnostics>, Questionnaire) {
        let q = Questionnaire::embedded("partnership-health").unwrap();
        let export = Export {
            name: "x.csv".into(),
            grid: table::parse_csv(csv).unwrap(),
            warnings: Vec::new(),
        };
        let plan = plan(&[export], &q, &ColumnMap::default(), &Defaults::default());
        (plan, q)
    }

    #[test]
    fn a_planned_file_is_a_compact_row_whose_sheet_is_built_when_asked() {
        // A run may plan half a million files: each is a name and a few
        // indices and small values, never a whole answers sheet.
        let size = std::mem::size_of::<Planned>();
        assert!(size <= 80, "a planned file takes {size} bytes");
        assert!(size < std::mem::size_of::<AnswerSheet>() / 2);
        let q = Questionnaire::embedded("partnership-health").unwrap();
        let (a, b, dim) = (&q.questions[0].id, &q.questions[1].id, &q.dimensions[1].id);
        let csv = format!(
            "partner,respondent,date,{a},{b},expected-{dim}\n\
             Acme ,Jo,2026-11-20,4,Don't know,3\n\
             Globex,,,2,,\n\
             Acme,,,,,\n"
        );
        let (plan, q) = planned(&csv);
        let plan = plan.unwrap();
        assert_eq!(plan.files.len(), 2);
        assert_eq!(plan.skipped, 1);
        let first = &plan.files[0];
        assert_eq!(&*first.name, "acme-us-jo-2026-11-20.toml");
        assert_eq!(plan.source(first), "x.csv row 2");
        let mut want = AnswerSheet::new(&q, "Acme".into());
        want.respondent = Some("Jo".into());
        want.date = Some("2026-11-20".parse().unwrap());
        want.values[0] = Some(Value(4));
        want.values[1] = Some(Unsure);
        want.expected[1] = Some(Value(3));
        assert_eq!(plan.sheet(first, &q), want);
        let second = &plan.files[1];
        assert_eq!(&*second.name, "globex-us-row-3.toml");
        assert_eq!(plan.source(second), "x.csv row 3");
        let mut want = AnswerSheet::new(&q, "Globex".into());
        want.values[0] = Some(Value(2));
        assert_eq!(plan.sheet(second, &q), want);
        // Partners and answers are held once each.
        assert_eq!(plan.partners, ["Acme", "Globex"]);
        assert_eq!(plan.values.len(), 3);
    }

    #[test]
    fn rows_given_one_name_are_each_named_with_the_first() {
        let id = "ca-shared-values";
        let (plan, _) = planned(&format!(
            "partner,respondent,{id}\nAcme,Jo,1\nAcme,Jo,2\nGlobex,Jo,3\nAcme,Jo,4\n"
        ));
        let err = plan.unwrap_err().to_string();
        assert!(
            err.contains("x.csv row 3 and x.csv row 2 would both be written as acme-us-jo.toml"),
            "{err}"
        );
        assert!(err.contains("x.csv row 5 and x.csv row 2"), "{err}");
        assert!(!err.contains("row 4"), "{err}");
    }

    #[test]
    fn past_the_problems_listed_rows_are_only_checked() {
        let id = "ca-shared-values";
        let mut csv = format!("partner,{id}\n");
        for i in 0..500 {
            csv.push_str(&format!("Acme,x{i}\n"));
        }
        let (plan, _) = planned(&csv);
        let err = plan.unwrap_err();
        assert_eq!(err.0.len(), SHOWN + 1);
        assert_eq!(err.0[SHOWN].message, "… and 450 more problems");
    }
}
