//! `partnercheck report` and `partnercheck agenda`, end to end.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{self, Test};

const SAMPLES: [&str; 5] = [
    "samples/acme-logistics.toml",
    "samples/acme-logistics-them.toml",
    "samples/acme-logistics-2026-05.toml",
    "samples/brightlab.json",
    "samples/northwind-supply.toml",
];

fn samples() -> Test {
    SAMPLES.iter().fold(Test::new(), |t, f| t.copy(f))
}

/// Parses the HTML report as XML: the doctype, then well-formed XHTML.
#[track_caller]
fn parse_html(html: &str) -> roxmltree::Document<'_> {
    let body = html
        .strip_prefix("<!DOCTYPE html>\n")
        .expect("starts with the HTML5 doctype");
    roxmltree::Document::parse(body).unwrap_or_else(|e| panic!("not well-formed: {e}"))
}

fn elements<'a>(doc: &'a roxmltree::Document<'a>, tag: &str) -> Vec<roxmltree::Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == tag)
        .collect()
}

fn class_is(n: &roxmltree::Node<'_, '_>, class: &str) -> bool {
    n.attribute("class")
        .is_some_and(|c| c.split(' ').any(|x| x == class))
}

// ---------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------

#[test]
fn markdown_report_snapshot() {
    let out = samples()
        .args(&["report", "samples", "--format", "markdown"])
        .run()
        .code(0);
    insta::assert_snapshot!("report_markdown", out.stdout);
}

#[test]
fn agenda_markdown_snapshot() {
    let out = samples().args(&["agenda", "samples"]).run().code(0);
    insta::assert_snapshot!("agenda_markdown", out.stdout);
}

#[test]
fn agenda_json_snapshot() {
    let out = samples()
        .args(&["agenda", "samples", "--format", "json"])
        .run()
        .code(0);
    let value: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(value["schema_version"], 1);
    insta::assert_snapshot!("agenda_json", out.stdout);
}

// ---------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------

#[test]
fn agenda_puts_the_acme_perception_gaps_first_and_closes_with_the_advice() {
    let out = samples()
        .args(&["agenda", "samples", "--partner", "  acme LOGISTICS "])
        .run()
        .code(0);
    let md = out.stdout;
    assert!(md.starts_with("# Agenda: Acme Logistics\n"), "{md}");
    assert!(!md.contains("BrightLab") && !md.contains("Northwind"));
    // Learning: gap +1.20 beats mutual gains: gap -1.00.
    let learning = md.find("## 1. Learning").expect("learning first");
    let gains = md.find("## 2. Mutual gains").expect("mutual gains second");
    assert!(learning < gains);
    assert!(!md.contains("## 3."), "only two topics: {md}");
    assert!(md.contains("them 2.80, us 3.80 (gap -1.00; they rate it lower)"));
    let next = md.find("## Next step").expect("next step");
    assert!(next > gains);
    assert!(md[next..].contains("**Developing partnership.** Take the lowest-scoring dimension"));
}

#[test]
fn agenda_for_a_supplier_starts_with_the_lowest_band() {
    let out = samples()
        .args(&[
            "agenda",
            "samples",
            "--partner",
            "Northwind Supply",
            "--format",
            "json",
        ])
        .run()
        .code(0);
    let value: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let topics = value["partners"][0]["topics"].as_array().unwrap();
    let scores: Vec<f64> = topics
        .iter()
        .map(|t| t["score"].as_f64().unwrap())
        .collect();
    assert!(
        topics.iter().all(|t| t["reasons"][0] == "lowest-band"),
        "{topics:?}"
    );
    let mut sorted = scores.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    assert_eq!(scores, sorted, "lowest score first");
    assert_eq!(topics[0]["dimension"], "learning");
    assert_eq!(topics[0]["statements"].as_array().unwrap().len(), 2);
    assert!(
        value["partners"][0]["advice"]
            .as_str()
            .unwrap()
            .starts_with("Manage it on price")
    );
}

#[test]
fn report_shows_rounds_only_with_more_than_one_round() {
    let out = samples()
        .args(&["report", "samples", "--format", "markdown"])
        .run()
        .code(0);
    let md = out.stdout;
    let acme = &md[md.find("## Acme Logistics").unwrap()..md.find("## BrightLab").unwrap()];
    let bright = &md[md.find("## BrightLab").unwrap()..md.find("## Northwind Supply").unwrap()];
    assert!(acme.contains("### Rounds\n\n| Round | Overall |"));
    assert!(acme.contains("| 2026-05-14 | 2.70 |"));
    assert!(!bright.contains("### Rounds"));
    // Both sides answered for Acme: us, them and gap columns; not for BrightLab.
    // Each side by name: ours ("Us" without a project file) and the partner's.
    assert!(acme.contains("| Us | Acme Logistics | Gap |"));
    assert!(!bright.contains("| Gap |"));
    assert!(acme.contains("They see the value mostly in our volumes. — _Marco Rossi (them)_"));
}

