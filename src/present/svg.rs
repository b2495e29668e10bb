//! Charts as standalone SVG: pure functions from numbers and labels to
//! markup, with every label escaped ([`crate::sanitize::html`]). The SVG needs no
//! ids, scripts or external assets, so it can be inlined into a report many
//! times over, or written beside a Markdown file.

use std::fmt::Write;

mod dots;
mod draw;
pub use dots::{Dots, Key, Row, Zone, dots, zone_fill};
pub use draw::{ALL, Series, THEM, US};
use draw::{GRID, LABEL_CHARS, RING, TEXT, e, fraction, open, short_by, ticks};

/// A band threshold drawn as a ring (radar) or a line (line chart).
#[derive(Debug, Clone, PartialEq)]
pub struct Threshold {
    pub value: f64,
    pub label: String,
}

/// A radar (spider) chart: one axis per dimension, the scale from the
/// centre (min) to the rim (max), band thresholds as dashed rings.
#[derive(Debug, Clone, PartialEq)]
pub struct Radar {
    pub title: String,
    pub axes: Vec<String>,
    pub scale: (f64, f64),
    pub thresholds: Vec<Threshold>,
    /// The key's words for the dashed rings ("band thresholds"), in the
    /// page's language.
    pub thresholds_key: String,
    pub series: Vec<Series>,
}

/// A line chart of one figure (overall) per round, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub title: String,
    /// (round label, value)
    pub points: Vec<(String, Option<f64>)>,
    pub scale: (f64, f64),
    pub thresholds: Vec<Threshold>,
}

const WIDTH: f64 = 560.0;
const RADIUS: f64 = 130.0;
const CX: f64 = WIDTH / 2.0;
const CY: f64 = 190.0;

/// The SVG of a radar chart.
pub fn radar(chart: &Radar) -> String {
    let spokes = Spokes {
        n: chart.axes.len().max(1),
    };
    let legend_y = CY + RADIUS + 52.0;
    let height = legend_y + 22.0 * (chart.series.len() as f64 / 2.0).ceil().max(1.0) + 10.0;

    let mut out = open("radar", WIDTH, height, 13, &chart.title);
    rings(&mut out, chart);
    axes(&mut out, chart, &spokes);
    threshold_rings(&mut out, chart);
    for s in &chart.series {
        series(&mut out, chart, &spokes, s);
    }
    legend(&mut out, chart, legend_y);
    out.push_str("</svg>\n");
    out
}

/// The angles of a radar chart's `n` spokes, the first pointing up.
struct Spokes {
    n: usize,
}

impl Spokes {
    fn angle(&self, i: usize) -> f64 {
        -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / self.n as f64
    }

    /// The point at distance `r` from the centre on spoke `i`.
    fn point(&self, i: usize, r: f64) -> (f64, f64) {
        (CX + r * self.angle(i).cos(), CY + r * self.angle(i).sin())
    }
}

/// The grid: a ring at each whole point of the scale, each labelled with its
/// value unless a threshold's label already names it.
fn rings(out: &mut String, chart: &Radar) {
    for v in ticks(chart.scale) {
        let r = RADIUS * fraction(v, chart.scale);
        if r > 0.0 {
            let _ = writeln!(
                out,
                "<circle cx=\"{CX:.1}\" cy=\"{CY:.1}\" r=\"{r:.1}\" fill=\"none\" stroke=\"{GRID}\"/>"
            );
        }
        if !chart.thresholds.iter().any(|t| t.value == v) {
            let _ = writeln!(
                out,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#6b7280\" text-anchor=\"start\">{}</text>",
                CX + 3.0,
                CY - r - 2.0,
                v
            );
        }
    }
}

