"use strict";
// The answers form of partnercheck: keeps progress in the browser and
// writes an answers file in exactly the layout partnercheck writes.

// A TOML basic string, escaped as partnercheck escapes it.
var pcString = function (text) {
  return '"' + String(text).replace(
    /["\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g,
    function (c) {
      var named = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r" }[c];
      return named || "\\u" + ("000" + c.charCodeAt(0).toString(16).toUpperCase()).slice(-4);
    }) + '"';
};

// The answers file for `st` ({partner, side, respondent, date, answers, notes,
// expected}).
var pcToml = function (data, st) {
  var s = pcString, out = data.header, all = true, keys;
  out += "questionnaire = " + s(data.id) + "\n";
  out += "questionnaire_version = " + s(data.version) + "\n";
  if (data.lang) out += "lang = " + s(data.lang) + "\n";
  out += "partner = " + s(st.partner) + "\n";
  out += st.respondent ? "respondent = " + s(st.respondent) + "\n" : '# respondent = "Your name"\n';
  out += 'side = "' + st.side + '"\n';
  out += st.date ? "date = " + st.date + "\n" : "# date = 2026-01-31\n";
  if (data.round) out += "round = " + data.round + "\n";
  data.dimensions.forEach(function (d) {
    d.questions.forEach(function (q) { if (st.answers[q.id] == null) all = false; });
  });
  out += "complete = " + all + "\n\n[answers]\n";
  data.dimensions.forEach(function (d) {
    out += "\n# " + d.comment + "\n";
    if (d.summary != null) out += "# " + d.summary + "\n";
    d.questions.forEach(function (q) {
      var v = st.answers[q.id];
      out += "\n# " + (st.side === "them" ? q.comment_them : q.comment) + "\n";
      out += v == null ? "# " + q.id + " =\n" : v === "unsure" ? q.id + ' = "unsure"\n' : q.id + " = " + v + "\n";
    });
  });
  keys = Object.keys(st.notes).filter(function (k) { return st.notes[k]; }).sort();
  if (keys.length) {
    out += "\n[notes]\n";
    keys.forEach(function (k) { out += k + " = " + s(st.notes[k]) + "\n"; });
  }
  keys = data.dimensions.filter(function (d) { return st.expected && st.expected[d.id] != null; });
  if (keys.length) {
    out += "\n[expected]\n";
    keys.forEach(function (d) {
      var v = st.expected[d.id];
      out += d.id + (v === "unsure" ? ' = "unsure"\n' : " = " + v + "\n");
    });
  }
  return out;
};

// A file-name part, made as partnercheck makes it (io/names.rs `slug`):
// Unicode NFKD, combining marks dropped, a few letters transliterated,
// every other character not an ASCII letter or digit a separator; lowercased,
// each run of separators one "-", cut to 40, trimmed of "-". "" when nothing
// is left (the part is not known).
var pcLetters = {
  "\u00f8": "o", "\u00d8": "o", "\u00e6": "ae", "\u00c6": "ae", "\u0153": "oe", "\u0152": "oe",
  "\u00df": "ss", "\u1e9e": "ss", "\u0142": "l", "\u0141": "l", "\u0111": "d", "\u0110": "d",
  "\u00fe": "th", "\u00de": "th", "\u0131": "i"
};
var pcSlug = function (text) {
  var out = "", gap = false, chars = Array.from(String(text || "").normalize("NFKD"));
  for (var i = 0; i < chars.length && out.length <= 40; i++) {
    var c = chars[i], t = pcLetters[c];
    if (/\p{M}/u.test(c)) continue;
    if (t === undefined && /^[A-Za-z0-9]$/.test(c)) t = c.toLowerCase();
    if (t === undefined) { gap = true; continue; }
    if (gap && out) out += "-";
    gap = false;
    out += t;
  }
  return out.slice(0, 40).replace(/^-+|-+$/g, "");
};

// A random suffix: six characters a-z0-9, for a respondent who gives no name.
var pcSuffix = function () {
  var abc = "abcdefghijklmnopqrstuvwxyz0123456789", out = "", bytes = new Uint8Array(16);
  while (out.length < 6) {
    crypto.getRandomValues(bytes);
    for (var i = 0; i < bytes.length && out.length < 6; i++) {
      if (bytes[i] < 252) out += abc[bytes[i] % 36];
    }
  }
  return out;
};

// PARTNER-SIDE-RESPONDENT-DATE.toml, leaving out what is not known; with
// the kept suffix when the respondent is not known.
var pcFileName = function (st) {
  var who = pcSlug(st.respondent);
  var parts = [pcSlug(st.partner), st.side || "", who, st.date || "", who ? "" : st.suffix || ""]
    .filter(function (p) { return p; });
  return (parts.length ? parts.join("-") : "answers") + ".toml";
};

(function () {
  if (typeof document === "undefined") return;
  var data = JSON.parse(document.getElementById("pc-data").textContent);
  var w = data.words;
  // A message in the plural form the page's language uses for `count`,
  // with %n, %total and %file filled in.
  var plural = function (forms, count, vars) {
    var form = "other";
    try { form = new Intl.PluralRules(data.locale).select(count); } catch (e) { /* no Intl */ }
    var text = forms[form] || forms.other;
    return fill(text, vars);
  };
  var fill = function (text, vars) {
    return text.replace(/%(n|total|file)/g, function (m, k) { return vars[k] != null ? vars[k] : m; });
  };
  var $ = function (id) { return document.getElementById(id); };
  var partnerInput = $("pc-partner"), respondentInput = $("pc-respondent");
  var store = null;
  try {
    store = window.localStorage;
    store.setItem("partnercheck-probe", "1");
    store.removeItem("partnercheck-probe");
  } catch (e) {
    store = null;
  }
  var storage = $("pc-storage");
  if (store) {
    storage.textContent = w.storage_on;
  } else {
    storage.textContent = w.storage_off;
    storage.className = "pc-storage-off";
  }
  var total = 0;
  data.dimensions.forEach(function (d) { total += d.questions.length; });

  var pad = function (n) { return (n < 10 ? "0" : "") + n; };
  var today = function () {
    var d = new Date();
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  };
  var checked = function (name) {
    var r = document.querySelector('input[name="' + name + '"]:checked');
    return r ? r.value : null;
  };
  var state = function () {
    var st = {
      partner: (partnerInput ? partnerInput.value : data.partner || "").trim(),
      side: data.side || checked("pc.side"),
      respondent: respondentInput.value.trim(),
      date: today(), answers: {}, notes: {}, expected: {}
    };
    data.dimensions.forEach(function (d) {
      d.questions.forEach(function (q) {
        var v = checked(q.id);
        if (v !== null) st.answers[q.id] = v;
      });
      var e = data.expected ? checked("expected." + d.id) : null;
      if (e !== null) st.expected[d.id] = e;
      var note = $("n-" + d.id).value.trim();
      if (note) st.notes[d.id] = note;
    });
    return st;
  };
  // Progress is kept per questionnaire, partner, side and round: the next
  // round's form starts empty.
  var round = data.round || null;
  var setupKey = "partnercheck-form:" + JSON.stringify([data.id, data.version, data.partner, data.side, round]);
  var answersKey = function (st) {
    return "partnercheck-form:" + JSON.stringify([data.id, data.version, st.partner, st.side, round]);
  };
  // The respondent's suffix, drawn once and kept with their progress.
  var suffix = null;
  var read = function (key) {
    try { return JSON.parse(store.getItem(key) || "null"); } catch (e) { return null; }
  };
  var write = function (key, value) {
    try { store.setItem(key, JSON.stringify(value)); } catch (e) { /* full or refused */ }
  };
  var pick = function (name, value) {
    try {
      var r = document.querySelector('input[name="' + name + '"][value="' + value + '"]');
      if (r) r.checked = true;
    } catch (e) { /* not a value of this form */ }
  };
  var show = function () {
    var st = state();
    document.body.className = st.side === "them" ? "side-them" : "side-us";
    if (partnerInput) {
      document.querySelectorAll(".pc-partner-name").forEach(function (name) {
        name.textContent = st.partner || w.the_partner;
      });
    }
    var n = Object.keys(st.answers).length;
    $("pc-progress").textContent = plural(w.progress, total, { n: n, total: total });
    return st;
  };
  var keep = function () {
    var st = show();
    if (!store) return;
    write(setupKey, { partner: st.partner, side: st.side, respondent: st.respondent });
    if (st.partner && st.side) {
      var kept = read(answersKey(st)) || {};
      write(answersKey(st), {
        answers: st.answers, notes: st.notes, expected: st.expected, suffix: kept.suffix || suffix
      });
    }
  };
  // The suffix for this partner and side: the kept one, else a new one
  // (kept from now on).
  var suffixFor = function (st) {
    var kept = store ? read(answersKey(st)) : null;
    if (kept && kept.suffix) return kept.suffix;
    if (!suffix) suffix = pcSuffix();
    if (store) {
      var rec = kept || { answers: st.answers, notes: st.notes, expected: st.expected };
      rec.suffix = suffix;
      write(answersKey(st), rec);
    }
    return suffix;
  };
  if (store) {
    var setup = read(setupKey);
    if (setup) {
      if (partnerInput && setup.partner) partnerInput.value = setup.partner;
      if (!data.side && setup.side) pick("pc.side", setup.side);
      if (setup.respondent) respondentInput.value = setup.respondent;
    }
    var saved = read(answersKey(state()));
    if (saved) {
      Object.keys(saved.answers || {}).forEach(function (id) { pick(id, saved.answers[id]); });
      Object.keys(saved.expected || {}).forEach(function (id) { pick("expected." + id, saved.expected[id]); });
      Object.keys(saved.notes || {}).forEach(function (id) {
        var box = $("n-" + id);
        if (box) box.value = saved.notes[id];
      });
    }
  }
  show();
  document.addEventListener("change", keep);
  document.addEventListener("input", keep);

  var message = $("pc-message");
  var ready = function () {
    var st = state();
    if (!st.partner) {
      message.textContent = w.need_partner;
      partnerInput.focus();
      return null;
    }
    if (!st.side) {
      message.textContent = w.need_side;
      document.querySelector('input[name="pc.side"]').focus();
      return null;
    }
    st.suffix = suffixFor(st);
    var n = Object.keys(st.answers).length;
    message.textContent = n === total
      ? plural(w.all, total, { n: n, total: total })
      : plural(w.partial, total, { n: n, total: total });
    return st;
  };
  if (data.submit) {
    // Served by `partnercheck serve`: send the answers to this page's own
    // address; the edit token the server returns is kept for this tab only.
    var words = data.submit, edit = null, editKey = "partnercheck-serve-edit:" + location.pathname;
    try { edit = window.sessionStorage.getItem(editKey); } catch (e) { edit = null; }
    var button = $("pc-submit");
    button.addEventListener("click", function () {
      var st = ready();
      if (!st) return;
      if (!Object.keys(st.answers).length) { message.textContent = words.none_answered; return; }
      var numbers = function (m) {
        var out = {};
        Object.keys(m).forEach(function (k) { out[k] = m[k] === "unsure" ? "unsure" : Number(m[k]); });
        return out;
      };
      var body = { answers: numbers(st.answers), notes: st.notes, expected: numbers(st.expected) };
      if (st.respondent) body.respondent = st.respondent;
      if (data.lang) body.lang = data.lang;
      button.disabled = true;
      message.textContent = words.sending;
      fetch(location.pathname + (edit ? "/" + edit : ""), {
        method: edit ? "PUT" : "POST", credentials: "omit", cache: "no-store",
        headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
      }).then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (j) {
          button.disabled = false;
          if (r.status === 200 || r.status === 201) {
            edit = j.edit;
            try { window.sessionStorage.setItem(editKey, edit); } catch (e) { /* this send only */ }
            if (store) { try { store.removeItem(answersKey(st)); } catch (e) { /* refused */ } }
            message.textContent = words.sent;
          } else if (r.status === 409) {
            message.textContent = words.closed;
          } else if (r.status === 422) {
            message.textContent = words.refused + " " + (j.errors || []).join(" ");
          } else {
            message.textContent = r.status === 429 ? words.busy : words.failed;
          }
        });
      }, function () { button.disabled = false; message.textContent = words.offline; });
    });
    return;
  }
  $("pc-save").addEventListener("click", function () {
    var st = ready();
    if (!st) return;
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([pcToml(data, st)], { type: "text/plain" }));
    link.download = pcFileName(st);
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 5000);
    message.textContent += " " + fill(w.saved, { file: link.download });
    if (store) $("pc-clear-box").hidden = false;
  });
  // After saving: clear the answers from this browser, keeping only the
  // suffix (saving again later gives the same file name).
  $("pc-clear").addEventListener("click", function () {
    var st = state();
    var keptSuffix = suffixFor(st);
    if (store) {
      write(answersKey(st), { suffix: keptSuffix });
      write(setupKey, { partner: st.partner, side: st.side });
    }
    document.querySelectorAll(".pc-q input:checked, .pc-e input:checked").forEach(function (r) { r.checked = false; });
    document.querySelectorAll("textarea[id^='n-']").forEach(function (t) { t.value = ""; });
    respondentInput.value = "";
    $("pc-clear-box").hidden = true;
    message.textContent = w.cleared;
    show();
  });
  $("pc-copy").addEventListener("click", function () {
    var st = ready();
    if (!st) return;
    var text = $("pc-text");
    text.value = pcToml(data, st);
    $("pc-copy-box").hidden = false;
    text.focus();
    text.select();
    try {
      if (navigator.clipboard) navigator.clipboard.writeText(text.value).catch(function () {});
    } catch (e) { /* select and copy by hand */ }
  });
})();
