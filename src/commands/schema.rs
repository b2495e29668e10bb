//! `partnercheck schema KIND`: JSON Schemas (draft 2020-12) for the files
//! partnercheck reads and the JSON it writes.
//!
//! The schemas are hand-maintained in `schemas/*.schema.json` and embedded
//! here, rather than derived from the Rust types: the loaders read through
//! `toml::Spanned` and `toml::Value` and check ranges and cross-references
//! themselves, so derived schemas would describe the loaders' plumbing, not
//! the file formats. `tests/it/ecosystem.rs` checks that every bundled file and
//! every JSON output validates against them.

use crate::cli::{SchemaArgs, SchemaKind};
use crate::error::{Exit, Result};
use crate::io::read::emit;

pub const QUESTIONNAIRE: &str = include_str!("../../schemas/questionnaire.schema.json");
pub const ANSWERS: &str = include_str!("../../schemas/answers.schema.json");
pub const SCORE: &str = include_str!("../../schemas/score.schema.json");
pub const COMPARE: &str = include_str!("../../schemas/compare.schema.json");
pub const AGENDA: &str = include_str!("../../schemas/agenda.schema.json");
pub const MAP: &str = include_str!("../../schemas/map.schema.json");
pub const ACTIONS: &str = include_str!("../../schemas/actions.schema.json");
pub const ITEMS: &str = include_str!("../../schemas/items.schema.json");
pub const DIAGNOSTICS: &str = include_str!("../../schemas/diagnostics.schema.json");
pub const TRANSLATION: &str = include_str!("../../schemas/translation.schema.json");

/// The text of a schema.
pub fn text(kind: SchemaKind) -> &'static str {
    match kind {
        SchemaKind::Questionnaire => QUESTIONNAIRE,
        SchemaKind::Answers => ANSWERS,
        SchemaKind::Score => SCORE,
        SchemaKind::Compare => COMPARE,
        SchemaKind::Agenda => AGENDA,
        SchemaKind::Map => MAP,
        SchemaKind::Actions => ACTIONS,
        SchemaKind::Items => ITEMS,
        SchemaKind::Diagnostics => DIAGNOSTICS,
        SchemaKind::Translation => TRANSLATION,
    }
}

pub fn run(args: SchemaArgs) -> Result<Exit> {
    emit(text(args.kind))?;
    Ok(Exit::Done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_schema_is_json_with_a_draft_and_an_id() {
        for kind in [
            SchemaKind::Questionnaire,
            SchemaKind::Answers,
            SchemaKind::Score,
            SchemaKind::Compare,
            SchemaKind::Agenda,
            SchemaKind::Map,
            SchemaKind::Actions,
            SchemaKind::Items,
            SchemaKind::Diagnostics,
        ] {
            let value: serde_json::Value = serde_json::from_str(text(kind)).expect("valid JSON");
            assert_eq!(
                value["$schema"],
                "https://json-schema.org/draft/2020-12/schema"
            );
            assert!(
                value["$id"]
                    .as_str()
                    .is_some_and(|id| id.ends_with(".schema.json"))
            );
            assert!(text(kind).ends_with('\n'), "printed with a final newline");
        }
    }
}
