// The team view in the web training mode, in headless Chromium at phone size: a team lead
// practises with the example team. The first fetch refuses the made-up colleagues' reports
// (their keys are new); the lead compares each fingerprint a colleague "reads out" with the one
// the app shows, accepts it, and reads the last complete week merged from three reporters.
// Own page and vault, steps in order.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { finders, fitsPhoneWidth, onboard, openTraining, shot } from '../lib/harness.mjs';

const PASSPHRASE = 'fietsbel paraplu wolkenkrabber';

let session;
let page;
const { visible, heading, button, link, radio, text } = finders(() => page);

before(async () => {
  session = await openTraining();
  page = session.page;
});

after(async () => {
  const problems = await session?.close();
  assert.deepEqual(problems ?? [], [], 'the app logged no errors in the browser');
});

describe('the team view', () => {
  test('a team lead onboards and opens the week', async () => {
    await onboard(page, PASSPHRASE, { role: 'Teamleider' });
    await link('Week').click();
    await visible(heading('Weekoverzicht'));
    // Monday morning's week: the one that is over, and nobody has reported yet.
    await visible(text('0 medewerkers tellen mee'));
    await visible(text('drie verzonnen collega'));
  });

  test('the first fetch refuses every report: the keys are new', async () => {
    await button('Haal weekrapporten op').click();
    await visible(text('0 weekrapporten opgehaald.'));
    // Three colleagues, five weeks each (the week and the four its comparison reads), one
    // reason, said once.
    await visible(text('15 documenten tellen niet mee:'));
    assert.equal(await page.locator('.refusals > li').count(), 1);
    await visible(page.getByRole('heading', { level: 3, name: "Sleutels van collega's" }));
    assert.equal(await page.locator('.team-keys .key.waiting').count(), 3);
    await visible(text('0 medewerkers tellen mee'));
  });

  test('the lead compares each read-out fingerprint with the waiting key and accepts it', async () => {
    const readout = page.locator('.readout > li');
    assert.equal(await readout.count(), 3);
    const spoken = [];
    for (const colleague of await readout.all()) {
      const who = await colleague.locator('p').innerText();
      const reporter = who.split('toestelcode ')[1].trim();
      spoken.push([reporter, (await colleague.locator('.fingerprint').innerText()).trim()]);
    }
    for (const [reporter, fingerprint] of spoken) {
      const waiting = page.locator('.team-keys .key.waiting').filter({ hasText: `Nieuw: ${reporter}` });
      assert.equal((await waiting.locator('.fingerprint').innerText()).trim(), fingerprint);
      await waiting.getByRole('button', { name: 'Vingerafdruk klopt, accepteren' }).click();
      await page.locator('.team-keys .key.waiting').filter({ hasText: `Nieuw: ${reporter}` })
        .waitFor({ state: 'detached' });
    }
    // Accepting fetches again: now every report counts.
    await visible(text('15 weekrapporten opgehaald.'));
    assert.equal(await page.locator('.team-keys .key.waiting').count(), 0);
  });

  test('the week is merged from three reporters, with what comes up', async () => {
    await visible(text('3 medewerkers tellen mee'));
    const row = (theme) => page.locator('.week-themes tbody tr').filter({ hasText: theme });
    assert.match(await row('Polarisatie').locator('td').first().innerText(), /^6$/);
    assert.match(await row('Polarisatie').innerText(), /▲ opkomend/);
    assert.match(await row('Geplande vechtpartij').locator('td').first().innerText(), /^3$/);
    assert.doesNotMatch(await row('Geplande vechtpartij').innerText(), /opkomend/);
    assert.ok(await fitsPhoneWidth(page), 'the team view scrolls sideways');
    await shot(page, '24-summary-team', 'nl', { narrow: true });
  });

  test('the same team view in English', async () => {
    await link('Instellingen').click();
    await visible(heading('Instellingen'));
    await radio('English').check();
    await visible(heading('Settings'));
    await link('Week').click();
    await visible(heading('Weekly summary'));
    await visible(text('3 workers counted'));
    await visible(text('three made-up colleagues'));
    await shot(page, '24-summary-team', 'en', { narrow: true });
  });
});
