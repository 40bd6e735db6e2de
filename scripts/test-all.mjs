// npm test: every quality gate in order, stopping at the first failure, then a table of how long each took.
import { spawnSync } from 'node:child_process';

const stages = [
	['browsers', 'bash scripts/ensure-browsers.sh chromium firefox-esr xvfb'],
	['typecheck', 'npm run --silent typecheck'],
	['lint', 'npm run --silent lint'],
	['unit + dom', 'npm run --silent test:unit'],
	['build', 'npm run --silent build'],
	['web-ext lint', 'npm run --silent lint:firefox'],
	['e2e', 'npm run --silent test:e2e'],
];

const times = [];
let failed;
for (const [name, command] of stages) {
	const t0 = performance.now();
	const { status } = spawnSync(command, { shell: true, stdio: 'inherit' });
	times.push([name, (performance.now() - t0) / 1000]);
	if (status !== 0) {
		failed = name;
		break;
	}
}
console.log('\nstage           seconds');
for (const [name, s] of times) console.log(`${name.padEnd(16)}${s.toFixed(1).padStart(7)}`);
if (failed) {
	console.error(`npm test: failed at "${failed}"`);
	process.exit(1);
}
