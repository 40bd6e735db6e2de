// npm start: build, then open a browser with Unhurried loaded; the extension opens its playground on install.
//   npm start                   Debian's Chromium (installed with apt-get when missing), on a fresh profile
//   npm start -- --firefox      Firefox ESR with the add-on installed temporarily (web-ext run)
//   npm start -- --no-sandbox   Chromium without its sandbox (automatic as root, which the sandbox refuses)
// Without a display it builds and prints how to load the build by hand. UNHURRIED_DEVTOOLS_PORT=N (0: any free
// port) opens Chromium's DevTools protocol there and prints its address: the test that runs `npm start` uses it.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { chromiumErrors, explainChromiumFailure } from './chromium-failure.mjs';
import { extensionId } from './extension-id.mjs';
import { findDisplay } from './find-display.mjs';

const root = resolve(import.meta.dirname, '..');
const OPTIONS = ['--firefox', '--no-sandbox'];
const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
/** How long Chromium gets to open the playground before we say it did not (a loaded 2-core machine is slow). */
const LOAD_WAIT_MS = 60_000;

const say = (text) => console.log(`unhurried: ${text}`);
function fail(text, code = 1) {
	console.error(`unhurried: ${text}`);
	process.exit(code);
}
/** Runs a step in the foreground; when it fails, its own messages are above and `why` says what failed. */
function step(command, commandArgs, why) {
	const { status } = spawnSync(command, commandArgs, { stdio: 'inherit' });
	if (status !== 0) fail(why, status ?? 1);
}

const unknown = args.filter((a) => !OPTIONS.includes(a));
if (unknown.length)
	fail(`unknown option ${unknown.join(' ')}; usage: npm start [-- --firefox | --no-sandbox]`, 2);

step(process.execPath, [join(root, 'scripts/build.mjs')], 'the build failed (its errors are above).');
const chromeDist = join(root, 'dist/chrome');
const firefoxDist = join(root, 'dist/firefox');
const id = extensionId();
const playground = `chrome-extension://${id}/src/playground/index.html`;
const manual = `To try it in your own browser:
  Chrome/Chromium/Edge: open chrome://extensions, turn on Developer mode, "Load unpacked", choose ${chromeDist}
  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose ${join(firefoxDist, 'manifest.json')}
Then open the playground (${playground} in Chromium), or Slack in a tab.`;

const display = await findDisplay(process.env);
if (display.kind === 'none' && !display.problem) {
	console.log(`\nNo display here (DISPLAY is not set), so no browser window can open.\n${manual}`);
	process.exit(0);
}
if (display.kind === 'none')
	fail(
		`${display.problem}, so no browser window can open.\n` +
			'  What to do: start that display or fix the variable; or run `xvfb-run -a npm start` to give the ' +
			'browser a display of its own; or unset it (`env -u DISPLAY -u WAYLAND_DISPLAY npm start`) to only ' +
			`build.\n${manual}`,
	);

const browser = firefox ? 'firefox-esr' : 'chromium';
step(
	'bash',
	[join(root, 'scripts/ensure-browsers.sh'), browser],
	`${browser} is needed to open the playground.`,
);
const browserPath = execFileSync('bash', ['-c', `command -v ${browser}`], { encoding: 'utf8' }).trim();

/** Set on Ctrl+C or a kill: the browser's exit is then asked for, not a failure. */
let stopping = false;
/** Stops `child` on our signals with `childSignal`, so that the browser never outlives `npm start`. */
function forwardStops(child, childSignal) {
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
		process.on(signal, () => {
			stopping = true;
			if (child.exitCode === null && child.signalCode === null) child.kill(childSignal);
		});
}

