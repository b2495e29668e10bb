//! The charts of a report's partner section, as chart data for
//! [`crate::present::svg`]: the dot chart of each side's score per
//! dimension, the radar (from five dimensions on), the trend of rounds.

use crate::engine::portfolio::PartnerDetail;
use crate::model::questionnaire::Questionnaire;
use crate::present::report::View;
use crate::present::svg::{self, Dots, Line, Radar, Series, Threshold};

/// The band thresholds above the scale's minimum.
pub fn thresholds(q: &Questionnaire) -> Vec<Threshold> {
    q.rubric
        .bands
        .iter()
        .filter(|b| b.min > q.scale.min as f64)
        .map(|b| Threshold {
            value: b.min,
            label: b.label.clone(),
        })
        .collect()
}

/// `view` with the words of `q`'s language, the language of the names
/// the chart shows (a chart written beside a Markdown report gets the
/// command's view).
fn in_lang<'a>(q: &'a Questionnaire, view: &View<'a>) -> View<'a> {
    View {
        lang: &q.lang,
        ..*view
    }
}

/// The series of a partner's latest round: each side, by name, when both
/// answered; otherwise one series of every respondent.
fn chart_series(p: &PartnerDetail, view: &View<'_>) -> Vec<Series> {
    let v = &p.partner;
    if crate::present::report::sides_shown(p) {
        vec![
            Series {
                label: view.us(),
                values: v.latest.dimensions.iter().map(|d| d.us).collect(),
                color: svg::US,
            },
            Series {
                label: v.partner.trim().to_owned(),
                values: v.latest.dimensions.iter().map(|d| d.them).collect(),
                color: svg::THEM,
            },
        ]
    } else {
        let label = view
            .words()
            .args("chart-respondents", &[("n", &v.latest.files().to_string())]);
        vec![Series {
            label,
            values: v.latest.dimensions.iter().map(|d| d.score).collect(),
            color: svg::ALL,
        }]
    }
}

/// The radar chart of a partner's latest round: both sides overlaid when
/// both answered, otherwise one polygon of every respondent. It reads well
/// from five dimensions on ([`RADAR_FROM`]).
pub fn radar_chart(q: &Questionnaire, p: &PartnerDetail, view: &View<'_>) -> Radar {
    let view = &in_lang(q, view);
    let v = &p.partner;
    Radar {
        title: view
            .words()
            .args("chart-dimension-scores", &[("partner", &v.partner)]),
        axes: v.latest.dimensions.iter().map(|d| d.name.clone()).collect(),
        scale: (q.scale.min as f64, q.scale.max as f64),
        thresholds: thresholds(q),
        thresholds_key: view.words().t("doc-band-thresholds"),
        series: chart_series(p, view),
    }
}

/// The number of dimensions from which a radar is drawn beside the dots.
pub const RADAR_FROM: usize = 5;

/// The dot chart of a partner's latest round: per dimension, each side's
/// score on one scale with the dimension's bands behind.
pub fn dots_chart(q: &Questionnaire, p: &PartnerDetail, view: &View<'_>) -> Dots {
    let view = &in_lang(q, view);
    let v = &p.partner;
    let (min, max) = (q.scale.min as f64, q.scale.max as f64);
    let rows = v
        .latest
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let bands = q.bands_of(i);
            let zones = bands
                .iter()
                .enumerate()
                .map(|(rank, b)| svg::Zone {
                    from: b.min.max(min),
                    to: if rank == 0 {
                        max
                    } else {
                        bands[rank - 1].min.min(max)
                    },
                    rank,
                    of: bands.len(),
                })
                .filter(|z| z.to > z.from)
                .collect();
            svg::Row {
                name: d.name.clone(),
                zones,
            }
        })
        .collect();
    let n = q.rubric.bands.len();
    Dots {
        title: view
            .words()
            .args("chart-dimension-scores", &[("partner", &v.partner)]),
        rows,
        scale: (min, max),
        series: chart_series(p, view),
        key: q
            .rubric
            .bands
            .iter()
            .enumerate()
            .map(|(rank, b)| svg::Key {
                label: b.label.clone(),
                rank,
                of: n,
            })
            .collect(),
    }
}

/// The line chart of overall per round, when there is more than one round.
pub fn line_chart(q: &Questionnaire, p: &PartnerDetail) -> Option<Line> {
    let history = &p.partner.history;
    let c = crate::present::locale::catalogue(&q.lang);
    (history.len() > 1).then(|| Line {
        title: c.args("chart-overall-rounds", &[("partner", &p.partner.partner)]),
        points: history
            .iter()
            .map(|r| {
                let label = r
                    .date
                    .map_or_else(|| c.t("chart-undated"), |d| d.to_string());
                (label, r.overall)
            })
            .collect(),
        scale: (q.scale.min as f64, q.scale.max as f64),
        thresholds: thresholds(q),
    })
}
