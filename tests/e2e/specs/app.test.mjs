// Every flow of the app, in the web training mode, in headless Chromium at phone size: what a
// youth worker does on a first day, asserted on what they see. The steps share one page and
// one in-memory vault, so they run in order.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { barsCover, finders, fitsPhoneWidth, openTraining, shot } from '../lib/harness.mjs';

const WEAK = 'welkom123';
const STRONG = 'fietsbel paraplu wolkenkrabber';
const NEWER = 'zeilboot lantaarn kaasschaaf';
const TREND_TEXT = 'Veel jongeren delen filmpjes van een nieuwe challenge';
const SIGNAL_TEXT = 'Oproep tot een vechtpartij bij het winkelcentrum vrijdag';
const SIGNAL_REASON = 'Een jongere liet het bericht zelf zien tijdens het inloopuur';
const DRAFT_TEXT = 'Concept over een nieuw Telegram-kanaal';

let session;
let page;
const { visible, gone, heading, button, link, radio, theme, text, captureLink } = finders(() => page);

/** The big capture buttons on home (entry cards below them also start with their kind). */

/** The visible text of the page, to check what a locked screen shows (and hides). */
const pageText = () => page.evaluate(() => document.body.innerText);

async function lock() {
  await button('Vergrendel').click();
  await visible(heading('Leefwereld is vergrendeld'));
}

async function unlock(passphrase) {
  await page.getByLabel('Wachtzin', { exact: true }).fill(passphrase);
  await button('Ontgrendel').click();
  await gone(heading('Leefwereld is vergrendeld'));
}

async function openSettings() {
  await link('Instellingen').click();
  await visible(heading('Instellingen'));
}

before(async () => {
  session = await openTraining();
  page = session.page;
});

after(async () => {
  const problems = await session?.close();
  assert.deepEqual(problems ?? [], [], 'the app logged no errors in the browser');
});

