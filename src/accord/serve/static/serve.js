// accord serve: open what a link's #fragment points at. An article or a discrepancy linked from
// another page (the outlet record, the disputed list) sits inside a closed <details>: open it,
// and every <details> around it, then scroll to it. No HTML is built here; ids come from the
// server and are looked up with getElementById only.
(function () {
  "use strict";
  function reveal() {
    var id = decodeURIComponent((location.hash || "").slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    if (!el) return;
    for (var n = el; n; n = n.parentElement) {
      if (n.tagName === "DETAILS") n.open = true;
    }
    el.classList.add("target");
    el.scrollIntoView({ block: "start" });
  }
  window.addEventListener("hashchange", reveal);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", reveal);
  else reveal();
})();
