// The dashboard in headless Chromium against the whole platform started by DashboardBrowserIT
// (platform-launcher): the demo agency, its admin, an agent and the platform owner.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import {
  BASE_URL, capabilities, eventually, http, openBrowser, signIn, tokenFor, transcriptOf, visitorSays, withBrowser,
} from './browser.mjs';

const SLUG = 'demo';
let can;

before(async () => {
  can = await capabilities();
  console.log(`platform under test: ${JSON.stringify(can)}`);
});

describe('the dashboard', () => {
  test('is served by the gateway and speaks English, Persian, Arabic and Russian, the first two right to left', async (t) => {
    await withBrowser(t, async (browser) => {
      const { page } = browser;
      await page.goto(`${BASE_URL}/`);
      await page.waitForSelector('input[name=email]');
      const expected = { en: ['ltr', 'Sign in'], fa: ['rtl', 'ورود'], ar: ['rtl', 'تسجيل الدخول'], ru: ['ltr', 'Войти'] };
      for (const [language, [direction, label]] of Object.entries(expected)) {
        await page.selectOption('.language-switch select', language);
        assert.equal(await page.getAttribute('html', 'dir'), direction, `direction in ${language}`);
        assert.equal(await page.getAttribute('html', 'lang'), language);
        assert.equal((await page.textContent('button[type=submit]')).trim(), label);
        await browser.screenshot(`login-${language}`);
      }
      await page.selectOption('.language-switch select', 'en');
    });
  });

  test('a tenant admin sees a web chat lead appear live, exports the leads and views the funnel', async (t) => {
    if (!can.login || !can.leads) {
      t.skip(`needs login and /api/leads through the gateway (have ${JSON.stringify(can)})`);
      return;
    }
    await withBrowser(t, async (browser) => {
      const { page } = browser;
      await signIn(page, 'admin@demo.example');
      await page.click('a[href="#/leads"]');
      await page.waitForSelector('[data-testid=export-leads]');
      await browser.screenshot('admin-leads-before');

      // The page is not reloaded: the row must arrive through the live stream.
      const session = await visitorSays(SLUG, { text: 'Hi, I am looking for an apartment in Dubai Marina' });
      await page.locator(`tr[data-chat-id="${session}"]`).waitFor({ timeout: 30_000 });
      await browser.screenshot('admin-leads-live');

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-leads]')]);
      assert.match(download.suggestedFilename(), /\.xlsx$/);
      assert.ok(statSync(await download.path()).size > 0, 'the Excel export is not empty');

      if (can.analytics) {
        await page.click('a[href="#/analytics"]');
        await page.waitForSelector('[data-testid=funnel-started]');
        const started = Number((await page.textContent('[data-testid=funnel-started]')).replace(/\D/g, ''));
        assert.ok(started >= 1, `the funnel shows the new lead among ${started} started`);
        await browser.screenshot('admin-analytics');
      }
    });
  });

  test('a tenant admin takes a web chat over, replies from the dashboard and hands it back', async (t) => {
    if (!can.login || !can.leads || !can.conversations) {
      t.skip(`needs login, /api/leads and /api/conversations through the gateway (have ${JSON.stringify(can)})`);
      return;
    }
    await withBrowser(t, async (browser) => {
      const { page } = browser;
      await signIn(page, 'admin@demo.example');
      const session = await visitorSays(SLUG, { text: 'hello' });
      await page.click('a[href="#/leads"]');
      const row = page.locator(`tr[data-chat-id="${session}"]`);
      await row.waitFor({ timeout: 30_000 });
      await row.locator('a').first().click();
      await page.waitForSelector('[data-testid=takeover]');
      await page.click('[data-testid=takeover]');
      await eventually(async () => (await page.textContent('[data-testid=conversation-state]'))?.includes('Agent in charge'), {
        what: 'the conversation to be taken over',
      });
      const reply = `Hello, this is your agent (${Date.now()})`;
      await page.fill('[data-testid=reply-input]', reply);
      await page.click('[data-testid=reply-send]');
      await eventually(async () => (await transcriptOf(SLUG, session)).some((m) => m.direction === 'out' && m.text === reply), {
        what: 'the agent reply in the visitor transcript',
      });
      await eventually(async () => (await page.textContent('[data-testid=transcript]')).includes(reply), { what: 'the reply in the dashboard' });
      const shown = await page.textContent('[data-testid=transcript]');
      assert.ok(shown.includes('An agent took the conversation over'), 'the takeover is noted in the transcript');
      assert.equal(shown.split(reply).length - 1, 1, 'the reply shows once');
      await browser.screenshot('admin-takeover-reply');
      await page.click('[data-testid=handback]');
      await page.waitForSelector('[data-testid=takeover]');
      await browser.screenshot('admin-handed-back');
    });
  });

  test('the funnel counts a scripted set of web chat conversations exactly', async (t) => {
    if (!can.login || !can.analytics) {
      t.skip(`needs login and /api/analytics through the gateway (have ${JSON.stringify(can)})`);
      return;
    }
    const admin = await tokenFor('admin@demo.example');
    const stages = async () => {
      const funnel = (await http('GET', '/api/analytics/funnel?channel=webchat', undefined, admin)).body;
      return Object.fromEntries(funnel.stages.map((s) => [s.stage, s.leads]));
    };
    const before = await stages();
    // Four visitors who greet the bot and leave: each starts a conversation and goes no further.
    const script = [[{ text: 'hi' }], [{ text: 'سلام' }], [{ text: 'مرحبا' }], [{ text: 'привет' }]];
    for (const lines of script) await visitorSays(SLUG, ...lines);
    const after = await eventually(async () => {
      const now = await stages();
      return now.started === before.started + script.length ? now : null;
    }, { what: `${script.length} more started web chat conversations` });
    assert.deepEqual(
      { qualified: after.qualified, phoneCaptured: after.phoneCaptured, viewingBooked: after.viewingBooked, completed: after.completed },
      { qualified: before.qualified, phoneCaptured: before.phoneCaptured, viewingBooked: before.viewingBooked, completed: before.completed },
    );

    await withBrowser(t, async (browser) => {
      await signIn(browser.page, 'admin@demo.example');
      await browser.page.click('a[href="#/analytics"]');
      await browser.page.waitForSelector('[data-testid=funnel-started]');
      await browser.screenshot('analytics-after-script');
    });
  });

  test('an agent sees only the leads assigned to them', async (t) => {
    if (!can.login || !can.leads) {
      t.skip(`needs login and /api/leads through the gateway (have ${JSON.stringify(can)})`);
      return;
    }
    const agentToken = await tokenFor('agent1@demo.example');
    const agentId = JSON.parse(Buffer.from(agentToken.split('.')[1], 'base64url').toString()).sub;
    const visible = (await http('GET', '/api/leads', undefined, agentToken)).body.items;
    assert.ok(visible.every((lead) => lead.agentId === agentId), 'the API gives the agent only their leads');

    await withBrowser(t, async (browser) => {
      const { page } = browser;
      await signIn(page, 'agent1@demo.example');
      assert.equal((await page.textContent('[data-testid=signed-in-role]')).trim(), 'Agent');
      await page.click('a[href="#/leads"]');
      await page.waitForSelector('[data-testid=export-leads]');
      const shown = await page.locator('tr[data-lead-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-lead-id')));
      assert.deepEqual(new Set(shown), new Set(visible.map((lead) => lead.id)));
      assert.equal(await page.locator('a[href="#/channels"]').count(), 0, 'agents have no channel settings');
      await browser.screenshot('agent-leads');
    });
  });

  test('the platform owner sees MRR', async (t) => {
    if (!can.login) {
      t.skip(`needs login through the gateway (have ${JSON.stringify(can)})`);
      return;
    }
    const owner = await tokenFor('owner@platform.example');
    const mrr = await http('GET', '/api/analytics/mrr', undefined, owner);
    if (mrr.status !== 200) {
      t.skip(`needs /api/analytics/mrr through the gateway (answered ${mrr.status})`);
      return;
    }
    const usd = mrr.body.mrr.find((a) => a.currency === 'USD');
    assert.ok(usd && usd.amountMinor >= 49_900, 'the demo agency pays 499.00 USD a month');

    await withBrowser(t, async (browser) => {
      const { page } = browser;
      await signIn(page, 'owner@platform.example');
      await page.waitForSelector('[data-testid=mrr-total]');
      const shown = await page.textContent('[data-testid=mrr-total]');
      assert.match(shown, /\$/);
      assert.ok(Number(shown.replace(/[^0-9.]/g, '')) >= 499, `MRR shown: ${shown}`);
      await browser.screenshot('owner-mrr');
    });
  });

  test('a tenant admin creates, edits and deletes a listing, and imports a CSV with a refused row', async (t) => {
    const admin = await tokenFor('admin@demo.example');
    const reference = `E2E-${Date.now()}`;
    await withBrowser(t, async (browser) => {
      const { page } = browser;
      page.on('dialog', (dialog) => dialog.accept());
      await signIn(page, 'admin@demo.example');
      await page.click('a[href="#/inventory"]');
      await page.waitForSelector('[data-testid=inventory-table]');

      await page.click('text=Add a listing');
      const form = page.locator('[data-testid=listing-form]');
      await form.getByLabel('Reference').fill(reference);
      await form.getByLabel('Title').fill('Marina view two-bedroom');
      await form.getByLabel('Property type').selectOption('apartment');
      await form.getByLabel('Price').fill('2150000');
      await form.getByLabel('Community').fill('Dubai Marina');
      await form.getByLabel('Bedrooms').fill('2');
      await browser.screenshot('inventory-new-listing');
      await form.locator('button[type=submit]').click();
      const row = page.locator(`tr[data-reference="${reference}"]`);
      await row.waitFor();
      assert.match(await row.textContent(), /Marina view two-bedroom.*2,150,000 AED.*Dubai Marina/);

      await row.locator('text=Edit').click();
      await form.getByLabel('Price').fill('1990000');
      await form.locator('button[type=submit]').click();
      await eventually(async () => (await row.textContent()).includes('1,990,000 AED'), { what: 'the edited price' });
      const stored = (await http('GET', '/api/properties?limit=200', undefined, admin)).body.items.find((p) => p.reference === reference);
      assert.deepEqual(
        { price: stored.price, bedrooms: stored.bedrooms, type: stored.type, transaction: stored.transaction, titles: stored.titles },
        { price: 1990000, bedrooms: 2, type: 'apartment', transaction: 'buy', titles: { en: 'Marina view two-bedroom' } },
      );
      await browser.screenshot('inventory-edited-listing');

      await row.locator('text=Delete').click();
      await row.waitFor({ state: 'detached' });
      assert.equal((await http('GET', `/api/properties/${stored.id}`, undefined, admin)).status, 404);

      const imported = `${reference}-CSV`;
      const csv = [
        'reference,type,transaction,price,currency,community,title_en,bedrooms',
        `${imported},villa,buy,5400000,AED,Arabian Ranches,Family villa with garden,4`,
        `${reference}-BAD,castle,buy,-1,AED,Nowhere,Not a listing,2`,
      ].join('\n');
      await page.setInputFiles('[data-testid=csv-input]', { name: 'listings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const report = page.locator('[data-testid=import-report]');
      await report.waitFor();
      assert.match(await report.textContent(), /2 rows read: 1 created, 0 updated, 1 refused\./);
      const refused = report.locator('tbody tr');
      assert.equal(await refused.count(), 1);
      const cells = await refused.locator('td').allTextContents();
      assert.deepEqual(cells.slice(0, 2), ['3', `${reference}-BAD`]);
      assert.match(cells[2], /price/);
      await page.locator(`tr[data-reference="${imported}"]`).waitFor();
      await browser.screenshot('inventory-import-report');

      const listing = (await http('GET', '/api/properties?limit=200', undefined, admin)).body.items.find((p) => p.reference === imported);
      assert.equal((await http('DELETE', `/api/properties/${listing.id}`, undefined, admin)).status, 204);
    });
  });

  test('a tenant admin uploads a photo to a listing, sees it and deletes it', async (t) => {
    const admin = await tokenFor('admin@demo.example');
    const reference = `E2E-PHOTO-${Date.now()}`;
    const created = await http('POST', '/api/properties', {
      reference, type: 'apartment', transaction: 'rent', price: 95000, currency: 'AED', community: 'JLT', titles: { en: 'Lake view studio' }, bedrooms: 0, active: true,
    }, admin);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.id;
    // A 2×2 red PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==',
      'base64',
    );
    const browser = await openBrowser(t);
    try {
      const { page } = browser;
      await signIn(page, 'admin@demo.example');
      await page.click('a[href="#/inventory"]');
      const row = page.locator(`tr[data-reference="${reference}"]`);
      await row.locator('text=Photos (0)').click();
      const panel = page.locator(`[data-testid=listing-photos][data-listing-id="${id}"]`);
      await panel.waitFor();
      await page.setInputFiles('[data-testid=photo-input]', { name: 'studio.png', mimeType: 'image/png', buffer: png });
      const photo = panel.locator('img[data-testid=listing-photo]');
      await photo.waitFor();
      await eventually(async () => (await photo.evaluate((img) => img.complete && img.naturalWidth)) === 2, { what: 'the photo to load' });
      assert.match(await photo.getAttribute('src'), /^blob:/);
      const photos = (await http('GET', `/api/properties/${id}`, undefined, admin)).body.photos;
      assert.equal(photos.length, 1);
      assert.match(photos[0], new RegExp(`^/api/properties/${id}/photos/[^/]+$`));
      await row.locator('text=Photos (1)').waitFor();
      await browser.screenshot('inventory-photo-uploaded');

      await panel.locator('li button:has-text("Delete")').click();
      await photo.waitFor({ state: 'detached' });
      assert.deepEqual((await http('GET', `/api/properties/${id}`, undefined, admin)).body.photos ?? [], []);
      assert.equal((await http('GET', photos[0], undefined, admin)).status, 404);
      await browser.screenshot('inventory-photo-deleted');
    } finally {
      await http('DELETE', `/api/properties/${id}`, undefined, admin);
      await browser.close();
    }
  });

  test('a tenant admin adds a knowledge-base entry in two languages and edits it', async (t) => {
    const admin = await tokenFor('admin@demo.example');
    const question = `Do you charge a viewing fee? (${Date.now()})`;
    await withBrowser(t, async (browser) => {
      const { page } = browser;
      page.on('dialog', (dialog) => dialog.accept());
      await signIn(page, 'admin@demo.example');
      await page.click('a[href="#/knowledge-base"]');
      await page.waitForSelector('[data-testid=kb-entry]');

      await page.click('text=Add a question');
      await page.getByLabel('Topic').fill('fees');
      const english = page.locator('fieldset[lang=en]');
      await english.getByLabel('Question').fill(question);
      await english.getByLabel('Answer').fill('No, viewings are free of charge.');
      const persian = page.locator('fieldset[lang=fa]');
      await persian.getByLabel('Question').fill('آیا برای بازدید هزینه می‌گیرید؟');
      await persian.getByLabel('Answer').fill('خیر، بازدید رایگان است.');
      await browser.screenshot('kb-new-entry');
      await page.click('form button[type=submit]');

      const entry = page.locator('[data-testid=kb-entry]', { hasText: question });
      await entry.waitFor();
      assert.match(await entry.textContent(), /fa · en/);

      await entry.locator('text=Edit').click();
      await english.getByLabel('Answer').fill('No, viewings are free; we only ask you to book ahead.');
      await page.click('form button[type=submit]');
      await eventually(async () => (await entry.textContent()).includes('book ahead'), { what: 'the edited answer' });
      await browser.screenshot('kb-edited-entry');

      const all = (await http('GET', '/api/knowledge-base?limit=200', undefined, admin)).body.items;
      const stored = all.find((e) => e.translations.some((w) => w.question === question));
      assert.equal(stored.topic, 'fees');
      assert.deepEqual(stored.translations.map((w) => [w.language, w.answer]), [
        ['fa', 'خیر، بازدید رایگان است.'],
        ['en', 'No, viewings are free; we only ask you to book ahead.'],
      ]);

      await entry.locator('text=Delete').click();
      await entry.waitFor({ state: 'detached' });
      assert.equal((await http('GET', `/api/knowledge-base/${stored.id}`, undefined, admin)).status, 404);
    });
  });

  test('a tenant admin sets an agent’s weekly availability and sees overlapping hours refused', async (t) => {
    const admin = await tokenFor('admin@demo.example');
    const agent = await agentOne();
    const path = `/api/agents/${agent.id}/availability`;
    const original = (await http('GET', path, undefined, admin)).body;
    assert.ok(!original.weekly.some((h) => h.day === 'SUNDAY'), 'the first demo agent does not work on Sundays');
    const browser = await openBrowser(t);
    try {
      const { page } = browser;
      browser.expectRefusal(422, path);
      await signIn(page, 'admin@demo.example');
      await page.click('a[href="#/agents"]');
      await page.locator(`[data-agent-id="${agent.id}"] button`).click();
      const editor = page.locator('[data-testid=availability]');
      await editor.locator('tbody tr').first().waitFor();
      assert.match(await editor.textContent(), /Asia\/Dubai/);
      const rows = editor.locator('tbody tr');
      assert.equal(await rows.count(), original.weekly.length);

      await editor.locator('text=Add hours').click();
      const added = rows.last();
      assert.equal(await added.getByLabel('Day').inputValue(), 'SUNDAY');
      await added.getByLabel('From').fill('10:00');
      await added.getByLabel('To').fill('14:00');
      await editor.locator('button.primary').click();
      await editor.locator('[role=status]').waitFor();
      const saved = (await http('GET', path, undefined, admin)).body;
      assert.deepEqual(saved.weekly.filter((h) => h.day === 'SUNDAY'), [{ day: 'SUNDAY', start: '10:00', end: '14:00' }]);
      await browser.screenshot('agents-availability-saved');

      await added.getByLabel('Day').selectOption('MONDAY');
      await editor.locator('button.primary').click();
      const refused = editor.locator('[role=alert]');
      await refused.waitFor();
      assert.match(await refused.textContent(), /overlap/);
      await browser.screenshot('agents-availability-overlap');
      assert.deepEqual((await http('GET', path, undefined, admin)).body.weekly, saved.weekly, 'a refused change changes nothing');
    } finally {
      await http('PUT', path, original, admin);
      await browser.close();
    }
  });

  test('a tenant admin gives an agent a day off, sees refused extra hours listed, and removes the day off', async (t) => {
    const admin = await tokenFor('admin@demo.example');
    const agent = await agentOne();
    const path = `/api/agents/${agent.id}/availability`;
    const original = (await http('GET', path, undefined, admin)).body;
    // A day after any time off the demo already has, two months ahead at the earliest.
    const latest = [...original.timeOff, ...original.extraHours].map((d) => d.end.slice(0, 10)).sort().pop();
    const soon = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const base = latest && latest > soon ? latest : soon;
    const day = new Date(Date.parse(`${base}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const browser = await openBrowser(t);
    try {
      const { page } = browser;
      browser.expectRefusal(422, path);
      await signIn(page, 'admin@demo.example');
      await page.click('a[href="#/agents"]');
      await page.locator(`[data-agent-id="${agent.id}"] button`).click();
      const editor = page.locator('[data-testid=availability]');
      await editor.locator('tbody tr').first().waitFor();
      const form = editor.locator('[data-testid=dated-form]');

      await form.getByLabel('Kind').selectOption('timeOff');
      await form.getByLabel('First day').fill(day);
      await form.getByLabel('Note').fill('E2E day off');
      await form.locator('button[type=submit]').click();
      await editor.locator(`[data-testid=dated-timeOff] li[data-start="${day}T00:00"]`).waitFor();
      await editor.locator('button.primary').click();
      await editor.locator('[role=status]').waitFor();
      const saved = (await http('GET', path, undefined, admin)).body;
      assert.deepEqual(saved.timeOff.filter((d) => d.note === 'E2E day off'), [{ start: `${day}T00:00`, end: `${next}T00:00`, note: 'E2E day off' }]);
      assert.deepEqual(saved.weekly, original.weekly, 'the weekly hours are untouched');
      await browser.screenshot('agents-day-off-saved');

      await form.getByLabel('Kind').selectOption('extraHours');
      await form.getByLabel('Date', { exact: true }).fill(day);
      await form.getByLabel('From', { exact: true }).fill('18:00');
      await form.getByLabel('To', { exact: true }).fill('10:00');
      await form.locator('button[type=submit]').click();
      await editor.locator('button.primary').click();
      const refused = editor.locator('[role=alert]');
      await refused.waitFor();
      assert.match(await refused.textContent(), /ends before it starts/);
      await browser.screenshot('agents-extra-hours-refused');
      assert.deepEqual((await http('GET', path, undefined, admin)).body, saved, 'a refused change changes nothing');

      await editor.locator(`[data-testid=dated-extraHours] li[data-start="${day}T18:00"] button`).click();
      await editor.locator(`[data-testid=dated-timeOff] li[data-start="${day}T00:00"] button`).click();
      await editor.locator('button.primary').click();
      await editor.locator('[role=status]').waitFor();
      assert.deepEqual((await http('GET', path, undefined, admin)).body, original, 'the demo availability is back');
      await browser.screenshot('agents-day-off-removed');
    } finally {
      await http('PUT', path, original, admin);
      await browser.close();
    }
  });

  test('a tenant admin sees a booked viewing in the calendar, in the agency’s time, and cancels it', async (t) => {
    const admin = await tokenFor('admin@demo.example');
    const session = await visitorSays(SLUG, { text: 'Hi, I would like to view a villa' });
    const lead = await eventually(async () => (await http('GET', `/api/leads?chatId=${session}`, undefined, admin)).body.items[0], {
      what: 'the web chat lead',
    });
    const agent = await agentOne();
    const appointment = await bookWithin(admin, agent.id, lead.id);
    await withBrowser(t, async (browser) => {
      const { page } = browser;
      page.on('dialog', (dialog) => dialog.accept());
      await signIn(page, 'admin@demo.example');
      await page.click('a[href="#/appointments"]');
      await page.waitForSelector('[data-testid=calendar]');
      for (let week = 0; week < weeksAhead(appointment.start); week++) await page.click('[aria-label="Next week"]');
      const card = page.locator(`[data-appointment-id="${appointment.id}"]`);
      await card.waitFor();
      const shown = await card.textContent();
      assert.match(shown, /11:00/, 'the viewing shows at 11:00 Dubai time');
      assert.ok(shown.includes(agent.displayName), `the agent's name in ${shown}`);
      assert.match(shown, /Booked/);
      await browser.screenshot('appointments-booked');

      await card.locator('text=Cancel').click();
      await eventually(async () => (await card.textContent()).includes('Cancelled'), { what: 'the cancelled viewing' });
      assert.equal(await card.locator('text=Held').count(), 0, 'a cancelled viewing offers no more actions');
      assert.equal((await http('GET', `/api/appointments/${appointment.id}`, undefined, admin)).body.status, 'CANCELLED');
      await browser.screenshot('appointments-cancelled');
    });
  });

  test('a tenant admin reschedules a viewing from the calendar and is offered fresh times when the slot is taken', async (t) => {
    const admin = await tokenFor('admin@demo.example');
    const leadOf = async (text) => {
      const session = await visitorSays(SLUG, { text });
      return eventually(async () => (await http('GET', `/api/leads?chatId=${session}`, undefined, admin)).body.items[0], {
        what: 'the web chat lead',
      });
    };
    const lead = await leadOf('Hi, I would like to view a townhouse');
    const rival = await leadOf('Hello, can I see an apartment?');
    const agent = await agentOne();
    const appointment = await bookWithin(admin, agent.id, lead.id);
    const others = [];
    const browser = await openBrowser(t);
    try {
      const { page } = browser;
      browser.expectRefusal(409, `/api/appointments/${appointment.id}/reschedule`);
      await signIn(page, 'admin@demo.example');
      await page.click('a[href="#/appointments"]');
      await page.waitForSelector('[data-testid=calendar]');
      for (let week = 0; week < weeksAhead(appointment.start); week++) await page.click('[aria-label="Next week"]');
      const card = page.locator(`[data-appointment-id="${appointment.id}"]`);
      await card.locator('text=Reschedule').click();
      const panel = card.locator('[data-testid=reschedule]');
      const select = panel.getByLabel('New time');
      await select.waitFor();
      const offered = await select.locator('option').evaluateAll((options) => options.map((o) => o.value));
      assert.ok(offered.length >= 2, `open slots offered: ${offered.length}`);
      assert.ok(!offered.includes(appointment.start), 'the viewing’s own time is not offered');

      // Someone else takes the first offered time before the admin moves the viewing there.
      const first = offered[0];
      await select.selectOption(first);
      const rivalBooking = await http('POST', '/api/appointments', { agentId: agent.id, leadId: rival.id, start: first, idempotencyKey: randomUUID() }, admin);
      assert.equal(rivalBooking.status, 201, JSON.stringify(rivalBooking.body));
      others.push(rivalBooking.body.id);
      await panel.locator('text=Move').click();
      await panel.locator('[data-testid=reschedule-taken]').waitFor();
      const alternatives = await select.locator('option').evaluateAll((options) => options.map((o) => o.value));
      assert.ok(alternatives.length >= 1 && !alternatives.includes(first), `fresh alternatives: ${alternatives}`);
      await browser.screenshot('appointments-reschedule-taken');

      const target = alternatives[0];
      await select.selectOption(target);
      await panel.locator('text=Move').click();
      await panel.waitFor({ state: 'detached' });
      const moved = (await http('GET', `/api/appointments/${appointment.id}`, undefined, admin)).body;
      assert.equal(new Date(moved.start).getTime(), new Date(target).getTime());
      assert.equal(moved.status, 'RESCHEDULED');
      await browser.screenshot('appointments-rescheduled');
    } finally {
      for (const id of [appointment.id, ...others]) await http('POST', `/api/appointments/${id}/cancel`, {}, admin);
      await browser.close();
    }
  });

  test('a tenant admin saves web chat origins and sees Telegram and WhatsApp settings refused clearly', async (t) => {
    const admin = await tokenFor('admin@demo.example');
    const original = (await http('GET', '/api/channels', undefined, admin)).body;
    const browser = await openBrowser(t);
    try {
      const { page } = browser;
      browser.expectRefusal(400, '/api/channels');
      await signIn(page, 'admin@demo.example');
      await page.click('a[href="#/channels"]');
      const webchat = page.locator('[data-testid=webchat-form]');
      await webchat.waitFor();
      assert.equal(await webchat.locator('textarea').inputValue(), original.webchat.allowedOrigins.join('\n'));

      await webchat.locator('textarea').fill('https://agency.example\nhttps://*.agency.example/');
      await webchat.locator('button[type=submit]').click();
      await page.locator('p.notice[role=status]').waitFor();
      assert.deepEqual((await http('GET', '/api/channels', undefined, admin)).body.webchat.allowedOrigins, [
        'https://agency.example',
        'https://*.agency.example',
      ]);
      await browser.screenshot('channels-origins-saved');

      await webchat.locator('textarea').fill('agency dot example');
      await webchat.locator('button[type=submit]').click();
      await eventually(async () => (await page.textContent('[role=alert]'))?.includes('not an origin'), { what: 'the refused origin' });

      const telegram = page.locator('[data-testid=telegram-form]');
      await telegram.locator('button[type=submit]').click();
      assert.equal(await telegram.locator('input:invalid').count(), 1, 'the browser asks for a bot token first');
      await telegram.locator('input').fill('not-a-bot-token');
      await telegram.locator('button[type=submit]').click();
      await eventually(async () => (await page.textContent('[role=alert]'))?.includes('telegram.botToken is not a bot token'), {
        what: 'the refused bot token',
      });
      await browser.screenshot('channels-telegram-refused');

      const whatsapp = page.locator('[data-testid=whatsapp-form]');
      await whatsapp.getByLabel('Phone number ID').fill('my number');
      await whatsapp.getByLabel('Access token').fill('EAAG-not-checked');
      await whatsapp.locator('button[type=submit]').click();
      await eventually(async () => (await page.textContent('[role=alert]'))?.includes('whatsapp.phoneNumberId must be the number'), {
        what: 'the refused phone number id',
      });
      await browser.screenshot('channels-whatsapp-refused');
      const after = (await http('GET', '/api/channels', undefined, admin)).body;
      assert.deepEqual([after.telegram.configured, after.whatsapp.configured], [original.telegram.configured, original.whatsapp.configured]);
    } finally {
      await http('PUT', '/api/channels', { webchat: { allowedOrigins: original.webchat.allowedOrigins } }, admin);
      await browser.close();
    }
  });
});

