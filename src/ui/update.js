// Registers the service worker (src/ui/sw.js) and reports a new version that is waiting, so the
// page can offer "Recargar" instead of swapping code under the seller's edit. apply_update()
// lets the waiting worker take over; the page reloads when it does.
let waiting = null;

export function register_sw(on_update) {
  if (!("serviceWorker" in navigator)) return;
  const found = (worker) => {
    waiting = worker;
    on_update();
  };
  navigator.serviceWorker
    .register("sw.js")
    .then((reg) => {
      if (reg.waiting && navigator.serviceWorker.controller) found(reg.waiting);
      reg.addEventListener("updatefound", () => {
        const worker = reg.installing;
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed" && navigator.serviceWorker.controller) found(worker);
        });
      });
    })
    .catch(() => {});
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (waiting) location.reload();
  });
}

export function apply_update() {
  waiting?.postMessage("skip-waiting");
}
