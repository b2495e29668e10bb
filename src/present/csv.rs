//! `--format csv`, written with the `csv` crate (RFC 4180 quoting). Text
//! cells are neutralised against spreadsheet formulas and control
//! characters ([`sanitize::csv_cell`]); numbers are unrounded, empty for no
//! value.

use crate::engine::assess::Assessment;
use crate::engine::portfolio::{PartnerDetail, Portfolio};
use crate::model::questionnaire::Questionnaire;
use crate::sanitize;

/// Rows to CSV text. Every row is already a list of cells.
fn write(rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut w = csv::WriterBuilder::new()
        .flexible(false)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    for row in rows {
        w.write_record(&row).expect("writing to memory cannot fail");
    }
    let bytes = w.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("cells are UTF-8")
}

/// A text cell from a file: sanitized, formula-guarded.
fn text(s: &str) -> String {
    sanitize::csv_cell(s)
}

/// Unrounded, empty for no value.
/// A number as the shortest decimal that reads back to the value rounded
/// to 9 decimals (`2.95`, never `2.9499999999999997`); empty for none.
pub fn number(value: Option<f64>) -> String {
    value
        .map(|v| {
            if !v.is_finite() {
                return v.to_string();
            }
            let r: f64 = format!("{v:.9}").parse().unwrap_or(v);
            let r = if r == 0.0 { 0.0 } else { r };
            r.to_string()
        })
        .unwrap_or_default()
}

fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| (*s).to_owned()).collect()
}

/// `score --format csv`: one row per file and dimension ("tidy" data), with
/// the file's overall figures repeated on each row.
pub fn score(results: &[Assessment]) -> String {
    let head = header(&[
        "file",
        "partner",
        "respondent",
        "side",
        "date",
        "questionnaire",
        "dimension",
        "score",
        "band",
        "answered",
        "questions",
        "overall",
        "coverage",
        "tier",
    ]);
    let rows = results.iter().flat_map(|r| {
        r.dimensions.iter().map(move |d| {
            vec![
                text(&r.file),
                text(&r.partner),
                text(r.respondent.as_deref().unwrap_or("")),
                r.side.to_string(),
                r.date.map(|d| d.to_string()).unwrap_or_default(),
                text(&r.questionnaire.id),
                text(&d.id),
                number(d.score),
                text(d.band.as_deref().unwrap_or("")),
                d.answered.to_string(),
                d.questions.to_string(),
                number(r.overall),
                r.coverage.to_string(),
                text(r.tier.as_ref().map_or("", |t| t.id.as_str())),
            ]
        })
    });
    write(std::iter::once(head).chain(rows))
}

/// `compare --format csv`: one row per partner; per dimension its score,
/// spread, us, them and gap, then (added in the second edition, at the end
/// of the row so that existing columns keep their place) the round's
/// respondents per side and what the anonymity rule hid, and per dimension
/// agreement, expectations and blind spots of each side.
pub fn compare(q: &Questionnaire, portfolio: &Portfolio) -> String {
    let mut head = header(&[
        "partner",
        "date",
        "files",
        "overall",
        "coverage",
        "tier",
        "previous_date",
        "previous_overall",
        "previous_tier",
        "change",
    ]);
    for d in &q.dimensions {
        let id = text(&d.id);
        for suffix in ["", "_spread", "_us", "_them", "_gap"] {
            head.push(format!("{id}{suffix}"));
        }
    }
    head.extend(header(&[
        "respondents_us",
        "respondents_them",
        "suppressed",
        "max_gap",
    ]));
    for d in &q.dimensions {
        let id = text(&d.id);
        for suffix in [
            "_agreement_us",
            "_agreement_them",
            "_expected_us",
            "_expected_them",
            "_blind_spot_us",
            "_blind_spot_them",
        ] {
            head.push(format!("{id}{suffix}"));
        }
    }
    let rows = portfolio.partners.iter().map(|p| {
        let previous = p.previous.as_ref();
        let mut row = vec![
            text(&p.partner),
            p.latest.date.map(|d| d.to_string()).unwrap_or_default(),
            p.latest.files().to_string(),
            number(p.latest.overall),
            p.latest.coverage.to_string(),
            text(p.latest.tier.as_ref().map_or("", |t| t.id.as_str())),
            previous
                .and_then(|r| r.date)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            number(previous.and_then(|r| r.overall)),
            text(
                previous
                    .and_then(|r| r.tier.as_ref())
                    .map_or("", |t| t.id.as_str()),
            ),
            number(p.change),
        ];
        for d in &p.latest.dimensions {
            row.extend([d.score, d.spread, d.us, d.them, d.gap].map(number));
        }
        row.extend([
            p.latest.respondents[0].to_string(),
            p.latest.respondents[1].to_string(),
            p.latest.suppressed.id().to_owned(),
            number(p.latest.max_gap),
        ]);
        for d in &p.latest.dimensions {
            row.extend(
                [
                    d.agreement[0],
                    d.agreement[1],
                    d.expected[0],
                    d.expected[1],
                    d.blind_spot[0],
                    d.blind_spot[1],
                ]
                .map(number),
            );
        }
        row
    });
    write(std::iter::once(head).chain(rows))
}

