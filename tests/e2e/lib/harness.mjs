// Shared set-up for the browser tests: a static server for the web build, headless Chromium
// through playwright-core (the system browser, never a downloaded one), and screenshots.

import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, evaluated in the page (through the DevTools protocol, so the
 * app's Content-Security-Policy stays as it is). */
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** The rules of WCAG 2.1, levels A and AA. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..', '..');
export const distDir = resolve(process.env.LEEFWERELD_WEB_DIST ?? join(repoRoot, 'target', 'web-dist'));
export const screenshotDir = resolve(here, '..', 'screenshots');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

/** Serves the web build on 127.0.0.1; unknown paths get index.html (the app routes itself). */
export async function serve() {
  statSync(join(distDir, 'index.html'));
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(distDir, path);
    if (!file.startsWith(distDir) || !isFile(file)) file = join(distDir, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

function isFile(path) {
  try { return statSync(path).isFile(); } catch { return false; }
}

/** A phone-sized headless Chromium (390×844, touch) with its own throw-away profile. */
export async function phone() {
  const profile = mkdtempSync(join(tmpdir(), 'leefwereld-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
  });
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  return {
    context, page, problems,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/**
 * Serves the training mode and opens it on a phone. `close()` shuts both and returns the errors
 * the app logged in the browser, which a spec expects to be none.
 */
export async function openTraining() {
  const server = await serve();
  const browser = await phone();
  browser.page.setDefaultTimeout(10_000);
  await browser.page.goto(server.url);
  return {
    page: browser.page,
    context: browser.context,
    close: async () => {
      await browser.close();
      await server.close();
      return browser.problems;
    },
  };
}

/**
 * What a person finds on the page, by role and by visible text. `page` is a function because
 * a spec opens its page in `before`, after these are made.
 */
export function finders(page) {
  return {
    visible: (locator, timeout = 10_000) => locator.first().waitFor({ state: 'visible', timeout }),
    gone: (locator, timeout = 10_000) => locator.first().waitFor({ state: 'hidden', timeout }),
    heading: (name) => page().getByRole('heading', { level: 1, name, exact: true }),
    button: (name) => page().getByRole('button', { name, exact: true }),
    link: (name) => page().getByRole('link', { name, exact: true }),
    radio: (name) => page().getByRole('radio', { name, exact: true }),
    // A theme chip: the most used themes stand first, the rest behind "Meer thema's", which a
    // person opens when the theme they want is not among the first.
    theme: async (name) => {
      const choice = page().getByRole('radio', { name, exact: true });
      if (!(await choice.isVisible())) {
        await page().locator('details.more-themes > summary').click();
      }
      return choice;
    },
    text: (t) => page().getByText(t, { exact: false }),
    captureLink: (name) => page().locator('.capture-buttons').getByRole('link', { name }),
  };
}

/**
 * Saves a full-page screenshot as screenshots/<name>-<lang>.png. The sticky bars (top bar,
 * tabs, Save) are put back in the flow for the picture, so that a long screen shows whole
 * instead of with the bars painted across its middle.
 */
export async function shot(page, name, lang, { narrow = false } = {}) {
  if (narrow) await narrowShot(page, name, lang);
  await accessible(page, `${name}-${lang}`);
  await fitsSmallestPhone(page, `${name}-${lang}`);
  mkdirSync(screenshotDir, { recursive: true });
  const unroll = await page.addStyleTag({
    content: '.topbar, .tabs, .form-actions { position: static !important; }',
  });
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(screenshotDir, `${name}-${lang}.png`), fullPage: true });
  await unroll.evaluate((node) => node.remove());
}

/**
 * Runs axe-core's WCAG 2.1 A and AA rules over the screen as it is now, prints the outcome
 * under `screen`, and fails with every violation (rule, impact, where) when there is one.
 * `shot` calls it, so every screen a spec photographs is checked, in each language and theme.
 */
export async function accessible(page, screen) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      where: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  }, WCAG);
  console.log(`axe ${screen}: ${violations.length} violation(s)`);
  if (violations.length > 0) {
    const list = violations
      .map((v) => `  ${v.rule} (${v.impact}): ${v.help}\n    ${v.where.join('\n    ')}`)
      .join('\n');
    throw new Error(`accessibility violations on ${screen}:\n${list}`);
  }
}

/**
 * The share of the screen's height that the top bar and the tabs keep covering while the page
 * scrolls (only while they are fixed to the screen).
 */
export async function barsCover(page) {
  const { height } = page.viewportSize();
  const covered = await page.evaluate(() => ['.topbar', '.tabs']
    .map((selector) => document.querySelector(selector))
    .filter((el) => el && ['sticky', 'fixed'].includes(getComputedStyle(el).position))
    .reduce((sum, el) => sum + el.getBoundingClientRect().height, 0));
  return covered / height;
}

/** The same screen photographed at the smallest phone's size too, as `<name>-360-<lang>.png`. */
async function narrowShot(page, name, lang) {
  const size = page.viewportSize();
  await page.setViewportSize(SMALLEST);
  try {
    await shot(page, `${name}-360`, lang);
  } finally {
    await page.setViewportSize(size);
  }
}

/** The smallest phone the app is made for. */
const SMALLEST = { width: 360, height: 780 };

/**
 * Every screen photographed on a phone also fits the smallest phone: the page is narrowed to
 * 360 px for a moment, and any element that sticks out beyond it is named in the failure.
 */
export async function fitsSmallestPhone(page, screen) {
  const size = page.viewportSize();
  if (size.width > 430 || size.width <= SMALLEST.width) return;
  await page.setViewportSize(SMALLEST);
  try {
    await page.waitForTimeout(100);
    const wide = await page.evaluate((w) => {
      if (document.documentElement.scrollWidth <= w) return [];
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > w + 0.5)
        .filter((el) => !el.closest('.table-scroll, pre'))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    }, SMALLEST.width);
    if (wide.length > 0 || !(await fitsPhoneWidth(page))) {
      throw new Error(`${screen} is wider than ${SMALLEST.width} px: ${wide.join(', ')}`);
    }
  } finally {
    await page.setViewportSize(size);
  }
}

/**
 * Whether the page fits the phone's width without sideways scrolling. Compared with the
 * viewport that was asked for, not `innerWidth`: a mobile viewport widens to fit wide content.
 */
export async function fitsPhoneWidth(page) {
  const { width } = page.viewportSize();
  return page.evaluate((w) => document.documentElement.scrollWidth <= w, width);
}

/**
 * Onboards a fresh training vault in Dutch, as a youth worker unless `role` names another
 * (its Dutch label, e.g. 'Teamleider'), and waits for home; for specs that start after the
 * first day (onboarding itself is tested in app.test.mjs).
 */
export async function onboard(page, passphrase, { role } = {}) {
  const { visible, heading, button } = finders(() => page);
  await visible(heading('Welkom bij Leefwereld'));
  if (role) await page.getByLabel('Je rol').selectOption({ label: role });
  await page.getByLabel('Organisatie').fill('Jongerenwerk Zuid');
  await page.getByLabel('Schuilnaam').fill('JW-07');
  await page.getByLabel('Wachtzin', { exact: true }).fill(passphrase);
  await page.getByLabel('Herhaal de wachtzin').fill(passphrase);
  await button('Kluis aanmaken').click();
  await visible(heading('Vastleggen'));
}
