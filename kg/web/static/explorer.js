// Type-ahead over names and aliases: asks /api/names?q= and lists links (text only, no HTML).
(function () {
  "use strict";
  function attach(input) {
    var list = input.parentNode.querySelector("ul.suggest");
    if (!list) return;
    var timer = null, seq = 0, active = -1;
    function clear() { while (list.firstChild) list.removeChild(list.firstChild); list.hidden = true; active = -1; }
    function show(results) {
      clear();
      results.forEach(function (r) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = r.href;            // built by the server: /id/..., /doc/... or /entity?iri=...
        a.textContent = r.label + " ";
        var m = document.createElement("span");
        m.className = "muted";
        m.textContent = (r["class"] || "") + (r.matched !== r.label ? " · " + r.matched : "");
        a.appendChild(m); li.appendChild(a); list.appendChild(li);
      });
      list.hidden = results.length === 0;
    }
    input.addEventListener("input", function () {
      var q = input.value.trim();
      clearTimeout(timer);
      if (!q) { clear(); return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        fetch("/api/names?q=" + encodeURIComponent(q) + "&limit=10", {headers: {"Accept": "application/json"}})
          .then(function (r) { return r.json(); })
          .then(function (d) { if (mine === seq) show(d.results || []); })
          .catch(function () { clear(); });
      }, 120);
    });
    input.addEventListener("keydown", function (ev) {
      var items = list.querySelectorAll("a");
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        if (!items.length) return;
        ev.preventDefault();
        if (active >= 0) items[active].classList.remove("active");
        active = (active + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
        items[active].classList.add("active");
      } else if (ev.key === "Enter" && active >= 0 && items[active]) {
        ev.preventDefault(); window.location.href = items[active].href;
      } else if (ev.key === "Escape") { clear(); }
    });
    document.addEventListener("click", function (ev) { if (!list.contains(ev.target) && ev.target !== input) clear(); });
  }
  Array.prototype.forEach.call(document.querySelectorAll("input.typeahead"), attach);
})();
