// Loads an on-demand wasm-bindgen module (built with --target web) once: imports its JS glue,
// initialises it with its wasm file, and keeps the promise. A failed load is forgotten, so the
// next attempt (say, back online) tries again.
const modules = new Map();

export function load_module(js, wasm) {
  if (!modules.has(js)) {
    const base = document.baseURI;
    const loading = import(new URL(js, base).href).then(async (m) => {
      await m.default({ module_or_path: new URL(wasm, base) });
      return m;
    });
    loading.catch(() => modules.delete(js));
    modules.set(js, loading);
  }
  return modules.get(js);
}
