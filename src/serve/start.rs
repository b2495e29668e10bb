//! A session started: the answers folder checked, the session opened or
//! resumed, the pages made, the links printed; then connections accepted
//! until Ctrl-C or SIGTERM, and a graceful stop.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};

use super::config::Config;
use super::links::{bases, hosts, print_links};
use super::routes::{handle, router};
use super::session::{self, Session};
use super::state::{App, Partner};
use super::{files, guard, pages, words};
use crate::error::{Error, Result, stderr_line};
use crate::model::answers::Side;
use crate::model::questionnaire::Questionnaire;

/// How long a stop waits for requests in flight.
const STOP_GRACE: Duration = Duration::from_millis(4_000);

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

pub(super) async fn serve(config: Config) -> Result<()> {
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
