//! The routes, and what every request goes through: the `Host` check, the
//! route (under a time limit), the one `404`, the headers, the log line.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post, put};

use super::facilitate::{close, display, facilitator, reopen, status};
use super::guard;
use super::participate::{participant, revise, submit};
use super::reply::{Client, Route, not_found, status_text};
use super::report::{display_report, facilitator_report};
use super::state::App;
use crate::error::stderr_line;

/// How long a request may take in all.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

pub(super) fn router(app: Arc<App>) -> Router {
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
pub(super) async fn handle(
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
