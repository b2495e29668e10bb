//! The report document: everything a report shows about each partner,
//! built once and drawn by the HTML ([`super::html`]) and Markdown
//! ([`super::report_md`]) back ends.

use crate::engine::actions::ActionRow;
use crate::engine::agenda::{self, Agenda};
use crate::engine::portfolio::PartnerDetail;
use crate::model::questionnaire::Questionnaire;

/// Everything a report shows about one partner.
#[derive(Debug, Clone)]
pub struct Section<'a> {
    pub data: &'a PartnerDetail,
    pub agenda: Agenda,
    /// The partner's actions, in list order (overdue and open first).
    pub actions: Vec<ActionRow>,
}

/// The sections of a report, one per partner, in the portfolio's order.
pub fn sections<'a>(q: &Questionnaire, partners: &'a [PartnerDetail]) -> Vec<Section<'a>> {
    sections_with_actions(q, partners, &[])
}

/// [`sections`], with every partner's actions (in list order): each
/// section lists its partner's, and its agenda puts the topics with an
/// open action first.
pub fn sections_with_actions<'a>(
    q: &Questionnaire,
    partners: &'a [PartnerDetail],
    actions: &[ActionRow],
) -> Vec<Section<'a>> {
    partners
        .iter()
        .map(|data| {
            let agenda = agenda::for_partner(q, data, actions);
            Section {
                data,
                actions: agenda.actions.clone(),
                agenda,
            }
        })
        .collect()
}

/// Who reads a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Audience {
    /// Our own team: every figure, names, notes, internal advice.
    #[default]
    Internal,
    /// The partner: tiers by their shared label and advice, no names, no
    /// notes or expectations unless included, no rubric syntax.
    Partner,
}

/// How a report is drawn for its reader.
#[derive(Debug, Clone, Copy, Default)]
pub struct View<'a> {
    pub audience: Audience,
    /// Notes, without their authors for the partner.
    pub notes: bool,
    /// What each side expected the other to say, and the blind spots.
    pub expectations: bool,
    /// Our organisation's name ("us" when unknown).
    pub organization: Option<&'a str>,
    /// The anonymity threshold the figures were aggregated with.
    pub min_respondents: usize,
    /// The language of the page's own words (a catalogue's tag; empty for
    /// English). The report back ends set it from the questionnaire's
    /// language, the language its words were translated into.
    pub lang: &'a str,
}

impl View<'_> {
    /// The internal view: everything shown.
    pub fn internal(organization: Option<&str>) -> View<'_> {
        View {
            audience: Audience::Internal,
            notes: true,
            expectations: true,
            organization,
            min_respondents: 1,
            lang: "",
        }
    }

    /// The message catalogue of the page's language.
    pub fn words(&self) -> &'static crate::present::locale::Catalogue {
        crate::present::locale::catalogue(self.lang)
    }

    pub fn partner(&self) -> bool {
        self.audience == Audience::Partner
    }

    /// Our side's name as people read it: the organisation's; without one,
    /// "Us" for our team and "Your partner" for the partner, never "us".
    pub fn us(&self) -> String {
        match self.organization {
            Some(o) => o.trim().to_owned(),
            None if self.partner() => self.words().t("report-us-partner"),
            None => self.words().t("doc-us"),
        }
    }

    /// Our side's name inside a sentence: the organisation's; without one,
    /// "us" for our team and "your partner" for the partner.
    pub fn us_in_text(&self) -> String {
        match self.organization {
            Some(o) => o.trim().to_owned(),
            None if self.partner() => self.words().t("report-us-partner-text"),
            None => self.words().t("doc-us-text"),
        }
    }

    /// Who owns an action, for this reader: for the partner, each side by
    /// its organisation ("Acme Corp", "Northwind Foods", "both sides").
    pub fn owner(&self, owner: crate::model::actions::Owner, partner: &str) -> String {
        use crate::model::actions::Owner;
        match owner {
            _ if !self.partner() => {
                crate::present::action_words::action_owner_in(self.words(), owner)
            }
            Owner::Us => self.us_in_text(),
            Owner::Them => partner.trim().to_owned(),
            Owner::Both => crate::present::action_words::action_owner_in(self.words(), owner),
        }
    }

    /// The sentence under the portfolio summary: what its largest gap and
    /// change are ("the partner's score minus Acme Corp's", or "minus
    /// ours" without our name).
    pub fn summary_rule(&self) -> String {
        match self.organization {
            Some(o) => self.words().args("doc-summary-rule", &[("org", o.trim())]),
            None => self.words().t("doc-summary-rule-ours"),
        }
    }

    /// The label of a tier for this reader: its `shared_label` for the
    /// partner (its label when it has none).
    pub fn tier_label(&self, q: &Questionnaire, id: &str, label: &str) -> String {
        let tier = q.rubric.tiers.iter().find(|t| t.id == id);
        match tier.and_then(|t| t.shared_label.as_ref()) {
            Some(shared) if self.partner() => shared.clone(),
            _ => label.to_owned(),
        }
    }

    /// The advice of a tier for this reader: `shared_advice` for the
    /// partner (none when it has none), `advice` for our team.
    pub fn tier_advice<'q>(&self, q: &'q Questionnaire, id: &str) -> Option<&'q str> {
        let tier = q.rubric.tiers.iter().find(|t| t.id == id)?;
        if self.partner() {
            tier.shared_advice.as_deref()
        } else {
            tier.advice.as_deref()
        }
    }

    /// The reasons for a verdict in sentences, with the tiers named for
    /// this reader.
    pub fn reasons(
        &self,
        q: &Questionnaire,
        reasons: &[crate::engine::classify::Reason],
    ) -> Vec<String> {
        crate::present::reasons::reasons_in(q, reasons, self.partner())
    }

    /// Who wrote a note: the name and side for our team; for the partner,
    /// only the organisation: "someone at Acme Corp" (our side: "someone on
    /// our side" without an organisation), "someone at Globex".
    pub fn who(
        &self,
        respondent: Option<&str>,
        side: crate::model::answers::Side,
        partner: &str,
    ) -> String {
        use crate::model::answers::Side;
        if !self.partner() {
            return crate::present::words::who_in(self.words(), respondent, side);
        }
        match (side, self.organization) {
            (Side::Us, Some(org)) => self
                .words()
                .args("report-someone-at", &[("org", org.trim())]),
            (Side::Us, None) => self.words().t("report-someone-ours"),
            (Side::Them, _) => self
                .words()
                .args("report-someone-at", &[("org", partner.trim())]),
        }
    }
}