/// A spoke per axis, with the axis name (cut, whole in a tooltip) beyond
/// its end.
fn axes(out: &mut String, chart: &Radar, spokes: &Spokes) {
    for (i, axis) in chart.axes.iter().enumerate() {
        let (x, y) = spokes.point(i, RADIUS);
        let _ = writeln!(
            out,
            "<line x1=\"{CX:.1}\" y1=\"{CY:.1}\" x2=\"{x:.1}\" y2=\"{y:.1}\" stroke=\"{GRID}\"/>"
        );
        let (lx, ly) = spokes.point(i, RADIUS + 16.0);
        let anchor = if (lx - CX).abs() < 1.0 {
            "middle"
        } else if lx > CX {
            "start"
        } else {
            "end"
        };
        let dy = if ly > CY + 1.0 {
            10.0
        } else if (ly - CY).abs() <= 1.0 {
            4.0
        } else {
            0.0
        };
        // Cut to the room between the label's start and the chart's edge,
        // at a generous 8 px a character (13 px, bold): a name grown in
        // translation never runs off the chart.
        let room = match anchor {
            "start" => WIDTH - lx,
            "end" => lx,
            _ => WIDTH,
        } - 6.0;
        let chars = ((room / 8.0) as usize).clamp(6, LABEL_CHARS);
        let _ = writeln!(
            out,
            "<text x=\"{lx:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\" fill=\"{TEXT}\" font-weight=\"600\">\
             <title>{}</title>{}</text>",
            ly + dy,
            e(axis),
            e(&short_by(axis, chars))
        );
    }
}

/// Band thresholds: dashed rings, labelled on the right of the top spoke.
fn threshold_rings(out: &mut String, chart: &Radar) {
    let (min, max) = chart.scale;
    for t in &chart.thresholds {
        if t.value <= min || t.value > max {
            continue;
        }
        let r = RADIUS * fraction(t.value, chart.scale);
        let _ = writeln!(
            out,
            "<circle class=\"threshold\" cx=\"{CX:.1}\" cy=\"{CY:.1}\" r=\"{r:.1}\" fill=\"none\" \
             stroke=\"{RING}\" stroke-width=\"1.2\" stroke-dasharray=\"5 4\"/>"
        );
        let (x, y) = (CX - 4.0, CY - r - 3.0);
        let _ = writeln!(
            out,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"10\" fill=\"#4b5563\" text-anchor=\"end\">{} ≥ {}</text>",
            e(&t.label),
            t.value
        );
    }
}

