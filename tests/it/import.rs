//! `partnercheck import` and `questions --format xlsform`: every layout of
//! tests/import/, every kind of bad cell, and what is (not) written.

use std::collections::BTreeMap;

use crate::common::{self, Output, Test};
use crate::jsonschema;

/// The answers files in a folder of the test: name → text.
fn written(t: &Test, dir: &str) -> BTreeMap<String, String> {
    let Ok(entries) = std::fs::read_dir(t.path(dir)) else {
        return BTreeMap::new();
    };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.file_name().unwrap().to_string_lossy().into_owned(), text)
        })
        .collect()
}

/// A test with fixtures from tests/import/ and an `out` folder.
fn with(fixtures: &[&str]) -> Test {
    let mut t = Test::new().write("out/.keep", "");
    for f in fixtures {
        let text = std::fs::read_to_string(common::repo(&format!("tests/import/{f}"))).unwrap();
        t = t.write(f, &text);
    }
    t
}

fn import(t: &Test, args: &[&str]) -> Output {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--output-dir", "out"]);
    t.run_args(&all)
}

/// `score` reads every file written, unchanged, and scores each one.
fn scores_every_file(t: &Test, dir: &str) {
    let files = written(t, dir);
    assert!(!files.is_empty());
    let mut args = vec!["score".to_owned(), "--format".into(), "json".into()];
    args.extend(files.keys().map(|f| format!("{dir}/{f}")));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = t.run_args(&args).code(0);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["results"].as_array().map(Vec::len), Some(files.len()));
}

fn get<'a>(files: &'a BTreeMap<String, String>, name: &str) -> &'a str {
    files
        .get(name)
        .unwrap_or_else(|| panic!("no {name}; written: {:?}", files.keys()))
}

