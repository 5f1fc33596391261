// Capacity of the classroom server (tools/classroom.mjs, docs/classroom.md): 40 phones opening
// Listo at once for the first time, on loopback (the room's Wi-Fi is the real limit; this
// measures the laptop's share: compressing and sending). Run by `./x bench` after the release
// build; prints figures, asserts nothing about time.
//
// What one first visit fetches, derived from dist/: index.html, then (6 connections at a time,
// like a browser over HTTP/1.1) the service worker and every file it precaches — the first load,
// the catalog data, the verdicts module and, because the worker keeps the whole build for
// offline use, every other module, the manifest and the icons. All with Accept-Encoding: br.
//
// Two waves of 40: the first ("cold") includes the server compressing each file once (brotli
// quality 11, as tools/serve.mjs does); the second ("warm") is a class arriving after that.
// The server runs as a child process; its CPU time is read from /proc/<pid>/stat.
import { readFileSync } from "node:fs";
import { Agent, get } from "node:http";
import { execFileSync } from "node:child_process";
import { startClassroom } from "./classroom-server.mjs";

const PHONES = 40;
const CONNECTIONS = 6;
const DIST = new URL("../../dist/", import.meta.url).pathname;

/** Every path a first visit fetches, from dist/sw.js's PRECACHE list (written by post-build). */
function firstVisit() {
  const sw = readFileSync(DIST + "sw.js", "utf8");
  const precache = JSON.parse(sw.match(/const PRECACHE = (\[[^\]]*\]);/)[1]);
  return ["sw.js", ...precache];
}

const TICK = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
/** User + system CPU seconds of a process so far (fields 14 and 15 of /proc/<pid>/stat). */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICK;
}

/** One GET through `agent`; resolves to the bytes received (compressed, as on the wire). */
function fetchBytes(origin, path, agent) {
  return new Promise((resolve, reject) => {
    get(`${origin}${path}`, { agent, headers: { "accept-encoding": "br" } }, (res) => {
      let bytes = 0;
      res.on("data", (d) => (bytes += d.length));
      res.on("end", () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${path}: ${res.statusCode}`))));
    }).on("error", reject);
  });
}

/** One phone's first visit: index.html, then everything else, CONNECTIONS at a time. */
async function phone(origin, files) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const start = performance.now();
  let bytes = await fetchBytes(origin, "/", agent);
  const queue = [...files];
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (queue.length) bytes += await fetchBytes(origin, "/" + queue.shift(), agent);
    }),
  );
  agent.destroy();
  return { ms: performance.now() - start, bytes };
}

async function wave(room, files, name) {
  const pid = room.child.pid;
  const cpuBefore = cpuSeconds(pid);
  const start = performance.now();
  const visits = await Promise.all(Array.from({ length: PHONES }, () => phone(room.local.replace(/\/$/, ""), files)));
  const last = performance.now() - start;
  const cpu = cpuSeconds(pid) - cpuBefore;
  const times = visits.map((v) => v.ms).sort((a, b) => a - b);
  const median = (times[PHONES / 2 - 1] + times[PHONES / 2]) / 2;
  const total = visits.reduce((s, v) => s + v.bytes, 0);
  console.log(
    `${name.padEnd(5)} ${PHONES} phones: last done ${(last / 1000).toFixed(2)} s, median ${(median / 1000).toFixed(2)} s, ` +
      `server CPU ${cpu.toFixed(2)} s, ${(total / 1e6).toFixed(1)} MB sent (${(visits[0].bytes / 1e6).toFixed(2)} MB each)`,
  );
}

const files = firstVisit();
const room = await startClassroom();
try {
  console.log(`classroom server on loopback; a first visit = index.html + ${files.length} files, brotli, ${CONNECTIONS} connections per phone`);
  await wave(room, files, "cold");
  await wave(room, files, "warm");
} finally {
  const { code } = await room.stop("SIGINT");
  if (code !== 0) throw new Error(`classroom server exited ${code}`);
}
