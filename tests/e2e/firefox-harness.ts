/**
 * Firefox for end-to-end tests: dist/firefox installed into Debian's firefox-esr through puppeteer-core over
 * WebDriver BiDi. Firefox cannot be routed like Chromium, so app.slack.com resolves to a local TLS server on a
 * random loopback address (parallel runs on one machine do not fight over port 443) serving the Slack fixture.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIXTURES, ROOT } from './harness.js';

const FIREFOX = '/usr/bin/firefox-esr';
const FIREFOX_DIST = join(ROOT, 'dist/firefox');
export const SLACK_URL = 'https://app.slack.com/client/T0001/C0001';

/** A self-signed certificate for app.slack.com, made fresh for this run (Firefox is told to accept it). */
function makeCertificate(into: string): { key: string; cert: string } {
	const key = join(into, 'key.pem');
	const cert = join(into, 'cert.pem');
	const args =
		'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=app.slack.com';
	execFileSync(
		'openssl',
		[...args.split(' '), '-addext', 'subjectAltName=DNS:app.slack.com', '-keyout', key, '-out', cert],
		// Its progress output stays out of the test report; a failure still carries stderr.
		{ stdio: 'pipe' },
	);
	return { key, cert };
}

/** Serves the fixture at /client/… on host:443, 404 for anything else; fails with a reason if it cannot bind. */
async function serveSlack(host: string, pem: { key: string; cert: string }): Promise<Server> {
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
					`cannot serve https://app.slack.com on ${host}:443 (${error.code}): ` +
						(error.code === 'EACCES' ? 'port 443 needs root' : error.message),
				),
			),
		);
		https.listen(443, host, resolve);
	});
	return https;
}

export interface FirefoxOnSlack {
	browser: Browser;
	close(): Promise<void>;
}

/**
 * Starts firefox-esr with dist/firefox installed and app.slack.com served from the Slack fixture; `env` adds to
 * the browser's environment (e.g. MOZ_SYSTEM_CONFIG_DIR, where Firefox looks for system policies).
 */
export async function launchFirefoxOnSlack({
	env,
}: {
	env?: Record<string, string>;
} = {}): Promise<FirefoxOnSlack> {
	for (const [path, hint] of [
		[FIREFOX, 'apt-get install firefox-esr'],
		[join(FIREFOX_DIST, 'manifest.json'), 'run npm run build first'],
	] as const)
		if (!existsSync(path)) throw new Error(`${path} is missing: ${hint}`);
	const host = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`;
	const dir = await mkdtemp(join(tmpdir(), 'unhurried-firefox-'));
	let server: Server | undefined;
	let browser: Browser | undefined;
	const close = async () => {
		await browser?.close();
		await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
		await rm(dir, { recursive: true, force: true });
	};
	try {
		server = await serveSlack(host, makeCertificate(dir));
		browser = await puppeteer.launch({
			browser: 'firefox',
			executablePath: FIREFOX,
			headless: true,
			acceptInsecureCerts: true,
			extraPrefsFirefox: { 'network.dns.forceResolve': host },
			...(env ? { env: { ...process.env, ...env } } : {}),
		});
		await browser.installExtension(FIREFOX_DIST);
		return { browser, close };
	} catch (error) {
		await close();
		throw error;
	}
}

/** Collects console errors and uncaught errors on the page that come from the extension. */
export function watchExtensionErrors(page: Page): string[] {
	const errors: string[] = [];
	const ours = (text: string) => text.includes('moz-extension://') || text.includes('[unhurried');
	page.on('console', (msg) => {
		if (msg.type() === 'error' && ours(`${msg.text()} ${msg.location().url ?? ''}`)) errors.push(msg.text());
	});
	page.on('pageerror', (error) => {
		const text = error instanceof Error ? `${error.message} ${error.stack}` : String(error);
		if (ours(text)) errors.push(text);
	});
	return errors;
}

/** The ranges our content script registered with the page's Highlight API, as "kind:text", sorted. */
export function highlightRanges(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...CSS.highlights.entries()]
			.filter(([name]) => name.startsWith('unhurried-'))
			.flatMap(([name, h]) => [...h].map((r) => `${name.slice(10)}:${r.toString()}`))
			.sort(),
	);
}