#[test]
fn google_forms_grid_headers_timestamps_and_emails() {
    let t = with(&["google-forms.csv"]);
    let out = import(&t, &["google-forms.csv", "--side", "us"]).code(0);
    let files = written(&t, "out");
    assert_eq!(files.len(), 3, "{:?}", files.keys());
    let jane = get(
        &files,
        "globex-components-us-jane-doe-acme-example-2026-11-20.toml",
    );
    assert!(jane.contains("partner = \"Globex Components\""));
    assert!(jane.contains("respondent = \"jane.doe@acme.example\""));
    assert!(jane.contains("date = 2026-11-20\n"));
    assert!(jane.contains("mg-both-benefit = 5\n"), "{jane}");
    assert!(jane.contains("mg-fair-split = 4\n"));
    assert!(jane.contains("mg-shared-risk = \"unsure\"\n"));
    assert!(jane.contains("ca-transparency = 4\n"));
    assert!(
        jane.contains("ca-open-dialogue = 3\n"),
        "upper case, trailing spaces"
    );
    assert!(jane.contains("source = \"google-forms.csv row 2\""));
    // 11:59:59 PM GMT-8 stays on the 21st: the date as written.
    let raj = get(
        &files,
        "globex-components-us-raj-acme-example-2026-11-21.toml",
    );
    assert!(raj.contains("mg-fair-split = 1\n"));
    assert!(
        raj.contains("# mg-shared-risk =\n"),
        "an empty cell is missing"
    );
    assert!(raj.contains("ca-open-dialogue = \"unsure\""));
    assert!(files.contains_key("initech-inc-us-mo-acme-example-2026-11-22.toml"));
    assert!(out.stderr.contains("1 empty row skipped"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("Anything else, in your own words?: matches no question"),
        "{}",
        out.stderr
    );
    scores_every_file(&t, "out");
}

#[test]
fn qualtrics_three_header_rows_matrix_headers_and_a_map() {
    let t = with(&["qualtrics.csv", "qualtrics-map.toml"]);
    let out = import(&t, &["qualtrics.csv", "--map", "qualtrics-map.toml"]).code(0);
    let files = written(&t, "out");
    assert_eq!(files.len(), 2, "{:?}", files.keys());
    // EndDate, not StartDate (the 19th); first name first.
    let jane = get(&files, "acme-corp-us-jane-doe-2026-11-20.toml");
    assert!(jane.contains("re-long-term = 4\n"));
    assert!(jane.contains("re-give-take = 5\n"));
    assert!(
        jane.contains("re-change-orders = 2\n"),
        "reverse stored as answered"
    );
    assert!(jane.contains("le-new-ideas = 4\n"));
    assert!(jane.contains("source = \"qualtrics.csv row 4\""));
    let anon = get(&files, "acme-corp-us-2026-11-20-id-r-2ghijkl.toml");
    assert!(anon.contains("re-give-take = \"unsure\""));
    assert!(!anon.contains("\nrespondent = "));
    assert!(
        out.stderr.contains("IPAddress / IP Address"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("StartDate / Start Date"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("EndDate"),
        "the date column is used: {}",
        out.stderr
    );
    scores_every_file(&t, "out");
}

#[test]
fn surveymonkey_two_header_rows() {
    let t = with(&["surveymonkey.csv"]);
    import(
        &t,
        &["surveymonkey.csv", "--partner", "Hooli", "--side", "them"],
    )
    .code(0);
    let files = written(&t, "out");
    assert_eq!(files.len(), 2, "{:?}", files.keys());
    let ana = get(&files, "hooli-them-ana-silva-2026-11-20.toml");
    assert!(ana.contains("side = \"them\""));
    assert!(ana.contains("le-two-way-knowledge = 4\n"));
    assert!(ana.contains("le-failures-improve = 5\n"));
    assert!(ana.contains("le-disagreements = 3\n"));
    assert!(ana.contains("le-blame-first = 2\n"));
    let other = get(&files, "hooli-them-2026-11-21-id-114290384999.toml");
    assert!(other.contains("le-failures-improve = \"unsure\""));
    scores_every_file(&t, "out");
}

#[test]
fn limesurvey_codes_with_a_map_of_columns_values_and_sides() {
    let t = with(&["limesurvey.csv", "limesurvey-map.toml"]);
    let out = import(
        &t,
        &["limesurvey.csv", "--map", "limesurvey-map.toml", "--strict"],
    )
    .code(0);
    let files = written(&t, "out");
    assert_eq!(files.len(), 2, "{:?}", files.keys());
    let us = get(&files, "globex-components-us-2026-11-20-id-1.toml");
    assert!(us.contains("ca-shared-values = 4\n"));
    assert!(us.contains("mg-price-switch = 2\n"));
    let them = get(&files, "globex-components-them-2026-11-20-id-2.toml");
    assert!(
        them.contains("side = \"them\""),
        "organisation name, any case"
    );
    assert!(them.contains("ca-decision-style = \"unsure\""));
    assert!(
        out.stderr
            .contains("1 empty row skipped; 0 columns ignored"),
        "{}",
        out.stderr
    );
    scores_every_file(&t, "out");
}

#[test]
fn kobo_semicolons_group_paths_and_choice_names() {
    let t = with(&["kobo.csv"]);
    import(&t, &["kobo.csv", "--round", "2026-11-01"]).code(0);
    let files = written(&t, "out");
    assert_eq!(files.len(), 2, "{:?}", files.keys());
    let li = get(&files, "globex-components-them-li-wei-2026-11-20.toml");
    assert!(li.contains("ca-shared-values = 5\n"));
    assert!(li.contains("mg-price-switch = \"unsure\""));
    assert!(li.contains("round = 2026-11-01\n"));
    // 23:59 at -05:00 is the 21st in UTC; the date stays as written.
    assert!(files.contains_key("globex-components-them-sam-roe-2026-11-20.toml"));
    scores_every_file(&t, "out");
}

#[test]
fn tab_separated_with_a_byte_order_mark_and_anonymous_rows() {
    let t = with(&["spreadsheet.tsv"]);
    import(&t, &["spreadsheet.tsv", "--date", "2026-11-30"]).code(0);
    let files = written(&t, "out");
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "umbrella-ltd-us-2026-11-30-row-3.toml",
            "umbrella-ltd-us-2026-11-30-row-4.toml",
            "umbrella-ltd-us-kim-2026-11-20.toml",
        ]
    );
    assert!(files["umbrella-ltd-us-2026-11-30-row-3.toml"].contains("le-applied = \"unsure\""));
    scores_every_file(&t, "out");
}

/// Microsoft Forms, in German: metadata headers in the respondent's
/// language, date cells, numbers as 4.0, an anonymous name.
#[test]
fn microsoft_forms_xlsx_with_localised_headers() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let headers = [
        "ID",
        "Startzeit",
        "Fertigstellungszeit",
        "E-Mail",
        "Name",
        "Zeit der letzten Änderung",
        "Partner",
        "Both organizations get measurable value from working together.",
        "We would switch to another provider as soon as a cheaper one appeared.",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    let date = Format::new().set_num_format("dd.mm.yyyy hh:mm:ss");
    // (e-mail, name, completion date, partner, answer)
    type Row<'a> = (&'a str, &'a str, (u16, u8, u8), &'a str, f64);
    let rows: [Row; 2] = [
        (
            "jo@initech.example",
            "Jo Bloggs",
            (2026, 11, 20),
            "Globex Components",
            4.0,
        ),
        (
            "anonymous",
            "anonymous",
            (2026, 11, 21),
            "Globex Components",
            2.0,
        ),
    ];
    for (r, (mail, name, (y, m, d), partner, value)) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_number(r, 0, f64::from(r)).unwrap();
        let start = ExcelDateTime::from_ymd(*y, *m, *d - 1)
            .unwrap()
            .and_hms(23, 50, 0)
            .unwrap();
        let end = ExcelDateTime::from_ymd(*y, *m, *d)
            .unwrap()
            .and_hms(0, 5, 0)
            .unwrap();
        sheet
            .write_datetime_with_format(r, 1, &start, &date)
            .unwrap();
        sheet.write_datetime_with_format(r, 2, &end, &date).unwrap();
        sheet.write_string(r, 3, *mail).unwrap();
        sheet.write_string(r, 4, *name).unwrap();
        sheet.write_string(r, 6, *partner).unwrap();
        sheet.write_number(r, 7, *value).unwrap();
        sheet.write_string(r, 8, "Stimme zu").unwrap();
    }
    let bytes = book.save_to_buffer().unwrap();
    let t = with(&[]);
    std::fs::write(t.path("forms.xlsx"), bytes).unwrap();
    std::fs::write(t.path("map.toml"), "[values]\n\"Stimme zu\" = 4\n").unwrap();
    let out = import(&t, &["forms.xlsx", "--map", "map.toml"]).code(0);
    let files = written(&t, "out");
    let jo = get(&files, "globex-components-us-jo-bloggs-2026-11-20.toml");
    assert!(jo.contains("mg-both-benefit = 4\n"));
    assert!(jo.contains("mg-price-switch = 4\n"));
    assert!(jo.contains("source = \"forms.xlsx row 2\""));
    let anon = get(&files, "globex-components-us-2026-11-21-id-2.toml");
    assert!(anon.contains("mg-both-benefit = 2\n"));
    assert!(!anon.contains("\nrespondent = "), "anonymous is nobody");
    assert!(out.stderr.contains("forms.xlsx: ID"), "{}", out.stderr);
    assert!(
        out.stderr.contains("forms.xlsx: Startzeit"),
        "{}",
        out.stderr
    );
    scores_every_file(&t, "out");
}

