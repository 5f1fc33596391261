// Capacity of the classroom server (tools/classroom.mjs): 40 phones making their first visit at
// once, on loopback. Each "phone" fetches what a first visit fetches: the page, the service worker
// and everything it precaches (dist/sw.js's PRECACHE: first load, catalog data, every module, the
// manifest and icons), with Accept-Encoding br and at most 6 connections, as a browser does.
// The server runs as its own process (as `./x classroom` runs it); its CPU time is read from
// /proc/<pid>/stat (the start-up compression of every file is printed apart). Two rounds of 40:
// the class arriving, then a second class. Prints figures; asserts nothing about speed (run by
// `./x bench`, not by the tests).
import { Agent, get } from "node:http";
import { readFileSync } from "node:fs";
import { startClassroom } from "./classroom-server.mjs";

const PHONES = 40;
const DIST = new URL("../../dist/", import.meta.url).pathname;
const precache = JSON.parse(readFileSync(DIST + "sw.js", "utf8").match(/const PRECACHE = (\[[^\]]*\]);/)[1]);
const FILES = ["", "sw.js", ...precache];

/** utime + stime of a process, in seconds (clock ticks of 1/100 s on Linux). */
const cpu = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

let retries = 0;
/** One GET; like a browser, it retries once when a reused idle connection was reset. */
const fetchOne = (agent, url, again = true) =>
  new Promise((resolve, reject) => {
    get(url, { agent, headers: { "accept-encoding": "br, gzip" } }, (res) => {
      let bytes = 0;
      res.on("data", (d) => (bytes += d.length));
      res.on("end", () => (res.statusCode === 200 && res.headers["content-encoding"] === "br" ? resolve(bytes) : reject(new Error(`${url}: ${res.statusCode} ${res.headers["content-encoding"]}`))));
    }).on("error", (e) => (again && e.code === "ECONNRESET" ? (retries++, fetchOne(agent, url, false).then(resolve, reject)) : reject(e)));
  });

/** One phone's first visit: the page first, then the rest over 6 connections. */
async function phone(origin) {
  const agent = new Agent({ keepAlive: true, maxSockets: 6 });
  const start = performance.now();
  let bytes = await fetchOne(agent, origin);
  const sizes = await Promise.all(FILES.slice(1).map((f) => fetchOne(agent, origin + f)));
  bytes += sizes.reduce((a, b) => a + b, 0);
  agent.destroy();
  return { ms: performance.now() - start, bytes };
}

const started = performance.now();
const room = await startClassroom();
try {
  console.log(`server ready in ${((performance.now() - started) / 1000).toFixed(1)} s (compressing every file once), CPU ${cpu(room.child.pid).toFixed(2)} s`);
  console.log(`${PHONES} phones, first visit each: ${FILES.length} files, over loopback (${room.local})`);
  for (const round of ["first class", "second class"]) {
    const cpuBefore = cpu(room.child.pid);
    const start = performance.now();
    const visits = await Promise.all(Array.from({ length: PHONES }, () => phone(room.local)));
    const wall = performance.now() - start;
    const cpuUsed = cpu(room.child.pid) - cpuBefore;
    const times = visits.map((v) => v.ms).sort((a, b) => a - b);
    const median = (times[PHONES / 2 - 1] + times[PHONES / 2]) / 2;
    const mb = visits.reduce((a, v) => a + v.bytes, 0) / 1e6;
    console.log(`${round}: last phone done at ${(wall / 1000).toFixed(2)} s, median phone ${(median / 1000).toFixed(2)} s, server CPU ${cpuUsed.toFixed(2)} s, ${mb.toFixed(1)} MB sent (${(mb / PHONES).toFixed(2)} MB brotli per phone)${retries ? `, ${retries} reset connection(s) retried` : ""}`);
    retries = 0;
  }
} finally {
  await room.stop("SIGINT");
}
