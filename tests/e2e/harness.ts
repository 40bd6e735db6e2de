/**
 * End-to-end harness: the built extension (dist/chrome) loaded for real into Debian's Chromium through
 * playwright-core, fixture pages served at real production URLs, and guards for errors and network use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	type BrowserContext,
	chromium,
	type Page,
	type Browser as PlaywrightBrowser,
	type Request,
	type Worker,
} from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { extensionIdFromKey } from '../../scripts/extension-id.mjs';

/** The extension API as the service worker and extension pages see it (promise-based in MV3). */
export type ExtensionApi = Browser;
declare const chrome: ExtensionApi;

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The unpacked Chrome build that `npm run build` writes. */
export const CHROME_DIST = join(ROOT, 'dist/chrome');
/** Fixture pages; `serveFixture({ file })` resolves relative names here. */
export const FIXTURES = join(ROOT, 'tests/e2e/fixtures');
/** Where `screenshot()` writes (git-ignored). */
export const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');

/** The fields of the built manifest the tests read. */
export interface BuiltManifest {
	name: string;
	version: string;
	key: string;
	background: { service_worker: string };
	content_scripts: { matches: string[]; js: string[] }[];
	[other: string]: unknown;
}

/** A fixture body: inline HTML, or a file (relative to tests/e2e/fixtures, or absolute). */
export type FixtureSource = { html: string } | { file: string };

/** One request that left (or tried to leave) the browser and was not a declared fixture. */
export interface RecordedRequest {
	url: string;
	method: string;
	/** `service-worker`, the URL of the page that made it, or `page` for a WebSocket. */
	from: string;
}

/** A Chromium with the extension loaded, and the helpers the tests use on it. */
export interface ChromiumExtension {
	context: BrowserContext;
	/** The running service worker (a new one after a restart). */
	worker(): Promise<Worker>;
	extensionId: string;
	manifest: BuiltManifest;
	/** `chrome-extension://<id>/<path>`. */
	url(path: string): string;
	/** Serves a fixture at a real URL pattern (see the standalone `serveFixture`). */
	serveFixture(urlPattern: string, source: FixtureSource): Promise<void>;
	/** Opens a new tab on the popup page. */
	openPopup(): Promise<Page>;
	/** Opens a new tab on the options page. */
	openOptions(): Promise<Page>;
	/** Opens a new tab on the playground page. */
	openPlayground(): Promise<Page>;
	/** Evaluates `fn(arg)` in the extension's service worker (where `chrome.*` is available). */
	swEvaluate<R>(fn: () => R | Promise<R>): Promise<R>;
	swEvaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
	/** Reads a `chrome.storage.session` value written by @plasmohq/storage (a JSON string) and parses it. */
	readSession<T = unknown>(key: string): Promise<T | undefined>;
	/** Console errors and uncaught errors that came from the extension, since the last reset. */
	extensionErrors(): string[];
	/** Throws, listing them, if the extension logged an error or threw; then forgets them. Use in afterEach. */
	assertNoExtensionErrors(): void;
	/** Requests to the outside (http, https, ws) that were not declared fixtures, since the last reset. */
	extensionRequests(): RecordedRequest[];
	/** Forgets recorded errors and requests (call in beforeEach when a browser is shared by several tests). */
	reset(): void;
	/** Closes the browser and removes its temporary profile. */
	close(): Promise<void>;
}

export { extensionIdFromKey };

/** Headless Chromium that reaches nothing: no background traffic, and no host name resolves. */
/**
 * Awaits `work`, or fails after `ms` naming `what`: a step that hangs (a stale service worker, a lost message)
 * says which one it was instead of using up the whole test's timeout in silence.
 */
export async function within<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
	});
	try {
		return await Promise.race([work, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * Runs code in Unhurried's content-script world of `page` (CDP lists that isolated world by the extension's
 * origin): what a content script can do, a test can do there — forge its storage, move its clock.
 */
export async function contentScriptWorld(page: Page, extensionId: string) {
	const cdp = await page.context().newCDPSession(page);
	const worlds: { id: number; origin: string; type?: string }[] = [];
	cdp.on('Runtime.executionContextCreated', ({ context }) =>
		worlds.push({ id: context.id, origin: context.origin, type: context.auxData?.type }),
	);
	await cdp.send('Runtime.enable');
	const ours = () => worlds.find((w) => w.type === 'isolated' && w.origin.includes(extensionId));
	for (let waited = 0; !ours(); waited += 50) {
		if (waited > 10_000) throw new Error(`no content-script world of ${extensionId} in ${page.url()}`);
		await new Promise((r) => setTimeout(r, 50));
	}
	const world = ours();
	return async <T>(expression: string): Promise<T> => {
		const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
			expression,
			contextId: world?.id,
			awaitPromise: true,
			returnByValue: true,
		});
		if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
		return result.value as T;
	};
}

export const HEADLESS_ARGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	// A second wall behind the routes: no host name resolves, so nothing can reach the network.
	'--host-resolver-rules=MAP * ~NOTFOUND',
];

