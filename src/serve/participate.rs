//! A participant's link: the form in the language chosen, an answer
//! submitted (a new answers file) and revised (the same file again).

use std::net::IpAddr;
use std::sync::Arc;

use axum::body::Bytes;

use axum::extract::{Path as UrlPath, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;

use super::reply::{
    Segments1, Segments2, body_of, client_of, conflict, failed, html_page, json, not_found, tagged,
    too_many,
};
use super::state::{App, accept_language, lock};
use super::{answer, files, session, words};

pub(super) async fn participant(
    State(app): State<Arc<App>>,
    path: Segments1,
    req: Request,
) -> Response {
    let Ok(UrlPath(token)) = path else {
        return not_found();
    };
    let join = lock(&app.session).join(&token).cloned();
    let Some(join) = join else {
        return app.unknown(client_of(&req));
    };
    let lang = app.lang_for(req.uri().query(), req.headers());
    let page = app
        .forms
        .iter()
        .find(|((p, s, l), _)| *p == join.partner && *s == join.side && *l == lang)
        .map(|(_, page)| page.clone());
    match page {
        Some(page) => tagged("/a/…", html_page(page)),
        // A partner left out of this run: its link is not served.
        None => not_found(),
    }
}

/// An answer's request let in: its client within the rate limit (else
/// `429`), its body under the size limit (else `413`) and collection open
/// (else `409`); a refusal is tagged with `route` for the log.
async fn admitted(
    app: &App,
    client: IpAddr,
    req: Request,
    route: &'static str,
) -> Result<(HeaderMap, Bytes), Response> {
    if !app.limit.allow(client) {
        return Err(tagged(route, too_many()));
    }
    let (headers, body) = body_of(req).await.map_err(|r| tagged(route, r))?;
    if !app.open() {
        return Err(tagged(route, conflict()));
    }
    Ok((headers, body))
}

/// The answers sheet a request's body makes for `join`'s partner and side
/// (today's date, the session's round) with its TOML, or the `422` listing
/// what is wrong.
fn answers_file(
    app: &App,
    join: &session::Join,
    headers: &axum::http::HeaderMap,
    body: &[u8],
) -> std::result::Result<(crate::model::answers::AnswerSheet, String), Response> {
    let fixed = answer::Fixed {
        partner: &join.partner,
        side: join.side,
        round: app.round,
        date: (app.today)(),
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let words = words::for_accept_language(accept_language(headers));
    match answer::check(body, content_type, &app.q, &fixed, words) {
        Ok((sheet, None)) => {
            let text = crate::model::answers::write::to_toml(&sheet, &app.q);
            Ok((sheet, text))
        }
        Ok((sheet, Some(lang))) => {
            // The file records the language answered in; its comments are
            // in that language when the instrument has it.
            let tags: Vec<&str> = app.langs.iter().map(|(l, _)| l.as_str()).collect();
            let mut q = match crate::model::translation::pick_lang(&lang, &tags) {
                Some(i) => app.langs[i].1.clone(),
                None => app.q.clone(),
            };
            q.lang = lang;
            q.translated_from = Some(app.q.lang.clone());
            let text = crate::model::answers::write::to_toml(&sheet, &q);
            Ok((sheet, text))
        }
        Err(errors) => Err(json(
            StatusCode::UNPROCESSABLE_ENTITY,
            serde_json::json!({ "errors": errors }),
        )),
    }
}

pub(super) async fn submit(State(app): State<Arc<App>>, path: Segments1, req: Request) -> Response {
    let Ok(UrlPath(token)) = path else {
        return not_found();
    };
    let client = client_of(&req);
    let join = lock(&app.session).join(&token).cloned();
    let Some(join) = join else {
        return app.unknown(client);
    };
    let Some(partner) = app.partners.iter().find(|p| p.name == join.partner) else {
        return not_found();
    };
    let slug = partner.slug.clone();
    let (headers, body) = match admitted(&app, client, req, "/a/…").await {
        Ok(x) => x,
        Err(r) => return r,
    };
    if let Some(expect) = app.expect {
        let a = app.clone();
        let s = slug.clone();
        let n = tokio::task::spawn_blocking(move || a.count_of(&s, join.side))
            .await
            .unwrap_or(0);
        if n >= expect {
            return tagged("/a/…", conflict());
        }
    }
    let (sheet, text) = match answers_file(&app, &join, &headers, &body) {
        Ok(made) => made,
        Err(r) => return tagged("/a/…", r),
    };
    let date = sheet.date.unwrap_or_else(|| (app.today)());
    let edit = match session::new_token() {
        Ok(t) => t,
        Err(_) => return tagged("/a/…", failed()),
    };
    let a = app.clone();
    let edit_hash = session::hash_token(&edit);
    let written = tokio::task::spawn_blocking(move || -> std::io::Result<Option<String>> {
        let _held = a.expect.map(|_| lock(&a.expect_lock));
        if let Some(expect) = a.expect
            && a.count_of(&slug, join.side) >= expect
        {
            return Ok(None);
        }
        let name = files::create_new(&a.answers, text.as_bytes(), |suffix| {
            files::answers_name(
                &join.partner,
                join.side,
                sheet.respondent.as_deref(),
                date,
                suffix,
            )
        })?;
        let edit = session::Edit {
            file: name.clone(),
            partner: join.partner.clone(),
            side: join.side,
        };
        a.edit_log.append(&edit_hash, &edit)?;
        lock(&a.session).edits.insert(edit_hash, edit);
        Ok(Some(name))
    })
    .await;
    match written {
        Ok(Ok(Some(name))) => tagged(
            "/a/…",
            json(
                StatusCode::CREATED,
                serde_json::json!({"file": name, "edit": edit}),
            ),
        ),
        Ok(Ok(None)) => tagged("/a/…", conflict()),
        _ => tagged("/a/…", failed()),
    }
}

pub(super) async fn revise(State(app): State<Arc<App>>, path: Segments2, req: Request) -> Response {
    let Ok(UrlPath((token, edit))) = path else {
        return not_found();
    };
    let client = client_of(&req);
    let (join, found) = {
        let session = lock(&app.session);
        let join = session.join(&token).cloned();
        let found = session.edits.get(&session::hash_token(&edit)).cloned();
        (join, found)
    };
    let (Some(join), Some(found)) = (join, found) else {
        return app.unknown(client);
    };
    if found.partner != join.partner || found.side != join.side {
        return app.unknown(client);
    }
    let (headers, body) = match admitted(&app, client, req, "/a/…/…").await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let (_, text) = match answers_file(&app, &join, &headers, &body) {
        Ok(made) => made,
        Err(r) => return tagged("/a/…/…", r),
    };
    let a = app.clone();
    let file = found.file.clone();
    let written =
        tokio::task::spawn_blocking(move || files::replace(&a.answers, &file, text.as_bytes()))
            .await;
    match written {
        Ok(Ok(())) => tagged(
            "/a/…/…",
            json(
                StatusCode::OK,
                serde_json::json!({"file": found.file, "edit": edit}),
            ),
        ),
        _ => tagged("/a/…/…", failed()),
    }
}
