// Sharing in the training mode, as a youth worker would go through it: a signal with a phone
// number, the share screen that says what is missing, consent (which informs the young
// person), replacing the number, the exact payload, withdrawing again; then the outbox and the
// accountability export. The training mode never sends, and says so.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { finders, onboard, openTraining, shot } from '../lib/harness.mjs';

const STRONG = 'fietsbel paraplu wolkenkrabber';
const PHONE = '06-12345678';
const SIGNAL_TEXT = `Oproep tot een vechtpartij vrijdag, wie mee wil moet ${PHONE} appen`;
const REASON = 'Een jongere liet het bericht zelf zien tijdens het inloopuur';
/** A municipality's connection profile (koppelprofiel); the recipient is a public age key. */
const PROFILE = {
  format: 'leefwereld-connection/1',
  municipality: 'Gemeente Voorbeeldstad',
  catalogi_url: 'https://zaken.voorbeeldstad.nl/catalogi/api/v1',
  zaken_url: 'https://zaken.voorbeeldstad.nl/zaken/api/v1',
  documenten_url: 'https://zaken.voorbeeldstad.nl/documenten/api/v1',
  client_id: 'leefwereld-jw-zuid',
  secret: 'GEHEIM-client-secret-5f2a9c-van-de-gemeente-2026',
  bronorganisatie: '002220647',
  zaaktype: 'LW-SIGNAAL',
  informatieobjecttype: 'Leefwereld-notitie',
  vertrouwelijkheidaanduiding: 'vertrouwelijk',
  recipients: ['age1ra20s9d9gv5rk3ukunlzmvcmjn2ra4p0edprrg2z7cucr5dr7aws39m4s6'],
};

let session;
let page;
const { visible, heading, button, link, theme, text } = finders(() => page);

/** A radio inside the fieldset whose legend is `legend`. */
const choice = (legend, name) =>
  page.locator('fieldset').filter({ has: page.locator('legend', { hasText: legend }) })
    .getByRole('radio', { name, exact: true });

before(async () => {
  session = await openTraining();
  page = session.page;
  await onboard(page, STRONG);
});

after(async () => {
  const problems = await session?.close();
  assert.deepEqual(problems ?? [], [], 'the app logged no errors in the browser');
});

