//! The facilitator's and the room's pages: the counts per partner and
//! side, the status as JSON, and collection closed and opened again.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::reply::{Segments1, conflict, failed, html_page, json, tagged};
use super::state::{App, accept_language, lock};
use super::{pages, words};
use crate::model::answers::Side;

/// The counts the facilitator's and room's pages show.
async fn counts_now(app: &Arc<App>) -> Vec<(usize, usize)> {
    let a = app.clone();
    let counts = tokio::task::spawn_blocking(move || a.counts())
        .await
        .unwrap_or_default();
    app.partners
        .iter()
        .map(|p| {
            let n = |side| {
                counts
                    .get(&(p.slug.clone(), side == Side::Them))
                    .map_or(0, Vec::len)
            };
            (n(Side::Us), n(Side::Them))
        })
        .collect()
}

async fn session_page(
    app: &Arc<App>,
    token: &str,
    facilitator: bool,
    headers: &HeaderMap,
) -> Response {
    let counts = counts_now(app).await;
    let open = app.open();
    let page = pages::session(
        &pages::Counts {
            organization: &app.organization,
            round: app.round,
            open,
            expect: app.expect,
            partners: app
                .partners
                .iter()
                .zip(&counts)
                .map(|(p, (us, them))| pages::PartnerRow {
                    name: &p.name,
                    slug: &p.slug,
                    us: *us,
                    them: *them,
                })
                .collect(),
            token,
        },
        facilitator,
        words::for_accept_language(accept_language(headers)),
    );
    html_page(page)
}

pub(super) async fn facilitator(
    State(app): State<Arc<App>>,
    path: Segments1,
    req: Request,
) -> Response {
    match app.known(path, &req, |token| app.facilitator(token)) {
        Ok(token) => tagged(
            "/f/…",
            session_page(&app, &token, true, req.headers()).await,
        ),
        Err(r) => r,
    }
}

pub(super) async fn display(
    State(app): State<Arc<App>>,
    path: Segments1,
    req: Request,
) -> Response {
    match app.known(path, &req, |token| app.display(token)) {
        Ok(token) => tagged(
            "/r/…",
            session_page(&app, &token, false, req.headers()).await,
        ),
        Err(r) => r,
    }
}

pub(super) async fn status(State(app): State<Arc<App>>, path: Segments1, req: Request) -> Response {
    match app.known(path, &req, |token| app.facilitator(token)) {
        Ok(_) => {
            let counts = counts_now(&app).await;
            let partners: Vec<_> = app
                .partners
                .iter()
                .zip(counts)
                .map(|(p, (us, them))| serde_json::json!({"partner": p.name, "us": us, "them": them}))
                .collect();
            tagged(
                "/f/…/status",
                json(
                    StatusCode::OK,
                    serde_json::json!({
                        "round": app.round.to_string(),
                        "open": app.open(),
                        "partners": partners,
                    }),
                ),
            )
        }
        Err(r) => r,
    }
}

async fn set_open(app: &Arc<App>, open: bool, route: &'static str) -> Response {
    {
        let mut session = lock(&app.session);
        if open && !session.open && session.report_shown {
            return tagged(route, conflict());
        }
        session.open = open;
    }
    match app.save().await {
        Ok(()) => tagged(route, StatusCode::NO_CONTENT.into_response()),
        Err(_) => tagged(route, failed()),
    }
}

pub(super) async fn close(State(app): State<Arc<App>>, path: Segments1, req: Request) -> Response {
    match app.known(path, &req, |token| app.facilitator(token)) {
        Ok(_) => set_open(&app, false, "/f/…/close").await,
        Err(r) => r,
    }
}

pub(super) async fn reopen(State(app): State<Arc<App>>, path: Segments1, req: Request) -> Response {
    match app.known(path, &req, |token| app.facilitator(token)) {
        Ok(_) => set_open(&app, true, "/f/…/open").await,
        Err(r) => r,
    }
}
