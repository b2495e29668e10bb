//! What the aggregator keeps per partner: its name
//! and, per round, the running sums ([`RoundAgg`]) and the latest round's
//! notes ([`RoundExtra`]). The aggregator fills them; [`super::rounds`]
//! turns them into views.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use super::sums::RoundSums;
use super::view::NoteView;
use crate::model::answers::{AnswerSheet, Date};

/// What only the latest round needs: the notes.
#[derive(Debug, Clone, Default)]
pub(super) struct RoundExtra {
    /// (file index, note)
    pub(super) notes: Vec<(usize, NoteView)>,
}

/// One round of one partner: its running sums, and the latest round's notes.
#[derive(Debug, Clone)]
pub(super) struct RoundAgg {
    pub(super) sums: RoundSums,
    pub(super) extra: Option<Box<RoundExtra>>,
}

#[derive(Debug, Clone)]
pub(super) struct PartnerAgg {
    pub(super) name: String,
    /// The display name comes from the latest round's first file.
    pub(super) name_rank: (Option<Date>, Reverse<usize>),
    /// `None` (undated) sorts before every date: the oldest round.
    pub(super) rounds: BTreeMap<Option<Date>, RoundAgg>,
}

impl PartnerAgg {
    /// Only the latest round keeps its notes.
    pub(super) fn trim_extras(&mut self) {
        let n = self.rounds.len();
        for r in self.rounds.values_mut().take(n.saturating_sub(1)) {
            r.extra = None;
        }
    }
}

impl RoundExtra {
    /// Keeps one file's notes.
    pub(super) fn add(&mut self, index: usize, file: &str, sheet: &AnswerSheet) {
        self.notes.extend(sheet.notes.iter().map(|(k, text)| {
            (
                index,
                NoteView {
                    key: k.clone(),
                    text: text.clone(),
                    respondent: sheet.respondent.clone(),
                    side: sheet.side,
                    file: file.to_owned(),
                },
            )
        }));
    }

    /// The notes in input order.
    pub(super) fn notes(&self) -> Vec<NoteView> {
        let mut notes = self.notes.clone();
        notes.sort_by_key(|(i, _)| *i);
        notes.into_iter().map(|(_, n)| n).collect()
    }
}
