/** The admin guide's examples are real: every policy in docs/admin.md validates, and the shown outputs match. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import {
	CHROME_EXTENSION_ID,
	GECKO_EXTENSION_ID,
	unwrapPolicyDocument,
} from '../../src/cli/preset/policy-document.js';
import { validateManagedConfig } from '../../src/core/norms/managed-config.js';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const doc = read('docs/admin.md');

async function run(...argv: string[]) {
	const lines: string[] = [];
	const code = await main(argv, {
		out: (l) => lines.push(l),
		err: (l) => lines.push(l),
		readStdin: async () => '',
	});
	return { code, text: lines.join('\n') };
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
});