/** The demo's first agent (agent1@demo.example) as scheduling-service's roster has them. */
async function agentOne() {
  const token = await tokenFor('agent1@demo.example');
  const id = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub;
  const roster = (await http('GET', '/api/agents', undefined, token)).body.items;
  return roster.find((a) => a.id === id);
}

/** How many weeks after this one (the browser's, from Monday) the day of an instant in Dubai is. */
function weeksAhead(instant) {
  const monday = (date) => {
    const day = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
    return day - ((new Date(day).getUTCDay() + 6) % 7) * 86_400_000;
  };
  const dubai = new Date(new Date(instant).getTime() + 4 * 3_600_000);
  const local = new Date(dubai.getUTCFullYear(), dubai.getUTCMonth(), dubai.getUTCDate());
  return Math.round((monday(local) - monday(new Date())) / (7 * 86_400_000));
}

/** Books the agent's first free 11:00 (Dubai) on a working day from tomorrow on, through the scheduling API. */
async function bookWithin(token, agentId, leadId) {
  for (let days = 1; days <= 14; days++) {
    const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    if (new Date(`${day}T00:00:00Z`).getUTCDay() === 0) continue; // the first demo agent does not work on Sundays
    const booked = await http('POST', '/api/appointments', { agentId, leadId, start: `${day}T07:00:00Z`, idempotencyKey: randomUUID() }, token);
    if (booked.status === 201) return booked.body;
    if (booked.status !== 409) throw new Error(`booking answered ${booked.status}: ${JSON.stringify(booked.body)}`);
  }
  throw new Error('no free 11:00 viewing with the agent in two weeks');
}
