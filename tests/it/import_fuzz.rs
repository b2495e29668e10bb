//! `import` on any text: an error or a plan, never a panic.

use partnercheck::io::import::{Defaults, Export, plan, table};
use partnercheck::model::map::ColumnMap;
use partnercheck::model::questionnaire::Questionnaire;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any text, as a CSV export: parsed and checked, an error or a
    /// plan, never a panic.
    #[test]
    fn any_csv_text(
        head in "(partner|date|Timestamp|mg-both-benefit|x\\[ca-transparency\\]|a/b/le-applied|Q - le-new-ideas|[,;\t\"])*",
        body in "[0-9a-zA-Z ,;\t\"\n/:.\u{e9}\u{1b}-]{0,200}",
    ) {
        let text = format!("{head}\n{body}");
        if let Ok(grid) = table::parse_csv(&text) {
            let q = Questionnaire::embedded("partnership-health").unwrap();
            let exports = [Export { name: "x.csv".into(), grid, warnings: Vec::new() }];
            let defaults = Defaults { partner: Some("P".into()), ..Defaults::default() };
            let _ = plan(&exports, &q, &ColumnMap::default(), &defaults);
        }
    }
}