// ---------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------

#[test]
fn html_report_is_well_formed_and_self_contained() {
    let out = samples().args(&["report", "samples"]).run().code(0);
    let html = &out.stdout;
    let doc = parse_html(html);
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "html");
    let sections: Vec<_> = elements(&doc, "section")
        .into_iter()
        .filter(|n| class_is(n, "partner"))
        .collect();
    assert_eq!(sections.len(), 3, "a section per partner");
    let names: Vec<&str> = elements(&doc, "h2")
        .iter()
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(
        names,
        [
            "Contents",
            "Portfolio summary",
            "Acme Logistics",
            "BrightLab",
            "Northwind Supply"
        ]
    );
    // One dot chart per partner (four dimensions: no radar), one line
    // chart for the partner with two rounds.
    let svgs = elements(&doc, "svg");
    assert_eq!(svgs.iter().filter(|n| class_is(n, "dots")).count(), 3);
    assert_eq!(svgs.iter().filter(|n| class_is(n, "radar")).count(), 0);
    assert_eq!(svgs.iter().filter(|n| class_is(n, "line")).count(), 1);
    // Self-contained: no script, no external reference of any kind.
    assert!(elements(&doc, "script").is_empty());
    assert!(elements(&doc, "link").is_empty() && elements(&doc, "img").is_empty());
    for n in doc.descendants().filter(|n| n.is_element()) {
        for a in n.attributes() {
            // links within the page (the table of contents) only
            let internal = a.name() == "href" && a.value().starts_with('#');
            assert!(
                internal || (!matches!(a.name(), "src" | "href") && !a.value().contains("url(")),
                "external reference: {}={}",
                a.name(),
                a.value()
            );
        }
    }
    assert!(
        !html.contains("http://") || !html.replace("http://www.w3.org/", "").contains("http://")
    );
    assert!(!html.contains("https://"));
    // Printable: page breaks between partners.
    assert!(html.contains("@media print"));
    assert!(html.contains("break-before: page"));
}

const HOSTILE: &str = "<script>alert(\"x\")</script> & 'Co'";

fn hostile_test() -> Test {
    let answers = |side: &str, note: &str| {
        format!(
            "questionnaire = \"partnership-health\"\npartner = {partner}\nrespondent = {partner}\n\
             side = \"{side}\"\ndate = 2026-11-20\n\n[answers]\nmg-both-benefit = 1\nmg-fair-split = 2\n\
             ca-open-dialogue = 5\nre-long-term = 4\nle-applied = 3\n\n[notes]\nmutual-gains = {note}\n",
            partner = toml::Value::String(HOSTILE.into()),
            note = toml::Value::String(note.into()),
        )
    };
    Test::new()
        .write(
            "a/us.toml",
            &answers("us", "</blockquote><img src=x onerror=alert(1)>"),
        )
        .write("a/them.toml", &answers("them", "]]> & <!-- \u{1b}[31m -->"))
}

#[test]
fn html_report_escapes_hostile_strings() {
    let out = hostile_test().args(&["report", "a"]).run().code(0);
    let html = &out.stdout;
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"));
    assert!(!html.contains("<!--"));
    assert!(!html.contains('\u{1b}'));
    let doc = parse_html(html);
    assert!(elements(&doc, "script").is_empty() && elements(&doc, "img").is_empty());
    // The text survives intact, as text.
    let h2: Vec<&str> = elements(&doc, "h2")
        .iter()
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(h2, [HOSTILE]);
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(
        texts.contains(&"</blockquote><img src=x onerror=alert(1)>"),
        "{texts:?}"
    );
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;"));
    // In the chart too: the legend names the partner's side.
    assert!(texts.contains(&HOSTILE), "{texts:?}");
}

#[test]
fn markdown_report_and_agenda_escape_hostile_strings() {
    for args in [
        &["report", "a", "--format", "markdown"][..],
        &["agenda", "a"][..],
    ] {
        let out = hostile_test().args(args).run().code(0);
        let md = &out.stdout;
        // every `<` that could open a tag is escaped with a backslash
        let live = md
            .match_indices('<')
            .filter(|(i, _)| !md[..*i].ends_with('\\'))
            .any(|(i, _)| {
                md[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || "/!?".contains(c))
            });
        assert!(!live, "{args:?}: {md}");
        assert!(!md.contains('\u{1b}'));
        assert!(md.contains("\\<script>"), "{md}");
        assert!(!md.contains("&lt;"), "no entities in plain text: {md}");
    }
}

