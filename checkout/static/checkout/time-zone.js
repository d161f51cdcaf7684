// The review page's "place order" form tells the shop the shopper's time zone (an IANA name
// such as "Asia/Tokyo"), so the order's pages and emails show times as the shopper's clock
// does. The server checks the name and falls back to the destination's main zone without it.
(function () {
  "use strict";
  var field = document.getElementById("place-time-zone");
  if (!field || typeof Intl === "undefined" || !Intl.DateTimeFormat) {
    return;
  }
  try {
    field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (error) {
    field.value = "";
  }
})();