if (firefox) {
	say('opening Firefox ESR with Unhurried installed as a temporary add-on (web-ext run).');
	const child = spawn(
		join(root, 'node_modules/.bin/web-ext'),
		['run', '--source-dir', firefoxDist, '--firefox', browserPath],
		{ stdio: 'inherit' },
	);
	forwardStops(child, 'SIGINT'); // Ctrl+C is web-ext's way to quit: it closes Firefox and removes its profile
	child.on('exit', (code, signal) => {
		if (stopping || code === 0) process.exit(0);
		fail(
			`Firefox stopped with ${signal ? `signal ${signal}` : `exit code ${code}`} (web-ext's message is above).\n` +
				`  What to do: \`npx web-ext run --source-dir ${firefoxDist} --verbose\` shows Firefox's own ` +
				`messages; meanwhile load the build by hand.\n${manual}`,
		);
	});
} else {
	const work = mkdtempSync(join(tmpdir(), 'unhurried-start-'));
	const profile = join(work, 'profile');
	const logFile = join(work, 'chromium.log');
	const asRoot = process.getuid?.() === 0;
	const devtoolsPort = process.env.UNHURRIED_DEVTOOLS_PORT;
	const flags = [
		`--user-data-dir=${profile}`,
		`--disable-extensions-except=${chromeDist}`,
		`--load-extension=${chromeDist}`,
		'--no-first-run',
		'--no-default-browser-check',
		// Our own channel to Chromium (fds 3 and 4): we see the playground open, and Chromium closes with us.
		'--remote-debugging-pipe',
	];
	if (asRoot) say('running as root, so Chromium starts with --no-sandbox (its sandbox refuses root).');
	if (asRoot || args.includes('--no-sandbox')) flags.push('--no-sandbox');
	// Debian's Chromium opens X11 windows unless told otherwise: on a Wayland-only session it must be told.
	if (display.kind === 'wayland') flags.push('--ozone-platform=wayland');
	if (devtoolsPort) flags.push(`--remote-debugging-port=${devtoolsPort}`);
	say(`opening Chromium with Unhurried (extension id ${id}); Chromium's log: ${logFile}`);

	const child = spawn(browserPath, flags, { stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'] });
	forwardStops(child, 'SIGTERM');
	const log = createWriteStream(logFile);
	child.stdout.pipe(log, { end: false });
	child.stderr.pipe(log, { end: false });
	child.stderr.setEncoding('utf8');
	child.stderr.on('data', (text) => {
		const devtools = /DevTools listening on \S+/.exec(text);
		if (devtools) console.log(devtools[0]);
	});
	const stopWatching = watchPlayground(child);

	child.on('exit', async (code, signal) => {
		stopWatching();
		// Chromium's helper processes can still be writing their last lines: let them, for a moment.
		const drained = Promise.all([once(child.stdout, 'close'), once(child.stderr, 'close')]);
		await Promise.race([drained, delay(2000)]);
		child.stdout.unpipe(log);
		child.stderr.unpipe(log);
		log.end(() => {
			rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
			if (stopping || code === 0) {
				rmSync(work, { recursive: true, force: true });
				process.exit(0);
			}
			const text = readFileSync(logFile, 'utf8');
			const { what, todo } = explainChromiumFailure(text, {
				display: display.name,
				xauthority: process.env.XAUTHORITY,
			});
			const said = chromiumErrors(text).map((l) => `    ${l}`);
			fail(
				`Chromium stopped (${signal ? `signal ${signal}` : `exit code ${code}`})${what ? `: ${what}` : '.'}\n` +
					`  What to do: ${todo}\n` +
					(said.length ? `  Chromium said:\n${said.join('\n')}\n` : '') +
					`  Its whole log: ${logFile}\n${manual}`,
			);
		});
	});
}

/**
 * Asks Chromium, over the debugging pipe, for its tabs until the playground is one of them; says so, or says
 * where to look when it has not opened after LOAD_WAIT_MS. Returns a function that stops asking.
 */
function watchPlayground(child) {
	const [toChromium, fromChromium] = [child.stdio[3], child.stdio[4]];
	for (const end of [toChromium, fromChromium]) end.on('error', () => {}); // Chromium gone: its exit says why
	let pending = '';
	let asked = 0;
	let done = false;
	fromChromium.setEncoding('utf8');
	fromChromium.on('data', (chunk) => {
		pending += chunk;
		for (let end = pending.indexOf('\0'); end >= 0; end = pending.indexOf('\0')) {
			const message = JSON.parse(pending.slice(0, end));
			pending = pending.slice(end + 1);
			const targets = message.result?.targetInfos ?? [];
			if (!done && targets.some((t) => t.type === 'page' && t.url.startsWith(playground))) {
				stop();
				say('Unhurried is loaded and its playground is open. Close Chromium or press Ctrl+C here to stop.');
			}
		}
	});
	const ask = setInterval(() => {
		toChromium.write(`${JSON.stringify({ id: ++asked, method: 'Target.getTargets' })}\0`);
	}, 500);
	const slow = setTimeout(() => {
		stop();
		say(
			`Chromium is open, but Unhurried's playground has not opened after ${LOAD_WAIT_MS / 1000} s. ` +
				'Open chrome://extensions in that window to see whether Unhurried loaded, and why not.',
		);
	}, LOAD_WAIT_MS);
	function stop() {
		done = true;
		clearInterval(ask);
		clearTimeout(slow);
	}
	return stop;
}
