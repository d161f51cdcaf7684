// The Stripe Payment Element on the pay page. Configuration comes from the json_script block
// "stripe-payment-config" (no inline script, so a strict CSP works).
(function () {
  "use strict";
  var configElement = document.getElementById("stripe-payment-config");
  var form = document.getElementById("payment-form");
  if (!configElement || !form || typeof window.Stripe !== "function") {
    return;
  }
  var config = JSON.parse(configElement.textContent);
  var stripe = window.Stripe(config.publishableKey);
  var elements = stripe.elements({ clientSecret: config.clientSecret, locale: config.locale });
  elements.create("payment").mount("#payment-element");

  var button = document.getElementById("payment-submit");
  var errors = document.getElementById("payment-errors");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    button.disabled = true;
    errors.textContent = "";
    stripe
      .confirmPayment({ elements: elements, confirmParams: { return_url: config.returnUrl } })
      .then(function (result) {
        // Only reached when confirmation failed; success redirects to return_url.
        if (result && result.error) {
          errors.textContent = result.error.message;
        }
        button.disabled = false;
      });
  });
})();
