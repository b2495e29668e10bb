//! `import`: survey-tool exports (CSV, XLSX) to answers files, one per row.
//!
//! Reading ([`table`]) turns a file into a grid of cells; [`layout`] finds
//! the header rows; [`columns`] gives each column its role; [`cells`] and
//! [`dates`] read the values. [`plan`] is pure: every row of every file is
//! checked, and the files to write come back as sheets and names, before
//! anything is written; each file's text is built only when it is written.

pub mod cells;
pub mod columns;
pub mod dates;
pub mod layout;
pub mod limits;
pub mod shown;
pub mod table;
pub mod text;

use std::collections::HashMap;
use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics};
use crate::error::{Error, Result};
use crate::io::names::chosen_name;
use crate::model::answers::{Answer, AnswerSheet, Date, Side};
use crate::model::map::ColumnMap;
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

/// One answers file to write.
#[derive(Debug, Clone)]
pub struct Planned {
    /// The file name (no folder).
    pub name: String,
    /// `FILE row N`.
    pub source: String,
    /// What the file says (its text is built only when it is written:
    /// [`text::Writer::text`]), for comparing with a file already there.
    pub sheet: AnswerSheet,
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
}

/// At most this many bad cells are listed; the rest are counted.
const SHOWN: usize = 50;