/// A bad cell fails the whole run, naming the file, the row as a
/// spreadsheet shows it and the column, and nothing is written.
#[test]
fn every_kind_of_bad_cell_is_an_error_and_nothing_is_written() {
    let text = "partner,date,mg-both-benefit,mg-fair-split,comment\n\
                Acme,2026-11-20,4,5,\"a, b\"\n\
                Acme,2026-11-20,Agree,5,\"two\nlines\"\n";
    let cases: [(&str, &str, &[&str]); 5] = [
        (
            "Acme,2026-11-20,6,4\n",
            "off",
            &["row 4", "\"mg-both-benefit\" (C)", "`6` is off the scale"],
        ),
        (
            "Acme,2026-11-20,4,Mostly\n",
            "label",
            &["row 4", "(D)", "`Mostly` is not an answer"],
        ),
        (
            "Acme,2026-11-20,2 - Agree,4\n",
            "disagree",
            &["row 4", "the number and the label disagree"],
        ),
        (
            "Acme,20.11.2026,4,4\n",
            "date",
            &["row 4", "\"date\" (B)", "--date-format"],
        ),
        (
            "Acme,2026-11-20,4 - Nope,4\n",
            "unknown",
            &["`4 - Nope` is not a label"],
        ),
    ];
    for (row, what, needles) in cases {
        let t = with(&[]).write("bad.csv", &format!("{text}{row}"));
        import(&t, &["bad.csv"]).fails_with(&[&["bad.csv row 4"][..], needles].concat());
        assert!(written(&t, "out").is_empty(), "{what}: nothing written");
    }
}

