// Who may do what, and the transparency reminders, in the web training mode at phone size: a
// youth worker reads the partners' positions, records a signal a young person showed them, is
// reminded to be open about it, and ticks reminders off or puts them off. One page and one
// in-memory vault of its own, so the steps run in order.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { finders, fitsPhoneWidth, onboard, openTraining, screenshotDir, shot } from '../lib/harness.mjs';

const PASSPHRASE = 'fietsbel paraplu wolkenkrabber';
const SIGNAL_TEXT = 'Oproep tot een vechtpartij bij het winkelcentrum vrijdag';
const SIGNAL_REASON = 'Een jongere liet het bericht zelf zien tijdens het inloopuur';
const TRANSPARENCY = 'Wees open naar de jongere';
const AVG = 'De AVG-beginselen';

let session;
let page;
const { visible, gone, heading, button, link, radio, theme, text } = finders(() => page);

const card = (code) => page.locator(`#position-${code}`);
const homeReminders = () => page.locator('.home-reminders');
// Against the phone's width, not window.innerWidth: a mobile viewport widens itself to fit
// content that sticks out, and would then always "fit".

before(async () => {
  session = await openTraining();
  page = session.page;
});

after(async () => {
  const problems = await session?.close();
  assert.deepEqual(problems ?? [], [], 'the app logged no errors in the browser');
});

