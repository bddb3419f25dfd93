// Capture while locked, in the web training mode on a phone: a trend and a signal noted on
// the lock screen are encrypted at once and cannot be read back there; after unlock the worker
// confirms one and throws the other away. Screenshots of the lock screen with the quick form
// and of the confirmation, nl and en, at 390 and 360 px. Own page and vault, steps in order.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { finders, fitsPhoneWidth, onboard, openTraining, shot } from '../lib/harness.mjs';

const PASSPHRASE = 'fietsbel paraplu wolkenkrabber';
const TREND = 'Nieuwe challenge met energiedrankjes gaat rond op school';
const SIGNAL = 'Oproep om vrijdag bij het station af te spreken voor een afrekening';

let session;
let page;
const { visible, gone, heading, button, text } = finders(() => page);
const pageText = () => page.evaluate(() => document.body.innerText);

before(async () => {
  session = await openTraining();
  page = session.page;
});

after(async () => {
  const problems = await session?.close();
  assert.deepEqual(problems ?? [], [], 'the app logged no errors in the browser');
});

async function lock(say = (nl) => nl) {
  await button(say('Vergrendel', 'Lock')).click();
  await visible(heading(say('Leefwereld is vergrendeld', 'Leefwereld is locked')));
}

async function unlock(say = (nl) => nl) {
  await page.getByLabel(say('Wachtzin', 'Passphrase'), { exact: true }).fill(PASSPHRASE);
  await button(say('Ontgrendel', 'Unlock')).click();
  await gone(heading(say('Leefwereld is vergrendeld', 'Leefwereld is locked')));
}

describe('capture while locked', () => {
  test('a trend and a signal are noted on the lock screen without the passphrase', async () => {
    await onboard(page, PASSPHRASE);
    await lock();
    await button('Trend').click();
    // The text comes first and has the cursor.
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert.equal(focused, 'locked-text');
    await page.keyboard.type(TREND);
    await page.getByLabel('Thema').selectOption({ label: 'Polarisatie' });
    await page.getByLabel('Platform').selectOption({ label: 'TikTok' });
    await shot(page, '50-lock-capture', 'nl');
    await button('Versleutel en bewaar').click();
    await visible(text('Bewaard en versleuteld'));
    await visible(text('1 notitie wacht op ontgrendelen.'));

    await button('Signaal').click();
    await page.getByLabel('Wat zag je?').fill(SIGNAL);
    await page.getByLabel('Waarom leg je het vast?').fill('Een jongere liet het bericht zien');
    // The source is a required choice: saving without one says so.
    await page.getByLabel('Thema').selectOption({ index: 1 });
    await page.getByLabel('Platform').selectOption({ index: 1 });
    await button('Versleutel en bewaar').click();
    await visible(text('Kies dit eerst.'));
    await page.getByRole('radio', { name: 'Direct contact met de jongere', exact: true }).check();
    await button('Versleutel en bewaar').click();
    await visible(text('2 notities wachten op ontgrendelen.'));
    const shown = await pageText();
    assert.ok(!shown.includes(TREND) && !shown.includes(SIGNAL), 'nothing is read back while locked');
    assert.ok(await fitsPhoneWidth(page), 'the lock screen fits the phone');
  });

  test('after unlock the worker confirms one note and throws the other away', async () => {
    await unlock();
    await visible(page.getByRole('heading', { name: 'Gemaakt terwijl de app vergrendeld was' }));
    await visible(text(TREND));
    await visible(text(SIGNAL));
    await shot(page, '51-pending-confirm', 'nl');
    const trendCard = page.locator('.pending li').filter({ hasText: TREND });
    await trendCard.getByRole('button', { name: 'Bevestigen', exact: true }).click();
    await visible(text('Notitie bevestigd en opgeslagen.'));
    const signalCard = page.locator('.pending li').filter({ hasText: SIGNAL });
    await signalCard.getByRole('button', { name: 'Weggooien', exact: true }).click();
    await visible(text('Notitie weggegooid.'));
    await page.getByRole('link', { name: 'Notities', exact: true }).click();
    await visible(text(TREND));
    assert.ok(!(await pageText()).includes(SIGNAL), 'the thrown-away note is gone');
  });

  test('the same in English, and at 360 px', async () => {
    await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
    await page.getByRole('radio', { name: 'English', exact: true }).check();
    await visible(heading('Settings'));
    const en = (nl, english) => english;
    await lock(en);
    await button('Signal').click();
    await page.getByLabel('What did you see?').fill('A call to meet at the station on Friday');
    await page.getByLabel('Why do you note it?').fill('A young person showed the message');
    await shot(page, '50-lock-capture', 'en');
    await page.setViewportSize({ width: 360, height: 780 });
    assert.ok(await fitsPhoneWidth(page), 'the lock screen fits 360 px');
    await shot(page, '50-lock-capture-360', 'en');
    await page.getByRole('radio', { name: 'Direct contact with the young person', exact: true }).check();
    await page.getByLabel('Theme').selectOption({ index: 1 });
    await page.getByLabel('Platform').selectOption({ index: 1 });
    await button('Encrypt and save').click();
    await visible(text('1 note waits for unlocking.'));
    await unlock(en);
    await visible(page.getByRole('heading', { name: 'Made while the app was locked' }));
    await shot(page, '51-pending-confirm-360', 'en');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '51-pending-confirm', 'en');
  });

  test('a capture thrown away by mistake comes back with one tap', async () => {
    await page.locator('.capture-buttons').getByRole('link', { name: /^Trend/ }).click();
    await page.getByLabel('What do you see?').fill('Half a note, thrown away by a thumb');
    await button('Discard').click();
    await visible(text('Entry thrown away'));
    await button('Undo').click();
    await visible(heading('Capture a trend'));
    assert.equal(await page.getByLabel('What do you see?').inputValue(), 'Half a note, thrown away by a thumb');
  });
});