#[test]
fn two_columns_for_one_question_or_none_at_all_are_errors() {
    let t = with(&[])
        .write(
            "two.csv",
            "partner,mg-both-benefit,Both organizations get measurable value from working together\nA,4,4\n",
        )
        .write("none.csv", "partner,colour\nA,blue\n")
        .write("good.csv", "partner,mg-both-benefit\nA,4\n");
    import(&t, &["good.csv", "two.csv"]).fails_with(&[
        "two.csv: two columns for question `mg-both-benefit`",
        "a map file can say which one to ignore",
    ]);
    import(&t, &["none.csv"]).fails_with(&["none.csv: no column is a question"]);
    assert!(
        written(&t, "out").is_empty(),
        "good.csv was not written either"
    );
}

#[test]
fn existing_files_are_replaced_only_with_force() {
    let t = with(&[]).write("a.csv", "partner,respondent,mg-both-benefit\nAcme,Jo,4\n");
    import(&t, &["a.csv"]).code(0);
    std::fs::write(t.path("out/acme-us-jo.toml"), "edited").unwrap();
    import(&t, &["a.csv"]).fails_with(&[
        "acme-us-jo.toml: already exists",
        "pass --force",
        "nothing was written",
    ]);
    assert_eq!(t.read("out/acme-us-jo.toml"), "edited");
    import(&t, &["a.csv", "--force"]).code(0);
    assert!(
        t.read("out/acme-us-jo.toml")
            .contains("mg-both-benefit = 4")
    );
}

#[test]
fn dry_run_lists_and_writes_nothing() {
    let t = with(&["kobo.csv"]);
    let out = import(&t, &["kobo.csv", "--dry-run"]).code(0);
    assert!(
        out.stdout
            .contains("out/globex-components-them-li-wei-2026-11-20.toml\tkobo.csv row 2"),
        "{}",
        out.stdout
    );
    assert_eq!(out.stdout.lines().count(), 2);
    assert!(
        out.stderr.contains("would write 2 answers files"),
        "{}",
        out.stderr
    );
    assert!(written(&t, "out").is_empty());
}

#[test]
fn strict_makes_an_unmatched_column_an_error() {
    let t = with(&["kobo.csv"]);
    import(&t, &["kobo.csv", "--strict"]).fails_with(&["(--strict)", "kobo.csv: deviceid"]);
    assert!(written(&t, "out").is_empty());
}