describe('who may do what, and being reminded to be open', () => {
  test('a youth worker onboards in the training mode', async () => {
    await onboard(page, PASSPHRASE);
    // A new vault starts with the GDPR principles as its one reminder.
    await visible(homeReminders().getByText('1 open herinnering'));
    await visible(homeReminders().getByText(AVG));
  });

  test('the positions put the own role first and fold open one partner at a time', async () => {
    await page.getByRole('link', { name: /^Wie mag wat\?/ }).click();
    await visible(heading('Wie mag wat?'));
    const cards = page.locator('details.position');
    assert.equal(await cards.count(), 5, 'five partners');
    assert.equal(await cards.first().getAttribute('id'), 'position-jongerenwerk');
    assert.match(await cards.first().locator(':scope > summary').innerText(), /Jongerenwerk\s*Jouw rol/);
    // The own role is marked twice on screen: on its card and in the matrix at the top.
    assert.equal(await page.getByText('Jouw rol', { exact: true }).filter({ visible: true }).count(), 2);
    // On a phone the matrix asks one question at a time: every partner's verdict on it, in a
    // list that needs no sideways scrolling; the own role first and marked.
    assert.equal(await page.locator('table.matrix').isVisible(), false);
    const answers = page.locator('.matrix-answers');
    assert.equal(await answers.locator('li').count(), 5);
    await visible(answers.locator('li.own').getByText('Jongerenwerk'));
    await radio('Besloten groepen').check();
    await visible(answers.locator('li').filter({ hasText: 'Politie' }).getByText('Alleen met een opsporingsbevel van het OM.'));
    assert.ok(await fitsPhoneWidth(page), 'the matrix scrolls sideways');
    // On a desktop window the whole table shows, the own row marked.
    await page.setViewportSize({ width: 1280, height: 800 });
    const matrix = page.locator('table.matrix');
    await visible(matrix.getByRole('columnheader', { name: 'Besloten groepen' }));
    await visible(matrix.locator('tr.own').getByText('Jongerenwerk'));
    await visible(matrix.getByText('Alleen met een opsporingsbevel van het OM.'));
    assert.equal(await answers.isVisible(), false);
    const unroll = await page.addStyleTag({ content: '.topbar, .tabs { position: static !important; }' });
    await page.locator('.matrix-card').screenshot({ path: join(screenshotDir, '35-positions-matrix-desktop-nl.png') });
    await unroll.evaluate((node) => node.remove());
    await page.setViewportSize({ width: 390, height: 844 });
    for (const name of ['Politie', 'Toezicht en handhaving (T&H)', 'School', 'Gemeente (OOV)']) {
      await visible(page.locator('summary').getByText(name, { exact: true }));
    }

    // Folded, the police card's text is not on screen; one tap shows it.
    const police = card('politie');
    assert.equal(await police.evaluate((d) => d.open), false);
    await police.locator(':scope > summary').click();
    assert.equal(await police.evaluate((d) => d.open), true);
    await visible(police.getByText('Openbare bronnen met een functioneel account', { exact: false }));
    await visible(police.getByRole('heading', { name: 'Met een notitie die jij deelt' }));
    await police.locator(':scope > summary').click();

    // A search shows and opens only the cards that mention every word.
    await page.getByLabel('Zoek in de kaarten').fill('opsporingsbevel');
    await visible(text('1 kaart gevonden.'));
    assert.equal(await cards.count(), 1);
    assert.equal(await card('politie').evaluate((d) => d.open), true);
    await page.getByLabel('Zoek in de kaarten').fill('');
    assert.equal(await cards.count(), 5);

    await visible(page.getByRole('heading', { name: 'Vier uitgangspunten voor alle partners' }));
    await page.locator('.principles summary').first().click();
    await visible(page.locator('.principles details[open] p'));
    await visible(page.getByRole('heading', { name: 'Online onderzoek door de gemeente' }));
    assert.ok(await fitsPhoneWidth(page), 'positions scroll sideways');
    await shot(page, '30-positions', 'nl', { narrow: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, '33-dark-positions', 'nl');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('a signal from direct contact with a young person brings a transparency reminder', async () => {
    await link('Terug naar start').click();
    await visible(heading('Vastleggen'));
    await page.locator('.capture-buttons').getByRole('link', { name: /^Signaal/ }).click();
    await visible(heading('Signaal vastleggen'));
    await page.getByLabel('Wat heb je gezien of gehoord?').fill(SIGNAL_TEXT);
    await page.getByLabel('Aanleiding', { exact: true }).fill(SIGNAL_REASON);
    await (await theme('Geplande vechtpartij of incident')).check();
    await radio('Snapchat').check();
    await radio('Direct contact met de jongere').check();
    await button('Opslaan').click();
    await visible(text('Signaal opgeslagen.'));

    await visible(homeReminders().getByText('2 open herinneringen'));
    await visible(homeReminders().getByText(TRANSPARENCY));
    await shot(page, '32-home-reminders', 'nl');
  });

  test('reminders are ticked off or put off, each with a confirmation', async () => {
    await homeReminders().getByRole('link', { name: 'Bekijk herinneringen' }).click();
    await visible(heading('Herinneringen'));
    const reminders = page.locator('.reminder');
    assert.equal(await reminders.count(), 2);
    await visible(text('Je legde een signaal vast uit direct contact'));
    await visible(page.getByRole('link', { name: 'Bekijk de notitie' }));
    await shot(page, '31-reminders', 'nl');
    // Informing the young person is recorded on the entry's share screen; the way there is here.
    await page.getByRole('link', { name: 'Leg vast dat je de jongere informeerde' }).click();
    await visible(heading('Delen'));
    await page.goBack();
    await visible(heading('Herinneringen'));

    await button(`Morgen weer: ${TRANSPARENCY}`).click();
    const status = page.getByRole('status').filter({ hasText: `Uitgesteld: ${TRANSPARENCY}.` });
    await visible(status);
    assert.match(await status.innerText(), /Je ziet deze herinnering weer op \d{1,2}-\d{1,2}-\d{4}/);
    await gone(page.getByRole('heading', { name: TRANSPARENCY }));
    assert.equal(await reminders.count(), 1);

    await button(`Gelezen: ${AVG}`).click();
    await visible(page.getByRole('status').filter({ hasText: `Afgevinkt: ${AVG}. Deze herinnering komt over 30 dagen terug.` }));
    await visible(text('Geen open herinneringen'));
    assert.equal(await reminders.count(), 0);

    await link('Terug naar start').click();
    await visible(heading('Vastleggen'));
    assert.equal(await homeReminders().count(), 0, 'no reminders block without open reminders');
    await visible(page.getByRole('link', { name: /^Wie mag wat\?/ }));
  });

  test('the positions in English, readable at 200 % text', async () => {
    await link('Instellingen').click();
    await radio('English').check();
    await visible(heading('Settings'));
    await link('Home').click();
    await page.getByRole('link', { name: /^Who may do what\?/ }).click();
    await visible(heading('Who may do what?'));
    assert.match(await page.locator('details.position').first().locator(':scope > summary').innerText(), /Youth work\s*Your role/);
    await card('jongerenwerk').locator(':scope > summary').click();
    await visible(card('jongerenwerk').getByRole('heading', { name: 'With an entry you share' }));
    await card('jongerenwerk').getByText('More about Youth work').click();
    await visible(card('jongerenwerk').getByRole('heading', { name: 'Where does the information come from?' }));
    await visible(page.getByRole('heading', { name: 'Four principles for all partners' }));
    await shot(page, '30-positions', 'en', { narrow: true });

    // One more signal from direct contact, so that home has a reminder to show at 200 %.
    await link('Back to home').click();
    await page.locator('.capture-buttons').getByRole('link', { name: /^Signal/ }).click();
    await page.getByLabel('What did you see or hear?').fill('A young person showed a call to meet for a fight');
    await page.getByLabel('Reason', { exact: true }).fill('They showed it themselves at the drop-in hour');
    await radio('Direct contact with the young person').check();
    await (await theme('Planned fight or incident')).check();
    await button('Save').click();
    await visible(text('Signal saved.'));
    await visible(homeReminders().getByText('1 open reminder'));
    await page.getByRole('link', { name: /^Who may do what\?/ }).click();
    await visible(heading('Who may do what?'));

    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    try {
      await page.waitForTimeout(200);
      assert.ok(await fitsPhoneWidth(page), 'positions scroll sideways at 200 % text');
      await link('Back to home').click();
      await visible(heading('Capture'));
      await visible(homeReminders());
      assert.ok(await fitsPhoneWidth(page), 'home with its reminders scrolls sideways at 200 % text');
      await homeReminders().getByRole('link', { name: 'See reminders' }).click();
      await visible(heading('Reminders'));
      await page.waitForTimeout(200);
      assert.ok(await fitsPhoneWidth(page), 'reminders scroll sideways at 200 % text');
      await shot(page, '34-text-200-reminders', 'en');
    } finally {
      await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
    }
  });
});
