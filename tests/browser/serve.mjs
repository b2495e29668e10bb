// Drives headless Chromium over the pages of `partnercheck serve`:
//   node tests/browser/serve.mjs LINKS.json SCREENSHOT_DIR
// LINKS.json: {"joins": [{"partner", "side", "url"}], "facilitator": URL, "display": URL}.
// Answers on every join link (phone width for the first two, desktop for
// the others) while the facilitator's page, left open, counts them live;
// runs axe-core (WCAG 2 A and AA) on the participant and facilitator
// pages; closes collection and opens a report. Prints one JSON object of
// what it saw; tests/it/serve_browser.rs asserts on it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [linksPath, shots] = process.argv.slice(2);
const links = JSON.parse(fs.readFileSync(linksPath, "utf8"));
const origin = new URL(links.facilitator).origin;
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
const seen = { foreign: [], errors: [], csp: [] };
const watch = (page) => {
  page.on("request", (r) => { if (!r.url().startsWith(origin)) seen.foreign.push(r.url()); });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.csp.push(m.text());
    else if (m.type() === "error" && !/status of 40[49]/.test(m.text())) seen.errors.push(m.text());
  });
};
const phone = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const desktop = { width: 1280, height: 900 };
// Horizontal scroll of the page itself (wide boxes scroll inside).
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
// axe-core, injected over the DevTools protocol (the page's policy allows
// no other script), WCAG 2 A and AA rules only.
const axe = async (page) => {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  });
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const counts = (page) => page.$$eval("dd[id^=c-]", (ds) => ds.map((d) => d.textContent));

const result = { answered: [], live: [] };
try {
  // The facilitator's page stays open all along.
  const fac = await browser.newPage();
  watch(fac);
  await fac.setViewport(desktop);
  await fac.goto(links.facilitator, { waitUntil: "load" });
  result.before = await counts(fac);
  result.axeFacilitator = await axe(fac);
  await fac.screenshot({ path: path.join(shots, "serve-facilitator-empty.png"), fullPage: true });

  // A German browser gets the German page, at phone width; then the
  // language menu leads to French on the same route.
  {
    const page = await browser.newPage();
    watch(page);
    await page.setViewport(phone);
    await page.setExtraHTTPHeaders({ "Accept-Language": "de-DE,de;q=0.9" });
    await page.goto(links.joins[0].url, { waitUntil: "load" });
    result.german = {
      lang: await page.$eval("html", (e) => e.lang),
      button: await page.$eval("#pc-submit", (e) => e.innerText),
      overflow: await overflow(page),
    };
    result.axeGerman = await axe(page);
    await page.screenshot({ path: path.join(shots, "serve-participant-de-390-top.png") });
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click('.pc-langs a[hreflang="fr"]')]);
    result.german.next = await page.$eval("html", (e) => e.lang);
    await page.close();
  }

  for (const [i, join] of links.joins.entries()) {
    const page = await browser.newPage();
    watch(page);
    const wide = i >= 2;
    await page.setViewport(wide ? desktop : phone);
    await page.goto(join.url, { waitUntil: "load" });
    const entry = { partner: join.partner, side: join.side, width: wide ? 1280 : 390 };
    entry.overflow = await overflow(page);
    entry.heading = await page.$eval(".pc-about", (e) => e.innerText);
    if (i === 0) result.axeParticipant = await axe(page);
    if (i === 0) await page.screenshot({ path: path.join(shots, "serve-participant-390-top.png") });
    await page.type("#pc-respondent", i % 2 ? "" : "Jo Tester");
    const questions = await page.$$eval(".pc-q", (fs) => fs.map((f) => f.id.slice(2)));
    for (const [k, id] of questions.entries()) {
      await page.click(`input[name="${id}"][value="${k === 0 ? "unsure" : String(2 + ((k + i) % 4))}"]`);
    }
    await page.type("#n-learning", "A note from the browser.");
    await page.click("#pc-submit");
    await page.waitForFunction(() => /received/.test(document.getElementById("pc-message").textContent), { timeout: 10000 });
    entry.message = await page.$eval("#pc-message", (e) => e.textContent);
    entry.storage = await page.evaluate(() => ({
      local: Object.keys(localStorage).filter((k) => localStorage.getItem(k).includes("answers")).length,
      edit: Object.keys(sessionStorage).filter((k) => k.startsWith("partnercheck-serve-edit:")).map((k) => sessionStorage.getItem(k)),
    }));
    // A second send revises the same file (PUT with the tab's edit token).
    await page.click(`input[name="${questions[1]}"][value="5"]`);
    await page.click("#pc-submit");
    await page.waitForFunction(() => !document.getElementById("pc-submit").disabled && /received/.test(document.getElementById("pc-message").textContent), { timeout: 10000 });
    if (i === 0 || i === 2) {
      await page.evaluate(() => document.getElementById("pc-submit").scrollIntoView());
      await page.screenshot({ path: path.join(shots, `serve-participant-${wide ? 1280 : 390}.png`) });
    }
    result.answered.push(entry);
    await page.close();
    // The facilitator's page catches up by itself (it polls every 3 s).
    const want = i + 1;
    const deadline = Date.now() + 10000;
    let now = [];
    while (Date.now() < deadline) {
      now = await counts(fac);
      if (now.reduce((a, c) => a + Number(c), 0) === want) break;
      await sleep(200);
    }
    result.live.push(now);
  }
  await fac.screenshot({ path: path.join(shots, "serve-facilitator-1280.png"), fullPage: true });
  await fac.setViewport(phone);
  result.facilitatorOverflow = await overflow(fac);
  await fac.screenshot({ path: path.join(shots, "serve-facilitator-390.png"), fullPage: true });
  await fac.setViewport(desktop);

  // Close: the report links appear; one opens the partner's report.
  await fac.click("#pc-close");
  await fac.waitForFunction(() => !document.querySelector(".pc-report").hidden, { timeout: 10000 });
  result.closedState = await fac.$eval("#pc-state", (e) => e.textContent);
  result.axeClosed = await axe(fac);
  const href = await fac.$eval(".pc-report a", (a) => a.href);
  result.reportHref = href.replace(/\/f\/[a-z2-7]{26}\//, "/f/TOKEN/");
  const report = await browser.newPage();
  watch(report);
  await report.setViewport(phone);
  const response = await report.goto(href, { waitUntil: "load" });
  result.reportStatus = response.status();
  result.reportOverflow = await overflow(report);
  result.reportTitle = await report.title();
  await report.screenshot({ path: path.join(shots, "serve-report-390.png") });
  await report.close();

  const display = await browser.newPage();
  watch(display);
  await display.setViewport(desktop);
  await display.goto(links.display, { waitUntil: "load" });
  result.displayLinks = await display.$$eval(".pc-report a", (as) => as.filter((a) => !a.closest("[hidden]")).length);
  result.axeDisplay = await axe(display);
  await display.screenshot({ path: path.join(shots, "serve-display-1280.png"), fullPage: true });
  await display.setViewport(phone);
  result.displayOverflow = await overflow(display);
} catch (e) {
  result.failure = String(e && e.stack || e);
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
result.seen = seen;
process.stdout.write(JSON.stringify(result) + "\n");
