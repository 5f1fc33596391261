// Renders Listo's icons from their SVG sources (assets/icon.svg, assets/icon-maskable.svg) to the
// PNGs the web app manifest names, with Debian's Chromium through playwright-core (already a test
// dependency), so no image tool is needed. Run it after editing an SVG and commit the PNGs:
//
//   node tools/icons.mjs
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const ASSETS = new URL("../assets/", import.meta.url).pathname;
/** Each PNG: its source SVG and its size in pixels (assets/manifest.webmanifest lists them). */
export const ICONS = [
  { png: "icon-192.png", svg: "icon.svg", size: 192 },
  { png: "icon-512.png", svg: "icon.svg", size: 512 },
  { png: "icon-maskable-512.png", svg: "icon-maskable.svg", size: 512 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { png, svg, size } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const source = readFileSync(ASSETS + svg, "utf8").replace(/width="512" height="512"/, `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${source}`);
    await page.screenshot({ path: ASSETS + png, omitBackground: true });
    console.log(`${png}: ${size}×${size} from ${svg}`);
  }
} finally {
  await browser.close();
}