#[test]
fn a_date_format_reads_dates_no_built_in_form_reads() {
    let t = with(&[]).write(
        "d.csv",
        "partner;Zeitstempel;mg-both-benefit\nAcme;11.12.2026 10:00;4\n",
    );
    import(&t, &["d.csv"]).fails_with(&["d.csv row 2", "`11.12.2026 10:00` is not a date"]);
    import(&t, &["d.csv", "--date-format", "%d.%m.%Y %H:%M"]).code(0);
    assert!(written(&t, "out").contains_key("acme-us-2026-12-11-row-2.toml"));
    import(&t, &["d.csv", "--date-format", "%d.%m"]).fails_with(&["needs a year"]);
}

#[test]
fn hostile_strings_do_not_reach_the_terminal_raw() {
    let t = with(&[]).write(
        "h.csv",
        "partner,respondent,mg-both-benefit,\u{1b}[31mred\n\
         \"=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",\"Jo\u{1b}]0;pwned\u{7}\",4,x\n\
         Acme,Jo,\"\u{1b}[2J4\",\n",
    );
    let out = import(&t, &["h.csv"]).fails_with(&["h.csv row 3", "\\u{1b}[2J4"]);
    assert!(!out.stderr.contains('\u{1b}'), "{:?}", out.stderr);
    let first_two = t
        .read("h.csv")
        .lines()
        .take(2)
        .collect::<Vec<_>>()
        .join("\n");
    let t = t.write("h.csv", &first_two);
    let out = import(&t, &["h.csv"]).code(0);
    assert!(!out.stderr.contains('\u{1b}'), "{:?}", out.stderr);
    let files = written(&t, "out");
    let (name, text) = files.iter().next().unwrap();
    assert_eq!(name, "hyperlink-http-x-example-click-us-jo-0-pwned.toml");
    assert!(
        text.contains("partner = '=HYPERLINK(\"http://x.example\",\"click\")'")
            || text.contains("partner = \"=HYPERLINK"),
        "{text}"
    );
    scores_every_file(&t, "out");
}

#[test]
fn a_map_file_with_an_unknown_key_is_an_error_with_its_line() {
    let t = with(&["kobo.csv"]).write("map.toml", "[columns]\nend = \"date\"\n[colums]\nx = 1\n");
    import(&t, &["kobo.csv", "--map", "map.toml"]).fails_with(&["map.toml:3:"]);
    let out = t.run_args(&["schema", "map"]).code(0);
    let shipped = std::fs::read_to_string(common::repo("schemas/map.schema.json")).unwrap();
    assert_eq!(out.stdout, shipped);
    let schema: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(schema["additionalProperties"], false);
    let fixture =
        std::fs::read_to_string(common::repo("tests/import/limesurvey-map.toml")).unwrap();
    let map = jsonschema::toml_to_json(&toml::from_str(&fixture).unwrap());
    assert_eq!(jsonschema::validate(&schema, &map), Vec::<String>::new());
    let typo = jsonschema::toml_to_json(&toml::from_str("[sides]\nours = []\n").unwrap());
    assert!(!jsonschema::validate(&schema, &typo).is_empty());
}

