//! `partnercheck serve`: a live session for a workshop. An edge adapter
//! like a command: HTTP in, answers files out, through the same model,
//! report and file rules as the rest of the tool.
//!
//! - [`session`]: links, open or closed, edit tokens, kept in the user's
//!   state folder.
//! - [`files`]: names, writes that never replace, counts per partner/side.
//! - [`answer`]: an answer's body checked by the rules of an answers file.
//! - [`guard`]: `Host`, client address, rate limit, connection caps,
//!   response headers, the log line.
//! - [`pages`]: the participant's, facilitator's and room's pages.
//! - [`words`]: every word those pages show.

pub mod answer;
pub mod files;
pub mod guard;
pub mod net;
pub mod pages;
pub mod session;
pub mod words;

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::{Path as UrlPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use hyper_util::rt::{TokioIo, TokioTimer};

use crate::error::{Error, Result, stderr_line};
use crate::model::answers::{Date, Side};
use crate::model::questionnaire::Questionnaire;
use crate::sanitize::terminal;
use session::Session;

/// The largest body accepted.
pub const BODY_LIMIT: usize = 64 * 1024;
/// How long a request may take in all.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a stop waits for requests in flight.
const STOP_GRACE: Duration = Duration::from_millis(4_000);

/// Everything `serve` is told.
pub struct Config {
    pub questionnaire: Questionnaire,
    /// How the instrument was named (file or embedded id), for the report.
    pub questionnaire_spec: Option<String>,
    pub organization: String,
    pub partners: Vec<String>,
    pub round: Date,
    pub answers: PathBuf,
    pub listen: SocketAddr,
    pub public_url: Option<String>,
    pub trust_proxy: bool,
    /// The configured anonymity threshold (the report uses at least 3).
    pub min_respondents: usize,
    pub expect: Option<usize>,
    pub rate_limit: usize,
    pub new_links: bool,
    /// The server's local date, for each answer's `date`.
    pub today: fn() -> Date,
    /// How long headers may take to arrive (10 s).
    pub header_timeout: Duration,
    /// Where the session is kept.
    pub state_folder: PathBuf,
}

/// A partner of the session.
struct Partner {
    name: String,
    slug: String,
}

struct App {
    q: Questionnaire,
    questionnaire_spec: Option<String>,
    organization: String,
    partners: Vec<Partner>,
    round: Date,
    answers: PathBuf,
    expect: Option<usize>,
    trust_proxy: bool,
    report_min: usize,
    today: fn() -> Date,
    /// The instrument's languages, its own first, and the instrument in
    /// each (the same order).
    langs: Vec<(String, Questionnaire)>,
    hosts: guard::Hosts,
    limit: guard::RateLimit,
    session: Mutex<Session>,
    session_path: PathBuf,
    edit_log: session::EditLog,
    /// Held while the session file is written, and while an answer is
    /// counted against `--expect` and written.
    save: Mutex<()>,
    expect_lock: Mutex<()>,
    counter: Mutex<files::Counter>,
    /// Participant pages by (partner, side, language index): (page, policy).
    forms: Vec<(FormKey, (String, String))>,
    plain_policy: String,
}

/// The instrument's available languages (its own first) and the instrument
/// in each; a translation that cannot be read is left out with a warning.
fn languages(q: &Questionnaire, spec: Option<&str>) -> Vec<(String, Questionnaire)> {
    let mut out = vec![(q.lang.clone(), q.clone())];
    let found = match crate::io::lang::translations(q, spec) {
        Ok(found) => found,
        Err(e) => {
            stderr_line(format_args!(
                "partnercheck: warning: the translations are left out: {e}"
            ));
            return out;
        }
    };
    for lang in crate::io::lang::available(q, &found).into_iter().skip(1) {
        let wanted = crate::io::lang::Wanted {
            lang: Some(&lang),
            translation: None,
        };
        match crate::io::lang::in_lang(q.clone(), spec, wanted) {
            Ok((t, _)) => out.push((lang, t)),
            Err(e) => stderr_line(format_args!(
                "partnercheck: warning: the `{lang}` translation is left out: {e}"
            )),
        }
    }
    out
}

/// A request's `Accept-Language`, when it is text.
fn accept_language(headers: &HeaderMap) -> Option<&str> {
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
type FormKey = (String, Side, usize);

/// The route pattern a response came from, for the log.
#[derive(Clone, Copy)]
struct Route(&'static str);

/// The client a request counts against.
#[derive(Clone, Copy)]
struct Client(IpAddr);

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The one `404`: the same status, headers and body for every unknown
/// route, method or token.
fn not_found() -> Response {
    status_text(StatusCode::NOT_FOUND, "Not found\n")
}

fn status_text(status: StatusCode, text: &'static str) -> Response {
    let mut r = (status, text).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

fn tagged(route: &'static str, mut r: Response) -> Response {
    r.extensions_mut().insert(Route(route));
    r
}

fn html_page((page, policy): (String, String)) -> Response {
    let mut r = page.into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&policy) {
        r.headers_mut().insert(header::CONTENT_SECURITY_POLICY, v);
    }
    r
}

fn json(status: StatusCode, value: serde_json::Value) -> Response {
    (status, axum::Json(value)).into_response()
}

impl App {
    /// The index of the language a page is shown in: the query's `lang`
    /// when the instrument has it, else the first language of
    /// `Accept-Language` it has, else its own. An unknown language is
    /// passed over, never refused.
    fn lang_for(&self, query: Option<&str>, headers: &HeaderMap) -> usize {
        let tags: Vec<&str> = self.langs.iter().map(|(l, _)| l.as_str()).collect();
        query_lang(query)
            .and_then(|tag| crate::model::translation::pick_lang(tag, &tags))
            .or_else(|| words::preferred(accept_language(headers), &tags))
            .unwrap_or(0)
    }

    /// Whether a facilitator or display token is known (constant time).
    fn facilitator(&self, token: &str) -> bool {
        session::same_token(token, &lock(&self.session).facilitator)
    }

    fn display(&self, token: &str) -> bool {
        session::same_token(token, &lock(&self.session).display)
    }

    /// An unknown token: counted against the client, then the one 404.
    fn unknown(&self, client: IpAddr) -> Response {
        let _ = self.limit.allow(client);
        not_found()
    }

    fn partner(&self, slug: &str) -> Option<&Partner> {
        self.partners.iter().find(|p| p.slug == slug)
    }

    fn open(&self) -> bool {
        lock(&self.session).open
    }

    /// Writes the session file, in a blocking thread.
    async fn save(self: &Arc<Self>) -> std::io::Result<()> {
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
    fn counts(&self) -> std::collections::HashMap<(String, bool), Vec<String>> {
        lock(&self.counter).count(&self.answers, self.round)
    }

    fn count_of(&self, slug: &str, side: Side) -> usize {
        self.counts()
            .get(&(slug.to_owned(), side == Side::Them))
            .map_or(0, Vec::len)
    }
}

/// Runs the server until Ctrl-C or SIGTERM.
pub fn run(config: Config) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("partnercheck-serve")
        .build()
        .map_err(|e| Error::usage(format!("cannot start the server: {e}")))?;
    runtime.block_on(serve(config))?;
    // Blocking writes in flight get their moment; none is cut off.
    runtime.shutdown_timeout(Duration::from_millis(500));
    Ok(())
}

/// The links' bases: `--public-url`, else the address listened on, else
/// (every address) each interface address.
fn bases(public_url: Option<&str>, local: SocketAddr) -> Vec<String> {
    if let Some(url) = public_url {
        return vec![url.trim_end_matches('/').to_owned()];
    }
    let port = local.port();
    let ips = if local.ip().is_unspecified() {
        net::interface_addresses(local.is_ipv6())
    } else {
        vec![local.ip()]
    };
    ips.into_iter()
        .map(|ip| match ip {
            IpAddr::V4(a) => format!("http://{a}:{port}"),
            IpAddr::V6(a) => format!("http://[{a}]:{port}"),
        })
        .collect()
}

/// The host names requests may name.
fn hosts(public_url: Option<&str>, local: SocketAddr) -> guard::Hosts {
    let mut names = vec!["localhost".to_owned()];
    if local.ip().is_unspecified() {
        names.extend(
            net::interface_addresses(true)
                .into_iter()
                .map(|ip| ip.to_string()),
        );
        names.push("127.0.0.1".to_owned());
        names.push("::1".to_owned());
    } else {
        names.push(local.ip().to_string());
    }
    if let Some(url) = public_url
        && let Some(rest) = url.split("://").nth(1)
    {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let authority = authority.rsplit('@').next().unwrap_or(authority);
        names.push(guard::host_name(authority));
    }
    guard::Hosts(names)
}

async fn serve(config: Config) -> Result<()> {
    // The answers folder: created when missing, and it must take a file.
    std::fs::create_dir_all(&config.answers).map_err(|e| {
        Error::input(format!(
            "{}: cannot create the answers folder: {e}",
            config.answers.display()
        ))
    })?;
    let answers = config
        .answers
        .canonicalize()
        .unwrap_or_else(|_| config.answers.clone());
    check_writable(&answers)?;
    crate::io::write::remove_stale_temporaries(&answers);
    let round = config.round.to_string();
    let session_path = session::session_file(&config.state_folder, &answers, &round);
    let mut session = Session::open(
        &session_path,
        &answers,
        &round,
        &config.partners,
        config.new_links,
    )
    .map_err(|e| Error::input(format!("the session cannot be kept: {e}")))?;
    session.save(&session_path).map_err(|e| {
        Error::input(format!(
            "{}: the session cannot be kept: {e}",
            session_path.display()
        ))
    })?;
    let edit_log = session::EditLog::open(&session::edit_log_path(&session_path), &mut session)
        .map_err(|e| Error::input(format!("the session cannot be kept: {e}")))?;
    let signals = Signals::new()?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| Error::usage(format!("cannot listen on {}: {e}", config.listen)))?;
    let local = listener
        .local_addr()
        .map_err(|e| Error::usage(format!("cannot listen on {}: {e}", config.listen)))?;
    if local.ip().is_unspecified() {
        stderr_line(format_args!(
            "partnercheck: warning: listening on every address: anyone on this network with a \
             link can answer, and links and answers cross it unencrypted (use --public-url \
             behind a reverse proxy that adds HTTPS)"
        ));
    }
    let langs = languages(&config.questionnaire, config.questionnaire_spec.as_deref());
    let partners: Vec<Partner> = config
        .partners
        .iter()
        .map(|name| Partner {
            name: name.clone(),
            slug: files::partner_slug(name),
        })
        .collect();
    let mut forms = Vec::new();
    let tags: Vec<&str> = langs.iter().map(|(l, _)| l.as_str()).collect();
    for p in &partners {
        for side in [Side::Us, Side::Them] {
            for (i, (_, q)) in langs.iter().enumerate() {
                forms.push((
                    (p.name.clone(), side, i),
                    pages::participant(
                        q,
                        &pages::Participant {
                            partner: &p.name,
                            side,
                            round: config.round,
                            organization: &config.organization,
                            langs: &tags,
                            chosen: i,
                        },
                        words::words(&q.lang),
                    ),
                ));
            }
        }
    }
    let app = Arc::new(App {
        q: config.questionnaire.clone(),
        questionnaire_spec: config.questionnaire_spec.clone(),
        organization: config.organization.clone(),
        partners,
        round: config.round,
        answers: answers.clone(),
        expect: config.expect,
        trust_proxy: config.trust_proxy,
        report_min: config.min_respondents.max(3),
        today: config.today,
        langs,
        hosts: hosts(config.public_url.as_deref(), local),
        limit: guard::RateLimit::new(config.rate_limit),
        session: Mutex::new(session.clone()),
        session_path,
        edit_log,
        save: Mutex::new(()),
        expect_lock: Mutex::new(()),
        counter: Mutex::new(files::Counter::default()),
        forms,
        plain_policy: pages::plain_policy(),
    });
    print_links(
        &config,
        &session,
        &bases(config.public_url.as_deref(), local),
    )?;

    let router = router(app.clone());
    let connections = Arc::new(guard::Connections::new(256, 32));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut stop = std::pin::pin!(signals.stopped());
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(x) => x,
                    // Out of file descriptors and the like: a moment's pause.
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        continue;
                    }
                };
                let Some(slot) = connections.admit(peer.ip()) else {
                    drop(stream);
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let app = app.clone();
                let router = router.clone();
                let service = hyper::service::service_fn(move |req| {
                    handle(app.clone(), router.clone(), peer, req)
                });
                let mut builder = hyper::server::conn::http1::Builder::new();
                builder
                    .timer(TokioTimer::new())
                    .header_read_timeout(config.header_timeout)
                    .max_buf_size(64 * 1024);
                let conn = builder.serve_connection(TokioIo::new(stream), service);
                let conn = graceful.watch(conn);
                tokio::spawn(async move {
                    let _ = conn.await;
                    drop(slot);
                });
            }
            () = &mut stop => break,
        }
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(STOP_GRACE) => {}
    }
    stderr_line(format_args!("partnercheck: stopped"));
    Ok(())
}

