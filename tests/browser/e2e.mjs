// The end-to-end test's browser: people fill forms by clicking, and pages
// are photographed at 1280 and 390 px.
//   node tests/browser/e2e.mjs PLAN.json
// PLAN: {"people": [{"form", "downloads", "respondent", "answers": {id: value},
//         "expected": {dimension: value}, "notes": {dimension: text}, "shot", "now"}],
//        "pages": [{"name", "page"}], "shots": DIR}
// Each person gets a browser context of their own (another computer, as far
// as the page can tell). Prints one JSON object; tests/it/e2e.rs asserts on it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const plan = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
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

// What a phone reader meets: the page's scroll width against the viewport.
const widths = (page) => page.evaluate(() => ({
  viewport: document.documentElement.clientWidth,
  scrollWidth: document.documentElement.scrollWidth,
}));

const result = { people: [], pages: {}, errors: [], requests: [] };
const watch = (page, own) => {
  page.on("pageerror", (e) => result.errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") result.errors.push(m.text()); });
  page.on("request", (r) => {
    const u = r.url();
    if (u !== own && !u.startsWith("blob:") && !u.startsWith("data:")) result.requests.push(u);
  });
};

try {
  for (const person of plan.people) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const url = pathToFileURL(path.resolve(person.form)).href;
    watch(page, url);
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    fs.mkdirSync(person.downloads, { recursive: true });
    await cdp.send("Browser.setDownloadBehavior", {
      behavior: "allow",
      downloadPath: path.resolve(person.downloads),
      browserContextId: context.id,
    });
    // A later round is answered months later: the page's clock says so.
    if (person.now) {
      await page.evaluateOnNewDocument((now) => {
        const Real = Date;
        const offset = new Real(now).getTime() - Real.now();
        class Later extends Real {
          constructor(...a) { if (a.length) super(...a); else super(Real.now() + offset); }
          static now() { return Real.now() + offset; }
        }
        globalThis.Date = Later;
      }, person.now);
    }
    await page.goto(url, { waitUntil: "load" });
    if (person.shot) {
      for (const width of [1280, 390]) {
        await page.setViewport({ width, height: 900 });
        result.pages[person.shot] ??= {};
        result.pages[person.shot][width] = await widths(page);
        await page.screenshot({ path: path.join(plan.shots, `e2e-${person.shot}-${width}.png`) });
      }
      await page.setViewport({ width: 1280, height: 900 });
    }
    if (person.respondent) await page.type("#pc-respondent", person.respondent);
    for (const [id, value] of Object.entries(person.answers)) {
      await page.click(`input[name="${id}"][value="${value}"]`);
    }
    for (const [dim, value] of Object.entries(person.expected || {})) {
      await page.click(`input[name="expected.${dim}"][value="${value}"]`);
    }
    for (const [dim, text] of Object.entries(person.notes || {})) {
      await page.type(`#n-${dim}`, text);
    }
    const progress = await page.$eval("#pc-progress", (e) => e.textContent);
    await page.click("#pc-save");
    const deadline = Date.now() + 15000;
    let saved = [];
    while (Date.now() < deadline) {
      saved = fs.readdirSync(person.downloads).filter((f) => f.endsWith(".toml"));
      if (saved.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const message = await page.$eval("#pc-message", (e) => e.textContent);
    result.people.push({ saved, message, progress });
    await context.close();
  }

  for (const { name, page: file } of plan.pages) {
    const page = await browser.newPage();
    const url = pathToFileURL(path.resolve(file)).href;
    watch(page, url);
    result.pages[name] = {};
    for (const width of [1280, 390]) {
      await page.setViewport({ width, height: 900 });
      await page.goto(url, { waitUntil: "load" });
      result.pages[name][width] = await widths(page);
      await page.screenshot({ path: path.join(plan.shots, `e2e-${name}-${width}.png`), fullPage: true });
    }
    await page.close();
  }
} catch (e) {
  result.failure = String((e && e.stack) || e);
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result) + "\n");