/// `compare --partner NAME --format csv`: one row per file of every round,
/// newest round first.
pub fn compare_detail(q: &Questionnaire, detail: &PartnerDetail) -> String {
    let mut head = header(&["partner", "round", "file", "respondent", "side"]);
    head.extend(q.dimensions.iter().map(|d| text(&d.id)));
    head.extend(header(&["overall", "coverage", "tier"]));
    let rows = detail.rounds.iter().flat_map(|r| {
        r.files.iter().map(move |f| {
            let mut row = vec![
                text(&detail.partner.partner),
                r.round.date.map(|d| d.to_string()).unwrap_or_default(),
                text(&f.file),
                text(f.respondent.as_deref().unwrap_or("")),
                f.side.to_string(),
            ];
            row.extend(f.dimensions.iter().map(|s| number(*s)));
            row.extend([
                number(f.overall),
                f.coverage.to_string(),
                text(f.tier.as_ref().map_or("", |t| t.id.as_str())),
            ]);
            row
        })
    });
    write(std::iter::once(head).chain(rows))
}

/// `items --format csv`: one row per question, its dimension's alpha,
/// complete files and flags repeated; flags joined with `;`.
pub fn items(q: &Questionnaire, report: &crate::engine::items::ItemReport) -> String {
    let flags = |f: &[crate::engine::items::ItemFlag]| {
        f.iter().map(|f| f.id()).collect::<Vec<_>>().join(";")
    };
    let head = header(&[
        "dimension",
        "alpha",
        "complete",
        "dimension_flags",
        "question",
        "answered",
        "unsure",
        "unsure_rate",
        "mean",
        "sd",
        "item_rest",
        "flags",
    ]);
    let rows = report.dimensions.iter().flat_map(|d| {
        let dim = &q.dimensions[d.dimension];
        report.questions[dim.questions.clone()]
            .iter()
            .map(move |f| {
                vec![
                    text(&dim.id),
                    number(d.alpha),
                    d.complete.to_string(),
                    flags(&d.flags),
                    text(&q.questions[f.question].id),
                    f.answered.to_string(),
                    f.unsure.to_string(),
                    number(f.unsure_rate),
                    number(f.mean),
                    number(f.sd),
                    number(f.item_rest),
                    flags(&f.flags),
                ]
            })
    });
    write(std::iter::once(head).chain(rows))
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_are_the_shortest_decimal_of_the_value_to_nine_places() {
        assert_eq!(super::number(Some(2.9499999999999997)), "2.95");
        assert_eq!(super::number(Some(3.6750000000000003)), "3.675");
        assert_eq!(super::number(Some(-1e-12)), "0");
        assert_eq!(super::number(Some(1.0 / 3.0)), "0.333333333");
        assert_eq!(super::number(None), "");
    }
}
