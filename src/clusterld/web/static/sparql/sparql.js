// The /sparql page with JavaScript: YASGUI (served from this server) replaces the plain form, with one tab per
// example query. Without JavaScript, or if YASGUI fails to load, the form keeps working on its own.
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  var form = document.querySelector("form.sparql-form");
  if (!root || !form || typeof Yasgui === "undefined") {
    return;
  }
  // the endpoint is this very server, whatever host it is reached on
  var endpoint = new URL(form.getAttribute("action"), window.location.href).href;
  var links = Array.prototype.slice.call(document.querySelectorAll(".examples a[data-query]"));
  // shown before YASGUI starts: an editor created in a hidden element draws nothing until it is resized
  form.hidden = true;
  root.hidden = false;
  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    autoAddOnInit: links.length === 0,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    // only local completions: the class and property completers would send what is typed to a third party
    yasqe: { autocompleters: ["prefixes"] }
  });
  function open(link, active) {
    return yasgui.addTab(active, {
      name: link.textContent.length > 40 ? link.textContent.slice(0, 38) + "…" : link.textContent,
      yasqe: { value: link.getAttribute("data-query") },
      requestConfig: { endpoint: endpoint, method: "POST" }
    });
  }
  links.forEach(function (link, index) {
    open(link, index === 0);
    link.addEventListener("click", function (event) {
      event.preventDefault();
      open(link, true);
      root.scrollIntoView();
    });
  });
})();
