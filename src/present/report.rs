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
            let mine: Vec<ActionRow> = actions
                .iter()
                .filter(|r| r.key == data.partner.key)
                .cloned()
                .collect();
            Section {
                data,
                agenda: agenda::plan_with_actions(
                    q,
                    &data.partner,
                    data.previous_dimensions().as_deref(),
                    &mine,
                ),
                actions: mine,
            }
        })
        .collect()
}
