// The classroom server: a trainer's laptop serves Listo to the participants' phones over the
// room's Wi-Fi (or the laptop's own hotspot), with no internet (docs/classroom.md).
// - Serves dist/ exactly as tools/serve.mjs does (brotli/gzip, types, cache headers, nothing
//   outside dist/), listening on every interface (0.0.0.0).
// - Finds the laptop's LAN IPv4 address, prints it and a QR code for it in the terminal, and
//   shows the same QR code in big type at /aula, for the projector.
// - Compresses every file once before listening, so 40 phones arriving at once never wait on it.
// - Publishes /listo-classroom.json = {"url": "http://<lan-ip>:<port>/"}: the share and workshop
//   modules make their links and QR codes from it (src/ui/classroom.rs), so a trainer who opens
//   Listo at 127.0.0.1 still hands the phones an address they can reach.
// - Stops cleanly (exit 0) on Ctrl-C (SIGINT) and SIGTERM.
//
//   node tools/classroom.mjs [--port 8080] [--host 0.0.0.0] [--dir dist] [--address 192.168.1.20]
// (`./x classroom` builds the release first, then runs this.)
import { networkInterfaces } from "node:os";
import QRCode from "qrcode";
import { serveDir } from "./serve.mjs";

/** Private IPv4 ranges (RFC 1918): the addresses a room's Wi-Fi or a hotspot hands out. */
const PRIVATE = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/;
/** Interfaces made by containers and VMs, never the room's network. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|lxc|cni|flannel|tun|tap|wg)/;

/** The address the phones can reach: a private IPv4 on a real interface, else any IPv4. */
export function lanAddress(interfaces = networkInterfaces()) {
  const candidates = Object.entries(interfaces).flatMap(([name, list]) =>
    (list ?? []).filter((a) => (a.family === "IPv4" || a.family === 4) && !a.internal).map((a) => ({ name, address: a.address })),
  );
  const rank = (c) => (VIRTUAL.test(c.name) ? 2 : 0) + (PRIVATE.test(c.address) ? 0 : 1);
  candidates.sort((a, b) => rank(a) - rank(b));
  return candidates[0]?.address ?? null;
}

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** The projector page's styles: a file of its own, since the app's Content-Security-Policy
 *  (`style-src 'self'`) refuses inline styles. */
export const PROJECTOR_CSS = `body{margin:0;font-family:system-ui,sans-serif;background:#fff;color:#1c2430;text-align:center}
main{display:flex;flex-direction:column;align-items:center;justify-content:center;min-height:100vh;padding:2vh 4vw;box-sizing:border-box}
h1{font-size:6vh;margin:0 0 1vh;color:#1f4fa8}
p{font-size:3.4vh;margin:.6vh 0;max-width:60ch}
.qr{width:min(54vh,80vw);height:auto;display:block;margin:2vh auto}
.qr svg{width:100%;height:auto;display:block}
.url{font-size:8vh;font-weight:700;letter-spacing:.02em;margin:1vh 0;word-break:break-all}
.en{color:#4a5565;font-size:2.6vh}
`;

/** The projector page: the address in big type and its QR code (SVG), Spanish first. No
 *  script, no inline style. */
export function projectorPage(url, svg) {
  const shown = url.replace(/^http:\/\//, "").replace(/\/$/, "");
  return `<!doctype html>
<html lang="es-EC">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Listo en el aula · ${escapeHtml(shown)}</title>
<link rel="stylesheet" href="aula.css">
</head>
<body>
<main>
<h1>Abre Listo en tu celular</h1>
<p>Conéctate a la red Wi-Fi del aula y escanea este código con la cámara, o escribe la dirección.</p>
<div class="qr" role="img" aria-label="Código QR de ${escapeHtml(url)}">${svg}</div>
<p class="url">${escapeHtml(shown)}</p>
<p class="en">Join the room's Wi-Fi and scan this code with the camera, or type the address.</p>
</main>
</body>
</html>
`;
}

/** Starts the classroom server; resolves to { url, local, close, server }. */
export async function startClassroom({ dir = "dist", port = 8080, host = "0.0.0.0", address } = {}) {
  // The port is known only once listening (port 0 = a free one), so the pages are filled then.
  const extra = {};
  const served = await serveDir(dir, { port, host, extra, precompress: true });
  const actual = served.server.address().port;
  const ip = address ?? lanAddress() ?? "127.0.0.1";
  const url = `http://${ip}:${actual}/`;
  const svg = await QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M", color: { dark: "#000000", light: "#ffffff" } });
  served.setExtra({
    "/listo-classroom.json": { type: "application/json", body: JSON.stringify({ url }) },
    "/aula": { type: "text/html; charset=utf-8", body: projectorPage(url, svg) },
    "/aula.css": { type: "text/css; charset=utf-8", body: PROJECTOR_CSS },
  });
  return { url, local: `http://127.0.0.1:${actual}/`, lanFound: ip !== "127.0.0.1", close: served.close, server: served.server };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  console.log("Preparando Listo (comprimiendo los archivos una vez)… / Compressing the files once…");
  const room = await startClassroom({ dir: arg("--dir", "dist"), port: Number(arg("--port", 8080)), host: arg("--host", "0.0.0.0"), address: arg("--address") });
  console.log(`\nListo en el aula / Listo in the classroom\n`);
  console.log(await QRCode.toString(room.url, { type: "terminal", small: true, errorCorrectionLevel: "M" }));
  console.log(`  Celulares / phones:   ${room.url}`);
  console.log(`  Proyector / projector: ${room.url}aula`);
  console.log(`  Esta laptop / this laptop: ${room.local}`);
  if (!room.lanFound) console.log("  ¡Ojo! No se encontró una red local: conecta la laptop al Wi-Fi o activa su punto de acceso. / No local network found.");
  console.log(`\nCtrl+C para detener / to stop.`);
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    room.server.closeAllConnections?.();
    await room.close();
    console.log(`\nDetenido (${signal}). / Stopped.`);
    process.exit(0);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}