// ---------------------------------------------------------------------------
// Files and errors
// ---------------------------------------------------------------------------

#[test]
fn output_is_written_once_and_kept_without_force() {
    let t = samples().args(&["report", "samples", "--output", "out/report.html"]);
    std::fs::create_dir_all(t.path("out")).unwrap();
    let out = t.run().code(0);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.contains("wrote out/report.html"),
        "{}",
        out.stderr
    );
    let first = t.read("out/report.html");
    parse_html(&first);

    std::fs::write(t.path("out/report.html"), "keep me").unwrap();
    t.run()
        .fails_with(&["out/report.html", "already exists", "--force"]);
    assert_eq!(t.read("out/report.html"), "keep me");

    let t = t.args(&[
        "report",
        "samples",
        "--output",
        "out/report.html",
        "--force",
    ]);
    t.run().code(0);
    assert_eq!(t.read("out/report.html"), first);
    let leftovers: Vec<_> = std::fs::read_dir(t.path("out")).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
}

#[test]
fn markdown_output_writes_a_chart_beside_it() {
    let t = samples().args(&[
        "report",
        "samples",
        "--format",
        "markdown",
        "--output",
        "report.md",
    ]);
    let out = t.run().code(0);
    assert!(
        out.stderr
            .contains("wrote report.md and 3 charts beside it"),
        "{}",
        out.stderr
    );
    let md = t.read("report.md");
    for (partner, file) in [
        ("Acme Logistics", "report-acme-logistics.svg"),
        ("BrightLab", "report-brightlab.svg"),
        ("Northwind Supply", "report-northwind-supply.svg"),
    ] {
        assert!(
            md.contains(&format!("![Dimension scores of {partner}]({file})")),
            "{md}"
        );
        let svg = t.read(file);
        let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
        assert_eq!(doc.root_element().tag_name().name(), "svg");
    }
    // A second run keeps every file without --force, and says which one exists.
    std::fs::remove_file(t.path("report.md")).unwrap();
    t.run()
        .fails_with(&["report-acme-logistics.svg", "already exists"]);
    assert!(!t.path("report.md").exists(), "nothing written");
}

#[test]
fn markdown_output_into_a_folder_writes_no_chart() {
    let t = samples().args(&[
        "report", "samples", "--format", "markdown", "--output", "out.md", "--force",
    ]);
    std::fs::create_dir_all(t.path("out.md")).unwrap();
    t.run().fails_with(&["out.md: cannot write: is a folder"]);
    let svgs = std::fs::read_dir(t.dir())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "svg")
        })
        .count();
    assert_eq!(svgs, 0, "nothing written");
}

#[test]
fn unknown_partner_is_an_error_that_suggests_names() {
    samples()
        .args(&["report", "samples", "--partner", "Acme Logistic"])
        .run()
        .fails_with(&[
            "no partner named `Acme Logistic`",
            "did you mean `Acme Logistics`",
        ]);
    samples()
        .args(&["agenda", "samples", "--partner", " "])
        .run()
        .fails_with(&["--partner", "empty"]);
}

#[test]
fn a_bad_file_fails_the_whole_report_and_writes_nothing() {
    let t = samples()
        .write(
            "samples/bad.toml",
            "questionnaire = \"partnership-health\"\npartner = \"Bad\"\n\n[answers]\nmg-both-benefit = 9\n",
        )
        .args(&["report", "samples", "--output", "report.html"]);
    t.run()
        .fails_with(&["samples/bad.toml:5:", "mg-both-benefit", "9", "1 to 5"]);
    assert!(!t.path("report.html").exists());
    // Every bad file is named in the one error.
    let t = t
        .write(
            "samples/bad2.toml",
            "questionnaire = \"partnership-health\"\npartner = \"Bad\"\nsidee = \"us\"\n",
        )
        .args(&["agenda", "samples"]);
    t.run()
        .fails_with(&["samples/bad.toml", "samples/bad2.toml:3:", "sidee"]);
    t.args(&["agenda", "samples", "missing.toml"])
        .run()
        .fails_with(&["missing.toml", "no such file"]);
}

#[test]
fn answers_for_another_questionnaire_are_an_error() {
    Test::new()
        .copy("samples/acme-logistics.toml")
        .write(
            "pulse.toml",
            "questionnaire = \"partnership-pulse\"\npartner = \"P\"\n\n[answers]\nmg-both-benefit = 3\n",
        )
        .args(&["agenda", "samples/acme-logistics.toml", "pulse.toml"])
        .run()
        .fails_with(&["pulse.toml", "partnership-pulse"]);
}

