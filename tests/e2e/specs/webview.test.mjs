// The page's defences in the web training mode (SECURITY.md, PLATFORM): its
// Content-Security-Policy lets nothing from another origin load (an image, a connection, a form
// target), and a link that leaves the app does nothing unless it is https and the worker says
// yes. The "hostile content" is put in the page by the test itself, as injected markup would be.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { onboard, openTraining } from '../lib/harness.mjs';

let session;
let page;
let elsewhere;
const hits = [];

before(async () => {
  // Another origin (another port), which counts every request that reaches it.
  elsewhere = createServer((req, res) => { hits.push(req.url); res.end('x'); });
  await new Promise((ok) => elsewhere.listen(0, '127.0.0.1', ok));
  session = await openTraining();
  page = session.page;
  await onboard(page, 'fietsbel paraplu wolkenkrabber');
  // The link guard is installed once the app has rendered and sent its question.
  await page.waitForFunction(() => document.documentElement.dataset.leaveAsk);
});

after(async () => {
  const problems = await session?.close();
  await new Promise((ok) => elsewhere.close(ok));
  // The blocked loads are reported by the browser as console errors; nothing else may be.
  const other = (problems ?? []).filter((p) => !p.includes('Content Security Policy'));
  assert.deepEqual(other, [], 'the app logged no other errors in the browser');
});

const remote = (path) => `http://127.0.0.1:${elsewhere.address().port}${path}`;

/** Runs the script text `inject` (with `arg`) in the page; returns the CSP violations it caused. */
async function violations(inject, arg) {
  return page.evaluate(async ([code, arg]) => {
    const seen = [];
    const listen = (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI });
    document.addEventListener('securitypolicyviolation', listen);
    await new Function('arg', code)(arg);
    await new Promise((ok) => setTimeout(ok, 500));
    document.removeEventListener('securitypolicyviolation', listen);
    return seen;
  }, [inject, arg]);
}

describe('webview', () => {
  test('a remote image, connection or form target is stopped before it leaves the page', async () => {
    const image = await violations(`
      const img = document.createElement('img');
      img.src = arg;
      document.body.appendChild(img);`, remote('/tracker.png'));
    assert.deepEqual(image.map((v) => v.directive), ['img-src']);

    const fetched = await page.evaluate((url) => fetch(url).then(() => 'loaded', () => 'refused'),
      remote('/exfiltrate'));
    assert.equal(fetched, 'refused');

    const here = page.url();
    const form = await violations(`
      const form = document.createElement('form');
      form.action = arg;
      form.method = 'get';
      document.body.appendChild(form);
      form.submit();`, remote('/form'));
    assert.deepEqual(form.map((v) => v.directive), ['form-action']);
    assert.equal(page.url(), here);
    assert.deepEqual(hits, [], 'nothing reached the other origin');
  });

  test('a link away does nothing unless it is https and the worker confirms', async () => {
    const here = page.url();
    const click = (href) => page.evaluate((href) => {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = 'weg';
      document.body.appendChild(a);
      a.click();
      a.remove();
    }, href);
    const navigations = [];
    page.on('request', (r) => { if (r.isNavigationRequest()) navigations.push(r.url()); });
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      return dialog.dismiss();
    });

    // Plain http and script URLs: nothing happens, nothing is asked.
    await click(remote('/away'));
    await click('javascript:document.title="pwned"');
    await page.waitForTimeout(500);
    assert.equal(page.url(), here);
    assert.deepEqual(dialogs, []);
    assert.notEqual(await page.title(), 'pwned');

    // https: the worker is asked, in Dutch, with the address; "no" keeps the app.
    await click('https://example.org/pagina');
    await page.waitForTimeout(500);
    assert.equal(dialogs.length, 1);
    assert.match(dialogs[0], /opent buiten Leefwereld/);
    assert.match(dialogs[0], /https:\/\/example\.org\/pagina/);
    assert.equal(page.url(), here);
    assert.equal(session.context.pages().length, 1, 'no tab was opened');
    assert.deepEqual(navigations, [], 'the page did not navigate');
    assert.match(await page.evaluate(() => document.body.innerText), /Vastleggen/);
    assert.deepEqual(hits, []);
  });

  test('going to the background covers the page at once, and the lock screen comes after', async () => {
    // In the same task as the event, before any round trip to the app: what a phone's app
    // switcher would photograph.
    const covered = await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      return getComputedStyle(document.body).visibility;
    });
    assert.equal(covered, 'hidden');
    await page.evaluate(() => { delete document.visibilityState; });
    // (A function, not a locator: after the blocked form submission above, Playwright would
    // wait for a navigation that never comes.)
    await page.waitForFunction(() => [...document.querySelectorAll('h1')]
      .some((h) => h.textContent.trim() === 'Leefwereld is vergrendeld' && h.checkVisibility()));
    assert.ok(!(await page.evaluate(() => document.documentElement.classList.contains('lw-covered'))));
  });
});
