// The weekly summary in the web training mode, in headless Chromium at phone size: a worker
// notes a few trends, reads this week's totals and themes, opens the entries behind a count,
// looks at the week before, and exports the week for the partner meeting (the printable page is
// then opened like a browser would and photographed). Own page and vault, steps in order.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finders, fitsPhoneWidth, onboard, openTraining, screenshotDir, shot } from '../lib/harness.mjs';

const PASSPHRASE = 'fietsbel paraplu wolkenkrabber';
const TRENDS = [
  ['Polarisatie', 'Filmpjes die groepen tegen elkaar opzetten'],
  ['Polarisatie', 'Memes over de wijk aan de overkant'],
  ['Polarisatie', 'Een oproep om bij de wijk aan de overkant te gaan kijken'],
  ['Online ronselen', 'Berichten die snel geld beloven voor een klusje'],
  ['Desinformatie', 'Nepnieuws over een schietpartij gaat rond'],
];

let session;
let page;
const { visible, heading, button, link, radio, theme: themeChip, text, captureLink } = finders(() => page);
const downloads = mkdtempSync(join(tmpdir(), 'leefwereld-downloads-'));


before(async () => {
  session = await openTraining();
  page = session.page;
});

after(async () => {
  const problems = await session?.close();
  rmSync(downloads, { recursive: true, force: true });
  assert.deepEqual(problems ?? [], [], 'the app logged no errors in the browser');
});

