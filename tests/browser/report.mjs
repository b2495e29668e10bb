// Opens a report written by `partnercheck report --format html` in headless
// Chromium and measures its dot charts:
//   node tests/browser/report.mjs REPORT.html SCREENSHOT_DIR
// Prints one JSON object; tests/it/audience.rs asserts on it. For each
// chart: its size on the page, its dots, and every pair of overlapping
// boxes among its texts and dots (getBBox, in the chart's own units).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const [reportPath, shots] = process.argv.slice(2);
const url = pathToFileURL(path.resolve(reportPath)).href;
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
  const box = (el) => {
    const b = el.getBBox();
    return { x: b.x, y: b.y, w: b.width, h: b.height, text: el.textContent.trim(), tag: el.tagName };
  };
  const meets = (a, b) =>
    a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
  return [...document.querySelectorAll("svg.dots")].map((svg) => {
    const rect = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll("text")].map(box);
    const dots = [...svg.querySelectorAll("circle.dot")].map(box);
    const overlaps = [];
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        if (meets(texts[i], texts[j])) overlaps.push([texts[i].text, texts[j].text]);
      }
      for (const d of dots) {
        if (meets(texts[i], d)) overlaps.push([texts[i].text, "dot at x=" + d.x.toFixed(1)]);
      }
    }
    const viewBox = svg.viewBox.baseVal;
    const inside = dots.every((d) => d.x >= 0 && d.y >= 0 && d.x + d.w <= viewBox.width && d.y + d.h <= viewBox.height);
    return {
      width: rect.width, height: rect.height, texts: texts.length, dots: dots.length,
      dotsInside: inside, overlaps,
    };
  });
});

const result = { errors: [] };
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => result.errors.push(String(e)));
  for (const width of [1280, 390]) {
    await page.setViewport({ width, height: 900 });
    await page.goto(url, { waitUntil: "load" });
    result[width] = {
      charts: await measure(page),
      scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth),
    };
    await page.screenshot({ path: path.join(shots, `report-${width}.png`), fullPage: true });
    const charts = await page.$$("svg.dots");
    for (const [i, chart] of charts.entries()) {
      await chart.screenshot({ path: path.join(shots, `chart-${width}-${i + 1}.png`) });
    }
    await page.evaluate(() => document.querySelector("section.partner").scrollIntoView());
    await page.screenshot({ path: path.join(shots, `section-${width}.png`) });
  }
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result));
