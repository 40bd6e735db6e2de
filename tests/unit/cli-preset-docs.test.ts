/** The admin guide's examples are real: every policy in docs/admin.md validates, and the shown outputs match. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	CHROME_EXTENSION_ID,
	GECKO_EXTENSION_ID,
	unwrapPolicyDocument,
} from '../../src/cli/preset/policy-document.js';
import { validateManagedConfig } from '../../src/core/norms/managed-config.js';
import { parsePresetValue } from '../../src/core/norms/parse-preset.js';
import { BUILTIN_PRESETS } from '../../src/core/norms/presets/index.js';
import { SUBSCRIPTION_TROUBLES } from '../../src/core/norms/subscription-advice.js';
import { runCli } from './run-cli.js';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const doc = read('docs/admin.md');

async function run(...argv: string[]) {
	const { code, text } = await runCli(...argv);
	return { code, text };
}

/** The console blocks of the guide: `$ command` then its output. */
function consoleBlock(command: string): string {
	const block = [...doc.matchAll(/```console\n([\s\S]*?)```/g)]
		.map((m) => m[1] as string)
		.find((b) => b.startsWith(`$ ${command}\n`));
	if (!block) throw new Error(`no console block for ${command}`);
	return block.slice(command.length + 3).trimEnd();
}

describe('docs/admin.md', () => {
	it('names the ids the extension really has', () => {
		const manifest = JSON.parse(read('manifest.json'));
		const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
		const id = [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
		expect(id).toBe(CHROME_EXTENSION_ID);
		expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_EXTENSION_ID);
		expect(doc).toContain(CHROME_EXTENSION_ID);
		expect(doc).toContain(GECKO_EXTENSION_ID);
	});

	it('every JSON example is a policy that validates without problems', () => {
		const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string));
		expect(blocks.length).toBeGreaterThanOrEqual(4);
		const kinds = blocks.map((b) => {
			const unwrapped = unwrapPolicyDocument(b);
			if ('error' in unwrapped) throw new Error(unwrapped.error);
			expect(validateManagedConfig(unwrapped.config, { allowLoopback: false }).problems).toEqual([]);
			return unwrapped.kind;
		});
		expect(new Set(kinds)).toEqual(
			new Set(['policy object', 'Google Admin console JSON', 'Chrome policy file', 'Firefox policies.json']),
		);
		expect(JSON.parse(read('docs/examples/acme-policy.json'))).toEqual(blocks[0]);
	});

	it('the registry example holds valid JSON strings', () => {
		const reg = /```reg\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
		const values = Object.fromEntries(
			[...reg.matchAll(/^"(\w+)"="(.*)"$/gm)].map((m) => [m[1], (m[2] as string).replaceAll('\\"', '"')]),
		);
		const config = {
			...values,
			locked: JSON.parse(values.locked as string),
			preset: JSON.parse(values.preset as string),
		};
		expect(validateManagedConfig(config, { allowLoopback: false }).problems).toEqual([]);
		expect(reg).toContain(`\\extensions\\${CHROME_EXTENSION_ID}\\policy]`);
	});

	it('shows the real output of validate on the example preset and policy', async () => {
		const ok = await run('preset', 'validate', 'docs/examples/acme-support.json');
		expect(ok).toEqual({
			code: 0,
			text: consoleBlock('npx unhurried preset validate docs/examples/acme-support.json'),
		});
		const policy = await run('preset', 'validate', '--policy', 'docs/examples/acme-policy.json');
		expect(policy).toEqual({
			code: 0,
			text: consoleBlock('npx unhurried preset validate --policy docs/examples/acme-policy.json'),
		});
	});

	it('shows the real output for the broken copy', async () => {
		const preset = JSON.parse(read('docs/examples/acme-support.json'));
		preset.meetings.agendaRequried = true;
		preset.roster[2].timeZone = 'Asia/Kolkatta';
		preset.tools.doc.urlTemplate = 'javascript:alert(1)';
		const dir = mkdtempSync(join(tmpdir(), 'unhurried-doc-'));
		writeFileSync(join(dir, 'broken.json'), JSON.stringify(preset));
		const result = await run('preset', 'validate', join(dir, 'broken.json'));
		expect(result.code).toBe(2);
		expect(result.text.replaceAll(join(dir, 'broken.json'), 'broken.json')).toBe(
			consoleBlock('npx unhurried preset validate broken.json'),
		);
	});

	it('has a roster section whose example is a valid roster with team hours', () => {
		expect(doc).toContain('\n## The roster\n');
		const example = JSON.parse(/```jsonc\n([\s\S]*?)```/.exec(doc)?.[1] ?? '{}');
		const parsed = parsePresetValue({ ...BUILTIN_PRESETS.balanced, ...example });
		expect(parsed.ok).toBe(true);
		if (parsed.ok)
			expect(parsed.preset.roster.map((p) => p.workingHours?.[0])).toEqual([
				'Mon-Fri 09:00-17:00',
				'Mon-Fri 09:00-17:00',
				'Mon-Fri 10:00-19:00',
				'Sun-Thu 22:00-06:00',
			]);
	});

	it('shows the real output of roster import and diff', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'unhurried-doc-'));
		const [team, before] = [join(dir, 'team.json'), join(dir, 'before.json')];
		expect((await run('preset', 'init', '--from', 'balanced', '--out', team)).code).toBe(0);
		writeFileSync(before, readFileSync(team));
		const local = (text: string) => text.replaceAll(team, 'team.json').replaceAll(before, 'before.json');
		const imported = await run('preset', 'roster', 'import', 'docs/examples/roster.csv', '--into', team);
		expect({ code: imported.code, text: local(imported.text) }).toEqual({
			code: 0,
			text: consoleBlock('npx unhurried preset roster import docs/examples/roster.csv --into team.json'),
		});
		const diff = await run('preset', 'diff', before, team);
		expect({ code: diff.code, text: local(diff.text) }).toEqual({
			code: 0,
			text: consoleBlock('npx unhurried preset diff before.json team.json'),
		});
	});

	it('has a troubleshooting row for every problem the popup names, with its cause and next step', () => {
		const table = doc.slice(doc.indexOf('\n## Troubleshooting\n'));
		const plain = table.replaceAll('`', '');
		for (const trouble of SUBSCRIPTION_TROUBLES) {
			expect(table, trouble.id).toContain(`<a id="${trouble.id}"></a>`);
			for (const part of [trouble.example, trouble.cause, trouble.next])
				expect(plain, trouble.id).toContain(part.replaceAll('`', ''));
		}
	});
});