/// Checks every row of every export and builds the files to write. Pure.
pub fn plan(
    exports: &[Export],
    q: &Questionnaire,
    map: &ColumnMap,
    defaults: &Defaults,
) -> Result<Plan, Diagnostics> {
    let mut problems = Vec::new();
    let mut plan = Plan::default();
    let mut rows: Vec<Row> = Vec::new();
    for export in exports {
        let file = &export.name;
        let layout = layout::recognise(&export.grid);
        let cols = layout::columns(&export.grid, layout);
        // LimeSurvey writes `N/A` for a question nobody answered.
        let not_answered: &[&str] = if is_limesurvey(&cols) { &["N/A"] } else { &[] };
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
        let id_column = response_id_column(&cols, &roles.roles);
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
        let mut memo: HashMap<&str, Result<Option<Answer>, String>> = HashMap::new();
        for row in first..export.grid.len() {
            let number = export.grid.numbers[row];
            let mut bad = |code: &'static str, c: usize, message: String| {
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
            let mut sheet = AnswerSheet::new(q, String::new());
            let mut partner = None;
            let mut side = None;
            let mut date = None;
            for (c, role) in roles.roles.iter().enumerate() {
                let cell = export.grid.cell(row, c);
                match role {
                    Role::Question(i) => {
                        // Exports repeat a few labels: each is read once.
                        let read = match cell {
                            Cell::Text(s) => {
                                memo.entry(s).or_insert_with(|| reader.read(&cell)).clone()
                            }
                            _ => reader.read(&cell),
                        };
                        match read {
                            Ok(a) => sheet.values[*i] = a,
                            Err(m) => bad("bad-cell", c, m),
                        }
                    }
                    Role::Expected(d) => {
                        let read = match cell {
                            Cell::Text(s) => {
                                memo.entry(s).or_insert_with(|| reader.read(&cell)).clone()
                            }
                            _ => reader.read(&cell),
                        };
                        match read {
                            Ok(a) => sheet.expected[*d] = a,
                            Err(m) => bad("bad-cell", c, m),
                        }
                    }
                    Role::Note(n) if !cell.is_empty() => {
                        let id = &map.notes[*n].1;
                        let text = cell.text().trim().to_owned();
                        sheet
                            .notes
                            .entry(id.clone())
                            .and_modify(|note| {
                                note.push('\n');
                                note.push_str(&text);
                            })
                            .or_insert(text);
                    }
                    Role::Partner if !cell.is_empty() => {
                        partner = Some(cell.text().trim().to_owned())
                    }
                    Role::Side if !cell.is_empty() => match side_of(&cell.text(), map, defaults) {
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
                    match date_of(&cell, defaults.date_format.as_deref()) {
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
            if sheet.values.iter().all(Option::is_none)
                && sheet.expected.iter().all(Option::is_none)
            {
                plan.skipped += 1;
                continue;
            }
            let Some(partner) = partner.or_else(|| defaults.partner.clone()) else {
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
            };
            sheet.partner = partner;
            sheet.side = side.or(defaults.side).unwrap_or_default();
            sheet.date = date.or(defaults.date);
            let who: Vec<String> = roles
                .respondent
                .iter()
                .map(|&c| export.grid.cell(row, c).text().trim().to_owned())
                .filter(|t| !t.is_empty() && !columns::is_anonymous(t))
                .collect();
            sheet.respondent = (!who.is_empty()).then(|| who.join(" "));
            let ident = id_column
                .and_then(|c| crate::io::names::slug(&export.grid.cell(row, c).text()))
                .map_or_else(|| format!("row-{number}"), |id| format!("id-{id}"));
            rows.push(Row {
                sheet,
                source: format!("{file} row {number}"),
                ident,
            });
        }
    }
    if !problems.is_empty() {
        let more = problems.len().saturating_sub(SHOWN);
        problems.truncate(SHOWN);
        if more > 0 {
            problems.push(Diagnostic::plain(
                "more-problems",
                format!("… and {more} more problems"),
            ));
        }
        return Err(Diagnostics(problems));
    }
    plan.files = name_files(rows)?;
    Ok(plan)
}

/// A LimeSurvey export: its header has `id`, `submitdate` and `lastpage`.
fn is_limesurvey(cols: &[layout::Column]) -> bool {
    let has = |name: &str| {
        cols.iter().any(|c| {
            c.headers
                .first()
                .is_some_and(|h| h.trim().eq_ignore_ascii_case(name))
        })
    };
    has("id") && has("submitdate") && has("lastpage")
}

/// A header for messages, quoted.
fn shown(column: &layout::Column) -> String {
    format!("\"{}\"", quote(&column.shown()))
}

fn side_of(text: &str, map: &ColumnMap, defaults: &Defaults) -> Option<Side> {
    let ours = |name: &String| name.trim().to_lowercase() == text.trim().to_lowercase();
    match text.trim().to_lowercase().as_str() {
        "us" => Some(Side::Us),
        "them" => Some(Side::Them),
        _ if defaults.organization.as_ref().is_some_and(ours) => Some(Side::Us),
        _ => map.side_of(text),
    }
}

fn date_of(cell: &Cell, format: Option<&str>) -> Option<Date> {
    match cell {
        Cell::Date(d) => Some(*d),
        Cell::Text(t) => dates::parse(t, format),
        _ => None,
    }
}

/// One row read, before it is named.
struct Row {
    sheet: AnswerSheet,
    /// `FILE row N`.
    source: String,
    /// `id-ID` (the export's response id) or `row-N`: the end of the name
    /// of a row without a respondent.
    ident: String,
}

/// The headers of the response-id columns the listed tools write
/// (Qualtrics, SurveyMonkey, LimeSurvey and Microsoft Forms, Kobo / ODK),
/// compared without case.
const RESPONSE_ID_HEADERS: &[&str] = &["responseid", "respondent id", "_uuid", "key", "id"];

/// The column holding the export's response id, if it has one: the first
/// header in [`RESPONSE_ID_HEADERS`]' order that a column not taken as a
/// question or key has.
fn response_id_column(cols: &[layout::Column], roles: &[Role]) -> Option<usize> {
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

/// The file names, `PARTNER-SIDE-RESPONDENT-DATE.toml`; a row without a
/// respondent always ends with `-id-ID` (the export's response id) or
/// `-row-N` (its spreadsheet row), so that it keeps its name when the
/// export grows. Two rows given one name are an error naming both.
fn name_files(rows: Vec<Row>) -> Result<Vec<Planned>, Diagnostics> {
    // Name → the index of the file that has it.
    let mut taken: HashMap<String, usize> = HashMap::with_capacity(rows.len());
    let mut problems = Vec::new();
    let mut files: Vec<Planned> = Vec::with_capacity(rows.len());
    for row in rows {
        let sheet = &row.sheet;
        let suffix = (!crate::io::names::respondent_known(sheet.respondent.as_deref()))
            .then_some(row.ident.as_str());
        let name = chosen_name(
            Some(&sheet.partner),
            Some(sheet.side),
            sheet.respondent.as_deref(),
            sheet.date,
            suffix,
        );
        if let Some(&first) = taken.get(&name) {
            let first = &files[first].source;
            if problems.len() < SHOWN {
                problems.push(Diagnostic::plain(
                    "duplicate-name",
                    format!(
                        "{} and {first} would both be written as {name}: give the rows \
                         different respondents (or dates), or import them separately",
                        row.source
                    ),
                ));
            }
            continue;
        }
        taken.insert(name.clone(), files.len());
        files.push(Planned {
            name,
            source: row.source,
            sheet: row.sheet,
        });
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(Diagnostics(problems))
    }
}
