// Citations: open the cited article and highlight the cited span. The article text was split
// server-side at every cited offset into <span data-o="start"> chunks, so highlighting is only
// toggling a class on the chunks inside [start, end): no HTML is parsed or built here.
(function () {
  "use strict";
  var back = null;
  function clear() {
    var marked = document.querySelectorAll(".hl, .cite.active");
    for (var i = 0; i < marked.length; i++) marked[i].classList.remove("hl", "active");
  }
  function show(cite) {
    var art = document.getElementById(cite.getAttribute("data-art"));
    if (!art) return false;
    clear();
    art.open = true;
    cite.classList.add("active");
    var first = null;
    var s = cite.getAttribute("data-s"), e = cite.getAttribute("data-e");
    if (s !== null && e !== null) {
      s = Number(s); e = Number(e);
      var parts = art.querySelectorAll(".text span[data-o]");
      for (var i = 0; i < parts.length; i++) {
        var o = Number(parts[i].getAttribute("data-o"));
        if (o >= s && o < e) {
          parts[i].classList.add("hl");
          if (!first) first = parts[i];
        }
      }
    }
    back = cite;
    var bar = art.querySelector(".back");
    if (bar) bar.hidden = false;
    (first || art).scrollIntoView({ block: first ? "center" : "start" });
    return true;
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var cite = t.closest ? t.closest("a.cite") : null;
    if (cite) {
      if (show(cite)) ev.preventDefault();
      return;
    }
    var b = t.closest ? t.closest("button.back") : null;
    if (b && back) {
      back.scrollIntoView({ block: "center" });
      back.focus();
    }
  });
})();
