// What a seller sees if the app's wasm stops. The release wasm is built with
// `-Cpanic=immediate-abort` (./x), so a Rust panic never reaches a panic hook: it is a trap, a
// `WebAssembly.RuntimeError` thrown into whatever event was running. A module that fails to
// compile or start (a broken download) is a `CompileError`/`LinkError` rejected from Trunk's loader.
// Either way the page would go blank or freeze; instead this file, loaded as its own script before
// the wasm (index.html, no inline code: the CSP forbids it), replaces the page with a message and
// a button that exports the drafts straight from localStorage, in the app's own export format
// (`DraftBook::export_json` in src/ui/state/drafts.rs: a JSON array of `{name, listing}`).
// src/ui/panic.rs calls `listoCrash` too, so a debug build shows the same page.
(function () {
  "use strict";
  var DRAFTS_KEY = "listo.drafts.v1";
  var SET_ASIDE_PREFIX = "listo.drafts.unreadable.";
  var shown = false;

  function isWasmFailure(error) {
    var wasm = typeof WebAssembly === "object" ? WebAssembly : null;
    return !!(wasm && error && (error instanceof wasm.RuntimeError || error instanceof wasm.CompileError || error instanceof wasm.LinkError));
  }

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  // Every stored draft book: the current one and any set aside (unreadable or from a newer version).
  function storedTexts() {
    var store = storage();
    var texts = [];
    if (!store) return texts;
    try {
      var main = store.getItem(DRAFTS_KEY);
      if (main) texts.push(main);
      for (var i = 0; i < store.length; i++) {
        var key = store.key(i);
        if (key && key.indexOf(SET_ASIDE_PREFIX) === 0) texts.push(store.getItem(key));
      }
    } catch (e) { /* storage refused: nothing to add */ }
    return texts;
  }

  // The export file's text, and the stored texts that were not draft books (kept whole, never dropped).
  function exportFile() {
    var items = [];
    var raw = [];
    storedTexts().forEach(function (text) {
      try {
        var book = JSON.parse(text);
        (book.drafts || []).forEach(function (d) { items.push({ name: d.name, listing: d.listing }); });
      } catch (e) { raw.push(text); }
    });
    return { json: JSON.stringify(items, null, 2), raw: raw };
  }

  function download(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    return node;
  }

  function show() {
    if (shown || !document.body) return;
    shown = true;
    var box = el("main", "", { "class": "listo-crash", role: "alert", "data-testid": "crash" });
    box.appendChild(el("h1", "Algo salió mal en Listo"));
    box.appendChild(el("p", "La aplicación se detuvo. Tus borradores siguen guardados en este dispositivo: descárgalos antes de recargar, por si acaso."));
    box.appendChild(el("p", "The app stopped. Your drafts are still saved on this device: download them before reloading, just in case.", { lang: "en" }));
    var exportButton = el("button", "Exportar mis borradores", { type: "button" });
    exportButton.addEventListener("click", function () {
      var file = exportFile();
      download("listo-borradores.json", file.json);
      file.raw.forEach(function (text, i) { download("listo-borradores-apartados-" + (i + 1) + ".json", text); });
    });
    var reload = el("button", "Recargar / Reload", { type: "button" });
    reload.addEventListener("click", function () { location.reload(); });
    box.appendChild(exportButton);
    box.appendChild(document.createTextNode(" "));
    box.appendChild(reload);
    document.body.replaceChildren(box);
    exportButton.focus();
  }

  window.listoCrash = function () {
    if (document.body) show(); else document.addEventListener("DOMContentLoaded", show);
  };
  window.addEventListener("error", function (event) {
    if (isWasmFailure(event.error)) window.listoCrash();
  });
  window.addEventListener("unhandledrejection", function (event) {
    if (isWasmFailure(event.reason)) window.listoCrash();
  });
})();
