// How many taps and keystrokes a note costs in the field, besides the note's own text (and a
// signal's reason, which is note text too), counted as a person on a phone would make them.
// Prints the table; goals from the issue: a trend from home in at most 3 taps, a signal with
// direct contact in at most 8. Own page and vault, steps in order.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { finders, onboard, openTraining } from '../lib/harness.mjs';

const PASSPHRASE = 'fietsbel paraplu wolkenkrabber';

let session;
let page;
const { visible, heading, button, radio, text, captureLink } = finders(() => page);
const rows = [];

/** Counts what a person does: a tap, or keys pressed outside the note's text. */
function counter(flow) {
  const row = { flow, taps: 0, keys: 0 };
  rows.push(row);
  return {
    tap: async (locator) => { row.taps += 1; await locator.tap(); },
    // A <select> on a phone is a tap to open and a tap to choose.
    pick: async (locator, option) => { row.taps += 2; await locator.selectOption(option); },
    note: async (locator, words) => { await locator.fill(words); },
    row,
  };
}

before(async () => {
  session = await openTraining();
  page = session.page;
});

after(async () => {
  const problems = await session?.close();
  console.log('\nTaps and keystrokes besides the note text:');
  console.table(rows.map(({ flow, taps, keys }) => ({ flow, taps, keys })));
  assert.deepEqual(problems ?? [], [], 'the app logged no errors in the browser');
});

describe('taps to a note', () => {
  test('a trend from home', async () => {
    await onboard(page, PASSPHRASE);
    const c = counter('trend from home');
    await c.tap(captureLink(/^Trend/));
    await visible(heading('Trend vastleggen'));
    // The text has the cursor: no tap to reach it.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'text');
    await c.note(page.getByLabel('Wat zie je?'), 'Nieuwe challenge met energiedrankjes');
    await c.tap(radio('Polarisatie'));
    await c.tap(button('Opslaan'));
    await visible(text('Trend opgeslagen.'));
    assert.ok(c.row.taps <= 3 && c.row.keys === 0, `a trend took ${c.row.taps} taps`);
  });

  test('a trend again, the same theme as last time', async () => {
    const c = counter('trend, same theme as last time');
    await c.tap(captureLink(/^Trend/));
    await c.note(page.getByLabel('Wat zie je?'), 'Dezelfde challenge nu ook op de andere school');
    await c.tap(button('Zelfde als vorige keer: Polarisatie'));
    await c.tap(button('Opslaan'));
    await visible(text('Trend opgeslagen.'));
    assert.ok(c.row.taps <= 3, `a trend took ${c.row.taps} taps`);
  });

  test('a signal from direct contact', async () => {
    const c = counter('signal, direct contact');
    await c.tap(captureLink(/^Signaal/));
    await visible(heading('Signaal vastleggen'));
    await c.note(page.getByLabel('Wat heb je gezien of gehoord?'), 'Oproep om vrijdag af te spreken voor een afrekening');
    await c.tap(page.getByLabel('Aanleiding', { exact: true }));
    await c.note(page.getByLabel('Aanleiding', { exact: true }), 'Een jongere liet het bericht zelf zien');
    const planned = radio('Geplande vechtpartij of incident');
    if (!(await planned.isVisible())) {
      await c.tap(page.locator('details.more-themes > summary'));
    }
    await c.tap(planned);
    await c.tap(radio('Snapchat'));
    await c.tap(radio('Direct contact met de jongere'));
    await c.tap(button('Opslaan'));
    await visible(text('Signaal opgeslagen.'));
    assert.ok(c.row.taps <= 8, `a signal took ${c.row.taps} taps`);
  });

  test('a trend from the lock screen', async () => {
    await button('Vergrendel').click();
    await visible(heading('Leefwereld is vergrendeld'));
    const c = counter('trend from the lock screen');
    await c.tap(button('Trend'));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'locked-text');
    await c.note(page.getByLabel('Wat zag je?'), 'Filmpje van een vechtpartij gaat rond');
    await c.pick(page.getByLabel('Thema'), { label: 'Polarisatie' });
    await c.pick(page.getByLabel('Platform'), { label: 'TikTok' });
    await c.tap(button('Versleutel en bewaar'));
    await visible(text('1 notitie wacht op ontgrendelen.'));
  });
});
