// npm start: build, then open Chromium with Unhurried loaded on its playground page.
// Without a display it says so and prints how to load the build by hand.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionId } from './extension-id.mjs';

const root = resolve(import.meta.dirname, '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
const ext = join(root, 'dist/chrome');
const playground = `chrome-extension://${extensionId()}/src/playground/index.html`;
const manual = `To try it in your own browser:
  Chrome/Chromium/Edge: open chrome://extensions, turn on Developer mode, "Load unpacked", choose ${ext}
  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose ${join(root, 'dist/firefox/manifest.json')}
Then open the playground (${playground} in Chromium), or Slack in a tab.`;

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
	console.log(`\nNo display here (DISPLAY is not set), so no browser window can open.\n${manual}`);
	process.exit(0);
}
execFileSync('bash', [join(root, 'scripts/ensure-browsers.sh')], { stdio: 'inherit' });
const profile = mkdtempSync(join(tmpdir(), 'unhurried-profile-'));
console.log(`\nOpening Chromium with Unhurried (profile ${profile}).\n${manual}`);
spawn(
	'chromium',
	[
		`--user-data-dir=${profile}`,
		`--disable-extensions-except=${ext}`,
		`--load-extension=${ext}`,
		'--no-first-run',
		playground,
	],
	{ stdio: 'inherit', detached: false },
);
