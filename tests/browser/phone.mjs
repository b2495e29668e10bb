// Opens every page given in headless Chromium at 1280 and 390 px and
// measures what a phone reader meets (a page named lang-… is saved under
// its own name, the others as figures-NAME-WIDTH.png):
//   node tests/browser/phone.mjs SCREENSHOT_DIR NAME=PAGE.html ...
// Prints one JSON object, {NAME: {1280: …, 390: …}}; tests/it/phone.rs
// asserts on it. Per width: the page's scroll width, the smallest chart
// text as rendered (font size times the chart's scale, in CSS px), and the
// tables that reach past the right edge without a box of their own that
// scrolls, and the chart labels that overlap one another.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const [shots, ...pages] = process.argv.slice(2);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "partnercheck-chromium-"));
const browser = await puppeteer.launch({
  executablePath: process.env.PARTNERCHECK_CHROMIUM || "/usr/bin/chromium",
  headless: true,
  userDataDir: profile,
  args: [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});

const measure = (page) => page.evaluate(() => {
  const viewport = document.documentElement.clientWidth;
  let minChartText = null;
  for (const svg of document.querySelectorAll("svg")) {
    const vb = svg.viewBox && svg.viewBox.baseVal;
    const rect = svg.getBoundingClientRect();
    const scale = vb && vb.width > 0 ? rect.width / vb.width : 1;
    for (const t of svg.querySelectorAll("text")) {
      if (!t.textContent.trim()) continue;
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (minChartText === null || px < minChartText) minChartText = px;
    }
  }
  const scrolls = (el) => {
    for (let a = el.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if (o === "auto" || o === "scroll") return a;
    }
    return null;
  };
  const unboxed = [];
  let boxed = 0;
  for (const table of document.querySelectorAll("table")) {
    const box = scrolls(table);
    if (box) {
      boxed += 1;
      if (box.getBoundingClientRect().right > viewport + 1) unboxed.push(table.innerText.slice(0, 40));
    } else if (table.getBoundingClientRect().right > viewport + 1) {
      unboxed.push(table.innerText.slice(0, 40));
    }
  }
  // Chart labels that overlap another text of the same chart (a label
  // grown in translation running into its neighbour).
  const overlaps = [];
  for (const svg of document.querySelectorAll("svg")) {
    const boxes = [...svg.querySelectorAll("text")]
      .filter((t) => t.textContent.trim())
      .map((t) => [t.textContent.trim(), t.getBoundingClientRect()]);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, p] = boxes[i];
        const [b, q] = boxes[j];
        const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (w > 1 && h > 1) overlaps.push(`${a} | ${b}`);
      }
    }
  }
  // Dot and line charts (drawn to fit a phone) that do not fit their box: cut,
  // with the rest to be found by scrolling.
  const cutCharts = [...document.querySelectorAll("svg.dots, svg.line")]
    .filter((svg) => svg.getBoundingClientRect().right > svg.parentElement.getBoundingClientRect().right + 1)
    .map((svg) => svg.querySelector("title")?.textContent ?? "");
  return {
    viewport,
    overlaps,
    cutCharts,
    scrollWidth: document.documentElement.scrollWidth,
    minChartText,
    unboxed,
    boxed,
  };
});

const result = { errors: [] };
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => result.errors.push(String(e)));
  for (const arg of pages) {
    const at = arg.indexOf("=");
    const name = arg.slice(0, at);
    const url = pathToFileURL(path.resolve(arg.slice(at + 1))).href;
    result[name] = {};
    for (const width of [1280, 390]) {
      await page.setViewport({ width, height: 900 });
      await page.goto(url, { waitUntil: "load" });
      result[name][width] = await measure(page);
      // A page named lang-… keeps its name (lang-report-de-390.png).
      const file = name.startsWith("lang-") ? name : `figures-${name}`;
      await page.screenshot({ path: path.join(shots, `${file}-${width}.png`), fullPage: true });
      await page.screenshot({ path: path.join(shots, `${file}-${width}-top.png`) });
    }
  }
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result));