describe('first day with the training mode', () => {
  test('onboarding refuses a weak passphrase with advice, then creates the vault', async () => {
    await visible(heading('Welkom bij Leefwereld'));
    await visible(text('Niets wordt bewaard'));
    await visible(text('Je notities blijven versleuteld op dit toestel'));
    await shot(page, '01-onboarding', 'nl');
    await radio('English').check();
    await visible(heading('Welcome to Leefwereld'));
    await shot(page, '01-onboarding', 'en');
    await radio('Nederlands').check();
    await visible(heading('Welkom bij Leefwereld'));

    await page.getByLabel('Organisatie').fill('Jongerenwerk Zuid');
    await page.getByLabel('Schuilnaam').fill('JW-07');
    await page.getByLabel('Wachtzin', { exact: true }).fill(WEAK);
    await visible(text('Nog niet sterk genoeg.'));
    await visible(text('Sterkte: '));
    await page.getByLabel('Herhaal de wachtzin').fill(WEAK);
    await button('Kluis aanmaken').click();
    await visible(text('Deze wachtzin is te makkelijk te raden'));
    assert.equal(await page.getByLabel('Wachtzin', { exact: true }).getAttribute('aria-invalid'), 'true');
    await shot(page, '02-onboarding-weak', 'nl');

    // The same form in English keeps everything typed and translates the error.
    await radio('English').check();
    await visible(heading('Welcome to Leefwereld'));
    await visible(text('This passphrase is too easy to guess'));
    assert.equal(await page.getByLabel('Organisation').inputValue(), 'Jongerenwerk Zuid');
    await shot(page, '02-onboarding-weak', 'en');
    await radio('Nederlands').check();
    await visible(heading('Welkom bij Leefwereld'));

    await page.getByLabel('Wachtzin', { exact: true }).fill(STRONG);
    await visible(text('Sterk genoeg.'));
    await page.getByLabel('Herhaal de wachtzin').fill(STRONG);
    await button('Kluis aanmaken').click();
    await visible(heading('Vastleggen'));
    await visible(text('Nog geen notities'));
  });

  test('a trend is captured in three taps plus its text', async () => {
    let taps = 0;
    const tap = async (locator) => { taps += 1; await locator.tap(); };
    await tap(captureLink(/^Trend/));
    await visible(heading('Trend vastleggen'));
    await tap(radio('Polarisatie'));
    assert.equal(await radio('Polarisatie').isChecked(), true);
    await page.getByLabel('Wat zie je?').fill(TREND_TEXT);
    await shot(page, '04-capture-trend', 'nl');
    await tap(button('Opslaan'));
    assert.ok(taps <= 3, `a trend took ${taps} taps`);
    await visible(text('Trend opgeslagen.'));
    await visible(page.getByRole('listitem').filter({ hasText: TREND_TEXT }));
  });

  test('a signal without its reason shows the problem beside the field, then saves', async () => {
    await captureLink(/^Signaal/).click();
    await visible(heading('Signaal vastleggen'));
    await page.getByLabel('Wat heb je gezien of gehoord?').fill(SIGNAL_TEXT);
    await (await theme('Geplande vechtpartij of incident')).check();
    await radio('Snapchat').check();
    await radio('Direct contact met de jongere').check();
    await radio('Hoog').check();
    await page.getByLabel('Wijk').fill('Zuidwijk');
    await page.getByLabel('Naam of bijnaam').fill('Kevin');
    await button('Voeg toe').click();
    await visible(button('Verwijder Kevin'));
    await radio('16 of 17 jaar').check();
    // When seen: "Net" unless said otherwise; another day is typed day first, never mm/dd.
    assert.equal(await radio('Net').isChecked(), true);
    await radio('Andere dag').check();
    assert.equal(await page.getByLabel('Dag', { exact: true }).getAttribute('type'), 'text');
    await visible(page.getByLabel('Hoe laat ongeveer?'));
    await radio('Net').check();

    // An oversized screenshot is refused at once, with the core's message.
    await page.getByLabel('Bijlagen').setInputFiles({
      name: 'groot.png', mimeType: 'image/png', buffer: Buffer.alloc(9 * 1024 * 1024, 1),
    });
    await visible(text('Bijlage 1 is te groot (maximaal 8 MB).'));
    await page.getByLabel('Bijlagen').setInputFiles({
      name: 'bericht.png', mimeType: 'image/png', buffer: tinyPng(),
    });
    await visible(text('bericht.png'));

    await button('Opslaan').click();
    const reasonErrors = page.locator('#reason-errors');
    await visible(reasonErrors);
    assert.match(await reasonErrors.innerText(), /concrete aanleiding/);
    assert.equal(await page.getByLabel('Aanleiding', { exact: true }).getAttribute('aria-invalid'), 'true');
    await visible(page.getByRole('alert').filter({ hasText: 'De notitie is nog niet opgeslagen' }));
    // The summary has the focus and leads to the field.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
    await page.locator('#error-summary a').filter({ hasText: /concrete aanleiding/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'reason');
    assert.equal(await page.getByLabel('Wat heb je gezien of gehoord?').inputValue(), SIGNAL_TEXT, 'nothing typed is lost');
    await shot(page, '05-capture-signal-error', 'nl');

    await page.getByLabel('Aanleiding', { exact: true }).fill(SIGNAL_REASON);
    await button('Opslaan').click();
    await visible(text('Signaal opgeslagen.'));
  });

  test('the list shows newest first and finds entries by search and filters', async () => {
    await link('Notities').click();
    await visible(heading('Notities'));
    // The tab says where the worker is, and the focus moved to the new screen's heading.
    assert.equal(await link('Notities').getAttribute('aria-current'), 'page');
    assert.equal(await link('Start').getAttribute('aria-current'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Notities');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    // From the top of the page, the first Tab reaches the skip link; it leads to the content.
    await page.locator('.training').click();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Naar de inhoud');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
    await visible(text('2 notities'));
    const cards = page.locator('.entry-card');
    assert.match(await cards.nth(0).innerText(), /Signaal/);
    assert.match(await cards.nth(1).innerText(), /Trend/);
    await shot(page, '06-list', 'nl');

    await page.getByLabel('Zoek in je notities').fill('vechtpartij');
    await button('Zoek').click();
    await visible(text('1 gevonden'));
    assert.equal(await cards.count(), 1);
    assert.match(await cards.first().innerText(), /vechtpartij/);

    await button('Wis zoekopdracht en filters').click();
    await visible(text('2 notities'));
    assert.equal(await page.getByLabel('Zoek in je notities').inputValue(), '');
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Soort').selectOption('trend');
    await visible(text('1 notitie'));
    assert.match(await cards.first().innerText(), /challenge/);
    await page.getByLabel('Soort').selectOption('');
    await page.getByLabel('Week').selectOption({ index: 1 });
    await visible(text('2 notities'));
    await page.getByLabel('Delen').selectOption('shared');
    await visible(text('Geen notities gevonden'));
    await button('Wis zoekopdracht en filters').click();
    await visible(text('2 notities'));
  });

  test('an entry is shown, edited into a new version, and its attachment viewed', async () => {
    await page.locator('.entry-card').filter({ hasText: 'challenge' }).getByRole('link').click();
    await visible(heading('Trend: Polarisatie'));
    await visible(text(TREND_TEXT));
    await shot(page, '07-detail', 'nl');
    await link('Wijzig').click();
    await visible(heading('Notitie wijzigen'));
    await page.getByLabel('Wat zie je?').fill(`${TREND_TEXT}, vooral op TikTok`);
    await shot(page, '08-edit', 'nl');
    await button('Wijziging opslaan').click();
    await visible(text('Wijziging opgeslagen.'));
    await visible(text('Versie 2'));
    await page.getByText('1 eerdere versie').click();
    await visible(page.locator('.revisions').getByText(TREND_TEXT, { exact: true }));

    await link('Terug naar notities').click();
    await page.locator('.entry-card').filter({ hasText: 'winkelcentrum' }).getByRole('link').click();
    await visible(text(SIGNAL_REASON));
    await visible(text('Kevin'));
    await button('Bekijk bijlage bericht.png').click();
    await visible(page.getByRole('img', { name: 'bericht.png' }));
  });

  test('an entry can be deleted after confirming', async () => {
    await link('Start').click();
    await captureLink(/^Trend/).click();
    await page.getByLabel('Wat zie je?').fill('Dubbel vastgelegd, mag weg');
    // The last trend's theme is offered in words, not chosen for the worker.
    assert.equal(await page.locator('input[name="theme"]:checked').count(), 0);
    await button('Zelfde als vorige keer: Polarisatie').click();
    assert.equal(await radio('Polarisatie').isChecked(), true);
    await button('Opslaan').click();
    await visible(text('Trend opgeslagen.'));
    await page.locator('.entry-card').filter({ hasText: 'mag weg' }).getByRole('link').click();
    await button('Verwijder').click();
    await visible(text('definitief verwijderen?'));
    await button('Ja, verwijder').click();
    await visible(text('Notitie verwijderd.'));
    // A slip of the thumb: for ten seconds the entry can come back, as it was.
    await button('Ongedaan maken').click();
    await visible(text('Dubbel vastgelegd, mag weg'));
    await button('Verwijder').click();
    await button('Ja, verwijder').click();
    await visible(text('Notitie verwijderd.'));
    await visible(text('2 notities'));
  });

  test('going offline shows in the indicator', async () => {
    await link('Start').click();
    await visible(text('Online.'));
    await session.context.setOffline(true);
    await visible(text('Offline. Vastleggen werkt gewoon'));
    await shot(page, '03-home-offline', 'nl');
    await session.context.setOffline(false);
    await visible(text('Online.'));
  });

  test('locking hides everything; a wrong passphrase is refused, the right one unlocks', async () => {
    await lock();
    const shown = await pageText();
    assert.ok(!shown.includes('challenge') && !shown.includes('vechtpartij'), 'no entry text while locked');
    assert.equal(await page.locator('.entry-card').count(), 0);
    await page.getByLabel('Wachtzin', { exact: true }).fill('verkeerde wachtzin hier');
    await button('Ontgrendel').click();
    await visible(text('De wachtzin klopt niet'));
    // The passphrase is not kept in the page after an attempt.
    assert.equal(await page.getByLabel('Wachtzin', { exact: true }).inputValue(), '');
    await shot(page, '10-lock-wrong', 'nl');
    await unlock(STRONG);
    // Someone may have tried the passphrase: a warning (not a green success) with when, and
    // what to do if it was not the worker.
    const warning = page.locator('.notice-warning');
    await visible(warning.getByText('1 keer een verkeerde wachtzin'));
    assert.match(await warning.innerText(), /\d{2}-\d{2}-\d{4} \d{2}:\d{2}/, 'the time of the attempt, day first');
    await visible(warning.getByRole('link', { name: 'Wijzig je wachtzin' }));
    await visible(warning.getByRole('link', { name: 'Snel wissen' }));
    await shot(page, '11-unlock-warning', 'nl');
  });

  test('a capture in progress survives the automatic lock and going to the background', async () => {
    await openSettings();
    await page.getByLabel('Automatisch vergrendelen na').selectOption('30');
    await button('Instellingen opslaan').click();
    await visible(text('Instellingen opgeslagen.'));

    await link('Start').click();
    await captureLink(/^Trend/).click();
    await (await theme('Desinformatie')).check();
    await radio('Telegram').check();
    await page.getByLabel('Wat zie je?').fill(DRAFT_TEXT);
    // Hands off: the vault locks itself after 30 seconds without use.
    await visible(heading('Leefwereld is vergrendeld'), 45_000);
    await visible(text('wat je aan het typen was, staat er daarna nog'));
    assert.ok(!(await pageText()).includes(DRAFT_TEXT), 'the draft is not on the lock screen');
    await unlock(STRONG);
    await visible(heading('Trend vastleggen'));
    assert.equal(await page.getByLabel('Wat zie je?').inputValue(), DRAFT_TEXT);
    assert.equal(await radio('Telegram').isChecked(), true);
    assert.equal(await radio('Desinformatie').isChecked(), true, 'a theme from "Meer thema\'s" stays in view');

    // The phone reports the app going to the background: it locks at once.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await visible(heading('Leefwereld is vergrendeld'));
    await page.evaluate(() => { delete document.visibilityState; });
    await unlock(STRONG);
    assert.equal(await page.getByLabel('Wat zie je?').inputValue(), DRAFT_TEXT);
    await button('Opslaan').click();
    await visible(text('Trend opgeslagen.'));
  });

  test('settings refuse a retention out of range and change the passphrase', async () => {
    await openSettings();
    await page.getByLabel('Trends bewaren (dagen)').fill('3');
    await button('Instellingen opslaan').click();
    await visible(text('De waarde voor de bewaartermijn voor trends valt buiten wat is toegestaan.'));
    await page.getByLabel('Trends bewaren (dagen)').fill('120');
    await button('Instellingen opslaan').click();
    await visible(text('Instellingen opgeslagen.'));

    await page.getByLabel('Huidige wachtzin').fill('niet de goede wachtzin');
    await page.getByLabel('Nieuwe wachtzin').fill(NEWER);
    await page.getByLabel('Herhaal de wachtzin').fill(NEWER);
    await button('Wachtzin wijzigen').click();
    await visible(page.locator('#old-passphrase-errors').getByText('De wachtzin klopt niet'));
    await page.getByLabel('Huidige wachtzin').fill(STRONG);
    await button('Wachtzin wijzigen').click();
    await visible(text('Je wachtzin is gewijzigd.'));
    await lock();
    await unlock(NEWER);
    await visible(heading('Instellingen'));
  });

  test('every screen, in Dutch and in English', async () => {
    await tour('nl');
    await openSettings();
    await radio('English').check();
    await visible(heading('Settings'));
    await visible(link('Entries'));
    await tour('en');
    await radio('Nederlands').check();
    await visible(heading('Instellingen'));
  });

  test('at 200 % text size and in dark mode nothing needs sideways scrolling', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await link('Start').click();
    await visible(heading('Vastleggen'));
    assert.ok(await barsCover(page) <= 0.25, 'at normal size the bars take at most a quarter');
    await shot(page, '12-dark-home', 'nl');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    try {
      await readableAt200();
    } finally {
      await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
    }
    await link('Terug naar start').click();
    await visible(heading('Vastleggen'));
  });

  async function readableAt200() {
    for (const [name, open, title] of [
      ['13-text-200-home', async () => {}, 'Vastleggen'],
      ['13-text-200-list', () => link('Notities').click(), 'Notities'],
      ['13-text-200-detail', () => page.locator('.entry-card').filter({ hasText: 'winkelcentrum' }).getByRole('link').click(), 'Signaal: Geplande vechtpartij of incident'],
      ['13-text-200-capture-signal', async () => { await link('Start').click(); await captureLink(/^Signaal/).click(); }, 'Signaal vastleggen'],
    ]) {
      await open();
      await visible(heading(title));
      await page.waitForTimeout(200);
      assert.ok(await fitsPhoneWidth(page), `${name} scrolls sideways at 200 % text`);
      const cover = await barsCover(page);
      assert.ok(cover <= 0.25, `${name}: the bars cover ${Math.round(cover * 100)} % of the screen`);
      await shot(page, name, 'nl');
    }
  }

  test('quick delete can be stopped, and otherwise erases everything', async () => {
    // Two taps from home: the link at its foot, then "Wis alles".
    await link('Start').click();
    await link('Noodgeval: alles wissen').click();
    await visible(heading('Snel wissen'));
    // In dark mode "Wis alles" keeps its contrast (axe checks it with the picture).
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, '14-dark-quick-delete', 'nl');
    await page.emulateMedia({ colorScheme: 'light' });
    await button('Wis alles').click();
    await visible(text('Alles wordt over 5 seconden gewist.'));
    await button('Stop, niet wissen').click();
    await gone(text('seconden gewist'));
    await page.waitForTimeout(6_000);
    await link('Notities').click();
    await visible(text('3 notities'));

    await openSettings();
    await button('Wis alles').click();
    await visible(text('Alles wordt over 4 seconden gewist.'));
    await visible(heading('Welkom bij Leefwereld'), 15_000);
    const shown = await pageText();
    assert.ok(!shown.includes('challenge') && !shown.includes(DRAFT_TEXT));
  });
});

/** Visits every screen in `lang` and saves its screenshot. */
async function tour(lang) {
  const nl = lang === 'nl';
  const say = (dutch, english) => (nl ? dutch : english);
  await link(say('Start', 'Home')).click();
  await visible(heading(say('Vastleggen', 'Capture')));
  await shot(page, '03-home', lang, { narrow: true });

  await captureLink(/^Trend/).click();
  await visible(heading(say('Trend vastleggen', 'Capture a trend')));
  await shot(page, '04-capture-trend', lang);
  // The smallest phone the app is made for: the form fits without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 780 });
  assert.ok(await fitsPhoneWidth(page), 'the trend form fits 360 px');
  await shot(page, '04-capture-trend-360', lang);
  await page.setViewportSize({ width: 390, height: 844 });
  await button(say('Weggooien', 'Discard')).click();

  await captureLink(nl ? /^Signaal/ : /^Signal/).click();
  // No source is chosen for the worker: saving says so, beside the other problems.
  assert.equal(await page.locator('input[name="source"]:checked').count(), 0);
  await button(say('Opslaan', 'Save')).click();
  await visible(page.locator('#reason-errors'));
  await visible(page.locator('#source-errors'));
  await visible(page.locator('#theme-errors'));
  await shot(page, '05-capture-signal-error', lang);
  await page.setViewportSize({ width: 360, height: 780 });
  assert.ok(await fitsPhoneWidth(page), 'the signal form fits 360 px');
  await shot(page, '05-capture-signal-error-360', lang);
  await page.setViewportSize({ width: 390, height: 844 });
  await button(say('Weggooien', 'Discard')).click();

  await link(say('Notities', 'Entries')).click();
  await visible(text(say('3 notities', '3 entries')));
  await shot(page, '06-list', lang);
  await page.locator('.entry-card').filter({ hasText: 'winkelcentrum' }).getByRole('link').click();
  await visible(text(SIGNAL_REASON));
  await shot(page, '07-detail', lang);
  await link(say('Wijzig', 'Edit')).click();
  await visible(heading(say('Notitie wijzigen', 'Edit entry')));
  await shot(page, '08-edit', lang);
  await button(say('Annuleren', 'Cancel')).click();

  await link(say('Instellingen', 'Settings')).click();
  await visible(heading(say('Instellingen', 'Settings')));
  await shot(page, '09-settings', lang);
  await button(say('Wis alles', 'Erase everything')).click();
  await visible(text(say('Alles wordt over', 'Everything will be erased in')));
  await shot(page, '11-quick-delete-countdown', lang);
  await button(say('Stop, niet wissen', 'Stop, do not erase')).click();

  await page.getByRole('link', { name: new RegExp(`^${say('Over deze app', 'About this app')}`) }).click();
  await visible(heading(say('Over deze app', 'About this app')));
  await visible(page.getByRole('heading', { name: say('Toegankelijkheidsverklaring', 'Accessibility statement') }));
  await shot(page, '15-about', lang, { narrow: true });
  await link(say('Terug naar instellingen', 'Back to settings')).click();
  await visible(heading(say('Instellingen', 'Settings')));

  await button(say('Vergrendel', 'Lock')).click();
  await visible(heading(say('Leefwereld is vergrendeld', 'Leefwereld is locked')));
  await shot(page, '10-lock', lang);
  await page.getByLabel(say('Wachtzin', 'Passphrase'), { exact: true }).fill(NEWER);
  await button(say('Ontgrendel', 'Unlock')).click();
  await visible(heading(say('Instellingen', 'Settings')));
}

/** A 1×1 PNG. */
function tinyPng() {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
}
