/* newsgraph: details of a highlighted span on click, legend toggles. No libraries, no network. */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }
  ready(function () {
    var popup = document.getElementById("popup");
    var body = document.getElementById("body");
    function hide() { if (popup) { popup.hidden = true; } }
    function show(target, x, y) {
      var content = popup.querySelector(".content");
      while (content.firstChild) { content.removeChild(content.firstChild); }
      for (var n = target; n && n !== body; n = n.parentElement) {
        if (!n.classList || !n.classList.contains("m")) { continue; }
        var d = document.getElementById("d-" + n.getAttribute("data-m"));
        if (d) { var c = d.cloneNode(true); c.removeAttribute("id"); c.hidden = false; content.appendChild(c); }
      }
      popup.hidden = false;
      popup.style.left = Math.max(8, Math.min(x, window.innerWidth - 460)) + "px";
      popup.style.top = (y + 14) + "px";
    }
    if (body && popup) {
      body.addEventListener("click", function (ev) {
        var t = ev.target.closest ? ev.target.closest(".m") : null;
        if (!t) { hide(); return; }
        show(t, ev.pageX, ev.pageY);
        ev.stopPropagation();
      });
      popup.querySelector(".close").addEventListener("click", hide);
      document.addEventListener("click", function (ev) { if (!popup.contains(ev.target)) { hide(); } });
      document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { hide(); } });
    }
    var boxes = document.querySelectorAll(".legend input[data-kind]");
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].addEventListener("change", function (ev) {
        document.body.classList.toggle("hide-" + ev.target.getAttribute("data-kind"), !ev.target.checked);
      });
    }
    var jumps = document.querySelectorAll("a.jump");
    for (var j = 0; j < jumps.length; j++) {
      jumps[j].addEventListener("click", function (ev) {
        var el = document.getElementById(ev.currentTarget.getAttribute("href").slice(1));
        if (!el) { return; }
        var old = document.querySelectorAll(".m.flash");
        for (var k = 0; k < old.length; k++) { old[k].classList.remove("flash"); }
        el.classList.add("flash");
      });
    }
  });
})();