describe('the weekly summary', () => {
  test('a worker onboards and notes trends on three themes', async () => {
    await onboard(page, PASSPHRASE);
    for (const [theme, what] of TRENDS) {
      await captureLink(/^Trend/).click();
      await visible(heading('Trend vastleggen'));
      await (await themeChip(theme)).check();
      await page.getByLabel('Wat zie je?').fill(what);
      await button('Opslaan').click();
      await visible(text('Trend opgeslagen.'));
    }
  });

  test('this week shows its total, the change, the themes and what is emerging', async () => {
    await link('Week').click();
    await visible(heading('Weekoverzicht'));
    await visible(text('(deze week)'));
    assert.equal(await page.locator('.week-total-number').innerText(), '5');
    await visible(text('5 meer dan de week ervoor'));
    await visible(text('Trend: 5'));
    // Polarisation is new with three notes: emerging, in words. One note on a theme is no
    // trend, however new.
    await visible(page.getByRole('heading', { name: "Opkomende thema's" }));
    const polarisation = page.locator('.week-themes tbody tr').filter({ hasText: 'Polarisatie' });
    assert.match(await polarisation.innerText(), /▲ opkomend/);
    assert.match(await polarisation.locator('td').first().innerText(), /^3$/);
    const recruitment = page.locator('.week-themes tbody tr').filter({ hasText: 'Online ronselen' });
    assert.doesNotMatch(await recruitment.innerText(), /opkomend/);
    // Every sparkline on one scale, its top in words.
    await visible(text('Alle lijnen op dezelfde schaal: van 0 tot 3 per week.'));
    // The chart is an image with a name; its numbers are in the table beside it.
    await visible(page.getByRole('img', { name: 'Aantal notities per thema in week' , exact: false }));
    await visible(page.getByRole('table', { name: /Per thema in week \d+/ }));
    await visible(page.getByRole('img', { name: /^Polarisatie, week \d+ tot en met \d+: (0, ){11}3$/ }));
    await visible(text('In de oefenmodus wordt niets gedeeld'));
    assert.ok(await fitsPhoneWidth(page), 'the summary scrolls sideways');
    await shot(page, '20-summary', 'nl', { narrow: true });
  });

  test('a theme count opens the entries of that week and theme', async () => {
    await page.getByRole('link', { name: /^3 notities over Polarisatie in week \d+ openen$/ }).click();
    await visible(heading('Notities'));
    await visible(text('3 notities'));
    const cards = page.locator('.entry-card');
    assert.equal(await cards.count(), 3);
    for (const card of await cards.all()) assert.match(await card.innerText(), /Polarisatie/);
    assert.equal(await page.getByLabel('Thema').inputValue(), 'polarisation');
    await link('Terug naar het weekoverzicht').click();
    await visible(heading('Weekoverzicht'));
  });

  test('the week before is empty, and the way back leads to this week', async () => {
    await link('Vorige week').click();
    await visible(text('Geen notities in deze week.'));
    await visible(link('Volgende week'));
    assert.equal(await page.getByRole('button', { name: 'Printbare pagina (HTML)' }).count(), 0);
    await link('Naar deze week').click();
    await visible(text('(deze week)'));
    assert.equal(await page.locator('.week-total-number').innerText(), '5');
  });

  test('the week is exported as CSV and as a printable page, which opens in a browser', async () => {
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      button('Tabel (CSV)').click(),
    ]);
    assert.match(csv.suggestedFilename(), /^leefwereld-weekoverzicht-\d{4}-W\d{2}\.csv$/);
    const csvPath = join(downloads, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    const table = readFileSync(csvPath, 'utf8');
    assert.match(table, /^Onderdeel,Code,Omschrijving,Aantal,Vorige week,Verschil\r\n/);
    // Small numbers are masked in anything that leaves the team.
    assert.match(table, /theme,recruitment,Online ronselen,<3,/);
    await visible(text(`${csv.suggestedFilename()} is gedownload.`));

    const [html] = await Promise.all([
      page.waitForEvent('download'),
      button('Printbare pagina (HTML)').click(),
    ]);
    assert.match(html.suggestedFilename(), /^leefwereld-weekoverzicht-\d{4}-W\d{2}\.html$/);
    const htmlPath = join(downloads, html.suggestedFilename());
    await html.saveAs(htmlPath);
    const printable = readFileSync(htmlPath, 'utf8');
    assert.match(printable, /<html lang="nl">/);
    assert.match(printable, /Leefwereld weekoverzicht \d{4}-W\d{2}/);
    assert.ok(!printable.includes('Filmpjes die groepen'), 'no entry text in the export');
    // What "<3" means stands beside the first one; the sparklines share one labelled scale.
    const firstSmall = printable.indexOf('<td>&lt;3</td>');
    const explained = printable.indexOf('staan als');
    assert.ok(firstSmall > 0 && explained > firstSmall, 'the suppression is explained after the first <3');
    assert.ok(explained < printable.indexOf('Alle lijnen op dezelfde schaal'), 'and before the series');

    const sheet = await session.context.newPage();
    try {
      await sheet.goto(`file://${htmlPath}`);
      await sheet.getByRole('heading', { level: 1, name: /Leefwereld weekoverzicht/ }).waitFor();
      await sheet.getByRole('img', { name: "Thema's" }).waitFor();
      mkdirSync(screenshotDir, { recursive: true });
      await sheet.screenshot({ path: join(screenshotDir, '21-summary-export-nl.png'), fullPage: true });
    } finally {
      await sheet.close();
    }
  });

  test('in English, in dark mode and at 200 % text', async () => {
    await link('Instellingen').click();
    await radio('English').check();
    await visible(heading('Settings'));
    await link('Week').click();
    await visible(heading('Weekly summary'));
    await visible(text('5 more than the week before'));
    await visible(page.getByRole('link', { name: /^Open 3 entries about Polarisation in week \d+$/ }));
    await shot(page, '20-summary', 'en', { narrow: true });
    // At 360 px the English theme table, "Change" column included, fits without scrolling.
    await page.setViewportSize({ width: 360, height: 780 });
    const clipped = await page.locator('.week-themes .table-scroll')
      .evaluate((region) => region.scrollWidth - region.clientWidth);
    assert.ok(clipped <= 0, `the theme table sticks out ${clipped} px at 360 px`);
    await page.setViewportSize({ width: 390, height: 844 });
    // A desktop window: the summary uses the width, each chart beside its table.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForTimeout(200);
    const [chart, table] = await Promise.all([
      page.locator('.week-themes .chart-figure').boundingBox(),
      page.locator('.week-themes .table-scroll').boundingBox(),
    ]);
    assert.ok(table.x > chart.x + chart.width - 1, 'the table stands beside the chart');
    await shot(page, '23-summary-desktop', 'en');
    await page.setViewportSize({ width: 390, height: 844 });
    await link('Settings').click();
    await radio('Nederlands').check();
    await visible(heading('Instellingen'));

    await link('Week').click();
    await visible(heading('Weekoverzicht'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, '22-summary-dark', 'nl');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    try {
      await page.waitForTimeout(200);
      assert.ok(await fitsPhoneWidth(page), 'the summary scrolls sideways at 200 % text');
    } finally {
      await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
    }
  });
});
