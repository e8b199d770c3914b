// Progressive enhancement only: every page works without this file, and the server validates every form again.
(function () {
    "use strict";

    // Forms marked data-autosubmit submit when a filter changes (the submit button stays for keyboard users).
    document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
        select.addEventListener("change", function () { select.form.requestSubmit(); });
    });

    // Buttons with data-confirm ask first.
    document.querySelectorAll("[data-confirm]").forEach(function (button) {
        button.addEventListener("click", function (event) {
            if (!window.confirm(button.getAttribute("data-confirm"))) { event.preventDefault(); }
        });
    });

    // Client-side checks with the API's wording, shown in the same place as the server's messages.
    function messageFor(field) {
        var v = field.validity;
        if (v.valueMissing) { return "This field is required."; }
        if (v.tooLong) { return "At most " + field.maxLength + " characters."; }
        if (v.badInput || v.typeMismatch) { return "This value is not valid."; }
        if (v.patternMismatch && field.title) { return field.title; }
        return field.validationMessage;
    }

    function show(field) {
        var slot = field.form.querySelector("[data-valmsg-for='" + field.name + "']");
        var valid = field.checkValidity();
        field.classList.toggle("input-validation-error", !valid);
        if (valid) { field.removeAttribute("aria-invalid"); } else { field.setAttribute("aria-invalid", "true"); }
        if (slot) {
            slot.textContent = valid ? "" : messageFor(field);
            slot.className = valid ? "field-validation-valid" : "field-validation-error";
            if (!slot.id) { slot.id = "msg-" + field.name.replace(/\W/g, "-"); }
            if (!valid) { field.setAttribute("aria-errormessage", slot.id); }
        }
        return valid;
    }

    document.querySelectorAll("form[data-validate]").forEach(function (form) {
        form.addEventListener("submit", function (event) {
            var firstInvalid = null;
            Array.prototype.forEach.call(form.elements, function (field) {
                if (field.willValidate && field.name && !show(field) && !firstInvalid) { firstInvalid = field; }
            });
            if (firstInvalid) {
                event.preventDefault();
                firstInvalid.focus();
            }
        });
        form.addEventListener("change", function (event) {
            if (event.target.willValidate && event.target.name) { show(event.target); }
        });
    });
})();
