// The statement upload's drop zone: a file dropped on it becomes the form's file and is sent at once.
// Without this script the plain file input and the Upload button do the same.
(function () {
  var form = document.getElementById("upload-form");
  if (!form) {
    return;
  }
  var zone = form.querySelector("[data-test=dropzone]");
  var input = form.querySelector("input[type=file]");
  var chosen = form.querySelector("[data-test=chosen]");
  var maxBytes = Number(form.getAttribute("data-max-bytes"));

  function show(file) {
    chosen.textContent = file ? file.name + " (" + file.size + " bytes)" : "";
    if (file && maxBytes && file.size > maxBytes) {
      chosen.textContent += ": larger than the limit, the ledger will refuse it";
    }
  }

  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add("dragging");
    });
  });
  ["dragleave", "drop"].forEach(function (type) {
    zone.addEventListener(type, function () {
      zone.classList.remove("dragging");
    });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    if (!event.dataTransfer || event.dataTransfer.files.length !== 1) {
      chosen.textContent = "Drop exactly one file.";
      return;
    }
    input.files = event.dataTransfer.files;
    show(input.files[0]);
    form.requestSubmit();
  });
  input.addEventListener("change", function () {
    show(input.files[0]);
  });
  form.addEventListener("submit", function () {
    form.querySelector("button[type=submit]").disabled = true;
    chosen.textContent = "Uploading " + (input.files[0] ? input.files[0].name : "") + "…";
  });
})();