// ---------------------------------------------------------------------------
// A real browser
// ---------------------------------------------------------------------------

/// Takes a 1000×1400 screenshot of `page` with headless chromium.
fn screenshot(chromium: &Path, page: &Path, png: &Path) {
    let profile = tempfile::tempdir().expect("profile dir");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg("--window-size=1000,1400")
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            assert!(status.success(), "chromium failed: {status}");
            break;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took more than 120 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// RGB pixels of a PNG: (width, height, pixels).
fn decode(png_path: &Path) -> (usize, usize, Vec<[u8; 3]>) {
    let file = std::io::BufReader::new(std::fs::File::open(png_path).expect("screenshot"));
    let mut reader = png::Decoder::new(file).read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    let channels = match info.color_type {
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        other => panic!("unexpected colour type {other:?}"),
    };
    let pixels = buf[..info.line_size * info.height as usize]
        .chunks(info.line_size)
        .flat_map(|row| {
            row[..info.width as usize * channels]
                .chunks(channels)
                .map(|p| [p[0], p[1], p[2]])
                .collect::<Vec<_>>()
        })
        .collect();
    (info.width as usize, info.height as usize, pixels)
}

fn near(p: [u8; 3], c: [u8; 3]) -> bool {
    p.iter().zip(c).all(|(a, b)| a.abs_diff(b) <= 40)
}

#[test]
fn html_report_renders_its_charts_in_a_real_browser() {
    let Some(chromium) = common::chromium() else {
        return;
    };
    let t = samples().args(&[
        "report",
        "samples",
        "--partner",
        "Acme Logistics",
        "--output",
        "report.html",
    ]);
    t.run().code(0);
    let png = t.path("shot.png");
    screenshot(&chromium, &t.path("report.html"), &png);
    let (width, height, pixels) = decode(&png);
    assert_eq!((width, height), (1000, 1400));

    // The two polygons are drawn in the chart's two colours (#1d4ed8, #c2410c).
    let (us, them) = ([0x1d, 0x4e, 0xd8], [0xc2, 0x41, 0x0c]);
    let mut bbox = (usize::MAX, usize::MAX, 0, 0);
    let (mut blue, mut orange) = (0, 0);
    for (i, p) in pixels.iter().enumerate() {
        let (x, y) = (i % width, i / width);
        let hit_us = near(*p, us);
        let hit_them = near(*p, them);
        blue += hit_us as usize;
        orange += hit_them as usize;
        if hit_us || hit_them {
            bbox = (bbox.0.min(x), bbox.1.min(y), bbox.2.max(x), bbox.3.max(y));
        }
    }
    assert!(blue > 300, "the `us` polygon is not drawn: {blue} pixels");
    assert!(
        orange > 300,
        "the `them` polygon is not drawn: {orange} pixels"
    );
    let (x0, y0, x1, y1) = bbox;
    assert!(
        x1 - x0 > 150 && y1 - y0 > 150,
        "the chart is too small: {bbox:?}"
    );

    // The chart area is not blank: plenty of non-white pixels in it.
    let area = (x1 - x0 + 1) * (y1 - y0 + 1);
    eprintln!("chart: {blue} `us` pixels, {orange} `them` pixels in {bbox:?}");
    let ink = (y0..=y1)
        .flat_map(|y| (x0..=x1).map(move |x| (x, y)))
        .filter(|(x, y)| pixels[y * width + x].iter().any(|c| *c < 235))
        .count();
    assert!(
        ink * 10 > area,
        "chart area mostly blank: {ink} of {area} pixels"
    );
}

#[test]
fn stdin_answers_are_reported() {
    let text = std::fs::read_to_string(common::repo("samples/acme-logistics.toml")).unwrap();
    let out = Test::new()
        .args(&["agenda", "-", "--format", "json"])
        .stdin(&text)
        .run()
        .code(0);
    let value: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(value["partners"][0]["partner"], "Acme Logistics");
    assert_eq!(
        value["partners"][0]["topics"][0]["notes"][0]["file"],
        "<stdin>"
    );
}

#[test]
fn an_answers_file_for_an_unknown_questionnaire_asks_for_it() {
    Test::new()
        .write("x.toml", "questionnaire = \"mine\"\npartner = \"P\"\n")
        .args(&["report", "x.toml"])
        .run()
        .fails_with(&["x.toml", "`mine` is not embedded", "--questionnaire"]);
}