/// One partner's line in the portfolio summary.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    pub partner: String,
    /// The tier's id, label and rank; `None` without a verdict.
    pub tier: Option<(String, String, usize)>,
    pub overall: Option<f64>,
    pub change: Option<f64>,
    /// The largest |them - us| and the dimension's name.
    pub largest_gap: Option<(f64, String)>,
    /// What stands out, in words.
    pub flags: Vec<String>,
    pub open: usize,
    pub overdue: usize,
}

/// The portfolio summary: a row per section, in the report's order, what
/// stands out said in the catalogue's language.
pub fn summary_rows(
    sections: &[Section<'_>],
    words: &crate::present::locale::Catalogue,
) -> Vec<SummaryRow> {
    use crate::model::actions::Status;
    sections
        .iter()
        .map(|s| {
            let v = &s.data.partner;
            let largest_gap = v
                .latest
                .dimensions
                .iter()
                .filter_map(|d| Some((d.gap?, d.name.clone())))
                .max_by(|a, b| a.0.abs().total_cmp(&b.0.abs()));
            SummaryRow {
                partner: v.partner.clone(),
                tier: v
                    .latest
                    .tier
                    .as_ref()
                    .map(|t| (t.id.clone(), t.label.clone(), t.rank)),
                overall: v.latest.overall,
                change: crate::present::shown_change(v.latest.overall, v.change),
                largest_gap,
                flags: crate::present::words::flags_in(words, v),
                open: s
                    .actions
                    .iter()
                    .filter(|r| r.action.status == Status::Open)
                    .count(),
                overdue: s.actions.iter().filter(|r| r.overdue).count(),
            }
        })
        .collect()
}

impl SummaryRow {
    /// The largest gap in words (plain text): "+0.67 on Learning"; that the
    /// two sides score every dimension alike when it is nothing as shown
    /// (`0.00`); an en dash when no dimension has both sides' scores.
    pub fn largest_gap_in(&self, words: &crate::present::locale::Catalogue) -> String {
        match &self.largest_gap {
            None => "–".to_owned(),
            Some((g, _)) if format!("{:.2}", g.abs()) == "0.00" => words.t("doc-gap-none"),
            Some((g, name)) => words.args(
                "doc-gap-on",
                &[("gap", &format!("{g:+.2}")), ("dimension", name)],
            ),
        }
    }
}

/// How many partners reached each tier, best first, then those with no
/// verdict (said in the catalogue's language): (label, count), tiers with
/// no partner included.
pub fn tier_counts(
    q: &Questionnaire,
    rows: &[SummaryRow],
    words: &crate::present::locale::Catalogue,
) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = q
        .rubric
        .tiers
        .iter()
        .map(|t| {
            let n = rows
                .iter()
                .filter(|r| r.tier.as_ref().is_some_and(|(id, ..)| *id == t.id))
                .count();
            (t.label.clone(), n)
        })
        .collect();
    let none = rows.iter().filter(|r| r.tier.is_none()).count();
    if none > 0 {
        counts.push((words.t("report-no-verdict"), none));
    }
    counts
}

/// What the anonymity rule hid in a partner's latest round, in a sentence
/// (none when it hid nothing).
pub fn suppressed_notice(
    v: &crate::engine::portfolio::PartnerView,
    view: &View<'_>,
) -> Option<String> {
    use crate::engine::portfolio::Suppressed;
    let n = view.min_respondents;
    match v.latest.suppressed {
        Suppressed::None => None,
        Suppressed::Sides => sides_hidden(v, &view.us_in_text(), n, view.words()),
        Suppressed::Round => Some(
            view.words()
                .args("report-round-hidden", &[("n", &n.to_string())]),
        ),
    }
}

