/** The generated schema files are committed; this fails when they no longer match the zod schema. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_ATTRIBUTES, generateSchemas, SCHEMA_FILES } from '../../scripts/gen-schema.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('manifest.json'));
type Node = Record<string, unknown>;

/** Chrome's rules for a managed_schema, as its policy schema parser applies them. */
function chromeProblems(node: Node, path = '$'): string[] {
	if (typeof node.$ref === 'string') return [];
	const type = node.type;
	if (typeof type !== 'string' || !CHROME_ATTRIBUTES[type]) return [`${path}: needs exactly one known type`];
	const problems: string[] = [];
	for (const key of Object.keys(node))
		if (!CHROME_ATTRIBUTES[type]?.includes(key))
			problems.push(`${path}: "${key}" is not allowed for ${type}`);
	if (
		Array.isArray(node.enum) &&
		(node.enum.length === 0 || node.enum.some((v) => typeof v !== (type === 'string' ? 'string' : 'number')))
	)
		problems.push(`${path}: bad enum`);
	if (typeof node.pattern === 'string' && /\(\?[=!<]|\\[1-9]/.test(node.pattern))
		problems.push(`${path}: pattern is not RE2`);
	if (type === 'array') {
		if (!node.items) problems.push(`${path}: array without items`);
		else problems.push(...chromeProblems(node.items as Node, `${path}[]`));
	}
	if (type === 'object') {
		if (
			'additionalProperties' in node &&
			(typeof node.additionalProperties !== 'object' || node.additionalProperties === null)
		)
			problems.push(`${path}: additionalProperties must be a schema`);
		const props = (node.properties ?? {}) as Record<string, Node>;
		for (const [k, v] of Object.entries(props)) problems.push(...chromeProblems(v, `${path}.${k}`));
		for (const r of (node.required ?? []) as string[])
			if (!(r in props)) problems.push(`${path}: required "${r}" unknown`);
	}
	return problems;
}

describe('generated schema files', () => {
	it('are up to date (if not: npm run schema, then commit schema/)', () => {
		for (const [file, content] of Object.entries(generateSchemas()))
			expect(read(file), `${file} is stale: run \`npm run schema\` and commit it`).toBe(content);
	});

	it('the managed schema is the one manifest.json names, and follows Chrome’s rules', () => {
		expect(manifest.storage.managed_schema).toBe(SCHEMA_FILES.managed);
		const schema = JSON.parse(read(SCHEMA_FILES.managed));
		expect(schema.type).toBe('object');
		expect(schema.additionalProperties).toBeUndefined();
		expect(Object.keys(schema.properties)).toEqual([
			'preset',
			'locked',
			'subscriptionUrl',
			'subscriptionPublicKey',
		]);
		expect(chromeProblems(schema)).toEqual([]);
	});

	it('the checker above catches what Chrome would refuse', () => {
		expect(chromeProblems({ type: 'number', minimum: 0 })).toHaveLength(1);
		expect(chromeProblems({ type: 'object', additionalProperties: false })).toHaveLength(1);
		expect(chromeProblems({ type: 'array' })).toHaveLength(1);
		expect(chromeProblems({ anyOf: [] })).toHaveLength(1);
	});

	it('the preset JSON Schema describes a preset file', () => {
		const schema = JSON.parse(read(SCHEMA_FILES.preset));
		expect(schema).toMatchObject({
			$id: expect.stringContaining('preset.schema.json'),
			type: 'object',
			additionalProperties: false,
		});
		expect(schema.required).toEqual(
			expect.arrayContaining(['schemaVersion', 'name', 'channels', 'emergency']),
		);
		for (const key of Object.keys(DEFAULT_NORMS)) expect(Object.keys(schema.properties)).toContain(key);
		expect(schema.properties.tools.properties.doc.properties.urlTemplate.pattern).toBe('^https://');
	});
});
