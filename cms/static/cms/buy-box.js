// The story page's buy box: ticking a variant shows its price, stock, quantity limit and (when
// variants have their own photos) its photo at once. The form works without this script (the ticked radio is what is posted); the script
// only saves a round trip. Values come from the radios' data-* attributes, which the server
// escapes; no inline script, so the storefront's strict CSP holds.
(function () {
  "use strict";
  var form = document.querySelector("form.add-to-cart");
  if (!form) {
    return;
  }
  var price = form.querySelector(".selected-price");
  var stock = form.querySelector(".selected-stock");
  var quantity = form.querySelector("input[name=quantity]");
  var hero = document.querySelector("[data-variant-hero]");
  // The trust lines below the form: delivery, shipping price and duties of the ticked variant.
  var trust = document.querySelector(".buy-box .trust");
  var lines = trust
    ? {
        delivery: trust.querySelector(".trust-delivery"),
        shipping: trust.querySelector(".trust-shipping"),
        duties: trust.querySelector(".trust-duties"),
      }
    : {};

  function show(radio) {
    var data = radio.dataset;
    price.textContent = data.price;
    stock.textContent = data.stock;
    // The classes colour the line as the server does: in stock, made to order, few left.
    stock.className = "selected-stock " + data.state + ("low" in data ? " low" : "");
    // The server rendered each variant's <picture> into a <template>: no URL is built here.
    var photo = data.photo && document.getElementById(data.photo);
    if (hero && photo) {
      hero.replaceChildren(photo.content.cloneNode(true));
    }
    Object.keys(lines).forEach(function (name) {
      var line = lines[name];
      if (line) {
        line.textContent = data[name] || "";
        line.hidden = !data[name];
      }
    });
    if (lines.delivery) {
      lines.delivery.classList.toggle("no-shipping", "noShipping" in data);
    }
    if (quantity) {
      quantity.max = data.max;
      if (Number(quantity.value) > Number(data.max)) {
        quantity.value = data.max;
      }
    }
    // The address bar names the choice, so a reload or a shared link keeps it.
    if (window.history && window.history.replaceState) {
      var url = new URL(window.location.href);
      url.searchParams.set("variant", radio.value);
      window.history.replaceState(window.history.state, "", url);
    }
  }

  form.addEventListener("change", function (event) {
    if (event.target.name === "variant" && event.target.checked) {
      show(event.target);
    }
  });
  var checked = form.querySelector("input[name=variant]:checked");
  if (checked && quantity) {
    // Without the script the field allows the largest any variant takes: narrow it now.
    quantity.max = checked.dataset.max;
  }
})();
