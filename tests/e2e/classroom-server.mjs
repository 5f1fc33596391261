// Starts the classroom server (tools/classroom.mjs) as a child process, as a trainer's `./x
// classroom` does, on loopback and a free port, for the classroom journey and its bench. The LAN
// address it publishes is fixed to a documentation address (192.0.2.0/24, never routed), so the
// tests are the same on every machine and nothing listens beyond 127.0.0.1.
import { spawn } from "node:child_process";
import { connect } from "node:net";

const ROOT = new URL("../../", import.meta.url).pathname;
export const LAN = "192.0.2.50";

/** Resolves to { child, local, url, stop } once the server prints its addresses. */
export function startClassroom() {
  const child = spawn(process.execPath, ["tools/classroom.mjs", "--dir", "dist", "--port", "0", "--host", "127.0.0.1", "--address", LAN], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let started = false;
  return new Promise((resolve, reject) => {
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => reject(new Error(`classroom server exited ${code}: ${out}`)));
    child.stdout.on("data", (d) => {
      out += d;
      if (started) return;
      const local = out.match(/this laptop: (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
      const url = out.match(/phones: +(http:\/\/\S+\/)/)?.[1];
      if (!local || !url) return;
      started = true;
      child.removeAllListeners("exit");
      const exited = new Promise((r) => child.on("exit", (code, signal) => r({ code, signal, out })));
      resolve({ child, local, url, output: () => out, stop: (signal = "SIGINT") => (child.kill(signal), exited) });
    });
  });
}

/** One raw HTTP request with `path` exactly as written (fetch and URL would normalise `..`). */
export function rawGet(origin, path) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`));
    let data = "";
    socket.on("data", (d) => (data += d.toString("latin1")));
    socket.on("end", () => resolve({ status: Number(data.match(/^HTTP\/1\.1 (\d+)/)?.[1]), text: data }));
    socket.on("error", reject);
  });
}
