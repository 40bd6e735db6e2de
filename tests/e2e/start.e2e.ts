/**
 * `npm start` run the way a newcomer runs it, on a display of its own (Xvfb): the README's first command.
 * The playground is checked through the DevTools protocol (UNHURRIED_DEVTOOLS_PORT=0 makes start.mjs open it and
 * print where), and every run ends with nothing of it left running.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HintsUi } from './chat-helpers.js';
import { extensionIdFromKey, ROOT, screenshot } from './harness.js';
import { startXvfb, type Xvfb } from './xvfb.js';

const PLAYGROUND = `chrome-extension://${extensionIdFromKey(
	JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).key,
)}/src/playground/index.html`;
const FLAGGED = 'Send me the quarterly numbers ASAP.'; // a false-urgency example chip
const asRoot = process.getuid?.() === 0;
/** Build, browser start and extension install on a loaded 2-core machine: generous, and polled. */
const SLOW = { timeout: 120_000, interval: 250 };

/** `npm start` in its own process group, with what it printed and a way to end it and everything it started. */
class NpmStart {
	private text = '';
	readonly exited: Promise<number | null>;
	/** Set in the environment of everything it starts, so that a process left behind can be found. */
	private readonly marker = `UNHURRIED_E2E_RUN=${randomUUID()}`;
	private readonly child: ChildProcess;

	constructor(env: Record<string, string>, args: string[] = []) {
		const base = { ...process.env };
		for (const name of ['DISPLAY', 'WAYLAND_DISPLAY', 'XAUTHORITY', 'UNHURRIED_DEVTOOLS_PORT'])
			delete base[name];
		const [name, value] = this.marker.split('=') as [string, string];
		this.child = spawn('npm', ['start', ...(args.length ? ['--', ...args] : [])], {
			cwd: ROOT,
			env: { ...base, ...env, [name]: value },
			detached: true, // its own process group, which stop() ends as a whole
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		for (const stream of [this.child.stdout, this.child.stderr])
			stream?.on('data', (chunk) => {
				this.text += chunk;
			});
		this.exited = new Promise((done) => this.child.once('exit', (code) => done(code)));
	}

	output(): string {
		return this.text;
	}

	/** The first match of `pattern` (or the text) in what it prints; fails at once, with all of that, if it exits first. */
	async waitFor(pattern: RegExp | string): Promise<string[]> {
		let exited = false;
		void this.exited.then(() => {
			exited = true;
		});
		const deadline = Date.now() + SLOW.timeout;
		for (;;) {
			const match =
				typeof pattern === 'string' ? this.text.includes(pattern) && [pattern] : pattern.exec(this.text);
			if (match) return match;
			if (exited) throw new Error(`npm start exited before printing ${pattern}; it printed:\n${this.text}`);
			if (Date.now() > deadline)
				throw new Error(`npm start has not printed ${pattern} after ${SLOW.timeout / 1000} s:\n${this.text}`);
			await new Promise((tick) => setTimeout(tick, SLOW.interval));
		}
	}

	/** Processes still running from this run: its process group, and any that left it (Chromium's crashpad). */
	leftovers(): number[] {
		const group = this.child.pid;
		const found: number[] = [];
		for (const entry of readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			try {
				const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
				const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
				const zombie = stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
				const env = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
				if (!zombie && (pgid === group || env.includes(this.marker))) found.push(Number(entry));
			} catch {
				// gone meanwhile, or not ours to read
			}
		}
		return found;
	}

	/** Ends the whole process group as a terminal's Ctrl+C or a closed session would, then checks nothing is left. */
	async stop(): Promise<void> {
		try {
			process.kill(-(this.child.pid as number), 'SIGTERM');
		} catch {
			// the group has ended already
		}
		await this.exited;
		await expect.poll(() => this.leftovers(), { timeout: 30_000, interval: 250 }).toEqual([]);
	}

	/** Last resort after a failed test: nothing of this run may outlive the file. */
	kill(): void {
		for (const pid of this.leftovers()) process.kill(pid, 'SIGKILL');
	}
}

let xvfb: Xvfb;
let scratch: string;
const runs: NpmStart[] = [];
const npmStart = (env: Record<string, string>, args: string[] = []) => {
	const run = new NpmStart(env, args);
	runs.push(run);
	return run;
};

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), 'unhurried-start-e2e-'));
	xvfb = await startXvfb(join(scratch, 'Xauthority'));
});
afterAll(async () => {
	for (const run of runs) run.kill();
	await xvfb?.stop();
	await rm(scratch, { recursive: true, force: true });
});

