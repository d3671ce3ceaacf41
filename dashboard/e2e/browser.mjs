// Drives Debian's Chromium (never a downloaded browser) through playwright-core, with a fresh
// profile per browser and the flags that keep it off the network except for the platform under test.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
export const PASSWORD = process.env.DEMO_PASSWORD ?? '';
export const SCREENSHOTS = process.env.SCREENSHOTS ?? 'target/e2e-screenshots';
const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/**
 * A browser session whose console errors and uncaught exceptions fail the test at {@link close}, except
 * the failed requests a test provokes on purpose and declares with {@code expectRefusal}.
 */
export async function openBrowser(t) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'artin-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE, headless: true, args: FLAGS, acceptDownloads: true, viewport: { width: 1366, height: 900 },
    locale: 'en-GB',
  });
  const errors = [];
  const refusals = [];
  const expected = (message) =>
    refusals.some(({ status, path }) => message.text().includes(`status of ${status}`) && message.location().url.includes(path));
  const watch = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' && !expected(message)) errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    context,
    /** Chromium logs every refused request as an error: this one (status, part of its URL) is expected. */
    expectRefusal(status, path) {
      refusals.push({ status, path });
    },
    async screenshot(name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length) throw new Error(`the browser reported errors:\n${errors.join('\n')}`);
    },
  };
}

/** Runs {@code body} with a browser session and closes it after, failing the test on its errors. */
export async function withBrowser(t, body) {
  const browser = await openBrowser(t);
  try {
    return await body(browser);
  } finally {
    await browser.close();
  }
}

export async function signIn(page, email) {
  await page.goto(`${BASE_URL}/`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=signed-in-role]');
}

/** JSON from the platform, as a script or an integrator would call it. */
export async function http(method, path, body, token) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? safeJson(text) : null };
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function tokenFor(email) {
  const { status, body } = await http('POST', '/api/auth/login', { email, password: PASSWORD });
  if (status !== 200) throw new Error(`login of ${email} answered ${status}`);
  return body.accessToken;
}

/**
 * What the platform under test offers. A route that answers 404 does not exist (yet) and the tests
 * that need it skip, saying so; any other failure is a broken feature and fails the run.
 */
export async function capabilities() {
  const login = await http('POST', '/api/auth/login', { email: 'admin@demo.example', password: PASSWORD });
  if (login.status === 404) return { login: false, leads: false, conversations: false, analytics: false };
  if (login.status !== 200) throw new Error(`the demo admin's login answered ${login.status}`);
  const admin = login.body.accessToken;
  const present = async (path) => {
    const { status } = await http('GET', path, undefined, admin);
    if (status !== 200 && status !== 404) throw new Error(`GET ${path} answered ${status}`);
    return status === 200;
  };
  return {
    login: true,
    leads: await present('/api/leads'),
    conversations: await present('/api/conversations'),
    analytics: await present('/api/analytics/funnel'),
  };
}

/** A web chat visitor: opens a session and says something. */
export async function visitorSays(slug, ...lines) {
  const session = await http('POST', `/webchat/${slug}/sessions`);
  if (session.status !== 201) throw new Error(`web chat session answered ${session.status}`);
  const id = session.body.sessionId;
  for (const line of lines) {
    const sent = await http('POST', `/webchat/${slug}/sessions/${id}/messages`, line);
    if (sent.status !== 202) throw new Error(`web chat message answered ${sent.status}`);
  }
  return id;
}

export async function transcriptOf(slug, sessionId) {
  return (await http('GET', `/webchat/${slug}/sessions/${sessionId}/messages`)).body.items;
}

export async function eventually(check, { timeout = 30_000, interval = 250, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  throw new Error(`gave up waiting for ${what}${last ? `: ${last.message}` : ''}`);
}