/// The expectations table: per dimension, what each side expected the
/// other to give, what it gave, and the blind spot; `None` when no side
/// recorded an expectation. Columns: the headers, then a row of formatted
/// cells per dimension (names unescaped).
pub fn expectations(
    v: &crate::engine::portfolio::PartnerView,
    view: &View<'_>,
) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    use crate::present::{fmt_gap, fmt_score};
    if !v
        .latest
        .dimensions
        .iter()
        .any(|d| d.expected.iter().any(Option::is_some))
    {
        return None;
    }
    let (us, them) = (view.us(), v.partner.trim().to_owned());
    let c = view.words();
    let expected = |side: &str| c.args("report-col-expected", &[("side", side)]);
    let gave = |side: &str| c.args("report-col-gave", &[("side", side)]);
    let header = vec![
        c.t("report-col-dimension"),
        expected(&us),
        gave(&them),
        c.t("report-col-blind-spot"),
        expected(&them),
        gave(&us),
        c.t("report-col-blind-spot"),
    ];
    let rows = v
        .latest
        .dimensions
        .iter()
        .map(|d| {
            vec![
                d.name.clone(),
                fmt_score(d.expected[0]),
                fmt_score(d.them),
                fmt_gap(d.blind_spot[0]),
                fmt_score(d.expected[1]),
                fmt_score(d.us),
                fmt_gap(d.blind_spot[1]),
            ]
        })
        .collect();
    Some((header, rows))
}

/// The sentence under the expectations table.
pub fn expectations_legend(v: &crate::engine::portfolio::PartnerView, view: &View<'_>) -> String {
    view.words().args(
        "report-expectations-legend",
        &[("us", &view.us()), ("them", v.partner.trim())],
    )
}

/// Each side's figures are shown: both sides answered and the anonymity
/// rule did not hide the sides. Otherwise a page shows the combined figures
/// in their place (one mark per dimension, one score column).
pub fn sides_shown(p: &crate::engine::portfolio::PartnerDetail) -> bool {
    p.both_sides() && p.partner.latest.suppressed != crate::engine::portfolio::Suppressed::Sides
}

/// Why the sides are not shown, once, when the anonymity rule hid them:
/// the threshold, a dimension and the side with the fewest people (ours
/// named `ours`), in the catalogue's language. `None`
/// when the sides are not hidden by the rule.
pub fn sides_hidden(
    v: &crate::engine::portfolio::PartnerView,
    ours: &str,
    min_respondents: usize,
    words: &crate::present::locale::Catalogue,
) -> Option<String> {
    if v.latest.suppressed != crate::engine::portfolio::Suppressed::Sides {
        return None;
    }
    // The anonymity rule's own count: the dimension and side with the
    // fewest people answering it.
    let fewest = v.latest.fewest?;
    let side = match fewest.side? {
        0 => ours.trim().to_owned(),
        _ => v.partner.trim().to_owned(),
    };
    let n = fewest.answered;
    let dimension = fewest
        .dimension
        .and_then(|d| v.latest.dimensions.get(d))
        .map_or_else(|| words.t("report-every-dimension"), |d| d.name.clone());
    Some(words.args(
        "report-sides-hidden",
        &[
            ("threshold", &min_respondents.to_string()),
            ("dimension", &dimension),
            ("side", &side),
            ("n", &n.to_string()),
        ],
    ))
}

/// Names the dimensions, bands and tiers of the figures in the words of
/// `q` (a translated questionnaire): the figures were aggregated with the
/// questionnaire's own words, and a page in another language shows its
/// translation's. Only names change; every figure stays as it is.
pub fn in_words(q: &Questionnaire, details: &mut [PartnerDetail]) {
    use crate::engine::assess::TierRef;
    use crate::engine::portfolio::RoundView;
    let tier = |t: &mut Option<TierRef>| {
        if let Some(t) = t
            && let Some(source) = q.rubric.tiers.iter().find(|s| s.id == t.id)
        {
            t.label.clone_from(&source.label);
            t.summary.clone_from(&source.summary);
            t.advice.clone_from(&source.advice);
        }
    };
    let round = |r: &mut RoundView| {
        for d in &mut r.dimensions {
            let Some(i) = q.dimension_index(&d.id) else {
                continue;
            };
            d.name.clone_from(&q.dimensions[i].name);
            if let Some(band) = d
                .band
                .as_ref()
                .and_then(|b| q.bands_of(i).iter().find(|x| x.id == *b))
            {
                d.band_label = Some(band.label.clone());
            }
        }
        tier(&mut r.tier);
    };
    for p in details {
        round(&mut p.partner.latest);
        if let Some(prev) = &mut p.partner.previous {
            tier(&mut prev.tier);
        }
        for h in &mut p.partner.history {
            tier(&mut h.tier);
        }
        for r in &mut p.rounds {
            round(&mut r.round);
            for f in &mut r.files {
                tier(&mut f.tier);
            }
        }
    }
}