describe('npm start on a desktop (Xvfb)', () => {
	it('opens the playground in Chromium with the content script connected; a flagged example gets a hint', async () => {
		const run = npmStart({
			DISPLAY: xvfb.display,
			XAUTHORITY: xvfb.xauthority,
			UNHURRIED_DEVTOOLS_PORT: '0',
		});
		let browser: Browser | undefined;
		try {
			const endpoint = (await run.waitFor(/DevTools listening on (ws:\/\/\S+)/))[1] as string;
			// One line says why Chromium runs without its sandbox, and only as root.
			expect(run.output().includes('running as root, so Chromium starts with --no-sandbox')).toBe(asRoot);

			browser = await chromium.connectOverCDP(endpoint);
			const context = browser.contexts()[0];
			if (!context) throw new Error('Chromium has no browser context');
			// The extension opens the playground on install, at the id the manifest key pins.
			await expect.poll(() => context.pages().some((p) => p.url() === PLAYGROUND), SLOW).toBe(true);
			const page = context.pages().find((p) => p.url() === PLAYGROUND);
			if (!page) throw new Error('the playground tab went away');
			await page.waitForSelector('html[data-unhurried="connected"]', { timeout: SLOW.timeout });
			await run.waitFor(/Unhurried is loaded and its playground is open/);

			await page.getByRole('button', { name: FLAGGED }).click();
			expect(await page.inputValue('#pg-textarea')).toBe(FLAGGED);
			const ui = await HintsUi.attach(page);
			await expect.poll(() => ui.badge(), SLOW).toMatch(/^\d+ Unhurried hints? — open$/);
			await screenshot(page, 'start-playground.png');
		} finally {
			await browser?.close(); // ends our connection; the browser is npm start's to end
			await run.stop();
		}
		// Its profile and log went with it.
		const log = /Chromium's log: (\S+)/.exec(run.output())?.[1];
		expect(log).toBeTruthy();
		expect(existsSync(dirname(log as string))).toBe(false);
	}, 300_000);

	it('opens Firefox ESR with the add-on installed temporarily (--firefox)', async () => {
		const run = npmStart({ DISPLAY: xvfb.display, XAUTHORITY: xvfb.xauthority }, ['--firefox']);
		try {
			await run.waitFor(`Installed ${join(ROOT, 'dist/firefox')} as a temporary add-on`);
		} finally {
			await run.stop();
		}
	}, 300_000);
});

describe('npm start when no window can open', () => {
	it('says why Chromium stopped and what to do, and exits non-zero, when the X server refuses it (as under sudo)', async () => {
		const run = npmStart({ DISPLAY: xvfb.display, XAUTHORITY: join(scratch, 'not-the-key') });
		expect(await run.exited).not.toBe(0);
		const output = run.output();
		expect(output).toContain(`): The X server at ${xvfb.display} refused Chromium`);
		expect(output).toContain('What to do: Run `npm start` as the user who owns the display');
		expect(output).toContain('Load unpacked'); // and how to load the build by hand meanwhile
		await run.stop();
		// Chromium's log stays for the person to read; this test's copy goes.
		const log = /Its whole log: (\S+)/.exec(output)?.[1] as string;
		expect(readFileSync(log, 'utf8')).toContain('Authorization required');
		await rm(dirname(log), { recursive: true, force: true });
	}, 180_000);

	it('says the display is set but dead, before starting a browser, and exits non-zero', async () => {
		const dead = Array.from({ length: 100 }, (_, i) => 900 + i).find(
			(n) => !existsSync(`/tmp/.X11-unix/X${n}`),
		);
		const run = npmStart({ DISPLAY: `:${dead}` });
		expect(await run.exited).toBe(1);
		expect(run.output()).toContain(`DISPLAY=:${dead} is set, but no X server answers there`);
		expect(run.output()).not.toContain('opening Chromium');
		await run.stop();
	}, 180_000);

	it('without any display, builds and prints how to load the build by hand, and exits 0', async () => {
		const run = npmStart({});
		expect(await run.exited).toBe(0);
		expect(run.output()).toContain('No display here');
		expect(run.output()).toContain(`"Load unpacked", choose ${join(ROOT, 'dist/chrome')}`);
		await run.stop();
	}, 180_000);
});
