// Shared harness for the end-to-end journeys: serves the release build in dist/ on 127.0.0.1
// (compressed, as users get it),
// launches Debian's Chromium through playwright-core, and records everything a journey must not
// produce: console errors, page errors, requests to any origin but the app's own, and anything the
// Content-Security-Policy refused (its `securitypolicyviolation` events and console reports).
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveDir } from "../../tools/serve.mjs";

const DIST = new URL("../../dist/", import.meta.url).pathname;
export const SCREENSHOTS = new URL("../../target/screenshots/", import.meta.url).pathname;

/** Serves dist/ compressed, with cache headers, as a static host would (tools/serve.mjs). */
export function serveDist() {
  return serveDir(DIST);
}

/**
 * Launches Chromium with a fresh profile. `viewport` defaults to a 360 px phone. `profile` reuses
 * a profile directory (kept on close), `args` adds Chromium flags (e.g. `--app=URL`).
 */
export async function launch({ viewport = { width: 360, height: 780 }, profile: kept, args = [] } = {}) {
  const profile = kept ?? mkdtempSync(join(tmpdir(), "listo-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    viewport,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...args,
    ],
  });
  const close = async () => {
    await context.close();
    if (!kept) rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/**
 * Opens a page that records problems: `problems()` lists console errors, page errors, requests
 * to foreign origins and CSP violations, so each journey can assert it is empty. `requests()`
 * lists every URL the page asked for (tests/e2e/private.test.mjs checks them all).
 */
export async function openPage(context, origin) {
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  const requests = [];
  page.on("console", (msg) => {
    const text = msg.text();
    if (msg.type() === "error") problems.push(`console error: ${text}`);
    else if (/Content.Security.Policy/i.test(text)) problems.push(`CSP console report: ${text}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("request", (req) => {
    const url = req.url();
    requests.push(url);
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      problems.push(`request to a foreign origin: ${url}`);
    }
  });
  // Every document of the page reports what the CSP refused, from its first script on.
  await page.exposeFunction("__listoCspViolation", (v) =>
    problems.push(`CSP violation: ${v.directive} refused ${v.blocked || "(inline)"} in ${v.source}:${v.line}${v.sample ? ` «${v.sample}»` : ""}`),
  );
  await page.addInitScript(() => {
    addEventListener("securitypolicyviolation", (e) =>
      window.__listoCspViolation({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample }),
    );
  });
  return { page, problems: () => problems.slice(), requests: () => requests.slice() };
}

/** Saves a screenshot (full page unless `fullPage: false`) under target/screenshots/. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** A fresh browser (empty storage) with a recording page open at the app's editor. */
export async function openApp(origin, viewport) {
  const browser = await launch(viewport ? { viewport } : undefined);
  const { page, problems, requests } = await openPage(browser.context, origin);
  await page.goto(origin + "/");
  await page.getByRole("heading", { name: "Listo" }).waitFor();
  return { browser, page, problems, requests };
}