/** Debian's Chromium without the extension, for tests of page-side code (adapters, hints) on their own. */
export function launchPlainChromium(): Promise<PlaywrightBrowser> {
	return chromium.launch({ executablePath: '/usr/bin/chromium', headless: false, args: HEADLESS_ARGS });
}

/** Requests that each context's fixture routes fulfilled: they are the page's own, not the extension's. */
const servedByFixture = new WeakMap<BrowserContext, WeakSet<Request>>();

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
};

/**
 * Serves a fixture at a real production URL pattern (e.g. `https://app.slack.com/client/T0001/C0001`) with
 * `context.route(...).fulfill(...)`, so the shipped manifest's `matches` decide injection. Declares the
 * pattern: requests it serves are not counted as extension requests. Later routes win over earlier ones.
 */
export async function serveFixture(
	context: BrowserContext,
	urlPattern: string,
	source: FixtureSource,
): Promise<void> {
	const file = 'file' in source ? (isAbsolute(source.file) ? source.file : join(FIXTURES, source.file)) : '';
	const body = 'html' in source ? source.html : await readFile(file);
	const contentType = 'html' in source ? CONTENT_TYPES['.html'] : CONTENT_TYPES[extname(file)];
	const declared = servedByFixture.get(context) ?? new WeakSet<Request>();
	servedByFixture.set(context, declared);
	await context.route(urlPattern, (route) => {
		declared.add(route.request());
		return route.fulfill({ status: 200, contentType: contentType ?? 'application/octet-stream', body });
	});
}

/** True for URLs that leave the browser; chrome-extension:, data:, blob: and about: never do. */
const isOutside = (url: string) => /^(https?|wss?):/i.test(url);

function readBuiltManifest(dir = CHROME_DIST): BuiltManifest {
	const file = join(dir, 'manifest.json');
	if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
	return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
}

/**
 * The service worker's uncaught errors do not reach Playwright (it only forwards console calls from
 * workers), so this re-reports them as console errors the guard sees.
 */
function reportWorkerErrors(worker: Worker): Promise<void> {
	return worker
		.evaluate(() => {
			// Hooked once per worker global: the launch and the `serviceworker` event can both get here.
			const flagged = globalThis as { __unhurriedE2eHooked?: boolean };
			if (flagged.__unhurriedE2eHooked) return;
			flagged.__unhurriedE2eHooked = true;
			const tag = '[unhurried-e2e] service worker';
			addEventListener('error', (e) =>
				console.error(`${tag} uncaught: ${e.message} at ${e.filename}:${e.lineno}`),
			);
			addEventListener('unhandledrejection', (e) => {
				const reason = e.reason instanceof Error ? (e.reason.stack ?? e.reason.message) : String(e.reason);
				console.error(`${tag} unhandled rejection: ${reason}`);
			});
		})
		.catch(() => {}); // the worker can be gone already; its replacement gets its own hook
}

/**
 * Launches headless Chromium with dist/chrome (or `extensionDir`, e.g. a test variant of it) loaded on a fresh
 * profile; nothing reaches the network.
 */
export async function launchChromium({
	extensionDir = CHROME_DIST,
}: {
	extensionDir?: string;
} = {}): Promise<ChromiumExtension> {
	const manifest = readBuiltManifest(extensionDir);
	const profile = await mkdtemp(join(tmpdir(), 'unhurried-e2e-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: '/usr/bin/chromium',
		headless: false, // `--headless=new` below: the full browser in headless mode, which runs extensions
		viewport: { width: 1000, height: 700 },
		args: [
			`--disable-extensions-except=${extensionDir}`,
			`--load-extension=${extensionDir}`,
			...HEADLESS_ARGS,
		],
	});
	try {
		return await attach(context, manifest, () => rm(profile, { recursive: true, force: true }));
	} catch (error) {
		await context.close();
		await rm(profile, { recursive: true, force: true });
		throw error;
	}
}

