/**
 * Firefox: an underline on one chat fixture. dist/firefox installed into Debian's firefox-esr through
 * puppeteer-core over WebDriver BiDi; app.slack.com resolves to a local TLS server (firefox-smoke.e2e.ts's set-up).
 * The Highlight API registry belongs to the document, so the page sees the ranges our content script registered.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURES, ROOT, SCREENSHOTS } from './harness.js';

const FIREFOX = '/usr/bin/firefox-esr';
const FIREFOX_DIST = join(ROOT, 'dist/firefox');
const SLACK = 'https://app.slack.com/client/T0001/C0001';
const DRAFT = 'Hi team, can you take a look at this ASAP?';
// A random loopback address, so that parallel runs (and firefox-smoke) do not fight over port 443.
const HOST = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`;

let dir: string;
let server: Server | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
	for (const [path, hint] of [
		[FIREFOX, 'apt-get install firefox-esr'],
		[join(FIREFOX_DIST, 'manifest.json'), 'run npm run build first'],
	] as const)
		if (!existsSync(path)) throw new Error(`${path} is missing: ${hint}`);
	dir = await mkdtemp(join(tmpdir(), 'unhurried-chat-firefox-'));
	const key = join(dir, 'key.pem');
	const cert = join(dir, 'cert.pem');
	execFileSync(
		'openssl',
		[
			...'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=app.slack.com'.split(
				' ',
			),
			'-addext',
			'subjectAltName=DNS:app.slack.com',
			'-keyout',
			key,
			'-out',
			cert,
		],
		{ stdio: 'pipe' },
	);
	const html = await readFile(join(FIXTURES, 'slack-contenteditable.html'));
	const https = createServer({ key: await readFile(key), cert: await readFile(cert) }, (req, res) => {
		const isClient = req.url?.startsWith('/client/');
		res.writeHead(isClient ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(isClient ? html : 'not found');
	});
	await new Promise<void>((resolve, reject) => {
		https.once('error', reject);
		https.listen(443, HOST, resolve);
	});
	server = https;
	browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		acceptInsecureCerts: true,
		extraPrefsFirefox: { 'network.dns.forceResolve': HOST },
	});
	await browser.installExtension(FIREFOX_DIST);
}, 60_000);

afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
	if (dir) await rm(dir, { recursive: true, force: true });
});

it('underlines a vague ask and a false urgency in Firefox, leaving the draft as typed', async () => {
	if (!browser) throw new Error('Firefox did not start');
	const page = await browser.newPage();
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (
			msg.type() === 'error' &&
			/moz-extension:|\[unhurried/.test(`${msg.text()} ${msg.location().url ?? ''}`)
		)
			errors.push(msg.text());
	});
	await page.goto(SLACK);
	await page.waitForSelector('html[data-unhurried="connected"]', { timeout: 10_000 });
	await page.click('.ql-editor');
	await page.keyboard.type(DRAFT);
	const ranges = () =>
		page.evaluate(() =>
			[...CSS.highlights.entries()]
				.filter(([name]) => name.startsWith('unhurried-'))
				.flatMap(([name, h]) => [...h].map((r) => `${name.slice(10)}:${r.toString()}`))
				.sort(),
		);
	await expect.poll(ranges, { timeout: 5_000 }).toEqual(['false_urgency:ASAP', 'vague_ask:take a look']);
	expect(await page.$eval('.ql-editor', (el) => (el as HTMLElement).innerText.trim())).toBe(DRAFT);
	await mkdir(SCREENSHOTS, { recursive: true });
	await page.screenshot({ path: join(SCREENSHOTS, 'chat-firefox-underlined.png') });
	expect(errors).toEqual([]);
});
