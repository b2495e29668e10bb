//! The report document: everything a report shows about each partner,
//! built once and drawn by the HTML ([`super::html`]) and Markdown
//! ([`super::report_md`]) back ends.

use crate::engine::agenda::{self, Agenda};
use crate::engine::portfolio::PartnerDetail;
use crate::model::questionnaire::Questionnaire;

/// Everything a report shows about one partner.
#[derive(Debug, Clone)]
pub struct Section<'a> {
    pub data: &'a PartnerDetail,
    pub agenda: Agenda,
}

/// The sections of a report, one per partner, in the portfolio's order.
pub fn sections<'a>(q: &Questionnaire, partners: &'a [PartnerDetail]) -> Vec<Section<'a>> {
    partners
        .iter()
        .map(|data| Section {
            data,
            agenda: agenda::plan(q, &data.partner, data.previous_dimensions().as_deref()),
        })
        .collect()
}