/// Ctrl-C and SIGTERM, listened for from before the links are printed (a
/// signal that comes early still stops the server gracefully).
struct Signals {
    #[cfg(unix)]
    term: tokio::signal::unix::Signal,
    #[cfg(unix)]
    int: tokio::signal::unix::Signal,
}

impl Signals {
    fn new() -> Result<Signals> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let failed =
                |e: std::io::Error| Error::usage(format!("cannot listen for signals: {e}"));
            Ok(Signals {
                term: signal(SignalKind::terminate()).map_err(failed)?,
                int: signal(SignalKind::interrupt()).map_err(failed)?,
            })
        }
        #[cfg(not(unix))]
        Ok(Signals {})
    }

    /// Resolves on Ctrl-C or SIGTERM.
    async fn stopped(mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.term.recv() => {}
            _ = self.int.recv() => {}
        }
        #[cfg(not(unix))]
        {
            let _ = &mut self;
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

fn check_writable(folder: &Path) -> Result<()> {
    let probe = folder.join(format!(".partnercheck-serve-probe-{}", std::process::id()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            Ok(())
        }
        Err(e) => Err(Error::input(format!(
            "{}: cannot write into the answers folder: {e}",
            folder.display()
        ))),
    }
}

/// The links on stdout, and QR codes of the join links on stderr when it
/// is a terminal.
fn print_links(config: &Config, session: &Session, bases: &[String]) -> Result<()> {
    use std::io::IsTerminal;
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    let mut out = String::new();
    let mut qr = Vec::new();
    for base in bases {
        for partner in &config.partners {
            for side in [Side::Us, Side::Them] {
                if let Some(j) = session
                    .joins
                    .iter()
                    .find(|j| &j.partner == partner && j.side == side)
                {
                    let url = format!("{base}/a/{}", j.token);
                    out.push_str(&format!("join\t{}\t{side}\t{url}\n", clean(partner)));
                    let people = match side {
                        Side::Us => format!(
                            "People of {}, about {}",
                            clean(&config.organization),
                            clean(partner)
                        ),
                        Side::Them => format!("People of {}", clean(partner)),
                    };
                    qr.push((people, url));
                }
            }
        }
        out.push_str(&format!("facilitator\t{base}/f/{}\n", session.facilitator));
        out.push_str(&format!("display\t{base}/r/{}\n", session.display));
    }
    // In a terminal the QR codes come first, so that the links stay in
    // view under them.
    let terminal_err = std::io::stderr().is_terminal();
    if terminal_err {
        for (label, url) in &qr {
            if let Ok(code) = qrcode::QrCode::new(url.as_bytes()) {
                let art = code
                    .render::<qrcode::render::unicode::Dense1x2>()
                    .quiet_zone(true)
                    .build();
                stderr_line(format_args!("{}\n{art}", terminal(label)));
            }
        }
    }
    crate::io::read::emit(&out)?;
    if terminal_err {
        stderr_line(format_args!(
            "Ready: give each side its join link (or QR code above), open the facilitator \
             link yourself and the display link on the room's screen. Ctrl-C stops."
        ));
    }
    Ok(())
}

fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/a/{token}", get(participant).post(submit))
        .route("/a/{token}/{edit}", put(revise))
        .route("/f/{token}", get(facilitator))
        .route("/f/{token}/status", get(status))
        .route("/f/{token}/close", post(close))
        .route("/f/{token}/open", post(reopen))
        .route("/f/{token}/report/{slug}", get(facilitator_report))
        .route("/r/{token}", get(display))
        .route("/r/{token}/report/{slug}", get(display_report))
        .fallback(unmatched)
        .method_not_allowed_fallback(unmatched)
        .with_state(app)
}