/** Wires the guards, the routes and the helpers onto a context that has the extension loaded. */
async function attach(
	context: BrowserContext,
	manifest: BuiltManifest,
	removeProfile: () => Promise<void>,
): Promise<ChromiumExtension> {
	const expectedId = extensionIdFromKey(manifest.key);
	const origin = `chrome-extension://${expectedId}`;
	const errors: string[] = [];
	const requests: Request[] = [];
	const sockets: RecordedRequest[] = [];
	servedByFixture.set(context, new WeakSet());

	const fromExtension = (text: string, url = '') =>
		url.startsWith(origin) || text.includes(origin) || text.includes('[unhurried');
	context.on('console', (msg) => {
		if (msg.type() !== 'error') return;
		const where = msg.location().url;
		if (fromExtension(msg.text(), where) || msg.worker()?.url().startsWith(origin))
			errors.push(`console.error (${where || msg.worker()?.url()}): ${msg.text()}`);
	});
	context.on('weberror', (webError) => {
		const error = webError.error();
		const text = error.stack ?? error.message;
		if (fromExtension(text)) errors.push(`uncaught (${webError.page()?.url()}): ${text}`);
	});
	context.on('request', (request) => {
		if (isOutside(request.url())) requests.push(request);
	});
	// Everything to the outside is refused unless a fixture route (registered later, so it wins) serves it.
	await context.route(
		(url) => isOutside(url.href),
		(route) => route.abort('blockedbyclient'),
	);
	// WebSockets bypass routes and request events: record each one and close it unanswered. Playwright sees
	// only pages' sockets; one from the service worker is not recorded, only stopped by the resolver rule.
	await context.routeWebSocket(
		() => true,
		(socket) => {
			sockets.push({ url: socket.url(), method: 'WEBSOCKET', from: 'page' });
			void socket.close();
		},
	);

	context.on('serviceworker', (w) => void reportWorkerErrors(w));
	// Found by its script, not by the id we expect, so that a wrong id is caught rather than waited for.
	const script = `/${manifest.background.service_worker}`;
	const isOurs = (w: Worker, host?: string) => {
		const u = new URL(w.url());
		return u.protocol === 'chrome-extension:' && u.pathname === script && (!host || u.host === host);
	};
	const findWorker = async (host?: string) =>
		context.serviceWorkers().findLast((w) => isOurs(w, host)) ??
		(await context
			.waitForEvent('serviceworker', { predicate: (w) => isOurs(w, host), timeout: 10_000 })
			.catch((error: Error) => {
				throw new Error(`the extension's service worker did not start (${error.message})`);
			}));
	const first = await findWorker();
	await reportWorkerErrors(first);
	const extensionId = new URL(first.url()).host;
	if (extensionId !== expectedId)
		throw new Error(`extension id ${extensionId} is not the one the manifest key gives (${expectedId})`);
	const worker = () => findWorker(extensionId);

	const url = (path: string) => `${origin}/${path.replace(/^\//, '')}`;
	const open = async (path: string, viewport?: { width: number; height: number }) => {
		const page = await context.newPage();
		if (viewport) await page.setViewportSize(viewport);
		await page.goto(url(path));
		return page;
	};
	// Playwright serialises fn and arg; the overloads on the interface keep callers typed.
	// A worker Chromium stopped (idle, or restarted under load) can leave Playwright a handle whose evaluate never
	// settles: give each try 15 s, then ask again on the worker running now (waking it by opening a page of ours).
	const swEvaluate = async <R>(fn: (arg: unknown) => R | Promise<R>, arg?: unknown): Promise<R> => {
		try {
			return await within(
				'evaluate in the service worker',
				15_000,
				(await worker()).evaluate(fn, arg) as Promise<R>,
			);
		} catch (error) {
			if (!/no answer within/.test(String(error))) throw error;
			const waker = await open('src/popup/index.html');
			try {
				return await within(
					'evaluate in the service worker, asked again',
					15_000,
					(await worker()).evaluate(fn, arg) as Promise<R>,
				);
			} finally {
				await waker.close();
			}
		}
	};

	return {
		context,
		worker,
		extensionId,
		manifest,
		url,
		serveFixture: (urlPattern, source) => serveFixture(context, urlPattern, source),
		openPopup: () => open('src/popup/index.html', { width: 380, height: 300 }), // about a popup's size
		openOptions: () => open('src/options/index.html'),
		openPlayground: () => open('src/playground/index.html'),
		swEvaluate: swEvaluate as ChromiumExtension['swEvaluate'],
		readSession: async <T>(key: string) => {
			const raw = await swEvaluate(
				async (k) => (await chrome.storage.session.get(k as string))[k as string] as string | undefined,
				key,
			);
			return raw === undefined ? undefined : (JSON.parse(raw) as T);
		},
		extensionErrors: () => [...errors],
		assertNoExtensionErrors() {
			const found = errors.splice(0);
			if (found.length)
				throw new Error(`the extension reported ${found.length} error(s):\n${found.join('\n')}`);
		},
		extensionRequests() {
			const served = servedByFixture.get(context);
			return requests
				.filter((r) => !served?.has(r))
				.map((r): RecordedRequest => ({ url: r.url(), method: r.method(), from: requestOrigin(r) }))
				.concat(sockets);
		},
		reset() {
			errors.length = 0;
			requests.length = 0;
			sockets.length = 0;
		},
		async close() {
			await context.close();
			await removeProfile();
		},
	};
}

function requestOrigin(request: Request): string {
	if (request.serviceWorker()) return 'service-worker';
	try {
		return request.frame().url();
	} catch {
		return 'unknown'; // e.g. a request from a worker that has no frame
	}
}

/** Saves a PNG of the page to artifacts/screenshots/<name> and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
	await mkdir(SCREENSHOTS, { recursive: true });
	const path = join(SCREENSHOTS, name.endsWith('.png') ? name : `${name}.png`);
	await page.screenshot({ path, fullPage: true });
	return path;
}
