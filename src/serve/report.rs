//! A partner's report for the round, shown to the facilitator and the
//! room once collection is closed.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::response::Response;

use super::reply::{Segments2, conflict, failed, html_page, tagged};
use super::state::{App, lock};
use super::{pages, words};

pub(super) async fn facilitator_report(
    State(app): State<Arc<App>>,
    path: Segments2,
    req: Request,
) -> Response {
    match app.known(path, &req, |(token, slug)| {
        app.facilitator(token) && app.partner(slug).is_some()
    }) {
        Ok((_, slug)) => tagged("/f/…/report/…", report(&app, &slug, req.headers()).await),
        Err(r) => r,
    }
}

pub(super) async fn display_report(
    State(app): State<Arc<App>>,
    path: Segments2,
    req: Request,
) -> Response {
    match app.known(path, &req, |(token, slug)| {
        app.display(token) && app.partner(slug).is_some()
    }) {
        Ok((_, slug)) => tagged("/r/…/report/…", report(&app, &slug, req.headers()).await),
        Err(r) => r,
    }
}

/// A partner's report for the round, as `report --audience partner`
/// writes it; only while collection is closed.
async fn report(app: &Arc<App>, slug: &str, headers: &HeaderMap) -> Response {
    let lang = app.lang_for(None, headers);
    let words = words::words(&app.langs[lang].1.lang);
    {
        let mut session = lock(&app.session);
        if session.open {
            return conflict();
        }
        session.report_shown = true;
    }
    if app.save().await.is_err() {
        return failed();
    }
    let a = app.clone();
    let slug = slug.to_owned();
    let page = tokio::task::spawn_blocking(move || report_page(&a, &slug, lang)).await;
    match page {
        Ok(Some(page)) => html_page(page),
        Ok(None) => html_page(pages::message(
            &words.reports_heading,
            &words.report_none,
            words,
        )),
        Err(_) => failed(),
    }
}

fn report_page(app: &App, slug: &str, lang: usize) -> Option<(String, String)> {
    use crate::present::report::{Audience, View, sections_with_actions};
    app.partner(slug)?;
    // The partner's files of this round and the rounds before it.
    let files = lock(&app.counter).files_of(&app.answers, slug, app.round);
    if files.is_empty() {
        return None;
    }
    let (q, mut loaded) = crate::io::portfolio::load(
        &files,
        crate::io::walk::Walk { follow: false },
        app.questionnaire_spec.as_deref(),
        None,
        None,
        crate::engine::portfolio::Threshold {
            n: app.report_min,
            source: crate::engine::portfolio::ThresholdSource::Audience,
        },
        // The session's round, compared with the one before it, as
        // `report --round` shows it.
        Some(app.round),
    )
    .ok()?;
    // The report in the language chosen, when it is a language of the
    // instrument the files answer: its names and its words.
    let q = match app.langs.get(lang) {
        Some((_, t)) if t.id == q.id && t.version == q.version => t.clone(),
        _ => q,
    };
    crate::present::report::in_words(&q, &mut loaded.details);
    let view = View {
        audience: Audience::Partner,
        notes: false,
        expectations: false,
        organization: Some(&app.organization),
        min_respondents: app.report_min,
        lang: &q.lang,
    };
    let actions = crate::engine::actions::rows(&loaded.details, &loaded.actions, (app.today)());
    let sections = sections_with_actions(&q, &loaded.details, &actions);
    let page = crate::present::html::report(&q, &sections, &view);
    let policy = pages::report_policy(&page);
    Some((page, policy))
}