async fn unmatched() -> Response {
    not_found()
}

/// Every request: the `Host` check, the route, the headers, the log line.
async fn handle(
    app: Arc<App>,
    router: Router,
    peer: SocketAddr,
    req: hyper::Request<hyper::body::Incoming>,
) -> std::result::Result<Response, Infallible> {
    use tower_service::Service;
    let started = Instant::now();
    let method = guard::method_shown(req.method());
    let mut response = if !app.hosts.allows(req.headers()) {
        status_text(StatusCode::MISDIRECTED_REQUEST, "Misdirected request\n")
    } else {
        let client = guard::client(peer, req.headers(), app.trust_proxy);
        let mut req = req.map(Body::new);
        req.extensions_mut().insert(Client(client));
        let mut router = router;
        match tokio::time::timeout(REQUEST_TIMEOUT, router.call(req)).await {
            Ok(Ok(r)) => r,
            Ok(Err(never)) => match never {},
            Err(_) => status_text(StatusCode::REQUEST_TIMEOUT, "Request timeout\n"),
        }
    };
    // The one 404, whatever produced it (a wrong method adds `Allow`).
    if response.status() == StatusCode::NOT_FOUND && response.extensions().get::<Route>().is_none()
    {
        response = not_found();
    }
    guard::secure(response.headers_mut(), &app.plain_policy);
    let route = response.extensions().get::<Route>().map_or("-", |r| r.0);
    stderr_line(format_args!(
        "{} {method} {route} {} {}ms",
        guard::now_utc(),
        response.status().as_u16(),
        started.elapsed().as_millis()
    ));
    Ok(response)
}

