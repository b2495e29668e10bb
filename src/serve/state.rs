//! The state every request reads ([`App`]): the session's partners, its
//! languages and pages, the session itself and the locks its writes hold;
//! and how a page's language is chosen.

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::extract::rejection::PathRejection;
use axum::extract::{Path as UrlPath, Request};
use axum::http::{HeaderMap, header};
use axum::response::Response;

use super::reply::{client_of, not_found};
use super::session::{self, Session};
use super::{files, guard, words};
use crate::model::answers::{Date, Side};
use crate::model::questionnaire::Questionnaire;

/// A partner of the session.
pub(super) struct Partner {
    pub(super) name: String,
    pub(super) slug: String,
}

pub(super) struct App {
    pub(super) q: Questionnaire,
    pub(super) questionnaire_spec: Option<String>,
    pub(super) organization: String,
    pub(super) partners: Vec<Partner>,
    pub(super) round: Date,
    pub(super) answers: PathBuf,
    pub(super) expect: Option<usize>,
    pub(super) trust_proxy: bool,
    pub(super) report_min: usize,
    pub(super) today: fn() -> Date,
    /// The instrument's languages, its own first, and the instrument in
    /// each (the same order).
    pub(super) langs: Vec<(String, Questionnaire)>,
    pub(super) hosts: guard::Hosts,
    pub(super) limit: guard::RateLimit,
    pub(super) session: Mutex<Session>,
    pub(super) session_path: PathBuf,
    pub(super) edit_log: session::EditLog,
    /// Held while the session file is written, and while an answer is
    /// counted against `--expect` and written.
    pub(super) save: Mutex<()>,
    pub(super) expect_lock: Mutex<()>,
    pub(super) counter: Mutex<files::Counter>,
    /// Participant pages by (partner, side, language index): (page, policy).
    pub(super) forms: Vec<(FormKey, (String, String))>,
    pub(super) plain_policy: String,
}

/// A request's `Accept-Language`, when it is text.
pub(super) fn accept_language(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
}

/// The `lang` of a query (`lang=de`), the first one given.
fn query_lang(query: Option<&str>) -> Option<&str> {
    query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .filter(|tag| crate::model::translation::is_lang_tag(tag))
}

/// A participant page's partner, side and language (an index in
/// `App::langs`).
pub(super) type FormKey = (String, Side, usize);

pub(super) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl App {
    /// The index of the language a page is shown in: the query's `lang`
    /// when the instrument has it, else the first language of
    /// `Accept-Language` it has, else its own. An unknown language is
    /// passed over, never refused.
    pub(super) fn lang_for(&self, query: Option<&str>, headers: &HeaderMap) -> usize {
        let tags: Vec<&str> = self.langs.iter().map(|(l, _)| l.as_str()).collect();
        query_lang(query)
            .and_then(|tag| crate::model::translation::pick_lang(tag, &tags))
            .or_else(|| words::preferred(accept_language(headers), &tags))
            .unwrap_or(0)
    }

    /// Whether a facilitator or display token is known (constant time).
    pub(super) fn facilitator(&self, token: &str) -> bool {
        session::same_token(token, &lock(&self.session).facilitator)
    }

    pub(super) fn display(&self, token: &str) -> bool {
        session::same_token(token, &lock(&self.session).display)
    }

    /// An unknown token: counted against the client, then the one 404.
    pub(super) fn unknown(&self, client: IpAddr) -> Response {
        let _ = self.limit.allow(client);
        not_found()
    }

    /// A route behind a token: the path's segments when `known` takes
    /// them; else the one 404, counted against the client when the path
    /// was read (an unknown token) and not when it could not be.
    pub(super) fn known<T>(
        &self,
        path: Result<UrlPath<T>, PathRejection>,
        req: &Request,
        known: impl FnOnce(&T) -> bool,
    ) -> Result<T, Response> {
        match path {
            Ok(UrlPath(segments)) if known(&segments) => Ok(segments),
            Ok(_) => Err(self.unknown(client_of(req))),
            Err(_) => Err(not_found()),
        }
    }

    pub(super) fn partner(&self, slug: &str) -> Option<&Partner> {
        self.partners.iter().find(|p| p.slug == slug)
    }

    pub(super) fn open(&self) -> bool {
        lock(&self.session).open
    }

    /// Writes the session file, in a blocking thread.
    pub(super) async fn save(self: &Arc<Self>) -> std::io::Result<()> {
        let app = self.clone();
        tokio::task::spawn_blocking(move || app.save_now())
            .await
            .map_err(std::io::Error::other)?
    }

    fn save_now(&self) -> std::io::Result<()> {
        let _held = lock(&self.save);
        let snapshot = lock(&self.session).clone();
        snapshot.save(&self.session_path)
    }

    /// Files of the round per (partner slug, side).
    pub(super) fn counts(&self) -> std::collections::HashMap<(String, bool), Vec<String>> {
        lock(&self.counter).count(&self.answers, self.round)
    }

    pub(super) fn count_of(&self, slug: &str, side: Side) -> usize {
        self.counts()
            .get(&(slug.to_owned(), side == Side::Them))
            .map_or(0, Vec::len)
    }
}
