// A small SPARQL editor: a textarea over a highlighted copy of its text, the named queries as
// examples, and results from POST /sparql shown as a table (entity IRIs as explorer links).
// Everything from the query or the results is put into the page as text, never as HTML.
(function () {
  "use strict";
  var ta = document.getElementById("sparql"), hl = document.getElementById("hl");
  var status = document.getElementById("status"), out = document.getElementById("results");
  var named = JSON.parse(document.getElementById("named-queries").textContent);
  var KW = /^(select|construct|describe|ask|where|prefix|base|distinct|reduced|from|named|optional|filter|union|minus|graph|service|bind|values|as|order|by|group|having|limit|offset|asc|desc|not|exists|in|a|count|sum|min|max|avg|sample|group_concat|separator|lang|langmatches|str|iri|uri|bound|regex|contains|strstarts|lcase|ucase|concat|coalesce|if|datatype|true|false)$/i;
  var TOKENS = /(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|([?$][A-Za-z0-9_\u00C0-\uFFFF]+)|([A-Za-z][\w-]*)?:([\w.-]*[\w-])?|(\b\d+(?:\.\d+)?\b)|([A-Za-z_]+)/g;
  function span(cls, text) { var s = document.createElement("span"); s.className = cls; s.textContent = text; return s; }
  function highlight() {
    var text = ta.value, pos = 0, m, frag = document.createDocumentFragment();
    TOKENS.lastIndex = 0;
    while ((m = TOKENS.exec(text)) !== null) {
      if (m.index > pos) frag.appendChild(document.createTextNode(text.slice(pos, m.index)));
      var t = m[0], cls = null;
      if (m[1]) cls = "tok-com"; else if (m[2]) cls = "tok-str"; else if (m[3]) cls = "tok-iri";
      else if (m[4]) cls = "tok-var"; else if (t.indexOf(":") >= 0) cls = "tok-pname";
      else if (m[7]) cls = "tok-num"; else if (m[8] && KW.test(t)) cls = "tok-kw";
      frag.appendChild(cls ? span(cls, t) : document.createTextNode(t));
      pos = m.index + t.length;
      if (t.length === 0) TOKENS.lastIndex++;
    }
    frag.appendChild(document.createTextNode(text.slice(pos) + "\n"));
    while (hl.firstChild) hl.removeChild(hl.firstChild);
    hl.appendChild(frag);
    hl.parentNode.scrollTop = ta.scrollTop; hl.parentNode.scrollLeft = ta.scrollLeft;
  }
  ta.addEventListener("input", highlight);
  ta.addEventListener("scroll", function () { hl.parentNode.scrollTop = ta.scrollTop; hl.parentNode.scrollLeft = ta.scrollLeft; });
  ta.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); run(); }
    else if (ev.key === "Tab") { ev.preventDefault(); var s = ta.selectionStart; ta.setRangeText("  ", s, ta.selectionEnd, "end"); highlight(); }
  });
  var NF = "https://w3id.org/nfkg/id/", DOC = "https://w3id.org/nfkg/doc/";
  function cell(b) {
    var td = document.createElement("td");
    if (!b) return td;
    if (b.type === "uri") {
      var a = document.createElement("a"), v = b.value, slug;
      if (v.indexOf(NF) === 0 && /^[A-Za-z0-9._~%-]+$/.test(slug = v.slice(NF.length))) { a.href = "/id/" + encodeURIComponent(slug); a.textContent = "nf:" + slug; }
      else if (v.indexOf(DOC) === 0 && /^[A-Za-z0-9._~%-]+$/.test(slug = v.slice(DOC.length))) { a.href = "/doc/" + encodeURIComponent(slug); a.textContent = "doc:" + slug; }
      else { a.href = "/entity?iri=" + encodeURIComponent(v); a.textContent = v; }
      td.appendChild(a);
    } else { td.textContent = b.value; if (b["xml:lang"]) td.lang = b["xml:lang"]; }
    return td;
  }
  function show(data) {
    while (out.firstChild) out.removeChild(out.firstChild);
    if (typeof data.boolean === "boolean") { out.textContent = "Answer: " + data.boolean; return; }
    var vars = data.head.vars || [], rows = data.results.bindings || [];
    var table = document.createElement("table"), thead = table.createTHead(), tr = thead.insertRow();
    vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = v; tr.appendChild(th); });
    var tb = table.createTBody();
    rows.forEach(function (r) { var row = tb.insertRow(); vars.forEach(function (v) { row.appendChild(cell(r[v])); }); });
    out.appendChild(table);
  }
  function run() {
    status.textContent = "Running…";
    var t0 = performance.now();
    fetch("/sparql", {method: "POST", headers: {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"},
                      body: "query=" + encodeURIComponent(ta.value)})
      .then(function (r) {
        var trunc = r.headers.get("X-KG-Truncated") === "true";
        return r.text().then(function (body) {
          if (!r.ok) throw new Error(body.trim() || ("HTTP " + r.status));
          var ct = r.headers.get("Content-Type") || "";
          if (ct.indexOf("json") < 0) { out.textContent = body; status.textContent = "Done (graph result)."; return; }
          var data = JSON.parse(body); show(data);
          var n = data.results ? data.results.bindings.length : 1;
          status.textContent = n + " result(s) in " + Math.round(performance.now() - t0) + " ms" + (trunc ? " (truncated)" : "");
        });
      })
      .catch(function (e) { while (out.firstChild) out.removeChild(out.firstChild); status.textContent = ""; var p = document.createElement("p"); p.className = "error"; p.textContent = String(e.message || e); out.appendChild(p); });
  }
  document.getElementById("run").addEventListener("click", run);
  Array.prototype.forEach.call(document.querySelectorAll("button.example"), function (b) {
    b.addEventListener("click", function () {
      var q = named.filter(function (x) { return x.name === b.getAttribute("data-name"); })[0];
      if (!q) return;
      ta.value = q.text.replace(/^\s+/, ""); highlight(); run();
    });
  });
  highlight();
})();
