// Drives headless Chromium over a form written by `partnercheck form`:
//   node tests/browser/form.mjs FORM.html DOWNLOAD_DIR [UNNAMED.html [NEXT.html]]
// Prints one JSON object of what it saw; tests/form.rs asserts on it. The
// form must have been written without --side (the page asks for it);
// UNNAMED.html, when given, without --partner either; NEXT.html, when given,
// is FORM.html for the next round.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const [formPath, downloads, unnamedPath, nextPath] = process.argv.slice(2);
const nextUrl = nextPath ? pathToFileURL(path.resolve(nextPath)).href : null;
const url = pathToFileURL(path.resolve(formPath)).href;
const unnamedUrl = unnamedPath ? pathToFileURL(path.resolve(unnamedPath)).href : null;
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
const seen = { requests: [], dialogs: [], errors: [], csp: [] };
const watch = (page) => {
  page.on("request", (r) => {
    const u = r.url();
    if (u !== url && u !== unnamedUrl && u !== nextUrl && !u.startsWith("blob:")) seen.requests.push(u);
  });
  page.on("dialog", async (d) => { seen.dialogs.push(d.message()); await d.dismiss(); });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.csp.push(m.text());
    else if (m.type() === "error") seen.errors.push(m.text());
  });
};
const facts = (page) => page.evaluate(() => ({
  imgs: document.querySelectorAll("img").length,
  checked: [...document.querySelectorAll(".pc-q input:checked")].map((i) => i.name + "=" + i.value),
  expected: [...document.querySelectorAll(".pc-e input:checked")].map((i) => i.name + "=" + i.value),
  expectation: document.querySelector("#e-mutual-gains legend")?.innerText ?? null,
  side: document.querySelector('input[name="pc.side"]:checked')?.value ?? null,
  respondent: document.getElementById("pc-respondent").value,
  note: document.getElementById("n-learning").value,
  progress: document.getElementById("pc-progress").textContent,
  storage: document.getElementById("pc-storage").textContent,
  sideName: document.querySelector(".pc-partner-name")?.textContent ?? null,
  priceSwitch: document.querySelector("#q-mg-price-switch legend").innerText,
  bodyClass: document.body.className,
}));