/// Metadata headers in a language partnercheck does not know: the e-mail
/// column and the completion time are told by what they hold.
#[test]
fn unknown_metadata_headers_are_told_apart_by_their_content() {
    let t = with(&[]).write(
        "pl.csv",
        "Identyfikator,Godzina rozpoczęcia,Godzina ukończenia,Adres e-mail,Partner,mg-both-benefit\n\
         1,2026-11-19 23:50:00,2026-11-20 00:05:00,ola@firma.example,Globex,4\n\
         2,2026-11-21 10:00:00,2026-11-21 10:09:00,anonymous,Globex,5\n",
    );
    let out = import(&t, &["pl.csv"]).code(0);
    let files = written(&t, "out");
    assert!(
        files.contains_key("globex-us-ola-firma-example-2026-11-20.toml"),
        "{:?}",
        files.keys()
    );
    assert!(
        files.contains_key("globex-us-2026-11-21-row-3.toml"),
        "{:?}",
        files.keys()
    );
    assert!(
        out.stderr
            .contains("pl.csv: Godzina rozpoczęcia: matches no question"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("Godzina ukończenia"), "{}", out.stderr);
}

/// The XLSForm workbook deploys as is; the CSV its tools export (columns
/// named by question id, values the choice names) imports with no map.
#[test]
fn xlsform_round_trip() {
    use calamine::{Data, Reader, open_workbook_auto};
    let t = with(&[]);
    t.run_args(&["questions", "--format", "xlsform"])
        .fails_with(&["--output"]);
    t.run_args(&["questions", "--format", "xlsform", "--output", "form.xlsx"])
        .code(0);
    let mut book = open_workbook_auto(t.path("form.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), ["survey", "choices", "settings"]);
    let survey = book.worksheet_range("survey").unwrap();
    let rows: Vec<Vec<String>> = survey
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect();
    assert_eq!(
        rows[0][..7],
        [
            "type",
            "name",
            "label",
            "hint",
            "dimension",
            "reverse",
            "weight"
        ]
    );
    assert_eq!(
        rows.len(),
        28,
        "23 questions, 4 expectation questions and the header"
    );
    assert!(rows[1..].iter().all(|r| r[0] == "select_one scale"));
    assert_eq!(rows[24][1], "expected-cultural-alignment");
    let choices = book.worksheet_range("choices").unwrap();
    let names: Vec<String> = choices.rows().skip(1).map(|r| r[1].to_string()).collect();
    assert_eq!(names, ["1", "2", "3", "4", "5", "unsure"]);
    let settings = book.worksheet_range("settings").unwrap();
    assert_eq!(
        settings.get((1, 1)).map(|c| c.to_string()),
        Some("partnership-health".into())
    );
    // The export: ODK/Kobo metadata, then one column per question name.
    let ids: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
    let mut csv = format!("start,end,partner,{},_uuid\n", ids.join(","));
    let values: Vec<&str> = ids
        .iter()
        .enumerate()
        .map(|(i, _)| ["1", "2", "3", "4", "5", "unsure"][i % 6])
        .collect();
    csv.push_str(&format!(
        "2026-11-20T09:00:00Z,2026-11-20T09:20:00Z,Acme,{},u1\n",
        values.join(",")
    ));
    let t = t.write("export.csv", &csv);
    import(&t, &["export.csv"]).code(0);
    let files = written(&t, "out");
    let text = get(&files, "acme-us-2026-11-20-id-u1.toml");
    for (id, v) in ids.iter().zip(&values) {
        // Expectation columns land in [expected], by dimension id.
        let id = id.strip_prefix("expected-").unwrap_or(id);
        let want = if *v == "unsure" {
            format!("{id} = \"unsure\"\n")
        } else {
            format!("{id} = {v}\n")
        };
        assert!(text.contains(&want), "{want}");
    }
    scores_every_file(&t, "out");
}

/// The project file: its instrument, its round, its answers folder as the
/// default --output-dir, and its organisation's name as our side.
#[test]
fn the_project_file_gives_round_folder_and_our_name() {
    let t = Test::new()
        .write(
            "partnercheck.toml",
            "organization = \"Acme Corp\"\nanswers = \"answers\"\nround = 2026-11-01\n",
        )
        .write("answers/.keep", "")
        .write(
            "e.csv",
            "partner,side,mg-both-benefit\nGlobex,ACME corp ,4\nGlobex,them,2\n",
        );
    t.run_args(&["import", "e.csv"]).code(0);
    let files = written(&t, "answers");
    let us = get(&files, "globex-us-row-2.toml");
    assert!(us.contains("round = 2026-11-01\n"), "{us}");
    assert!(files.contains_key("globex-them-row-3.toml"));
    scores_every_file(&t, "answers");
}

/// A Spanish Google Form of the default instrument ("Marca temporal", grid
/// headers `Title [statement]`, Spanish labels and "No sé") imports with no
/// map.
#[test]
fn a_spanish_google_form_imports_with_no_map() {
    let t = with(&["google-forms-es.csv"]);
    import(
        &t,
        &[
            "google-forms-es.csv",
            "--partner",
            "Globex Components",
            "--side",
            "them",
            "--strict",
        ],
    )
    .code(2);
    // Only the free-text column is left over: every statement matched.
    let out = import(
        &t,
        &[
            "google-forms-es.csv",
            "--partner",
            "Globex Components",
            "--side",
            "them",
        ],
    )
    .code(0);
    assert!(out.stderr.contains("1 column ignored"), "{}", out.stderr);
    let files = written(&t, "out");
    assert_eq!(files.len(), 2, "{:?}", files.keys());
    let ana = get(
        &files,
        "globex-components-them-ana-globex-example-2026-11-20.toml",
    );
    assert!(ana.contains("ca-shared-values = \"unsure\"\n"), "{ana}");
    assert!(ana.contains("ca-decision-style = 4\n") && ana.contains("ca-guarded-talk = 2\n"));
    assert!(
        !ana.contains("# le-blame-first ="),
        "every statement answered: {ana}"
    );
    let luis = get(
        &files,
        "globex-components-them-luis-globex-example-2026-11-21.toml",
    );
    assert!(luis.contains("ca-decision-style = \"unsure\"\n"), "{luis}");
    assert!(luis.contains("ca-shared-values = 5\n") && luis.contains("le-blame-first = 1\n"));
    scores_every_file(&t, "out");
}

/// A German SurveyMonkey export (two header rows, "Antwort" under a single
/// question, German labels and "Weiß nicht") imports with no map.
#[test]
fn a_german_surveymonkey_export_imports_with_no_map() {
    let t = with(&["surveymonkey-de.csv"]);
    import(
        &t,
        &[
            "surveymonkey-de.csv",
            "--partner",
            "Hooli",
            "--side",
            "them",
        ],
    )
    .code(0);
    let files = written(&t, "out");
    assert_eq!(files.len(), 2, "{:?}", files.keys());
    let ana = get(&files, "hooli-them-2026-11-20-row-3.toml");
    assert!(ana.contains("ca-shared-values = \"unsure\"\n"), "{ana}");
    assert!(ana.contains("le-blame-first = 2\n") && ana.contains("mg-both-benefit = 4\n"));
    let other = get(&files, "hooli-them-2026-11-21-row-4.toml");
    assert!(other.contains("le-blame-first = \"unsure\"\n"), "{other}");
    assert!(other.contains("mg-price-switch = 1\n") && other.contains("ca-shared-values = 5\n"));
    scores_every_file(&t, "out");
}

/// A label that means one answer in one language and another in a second
/// cannot be read: an error naming it.
#[test]
fn a_label_with_two_meanings_across_languages_is_an_error() {
    let q = std::fs::read_to_string(common::repo("questionnaires/partnership.toml")).unwrap();
    let de = std::fs::read_to_string(common::repo("questionnaires/partnership.de.toml"))
        .unwrap()
        .replace("\"Stimme zu\", \"Stimme voll", "\"Agree\", \"Stimme voll")
        .replace("\"Stimme nicht zu\"", "\"Strongly agree\"");
    let t = with(&["surveymonkey-de.csv"])
        .write("q.toml", &q)
        .write("q.de.toml", &de);
    let out = import(
        &t,
        &["surveymonkey-de.csv", "-q", "q.toml", "--partner", "Hooli"],
    )
    .code(2);
    assert!(
        out.stderr
            .contains("q.de.toml: the label `Strongly agree` means 2 in `de` and 5 in `en`"),
        "{}",
        out.stderr
    );
    assert!(written(&t, "out").is_empty(), "nothing written");
}
