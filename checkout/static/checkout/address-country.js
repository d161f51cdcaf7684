// The address page: a country picked with the mouse or by touch updates the address form at
// once, as its "Update address form" button does (the server keeps what was typed). A country
// chosen with the keyboard does not submit on its own: some browsers fire "change" for every
// arrow key or typed letter on a closed list, so the shopper presses the button next to it.
// A static file, no inline script: the storefront's Content-Security-Policy forbids those.
(function () {
  "use strict";
  var select = document.querySelector("form.address select[name=country]");
  var button = select && select.form.querySelector("button[name=refresh]");
  if (!button) {
    return;
  }
  var byKeyboard = false;
  select.addEventListener("keydown", function () {
    byKeyboard = true;
  });
  select.addEventListener("pointerdown", function () {
    byKeyboard = false;
  });
  select.addEventListener("change", function () {
    if (byKeyboard) {
      return;
    }
    if (typeof select.form.requestSubmit === "function") {
      select.form.requestSubmit(button);
    } else {
      button.click();
    }
  });
})();
