//! What real exports hold: encodings, the legacy Qualtrics layout, labels
//! followed by their number, LimeSurvey's `N/A`, `[missing]` and `[notes]`
//! in the map file, expectation columns, header rows decided by their own
//! markers, and messages kept to one line and a few screens.

use crate::common::{self, Output, Test};

fn t() -> Test {
    Test::new().write("out/.keep", "")
}

fn import(t: &Test, args: &[&str]) -> Output {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--output-dir", "out"]);
    t.run_args(&all)
}

/// The answers file in `out/` whose text holds `needle` (names follow the
/// file-name rule, which is not what these tests are about).
fn find(t: &Test, needle: &str) -> String {
    let found: Vec<String> = std::fs::read_dir(t.path("out"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .filter(|text| text.contains(needle))
        .collect();
    assert_eq!(found.len(), 1, "one file with {needle:?}");
    found.into_iter().next().unwrap()
}

fn bytes(t: Test, name: &str, data: &[u8]) -> Test {
    std::fs::write(t.path(name), data).unwrap();
    t
}

/// The one answers file in `out/`, whatever the name rule makes of
/// accented names.
fn only_file(t: &Test) -> String {
    let files: Vec<_> = std::fs::read_dir(t.path("out"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    std::fs::read_to_string(&files[0]).unwrap()
}

const Q: &str = "Both organizations get measurable value from working together.";

#[test]
fn windows_1252_is_detected_and_said_and_encoding_chooses() {
    // "Zoë Müller" and "Société" in Windows-1252: not UTF-8.
    let mut data =
        b"partner,respondent,mg-both-benefit\nSoci\xe9t\xe9 G\xe9n\xe9rale,Zo\xeb M\xfcller,4\n"
            .to_vec();
    let t = bytes(t(), "monkey.csv", &data);
    let out = import(&t, &["monkey.csv"]).code(0);
    assert!(
        out.stderr
            .contains("monkey.csv: read as windows-1252; pass --encoding to choose another"),
        "{}",
        out.stderr
    );
    let text = only_file(&t);
    assert!(text.contains("partner = \"Société Générale\""), "{text}");
    assert!(text.contains("respondent = \"Zoë Müller\""), "{text}");
    // Told: no warning; an unknown label is a usage error.
    data = data.clone();
    let t = bytes(self::t(), "monkey.csv", &data);
    let out = import(&t, &["monkey.csv", "--encoding", "latin1"]).code(0);
    assert!(!out.stderr.contains("read as"), "{}", out.stderr);
    import(&t, &["monkey.csv", "--encoding", "klingon"]).fails_with(&["klingon"]);
}

#[test]
fn excel_unicode_text_is_utf16_with_tabs() {
    let text = "partner\trespondent\tmg-both-benefit\nŁódź Sp.\tJo\tAgree\n";
    for le in [true, false] {
        let mut data: Vec<u8> = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for unit in text.encode_utf16() {
            data.extend(if le {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        let t = bytes(t(), "unicode.txt", &data);
        let out = import(&t, &["unicode.txt"]).code(0);
        assert!(!out.stderr.contains("read as"), "{}", out.stderr);
        let file = only_file(&t);
        assert!(file.contains("mg-both-benefit = 4\n"), "{file}");
        assert!(file.contains("partner = \"Łódź Sp.\""), "{file}");
    }
}

#[test]
fn legacy_qualtrics_needs_no_map() {
    let csv = format!(
        "V1,V2,V3,V8,Q1,Q2\n\
         ResponseID,ResponseSet,Name,EndDate,{Q},Partner\n\
         R_abc,Default Response Set,Jo Bloggs,2026-11-20 10:15:32,Agree,Acme\n\
         R_def,Default Response Set,Anonymous,2026-11-21 09:00:00,5,Acme\n"
    );
    let t = t().write("legacy.csv", &csv);
    let out = import(&t, &["legacy.csv"]).code(0);
    assert!(
        out.stderr
            .contains("legacy.csv: rows 1, 2 read as headers (Qualtrics (legacy export))"),
        "{}",
        out.stderr
    );
    let jo = find(&t, "respondent = \"Jo Bloggs\"");
    assert!(jo.contains("mg-both-benefit = 4\n"), "{jo}");
    let anon = find(&t, "date = 2026-11-21");
    assert!(anon.contains("mg-both-benefit = 5\n"), "{anon}");
}

#[test]
fn a_label_followed_by_its_number() {
    let csv = "partner,respondent,mg-both-benefit,mg-price-switch,ca-transparency\n\
               Acme,A,Agree 4,Strongly agree (5),\"Disagree\n2\"\n";
    let t = t().write("labels.csv", csv);
    import(&t, &["labels.csv"]).code(0);
    let a = find(&t, "respondent = \"A\"");
    for line in [
        "mg-both-benefit = 4\n",
        "mg-price-switch = 5\n",
        "ca-transparency = 2\n",
    ] {
        assert!(a.contains(line), "{line}: {a}");
    }
    let t = self::t().write("bad.csv", "partner,mg-both-benefit\nAcme,\"Agree\n2\"\n");
    // The cell's line break is printed escaped: the message stays one line.
    let out = import(&t, &["bad.csv"]).fails_with(&[
        "bad.csv row 2",
        "`Agree\\n2`: the number and the label disagree",
    ]);
    assert_eq!(out.stderr.trim_end().lines().count(), 1, "{}", out.stderr);
}

#[test]
fn limesurvey_na_is_missing_and_the_map_decides_missing() {
    let csv = "id,submitdate,lastpage,partner,mg-both-benefit,mg-price-switch\n\
               1,2026-11-20 10:00:00,3,Acme,N/A,4\n\
               2,2026-11-21 10:00:00,3,Acme,N/A,N/A\n";
    let t = t().write("lime.csv", csv);
    let out = import(&t, &["lime.csv"]).code(0);
    assert!(out.stderr.contains("1 empty row skipped"), "{}", out.stderr);
    let one = find(&t, "date = 2026-11-20");
    assert!(one.contains("# mg-both-benefit =\n"), "{one}");
    assert!(!one.contains("= \"unsure\""), "{one}");
    // Elsewhere N/A is "don't know"; a map's [missing] wins over it.
    let csv = "partner,respondent,mg-both-benefit,mg-price-switch\nAcme,A,N/A,-99\n";
    let t = self::t()
        .write("other.csv", csv)
        .write("map.toml", "[missing]\nvalues = [\"-99\"]\n");
    import(&t, &["other.csv", "--map", "map.toml"]).code(0);
    let a = find(&t, "respondent = \"A\"");
    assert!(a.contains("mg-both-benefit = \"unsure\"\n"), "{a}");
    assert!(a.contains("# mg-price-switch =\n"), "{a}");
    let t = t
        .write("map2.toml", "[missing]\nvalues = [\"N/A\"]\n")
        .write("out/.keep", "");
    std::fs::remove_file(t.path("out/acme-us-a.toml")).unwrap();
    import(&t, &["other.csv", "--map", "map2.toml"]).fails_with(&["-99", "off the scale"]);
}

#[test]
fn notes_columns_from_the_map() {
    let csv = "partner,respondent,mg-both-benefit,Why?,Anything else?,More on gains\n\
               Acme,A,4,They share plans,Good year,\"Two\nlines\"\n\
               Acme,B,3,,,\n";
    let map = "[notes]\n\"Why?\" = \"mg-both-benefit\"\n\"Anything else?\" = \"mutual-gains\"\n\
               \"More on gains\" = \"mutual-gains\"\n";
    let t = t().write("notes.csv", csv).write("map.toml", map);
    let out = import(&t, &["notes.csv", "--map", "map.toml"]).code(0);
    assert!(out.stderr.contains("0 columns ignored"), "{}", out.stderr);
    let a = find(&t, "respondent = \"A\"");
    assert!(a.contains("[notes]\n"), "{a}");
    assert!(
        a.contains("mg-both-benefit = \"They share plans\"\n"),
        "{a}"
    );
    assert!(
        a.contains("mutual-gains = \"\"\"\nGood year\nTwo\nlines\"\"\"")
            || a.contains("mutual-gains = \"Good year\\nTwo\\nlines\""),
        "{a}"
    );
    let b = find(&t, "respondent = \"B\"");
    assert!(!b.contains("[notes]"), "empty cells add no note: {b}");
    t.run_args(&["score", "out/acme-us-a.toml"]).code(0);
}

fn pulse_expecting() -> String {
    std::fs::read_to_string(common::repo("questionnaires/partnership-pulse.toml"))
        .unwrap()
        .replace("id = \"partnership-pulse\"", "id = \"pulse-expect\"")
        + "\n[interview]\nexpected = true\n"
}

#[test]
fn expectation_questions_in_xlsform_template_and_import() {
    use calamine::{Data, Reader, open_workbook_auto};
    let t = t().write("pulse.toml", &pulse_expecting());
    t.run_args(&[
        "questions",
        "--questionnaire",
        "pulse.toml",
        "--format",
        "xlsform",
        "--output",
        "form.xlsx",
    ])
    .code(0);
    let mut book = open_workbook_auto(t.path("form.xlsx")).unwrap();
    let survey = book.worksheet_range("survey").unwrap();
    let names: Vec<String> = survey
        .rows()
        .map(|r| match &r[1] {
            Data::String(s) => s.clone(),
            _ => String::new(),
        })
        .collect();
    assert!(
        names.contains(&"expected-mutual-gains".to_owned()),
        "{names:?}"
    );
    let template = t
        .run_args(&["template", "--questionnaire", "pulse.toml"])
        .code(0)
        .stdout;
    assert!(template.contains("# [expected]\n"), "{template}");
    assert!(template.contains("# mutual-gains = 5"), "{template}");

    let csv = "partner,respondent,mg-both-benefit,expected-mutual-gains,expected-learning\n\
               Acme,A,4,Agree,unsure\n";
    let t = t.write("kobo.csv", csv);
    import(&t, &["kobo.csv", "--questionnaire", "pulse.toml"]).code(0);
    let a = find(&t, "respondent = \"A\"");
    assert!(a.contains("[expected]\n"), "{a}");
    assert!(a.contains("mutual-gains = 4\n"), "{a}");
    assert!(a.contains("learning = \"unsure\"\n"), "{a}");
    t.run_args(&[
        "score",
        "--questionnaire",
        "pulse.toml",
        "out/acme-us-a.toml",
    ])
    .code(0);
}

#[test]
fn an_answer_row_never_becomes_a_header_and_a_header_row_is_reported() {
    // A respondent who typed "Response" in row 2.
    let csv = "Timestamp,partner,respondent,mg-both-benefit,Comment\n\
               2026/11/20 10:00:00 AM GMT+1,Acme,A,4,Response\n\
               2026/11/21 10:00:00 AM GMT+1,Acme,B,5,\n";
    let t = t().write("google.csv", csv);
    let out = import(&t, &["google.csv"]).code(0);
    assert!(!out.stderr.contains("read as headers"), "{}", out.stderr);
    find(&t, "respondent = \"A\"");
    // SurveyMonkey's real option row is taken, and said.
    let csv = format!("Respondent ID,partner,{Q}\n,Response,Response\n1,Acme,4\n");
    let t = self::t().write("monkey.csv", &csv);
    let out = import(&t, &["monkey.csv"]).code(0);
    assert!(
        out.stderr
            .contains("monkey.csv: rows 1, 2 read as headers (SurveyMonkey)"),
        "{}",
        out.stderr
    );
}

#[test]
fn messages_and_warnings_are_capped() {
    // 500 unmatched headers: 50 warnings, then a count.
    let mut header = String::from("partner,mg-both-benefit");
    let mut row = String::from("Acme,4");
    for i in 0..500 {
        header.push_str(&format!(",extra {i}"));
        row.push(',');
    }
    let t = t().write("wide.csv", &format!("{header}\n{row}\n"));
    let out = import(&t, &["wide.csv"]).code(0);
    let warnings = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .count();
    assert_eq!(warnings, 51, "{}", out.stderr);
    assert!(out.stderr.contains("… and 450 more"), "{}", out.stderr);
    // A 5 MB bad cell is quoted in at most 80 characters.
    let big = "x".repeat(5_000_000);
    let t = self::t().write("big.csv", &format!("partner,mg-both-benefit\nAcme,{big}\n"));
    let out = import(&t, &["big.csv"]).fails_with(&["big.csv row 2"]);
    assert!(out.stderr.len() < 1000, "{} bytes", out.stderr.len());
}

#[test]
fn one_file_given_twice_is_an_error_and_the_output_folder_is_created() {
    let t = t().write("a.csv", "partner,mg-both-benefit\nAcme,4\n");
    t.run_args(&["import", "a.csv", "./a.csv", "--output-dir", "out"])
        .fails_with(&["a.csv", "given twice"]);
    let t = t.write("a.csv", "partner,respondent,mg-both-benefit\nAcme,A,4\n");
    let out = t
        .run_args(&["import", "a.csv", "--output-dir", "new/folder"])
        .code(0);
    assert!(
        out.stderr.contains("created the folder new/folder"),
        "{}",
        out.stderr
    );
    assert!(t.path("new/folder/acme-us-a.toml").exists());
}