const result = {};
try {
  const page = await browser.newPage();
  watch(page);
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: "load" });
  result.fresh = await facts(page);
  await page.screenshot({ path: path.join(downloads, "desktop-top.png") });

  // Answer as the partner's staff: every statement 4 (2 where reverse-keyed,
  // so each counts 4), one "Don't know", a name and a note.
  await page.click('input[name="pc.side"][value="them"]');
  await page.type("#pc-respondent", "Jo Tester");
  const questions = await page.$$eval(".pc-q", (fs) => fs.map((f) => f.id.slice(2)));
  const reverse = JSON.parse(process.env.PARTNERCHECK_REVERSE || "[]");
  for (const [i, id] of questions.entries()) {
    const value = i === 0 ? "unsure" : reverse.includes(id) ? "2" : "4";
    await page.click(`input[name="${id}"][value="${value}"]`);
  }
  await page.type("#n-learning", "They \"teach\" us a lot.\nSecond line.");
  // One expectation: how they think we would rate mutual gains.
  await page.click('input[name="expected.mutual-gains"][value="2"]');
  result.answered = await facts(page);

  // Reload, then open the form again in a new tab: progress is restored.
  // What the page had stored is recorded on both sides of the reload, so
  // that a failure tells the page's restore apart from the browser's
  // storage. PARTNERCHECK_NO_RELOAD=1 leaves this step out (for a test
  // about something else: the figures a form in each language gives).
  const stored = () => page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      out[k] = localStorage.getItem(k);
    }
    return out;
  });
  if (process.env.PARTNERCHECK_NO_RELOAD !== "1") {
    result.storedBeforeReload = await stored();
    await page.reload({ waitUntil: "load" });
    result.reloaded = await facts(page);
    if (result.reloaded.side !== result.answered.side) result.storedAfterReload = await stored();
    const again = await browser.newPage();
    watch(again);
    await again.setViewport({ width: 1280, height: 900 });
    await again.goto(url, { waitUntil: "load" });
    result.reopened = await facts(again);
    await again.close();
  }

  // Keyboard: Tab reaches a radio of the first statement and focus is visible.
  await page.focus("#pc-respondent");
  await page.keyboard.press("Tab");
  result.focus = await page.evaluate(() => {
    const el = document.activeElement;
    const label = el.closest("label");
    return { name: el.name, outline: label ? getComputedStyle(label).outlineStyle : "none" };
  });

  // Save: the download goes to DOWNLOAD_DIR.
  const cdp = await page.createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: path.resolve(downloads) });
  await page.click("#pc-save");
  const deadline = Date.now() + 15000;
  let saved = [];
  while (Date.now() < deadline) {
    saved = fs.readdirSync(downloads).filter((f) => f.endsWith(".toml"));
    if (saved.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  result.saved = saved;
  result.message = await page.$eval("#pc-message", (e) => e.textContent);
  await page.click("#pc-copy");
  result.copied = await page.$eval("#pc-text", (e) => e.value);

  // Pictures: desktop, phone, print.
  await page.evaluate(() => document.getElementById("q-mg-price-switch").scrollIntoView());
  await page.screenshot({ path: path.join(downloads, "desktop.png") });
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(downloads, "phone-top.png") });
  await page.evaluate(() => document.getElementById("q-mg-price-switch").scrollIntoView());
  await page.screenshot({ path: path.join(downloads, "phone.png") });
  await page.setViewport({ width: 800, height: 1100 });
  await page.emulateMediaType("print");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(downloads, "print.png") });
  result.printHidesButtons = await page.$eval("#pc-save", (b) => getComputedStyle(b.parentElement).display === "none");

  // Where the browser refuses storage (as some do for files opened from
  // disk), the page still works and says progress is not kept.
  const closed = await browser.newPage();
  watch(closed);
  await closed.evaluateOnNewDocument(() => {
    Object.defineProperty(window, "localStorage", {
      get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
    });
  });
  await closed.goto(url, { waitUntil: "load" });
  await closed.click('input[name="pc.side"][value="us"]');
  await closed.click('input[name="ca-open-dialogue"][value="5"]');
  await closed.click("#pc-copy");
  result.noStorage = await closed.evaluate(() => ({
    storage: document.getElementById("pc-storage").textContent,
    warned: document.getElementById("pc-storage").className,
    progress: document.getElementById("pc-progress").textContent,
    copied: document.getElementById("pc-text").value,
  }));
  await closed.close();

  // A form that asks for the partner's name: the expectation names the
  // partner typed.
  if (unnamedPath) {
    const unnamed = await browser.newPage();
    watch(unnamed);
    await unnamed.goto(unnamedUrl, { waitUntil: "load" });
    await unnamed.type("#pc-partner", "Beta Co");
    await unnamed.click('input[name="pc.side"][value="us"]');
    result.unnamed = await unnamed.$eval("#e-learning legend", (e) => e.innerText);
    await unnamed.close();
  }
  // The next round's form in the same browser starts empty; a respondent
  // who gives no name keeps one suffix: saving again gives the same name,
  // and after clearing, only the suffix is kept.
  if (nextPath) {
    const next = await browser.newPage();
    watch(next);
    await next.goto(nextUrl, { waitUntil: "load" });
    await next.click('input[name="pc.side"][value="them"]');
    result.nextRound = await facts(next);
    const savedName = async () => {
      await next.click("#pc-save");
      const m = await next.$eval("#pc-message", (e) => e.textContent);
      return (m.match(/Saved as (\S+\.toml)/) || [null, null])[1];
    };
    await next.click('input[name="ca-open-dialogue"][value="5"]');
    const first = await savedName();
    await next.click('input[name="ca-open-dialogue"][value="4"]');
    const second = await savedName();
    const clearShown = await next.$eval("#pc-clear-box", (e) => !e.hidden);
    await next.click("#pc-clear");
    const stored = await next.evaluate(() => {
      const out = {};
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        if (k.includes("2026-12-01")) out[k] = JSON.parse(localStorage.getItem(k));
      }
      return out;
    });
    await next.reload({ waitUntil: "load" });
    await next.click('input[name="pc.side"][value="them"]');
    const cleared = await facts(next);
    await next.click('input[name="ca-open-dialogue"][value="3"]');
    const third = await savedName();
    result.suffix = { first, second, third, clearShown, stored, cleared };
    await next.close();
  }
} catch (e) {
  result.failure = String(e && e.stack || e);
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
result.seen = seen;
process.stdout.write(JSON.stringify(result) + "\n");