/// One series: a closed polygon when every axis has a value, otherwise the
/// segments between neighbouring values; and a dot with a tooltip per value.
fn series(out: &mut String, chart: &Radar, spokes: &Spokes, s: &Series) {
    let points: Vec<Option<(f64, f64)>> = (0..chart.axes.len())
        .map(|i| {
            let v = s.values.get(i).copied().flatten()?;
            Some(spokes.point(i, RADIUS * fraction(v, chart.scale)))
        })
        .collect();
    let coords = |ps: &[(f64, f64)]| {
        ps.iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    if points.iter().all(Option::is_some) && !points.is_empty() {
        let all: Vec<(f64, f64)> = points.iter().flatten().copied().collect();
        let _ = writeln!(
            out,
            "<polygon class=\"series\" points=\"{}\" fill=\"{}\" fill-opacity=\"0.18\" stroke=\"{}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>",
            coords(&all),
            s.color,
            s.color
        );
    } else {
        for i in 0..points.len() {
            let next = (i + 1) % points.len();
            if let (Some(a), Some(b), true) = (points[i], points[next], i != next) {
                let _ = writeln!(
                    out,
                    "<polyline class=\"series\" points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\"/>",
                    coords(&[a, b]),
                    s.color
                );
            }
        }
    }
    for (i, p) in points.iter().enumerate() {
        let Some((x, y)) = p else { continue };
        let _ = writeln!(
            out,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" fill=\"{}\"><title>{} — {}: {}</title></circle>",
            s.color,
            e(&chart.axes[i]),
            e(&s.label),
            crate::present::fmt_score(s.values.get(i).copied().flatten())
        );
    }
}

/// The legend below the chart: two series a row, and the key to the dashed
/// rings when there are any.
fn legend(out: &mut String, chart: &Radar, legend_y: f64) {
    for (i, s) in chart.series.iter().enumerate() {
        let x = 40.0 + 250.0 * (i % 2) as f64;
        let y = legend_y + 22.0 * (i / 2) as f64;
        let _ = writeln!(
            out,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"14\" height=\"14\" rx=\"2\" fill=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{y:.1}\" fill=\"{TEXT}\">{}</text>",
            y - 11.0,
            s.color,
            x + 20.0,
            e(&s.label)
        );
    }
    if !chart.thresholds.is_empty() {
        let y = legend_y - 24.0;
        let _ = writeln!(
            out,
            "<line x1=\"40\" y1=\"{:.1}\" x2=\"54\" y2=\"{:.1}\" stroke=\"{RING}\" stroke-width=\"1.2\" stroke-dasharray=\"5 4\"/>\
             <text x=\"60\" y=\"{y:.1}\" font-size=\"11\" fill=\"#4b5563\">{}</text>",
            y - 4.0,
            y - 4.0,
            e(&chart.thresholds_key)
        );
    }
}

/// The SVG of a line chart of one value per round. Narrow enough for a
/// phone (358 px of a 390 px screen) with its smallest text over 11 px;
/// when the rounds' names would run into each other, every other one is
/// set a line lower, and past that only every few are named (each point
/// keeps its name in a tooltip).
pub fn line(chart: &Line) -> String {
    const W: f64 = 360.0;
    const LEFT: f64 = 34.0;
    /// Room for a threshold's name right of the plot.
    const RIGHT: f64 = 98.0;
    const TOP: f64 = 22.0;
    const BOTTOM: f64 = 52.0;
    const H: f64 = 230.0;
    /// A round's name at 12 px, for spacing them.
    const NAME: f64 = 76.0;
    let plot_h = H - TOP - BOTTOM;
    let y_of = |v: f64| TOP + plot_h * (1.0 - fraction(v, chart.scale));
    let n = chart.points.len();
    let span = W - LEFT - RIGHT - 40.0;
    let x_of = |i: usize| {
        if n <= 1 {
            LEFT + (W - LEFT - RIGHT) / 2.0
        } else {
            LEFT + 20.0 + span * i as f64 / (n - 1) as f64
        }
    };
    let gap = if n > 1 { span / (n - 1) as f64 } else { W };
    let staggered = gap < NAME;
    // Named: every `step`-th round back from the latest, on two lines when
    // staggered.
    let step = if staggered {
        (NAME / (2.0 * gap)).ceil().max(1.0) as usize
    } else {
        1
    };

    let mut out = open("line", W, H, 13, &chart.title);
    let (min, max) = chart.scale;
    for v in ticks(chart.scale) {
        let y = y_of(v);
        let _ = writeln!(
            out,
            "<line x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{GRID}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#6b7280\" font-size=\"12\">{v}</text>",
            W - RIGHT,
            LEFT - 6.0,
            y + 4.0
        );
    }
    for t in &chart.thresholds {
        if t.value <= min || t.value > max {
            continue;
        }
        let y = y_of(t.value);
        let _ = writeln!(
            out,
            "<line class=\"threshold\" x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{RING}\" stroke-dasharray=\"5 4\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"start\" fill=\"#4b5563\" font-size=\"12\"><title>{}</title>{}</text>",
            W - RIGHT,
            W - RIGHT + 6.0,
            y + 4.0,
            e(&t.label),
            e(&short_by(&t.label, 12))
        );
    }
    let present: Vec<(f64, f64)> = chart
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, (_, v))| Some((x_of(i), y_of((*v)?))))
        .collect();
    if present.len() > 1 {
        let coords: Vec<String> = present
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = writeln!(
            out,
            "<polyline class=\"series\" points=\"{}\" fill=\"none\" stroke=\"{ALL}\" stroke-width=\"2.5\"/>",
            coords.join(" ")
        );
    }
    for (i, (label, value)) in chart.points.iter().enumerate() {
        let x = x_of(i);
        // Counted back from the latest round, which is always named.
        let back = n - 1 - i;
        if back.is_multiple_of(step) {
            let lower = if staggered && (back / step) % 2 == 1 {
                16.0
            } else {
                0.0
            };
            let _ = writeln!(
                out,
                "<text class=\"round\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{TEXT}\">{}</text>",
                H - BOTTOM + 18.0 + lower,
                e(&short_by(label, 12))
            );
        }
        if let Some(v) = value {
            let y = y_of(*v);
            let _ = writeln!(
                out,
                "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4.5\" fill=\"{ALL}\"><title>{}: {}</title></circle>\
                 <text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{TEXT}\" font-weight=\"600\">{}</text>",
                e(label),
                crate::present::fmt_score(Some(*v)),
                y - 9.0,
                crate::present::fmt_score(Some(*v))
            );
        }
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn radar_chart(axes: &[&str], series: Vec<Series>) -> Radar {
        Radar {
            title: "Acme".into(),
            thresholds_key: "band thresholds".into(),
            axes: axes.iter().map(|s| s.to_string()).collect(),
            scale: (1.0, 5.0),
            thresholds: vec![
                Threshold {
                    value: 4.0,
                    label: "Strength".into(),
                },
                Threshold {
                    value: 3.0,
                    label: "Borderline".into(),
                },
                Threshold {
                    value: 1.0,
                    label: "Concern".into(),
                },
            ],
            series,
        }
    }

    fn us_them() -> Vec<Series> {
        vec![
            Series {
                label: "us".into(),
                values: vec![Some(4.0), Some(3.0), Some(2.0), Some(5.0)],
                color: US,
            },
            Series {
                label: "them".into(),
                values: vec![Some(3.0), Some(3.5), None, Some(4.0)],
                color: THEM,
            },
        ]
    }

    fn parse(svg: &str) -> roxmltree::Document<'_> {
        roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{e}\n{svg}"))
    }

    fn count(doc: &roxmltree::Document<'_>, tag: &str, class: &str) -> usize {
        doc.descendants()
            .filter(|n| n.has_tag_name(tag) && n.attribute("class") == Some(class))
            .count()
    }

    #[test]
    fn radar_is_well_formed_svg_with_rings_polygons_and_legend() {
        let svg = radar(&radar_chart(&["A", "B", "C", "D"], us_them()));
        let doc = parse(&svg);
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        // Thresholds above the scale's min: 4 and 3, not 1 (the centre).
        assert_eq!(count(&doc, "circle", "threshold"), 2);
        // us has every value: a polygon; them misses one: two segments.
        assert_eq!(count(&doc, "polygon", "series"), 1);
        assert_eq!(count(&doc, "polyline", "series"), 2);
        let legend: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        assert!(
            legend.contains(&"us") && legend.contains(&"them"),
            "{legend:?}"
        );
        assert!(svg.contains("Strength ≥ 4"));
    }

    #[test]
    fn radar_points_lie_on_the_scale() {
        // One axis straight up: a 5 on 1..5 is at the rim, a 1 at the centre.
        let chart = |v: f64| {
            radar(&radar_chart(
                &["Up", "Right", "Down", "Left"],
                vec![Series {
                    label: "all".into(),
                    values: vec![Some(v); 4],
                    color: ALL,
                }],
            ))
        };
        let rim = chart(5.0);
        assert!(
            rim.contains(&format!("{CX:.1},{:.1}", CY - RADIUS)),
            "{rim}"
        );
        let centre = chart(1.0);
        assert!(
            centre.contains(&format!("points=\"{CX:.1},{CY:.1} ")),
            "{centre}"
        );
        let middle = chart(3.0);
        assert!(
            middle.contains(&format!("{:.1},{CY:.1}", CX + RADIUS / 2.0)),
            "{middle}"
        );
    }

    #[test]
    fn radar_escapes_hostile_labels() {
        let hostile = "<script>alert(\"x\")</script> & 'co'";
        let series = vec![Series {
            label: hostile.into(),
            values: vec![Some(3.0); 3],
            color: US,
        }];
        let mut chart = radar_chart(&[hostile, "B", "C"], series);
        chart.title = hostile.into();
        chart.thresholds[0].label = hostile.into();
        let svg = radar(&chart);
        assert!(!svg.contains("<script"), "{svg}");
        assert!(
            svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;")
        );
        let doc = parse(&svg);
        assert!(doc.descendants().all(|n| !n.has_tag_name("script")));
        // The parsed text is the original string: escaped, not mangled.
        assert!(doc.descendants().any(|n| n.text() == Some(hostile)));
    }

    #[test]
    fn radar_cuts_long_axis_names_but_keeps_them_in_a_tooltip() {
        let long = "A dimension name that goes on and on and on";
        let svg = radar(&radar_chart(&[long, "B", "C"], vec![]));
        assert!(svg.contains(&format!("<title>{long}</title>")));
        assert!(svg.contains("A dimension name that goes on…"), "{svg}");
    }

    #[test]
    fn grid_lines_stay_few_on_long_scales() {
        assert_eq!(ticks((1.0, 5.0)), [1.0, 2.0, 3.0, 4.0, 5.0]);
        assert_eq!(ticks((0.0, 10.0)), [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(ticks((1.0, 2.0)), [1.0, 2.0]);
        assert_eq!(ticks((0.0, 1000.0)).len(), 6);
    }

    /// Names grown in translation on the left and right spokes are cut to
    /// the room they have: none runs off the chart (at 8 px a character).
    #[test]
    fn radar_names_stay_inside_the_chart() {
        let axes = [
            "Kulturelle Übereinstimmung",
            "Beiderseitiger Nutzen",
            "Gegenseitigkeit und Vertrauen",
            "Kommunikationsqualität",
            "Lernen und Weiterentwicklung",
            "Gemeinsame Risikobereitschaft",
        ];
        let svg = radar(&radar_chart(&axes, vec![]));
        let doc = parse(&svg);
        let mut seen = 0;
        for t in doc.descendants().filter(|n| n.has_tag_name("text")) {
            let Some(anchor) = t.attribute("text-anchor") else {
                continue;
            };
            let Some(name) = t.children().filter_map(|c| c.text()).next_back() else {
                continue;
            };
            let x: f64 = t.attribute("x").unwrap().parse().unwrap();
            let width = 8.0 * name.chars().count() as f64;
            let (left, right) = match anchor {
                "start" => (x, x + width),
                "end" => (x - width, x),
                _ => (x - width / 2.0, x + width / 2.0),
            };
            assert!(
                left >= 0.0 && right <= WIDTH,
                "{name}: {left:.0}..{right:.0}"
            );
            seen += 1;
        }
        assert!(seen >= 6, "{svg}");
    }

    #[test]
    fn radar_survives_degenerate_input() {
        for axes in [&[][..], &["Only"][..], &["One", "Two"][..]] {
            let values = vec![None; axes.len()];
            parse(&radar(&radar_chart(
                axes,
                vec![Series {
                    label: "x".into(),
                    values,
                    color: US,
                }],
            )));
        }
    }

    #[test]
    fn line_chart_is_well_formed_and_plots_every_round() {
        let chart = Line {
            title: "Overall per round".into(),
            points: vec![
                ("2026-05-14".into(), Some(2.7)),
                ("undated & <>".into(), None),
                ("2026-11-20".into(), Some(3.4)),
            ],
            scale: (1.0, 5.0),
            thresholds: vec![Threshold {
                value: 3.0,
                label: "Borderline".into(),
            }],
        };
        let svg = line(&chart);
        let doc = parse(&svg);
        let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
        assert!(
            texts.contains(&"2.70") && texts.contains(&"3.40"),
            "{texts:?}"
        );
        assert!(texts.contains(&"undated & <>"));
        assert_eq!(count(&doc, "polyline", "series"), 1);
        assert_eq!(count(&doc, "line", "threshold"), 1);
        // Higher scores are drawn higher (smaller y).
        let ys: Vec<f64> = doc
            .descendants()
            .filter(|n| n.has_tag_name("circle"))
            .map(|n| n.attribute("cy").unwrap().parse().unwrap())
            .collect();
        assert_eq!(ys.len(), 2);
        assert!(ys[1] < ys[0]);
    }

    /// However many rounds, no two rounds' names on one line come closer
    /// than a name's width, and the last round is always named.
    #[test]
    fn line_chart_names_rounds_without_overlap() {
        for n in [2, 3, 4, 5, 8, 12, 30] {
            let chart = Line {
                title: "t".into(),
                points: (0..n)
                    .map(|i| (format!("2026-{:02}-01", i % 12 + 1), Some(3.0)))
                    .collect(),
                scale: (1.0, 5.0),
                thresholds: vec![],
            };
            let svg = line(&chart);
            let doc = parse(&svg);
            let names: Vec<(f64, f64)> = doc
                .descendants()
                .filter(|t| t.attribute("class") == Some("round"))
                .map(|t| {
                    let at = |a| t.attribute(a).unwrap().parse::<f64>().unwrap();
                    (at("x"), at("y"))
                })
                .collect();
            assert!(names.len() >= 2.min(n), "{n}: {names:?}");
            for (i, a) in names.iter().enumerate() {
                for b in &names[i + 1..] {
                    assert!(
                        a.1 != b.1 || (a.0 - b.0).abs() >= 70.0,
                        "{n} rounds: names at {a:?} and {b:?} overlap"
                    );
                }
            }
            let last = chart.points.last().unwrap();
            assert!(svg.contains(&format!(">{}</text>", last.0)), "{n}");
        }
    }
}
