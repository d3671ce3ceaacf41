// The dashboard in headless Chromium against the whole platform started by DashboardBrowserIT
// (platform-launcher): the demo agency, its admin, an agent and the platform owner.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import {
  BASE_URL, capabilities, eventually, http, openBrowser, signIn, tokenFor, transcriptOf, visitorSays,
} from './browser.mjs';

const SLUG = 'demo';
let can;

before(async () => {
  can = await capabilities();
  console.log(`platform under test: ${JSON.stringify(can)}`);
});

describe('the dashboard', () => {
  test('is served by the gateway and speaks English, Persian, Arabic and Russian, the first two right to left', async (t) => {
    const browser = await openBrowser(t);
    try {
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
    } finally {
      await browser.close();
    }
  });

  test('a tenant admin sees a web chat lead appear live, exports the leads and views the funnel', async (t) => {
    if (!can.login || !can.leads) {
      t.skip(`needs login and /api/leads through the gateway (have ${JSON.stringify(can)})`);
      return;
    }
    const browser = await openBrowser(t);
    try {
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
    } finally {
      await browser.close();
    }
  });

  test('a tenant admin takes a web chat over, replies from the dashboard and hands it back', async (t) => {
    if (!can.login || !can.leads || !can.conversations) {
      t.skip(`needs login, /api/leads and /api/conversations through the gateway (have ${JSON.stringify(can)})`);
      return;
    }
    const browser = await openBrowser(t);
    try {
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
    } finally {
      await browser.close();
    }
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

    const browser = await openBrowser(t);
    try {
      await signIn(browser.page, 'admin@demo.example');
      await browser.page.click('a[href="#/analytics"]');
      await browser.page.waitForSelector('[data-testid=funnel-started]');
      await browser.screenshot('analytics-after-script');
    } finally {
      await browser.close();
    }
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

    const browser = await openBrowser(t);
    try {
      const { page } = browser;
      await signIn(page, 'agent1@demo.example');
      assert.equal((await page.textContent('[data-testid=signed-in-role]')).trim(), 'Agent');
      await page.click('a[href="#/leads"]');
      await page.waitForSelector('[data-testid=export-leads]');
      const shown = await page.locator('tr[data-lead-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-lead-id')));
      assert.deepEqual(new Set(shown), new Set(visible.map((lead) => lead.id)));
      assert.equal(await page.locator('a[href="#/channels"]').count(), 0, 'agents have no channel settings');
      await browser.screenshot('agent-leads');
    } finally {
      await browser.close();
    }
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

    const browser = await openBrowser(t);
    try {
      const { page } = browser;
      await signIn(page, 'owner@platform.example');
      await page.waitForSelector('[data-testid=mrr-total]');
      const shown = await page.textContent('[data-testid=mrr-total]');
      assert.match(shown, /\$/);
      assert.ok(Number(shown.replace(/[^0-9.]/g, '')) >= 499, `MRR shown: ${shown}`);
      await browser.screenshot('owner-mrr');
    } finally {
      await browser.close();
    }
  });
});