/// The client of a request (set by [`handle`]).
fn client_of(req: &Request) -> IpAddr {
    req.extensions()
        .get::<Client>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0)
}

type Segments1 = Result<UrlPath<String>, axum::extract::rejection::PathRejection>;
type Segments2 = Result<UrlPath<(String, String)>, axum::extract::rejection::PathRejection>;

async fn participant(State(app): State<Arc<App>>, path: Segments1, req: Request) -> Response {
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

/// A body read under the size limit; `413` when larger.
async fn body_of(req: Request) -> std::result::Result<(HeaderMap, axum::body::Bytes), Response> {
    let (parts, body) = req.into_parts();
    let too_large = || status_text(StatusCode::PAYLOAD_TOO_LARGE, "Too large\n");
    if parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
        .is_some_and(|n| n > BODY_LIMIT as u64)
    {
        return Err(too_large());
    }
    match axum::body::to_bytes(body, BODY_LIMIT).await {
        Ok(bytes) => Ok((parts.headers, bytes)),
        Err(_) => Err(too_large()),
    }
}

fn conflict() -> Response {
    status_text(StatusCode::CONFLICT, "Conflict\n")
}

fn too_many() -> Response {
    status_text(StatusCode::TOO_MANY_REQUESTS, "Too many requests\n")
}

fn failed() -> Response {
    status_text(
        StatusCode::INTERNAL_SERVER_ERROR,
        "The answer could not be stored\n",
    )
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

async fn submit(State(app): State<Arc<App>>, path: Segments1, req: Request) -> Response {
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
    if !app.limit.allow(client) {
        return tagged("/a/…", too_many());
    }
    let (headers, body) = match body_of(req).await {
        Ok(x) => x,
        Err(r) => return tagged("/a/…", r),
    };
    if !app.open() {
        return tagged("/a/…", conflict());
    }
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

async fn revise(State(app): State<Arc<App>>, path: Segments2, req: Request) -> Response {
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
    if !app.limit.allow(client) {
        return tagged("/a/…/…", too_many());
    }
    let (headers, body) = match body_of(req).await {
        Ok(x) => x,
        Err(r) => return tagged("/a/…/…", r),
    };
    if !app.open() {
        return tagged("/a/…/…", conflict());
    }
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

async fn facilitator(State(app): State<Arc<App>>, path: Segments1, req: Request) -> Response {
    match path {
        Ok(UrlPath(token)) if app.facilitator(&token) => tagged(
            "/f/…",
            session_page(&app, &token, true, req.headers()).await,
        ),
        Ok(_) => app.unknown(client_of(&req)),
        Err(_) => not_found(),
    }
}

async fn display(State(app): State<Arc<App>>, path: Segments1, req: Request) -> Response {
    match path {
        Ok(UrlPath(token)) if app.display(&token) => tagged(
            "/r/…",
            session_page(&app, &token, false, req.headers()).await,
        ),
        Ok(_) => app.unknown(client_of(&req)),
        Err(_) => not_found(),
    }
}

async fn status(State(app): State<Arc<App>>, path: Segments1, req: Request) -> Response {
    match path {
        Ok(UrlPath(token)) if app.facilitator(&token) => {
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
        Ok(_) => app.unknown(client_of(&req)),
        Err(_) => not_found(),
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

async fn close(State(app): State<Arc<App>>, path: Segments1, req: Request) -> Response {
    match path {
        Ok(UrlPath(token)) if app.facilitator(&token) => set_open(&app, false, "/f/…/close").await,
        Ok(_) => app.unknown(client_of(&req)),
        Err(_) => not_found(),
    }
}

async fn reopen(State(app): State<Arc<App>>, path: Segments1, req: Request) -> Response {
    match path {
        Ok(UrlPath(token)) if app.facilitator(&token) => set_open(&app, true, "/f/…/open").await,
        Ok(_) => app.unknown(client_of(&req)),
        Err(_) => not_found(),
    }
}

async fn facilitator_report(
    State(app): State<Arc<App>>,
    path: Segments2,
    req: Request,
) -> Response {
    match path {
        Ok(UrlPath((token, slug))) if app.facilitator(&token) && app.partner(&slug).is_some() => {
            tagged("/f/…/report/…", report(&app, &slug, req.headers()).await)
        }
        Ok(_) => app.unknown(client_of(&req)),
        Err(_) => not_found(),
    }
}

async fn display_report(State(app): State<Arc<App>>, path: Segments2, req: Request) -> Response {
    match path {
        Ok(UrlPath((token, slug))) if app.display(&token) && app.partner(&slug).is_some() => {
            tagged("/r/…/report/…", report(&app, &slug, req.headers()).await)
        }
        Ok(_) => app.unknown(client_of(&req)),
        Err(_) => not_found(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_never_name_an_unspecified_address() {
        for listen in ["0.0.0.0:8080", "[::]:8080"] {
            let found = bases(None, listen.parse().unwrap());
            assert!(!found.is_empty());
            for base in &found {
                assert!(
                    base.starts_with("http://") && base.ends_with(":8080"),
                    "{base}"
                );
                assert!(
                    !base.contains("0.0.0.0") && !base.contains("[::]"),
                    "{base}"
                );
            }
        }
        assert_eq!(
            bases(None, "127.0.0.1:9".parse().unwrap()),
            ["http://127.0.0.1:9"]
        );
        assert_eq!(
            bases(
                Some("https://x.example/ws/"),
                "127.0.0.1:9".parse().unwrap()
            ),
            ["https://x.example/ws"]
        );
    }

    #[test]
    fn hosts_are_the_address_localhost_and_the_public_host() {
        let h = hosts(
            Some("https://user@Survey.Example.org:8443/ws"),
            "127.0.0.1:9".parse().unwrap(),
        );
        assert_eq!(h.0, ["localhost", "127.0.0.1", "survey.example.org"]);
        let all = hosts(None, "0.0.0.0:9".parse().unwrap());
        assert!(all.0.contains(&"127.0.0.1".to_owned()) && !all.0.contains(&"0.0.0.0".to_owned()));
    }
}