describe('sharing a signal in the training mode', () => {
  test('the share screen marks the phone number and lists what is missing', async () => {
    await page.locator('.capture-buttons').getByRole('link', { name: /^Signaal/ }).click();
    await visible(heading('Signaal vastleggen'));
    await page.getByLabel('Wat heb je gezien of gehoord?').fill(SIGNAL_TEXT);
    await (await theme('Geplande vechtpartij of incident')).check();
    await page.getByRole('radio', { name: 'Direct contact met de jongere', exact: true }).check();
    await page.getByRole('radio', { name: '16 of 17 jaar', exact: true }).check();
    await page.getByLabel('Aanleiding', { exact: true }).fill(REASON);
    await button('Opslaan').click();
    await visible(text('Signaal opgeslagen.'));

    await page.locator('.entry-card').filter({ hasText: 'vechtpartij' }).getByRole('link').click();
    await visible(text('Alleen op dit toestel'));
    await link('Bekijk wat er gedeeld wordt').click();
    await visible(heading('Delen'));
    await visible(page.locator('mark').filter({ hasText: PHONE }));
    await visible(text('Nog 1 gegeven om te beslissen.'));
    await visible(text('Nog niet. Dit moet eerst geregeld zijn'));
    // The checklist at the top names what is open, and each line leads to its section.
    const checklist = page.getByRole('navigation', { name: 'Stappen om te delen' });
    await visible(checklist.locator('li').filter({ hasText: 'Herkenbare gegevens' }).filter({ hasText: '1 open' }));
    await visible(checklist.locator('li').filter({ hasText: 'Toestemming' }).filter({ hasText: 'Nog niet geregeld' }));
    await checklist.getByRole('link', { name: 'Herkenbare gegevens' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'findings-title');
    await page.evaluate(() => window.scrollTo(0, 0));
    await visible(text('Er is nog geen toestemming vastgelegd'));
    await visible(text('In de oefenmodus wordt niets gedeeld'));
    assert.equal(await button('Zet in de wachtrij om te versturen').isDisabled(), true);
    await shot(page, '40-share-blocked', 'nl', { narrow: true });
  });

  test('consent, informing and replacing the number make it shareable', async () => {
    await choice('Toestemming van', 'De jongere zelf').check();
    await choice('Uitgelegd', 'In een gesprek').check();
    await button('Leg toestemming vast').click();
    await visible(text('Toestemming vastgelegd.'));
    await visible(button('Trek toestemming in'));

    // Asking the young person for consent informed them: the reminder to inform goes away.
    await page.getByRole('heading', { name: 'Eerst de jongere informeren' }).waitFor({ state: 'detached' });

    await button('Vervang alles').click();
    await visible(text('Over alles is beslist.'));
    // The card shows the text exactly as it goes; the JSON is behind "Technische weergave".
    const sent = await page.locator('.sent-text').first().innerText();
    assert.ok(!sent.includes(PHONE) && sent.includes('[telefoon]'), sent);
    await page.getByText('Technische weergave').click();
    const payload = await page.locator('pre.payload').innerText();
    assert.ok(!payload.includes(PHONE), 'the number is not in what would be sent');
    assert.match(payload, /\[telefoon\]/);
    assert.match(payload, /"given_by": "young-person"/);
    await visible(text('Ja. Alles is geregeld'));
    await visible(text('Mag niet'));
    // The training mode never sends, so queueing stays off even now.
    assert.equal(await button('Zet in de wachtrij om te versturen').isDisabled(), true);
    await shot(page, '41-share-ready', 'nl', { narrow: true });
  });

  test('withdrawing consent blocks it again', async () => {
    await button('Trek toestemming in').click();
    await button('Ja, trek in').click();
    await visible(text('Toestemming ingetrokken. Er was nog niets verstuurd.'));
    await visible(text('De toestemming is ingetrokken'));
    await visible(text('Nog niet. Dit moet eerst geregeld zijn'));
    await visible(button('Leg toestemming vast'));
  });

  test('the outbox says the training mode sends nothing', async () => {
    await link('Verzenden').click();
    await visible(heading('Verzenden'));
    await visible(text('Er staat niets klaar.'));
    await visible(text('In de oefenmodus wordt niets gedeeld'));
    assert.equal(await button('Nu versturen').isDisabled(), true);
    await shot(page, '42-outbox', 'nl');
  });

  test('the accountability report downloads without any content', async () => {
    await link('Instellingen').click();
    await visible(heading('Instellingen'));
    await visible(text('Er is nog geen koppelprofiel'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button('Exporteer als tekst (Markdown)').click(),
    ]);
    const report = readFileSync(await download.path(), 'utf8');
    assert.ok(!report.includes('vechtpartij') && !report.includes(PHONE), 'no content in the report');
    assert.ok(report.length > 200, 'the report has something to say');
    await visible(text('Verantwoording opgeslagen'));
    await page.locator('#report-title').scrollIntoViewIfNeeded();
    await shot(page, '43-settings-sharing', 'nl');
  });

  test('a wrong connection profile file is refused in words; a pasted one is read in without showing its secret', async () => {
    await visible(text('Koppelprofiel inlezen'));
    await page.locator('#connection-file').setInputFiles({
      name: 'profiel.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"naam": "dit is iets anders"}'),
    });
    await visible(text('Dit is geen koppelprofiel van Leefwereld'));
    const insecure = JSON.stringify({ ...PROFILE, zaken_url: 'http://zaken.voorbeeldstad.nl/zaken/api/v1' });
    await page.getByLabel('Of plak de tekst').fill(insecure);
    await button('Lees in').click();
    await visible(text('moet een beveiligde verbinding (https) gebruiken'));
    assert.equal(await page.getByLabel('Of plak de tekst').inputValue(), insecure, 'what was pasted stays');
    // A host hidden behind user info ("localhost" in front, 127.0.0.1 behind) is named as such.
    const hidden = JSON.stringify({ ...PROFILE, zaken_url: 'http://localhost:1@127.0.0.1:8000/zaken/api/v1' });
    await page.getByLabel('Of plak de tekst').fill(hidden);
    await button('Lees in').click();
    await visible(text('bevat een gebruikersnaam of wachtwoord'));

    await page.getByLabel('Of plak de tekst').fill(JSON.stringify(PROFILE));
    await button('Lees in').click();
    await visible(text('Koppelprofiel van Gemeente Voorbeeldstad ingelezen'));
    await visible(text('leefwereld-jw-zuid'));
    assert.ok(!(await page.content()).includes(PROFILE.secret), 'the secret is not shown');
    // The municipality's key is shown as a fingerprint to compare with the paper.
    await visible(text('Vingerafdrukken'));
    const print = await page.locator('code.fingerprint').first().textContent();
    assert.match(print, /^\d{5}( \d{5}){5}$/, `a fingerprint of six groups: ${print}`);
    await page.locator('#connection-title').scrollIntoViewIfNeeded();
    await shot(page, '44-settings-connection', 'nl');
    // The training mode still sends nothing.
    await link('Verzenden').click();
    await visible(text('In de oefenmodus wordt niets gedeeld'));
    assert.equal(await button('Nu versturen').isDisabled(), true);
  });

  test('the share screen, the outbox and the sharing settings in English', async () => {
    await link('Instellingen').click();
    await page.getByRole('radio', { name: 'English', exact: true }).check();
    await visible(heading('Settings'));
    await visible(page.getByText('Municipality', { exact: true }));
    await page.locator('#connection-title').scrollIntoViewIfNeeded();
    await shot(page, '43-settings-sharing', 'en');

    await link('Entries').click();
    await visible(heading('Entries'));
    await page.locator('.entry-card').filter({ hasText: 'vechtpartij' }).getByRole('link').click();
    await link('See what would be shared').click();
    await visible(heading('Share'));
    await visible(text('Consent was withdrawn'));
    await shot(page, '40-share-blocked', 'en', { narrow: true });

    await link('Sending').click();
    await visible(heading('Sending'));
    await visible(text('Nothing is waiting.'));
    await shot(page, '42-outbox', 'en');

    await link('Settings').click();
    await page.getByRole('radio', { name: 'Nederlands', exact: true }).check();
    await visible(heading('Instellingen'));
  });
});
