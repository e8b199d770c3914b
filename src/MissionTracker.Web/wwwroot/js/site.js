// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    // Forms marked data-autosubmit submit when a filter changes (the submit button stays for keyboard users).
    document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
        select.addEventListener("change", function () { select.form.requestSubmit(); });
    });
    // Delete buttons ask first.
    document.querySelectorAll("[data-confirm]").forEach(function (button) {
        button.addEventListener("click", function (event) {
            if (!window.confirm(button.getAttribute("data-confirm"))) { event.preventDefault(); }
        });
    });
})();
