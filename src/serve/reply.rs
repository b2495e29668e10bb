//! What every route shares: the path segments it is given, its client,
//! its body under the size limit, and its replies (the one `404`, the
//! status texts, HTML and JSON, the route named for the log).

use std::net::IpAddr;

use axum::extract::{Path as UrlPath, Request};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The largest body accepted.
pub const BODY_LIMIT: usize = 64 * 1024;

/// The route pattern a response came from, for the log.
#[derive(Clone, Copy)]
pub(super) struct Route(pub(super) &'static str);

/// The client a request counts against.
#[derive(Clone, Copy)]
pub(super) struct Client(pub(super) IpAddr);

/// The one `404`: the same status, headers and body for every unknown
/// route, method or token.
pub(super) fn not_found() -> Response {
    status_text(StatusCode::NOT_FOUND, "Not found\n")
}

pub(super) fn status_text(status: StatusCode, text: &'static str) -> Response {
    let mut r = (status, text).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

pub(super) fn tagged(route: &'static str, mut r: Response) -> Response {
    r.extensions_mut().insert(Route(route));
    r
}

pub(super) fn html_page((page, policy): (String, String)) -> Response {
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

pub(super) fn json(status: StatusCode, value: serde_json::Value) -> Response {
    (status, axum::Json(value)).into_response()
}

/// The client of a request (set by [`handle`](super::routes::handle)).
pub(super) fn client_of(req: &Request) -> IpAddr {
    req.extensions()
        .get::<Client>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0)
}

pub(super) type Segments1 =
    std::result::Result<UrlPath<String>, axum::extract::rejection::PathRejection>;
pub(super) type Segments2 =
    std::result::Result<UrlPath<(String, String)>, axum::extract::rejection::PathRejection>;

/// A body read under the size limit; `413` when larger.
pub(super) async fn body_of(
    req: Request,
) -> std::result::Result<(HeaderMap, axum::body::Bytes), Response> {
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

pub(super) fn conflict() -> Response {
    status_text(StatusCode::CONFLICT, "Conflict\n")
}

pub(super) fn too_many() -> Response {
    status_text(StatusCode::TOO_MANY_REQUESTS, "Too many requests\n")
}

pub(super) fn failed() -> Response {
    status_text(
        StatusCode::INTERNAL_SERVER_ERROR,
        "The answer could not be stored\n",
    )
}
