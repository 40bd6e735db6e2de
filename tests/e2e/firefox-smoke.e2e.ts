/**
 * Firefox smoke test: dist/firefox installed into Debian's firefox-esr through puppeteer-core over WebDriver
 * BiDi. Firefox cannot be routed like Chromium, so app.slack.com resolves to a local TLS server instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './harness.js';

const FIREFOX = '/usr/bin/firefox-esr';
const FIREFOX_DIST = join(ROOT, 'dist/firefox');
const SLACK = 'https://app.slack.com/client/T0001/C0001';
const MESSAGE = 'Could you review the rollout plan by Friday';
// A random loopback address, so that parallel runs on one machine do not fight over port 443.
const HOST = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`;

let dir: string;
let server: Server | undefined;
let browser: Browser | undefined;
const extensionErrors: string[] = [];

/** A self-signed certificate for app.slack.com, made fresh for this run (Firefox is told to accept it). */
function makeCertificate(into: string): { key: string; cert: string } {
	const key = join(into, 'key.pem');
	const cert = join(into, 'cert.pem');
	const args =
		'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=app.slack.com';
	execFileSync(
		'openssl',
		[...args.split(' '), '-addext', 'subjectAltName=DNS:app.slack.com', '-keyout', key, '-out', cert],
		{
			stdio: 'pipe', // its progress output stays out of the test report; a failure still carries stderr
		},
	);
	return { key, cert };
}

/** Serves the fixture at /client/… on HOST:443, 404 for anything else; fails with a reason if it cannot bind. */
async function serveSlack(pem: { key: string; cert: string }): Promise<Server> {
	const html = await readFile(join(FIXTURES, 'slack-contenteditable.html'));
	const https = createServer({ key: await readFile(pem.key), cert: await readFile(pem.cert) }, (req, res) => {
		const isClient = req.url?.startsWith('/client/');
		res.writeHead(isClient ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(isClient ? html : 'not found');
	});
	await new Promise<void>((resolve, reject) => {
		https.once('error', (error: NodeJS.ErrnoException) =>
			reject(
				new Error(
					`cannot serve https://app.slack.com on ${HOST}:443 (${error.code}): ` +
						(error.code === 'EACCES' ? 'port 443 needs root' : error.message),
				),
			),
		);
		https.listen(443, HOST, resolve);
	});
	return https;
}

beforeAll(async () => {
	for (const [path, hint] of [
		[FIREFOX, 'apt-get install firefox-esr'],
		[join(FIREFOX_DIST, 'manifest.json'), 'run npm run build first'],
	] as const)
		if (!existsSync(path)) throw new Error(`${path} is missing: ${hint}`);
	dir = await mkdtemp(join(tmpdir(), 'unhurried-firefox-'));
	server = await serveSlack(makeCertificate(dir));
	browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		acceptInsecureCerts: true,
		extraPrefsFirefox: { 'network.dns.forceResolve': HOST },
	});
	await browser.installExtension(FIREFOX_DIST);
});

afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
	if (dir) await rm(dir, { recursive: true, force: true });
});

function watchErrors(page: Page): void {
	const ours = (text: string) => text.includes('moz-extension://') || text.includes('[unhurried');
	page.on('console', (msg) => {
		if (msg.type() === 'error' && ours(`${msg.text()} ${msg.location().url ?? ''}`))
			extensionErrors.push(msg.text());
	});
	page.on('pageerror', (error) => {
		const text = error instanceof Error ? `${error.message} ${error.stack}` : String(error);
		if (ours(text)) extensionErrors.push(text);
	});
}

it('runs the content script on app.slack.com, reaches the background, and lets the person type', async () => {
	if (!browser) throw new Error('Firefox did not start');
	const page = await browser.newPage();
	watchErrors(page);
	await page.goto(SLACK);
	// The content script marks <html> "connected" only after the background answered its ping.
	await page.waitForSelector('html[data-unhurried="connected"]', { timeout: 10_000 });

	await page.click('.ql-editor');
	await page.keyboard.type(MESSAGE);
	expect(await page.$eval('.ql-editor', (el) => (el as HTMLElement).innerText.trim())).toBe(MESSAGE);
	expect(await page.$$eval('[data-unhurried]', (els) => els.map((e) => e.localName))).toEqual(['html']);
	// The draft report goes out after a 300 ms pause and nothing on the page shows it; wait past it so an
	// error it logs is caught here. (Firefox forwards our console errors reliably, uncaught ones not always.)
	await new Promise((resolve) => setTimeout(resolve, 800));
	expect(extensionErrors).toEqual([]);
});
