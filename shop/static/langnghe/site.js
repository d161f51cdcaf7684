// Storefront and checkout behaviour that the pages work without: a deferred static file (the
// CSP allows no inline script). An error summary's heading (tabindex="-1") takes focus when
// the page loads, so keyboard and screen reader users start at the list of problems; each
// problem links to its field, which the link focuses (not only scrolls to).
(function () {
  "use strict";
  var heading = document.querySelector(".error-summary [tabindex='-1']");
  if (heading) {
    heading.focus();
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".error-summary a[href^='#']");
    if (!link) {
      return;
    }
    var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (target && typeof target.focus === "function") {
      event.preventDefault();
      var label = document.querySelector("label[for='" + target.id + "']");
      (label || target).scrollIntoView({ block: "start" });
      target.focus({ preventScroll: true });
    }
  });
})();
