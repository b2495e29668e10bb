"use strict";
// The facilitator's and the room's pages of `partnercheck serve`: counts
// polled (the facilitator's from the status route, the room's from its own
// page, which carries the same status), close and reopen, report links
// once collection is closed.
(function () {
  var data = JSON.parse(document.getElementById("pc-data").textContent);
  var w = data.words, base = location.pathname;
  var $ = function (id) { return document.getElementById(id); };
  var fill = function (t, parts) { return t.replace(/\{(\d+)\}/g, function (_, i) { return parts[+i] || ""; }); };
  var shown = function (n) { return data.expect == null ? String(n) : fill(w.count_of, [String(n), String(data.expect)]); };
  var show = function (st) {
    $("pc-state").textContent = st.open ? w.state_open : w.state_closed;
    if ($("pc-close")) {
      $("pc-close").disabled = !st.open;
      $("pc-open").disabled = st.open;
    }
    st.partners.forEach(function (p, i) {
      var us = $("c-" + i + "-us"), them = $("c-" + i + "-them");
      if (us) us.textContent = shown(p.us);
      if (them) them.textContent = shown(p.them);
    });
    document.querySelectorAll(".pc-report").forEach(function (r) { r.hidden = st.open; });
    $("pc-wait").hidden = !st.open;
  };
  var status = data.display
    ? function () {
      return fetch(base, { credentials: "omit", cache: "no-store" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (t) {
          if (!t) return null;
          var doc = new DOMParser().parseFromString(t, "text/html");
          return JSON.parse(doc.getElementById("pc-status").textContent);
        });
    }
    : function () {
      return fetch(base + "/status", { credentials: "omit", cache: "no-store" })
        .then(function (r) { return r.ok ? r.json() : null; });
    };
  var poll = function () {
    status().then(function (st) { if (st) show(st); }, function () { /* next poll */ });
  };
  var act = function (what) {
    $("pc-message").textContent = "";
    fetch(base + "/" + what, { method: "POST", credentials: "omit", cache: "no-store" })
      .then(function (r) {
        if (r.status === 409) $("pc-message").textContent = w.reopen_refused;
        else if (r.status !== 204) $("pc-message").textContent = w.action_failed;
        poll();
      }, function () { $("pc-message").textContent = w.action_failed; });
  };
  if ($("pc-close")) {
    $("pc-close").addEventListener("click", function () { act("close"); });
    $("pc-open").addEventListener("click", function () { act("open"); });
  }
  poll();
  setInterval(poll, data.poll_ms);
})();
