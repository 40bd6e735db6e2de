/**
 * Generates the schema files from the one zod schema (src/core/norms):
 *   schema/preset.schema.json   JSON Schema (2020-12) for editors: completion and validation of preset files
 *   schema/managed-schema.json  Chrome's storage.managed_schema for enterprise policy (manifest.json names it)
 * Run: npm run schema. tests/unit/norms-schema-files.test.ts fails when the committed files are stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ManagedConfig } from '../src/core/norms/managed-config.js';
import { Preset } from '../src/core/norms/schema.js';

type Schema = Record<string, unknown>;
const root = resolve(import.meta.dirname, '..');

export const SCHEMA_FILES = {
	preset: 'schema/preset.schema.json',
	managed: 'schema/managed-schema.json',
} as const;

/** Help shown in editors, by property path (`*` = any property at that level). */
const DESCRIPTIONS: Record<string, string> = {
	$schema: 'Where editors find this schema, e.g. "./preset.schema.json". Ignored by Unhurried.',
	schemaVersion: 'The preset format version: 2. Files with 1 are upgraded when they load.',
	name: 'The preset’s name, shown in the popup and the options page.',
	version: 'Your version of this preset, e.g. "2026.03" or "7"; shown next to the name.',
	updatedAt: 'When the preset last changed (ISO 8601, with an offset or Z).',
	channels: 'Each channel: what it is best for and how soon a reply is expected.',
	'channels.*.response': 'Expected reply window in hours; maxHours 0 means real time.',
	emergency: 'What counts as an emergency and where it goes instead of a chat ping.',
	'emergency.channel.kind': 'phone, pager, chat (a named channel) or other.',
	meetings: 'Meeting rules the calendar coach checks.',
	'meetings.agendaLeadHours': 'The agenda is shared at least this many hours before the start.',
	'meetings.maxRequiredAttendees': 'Above this many required attendees, suggest making some optional.',
	'meetings.longDurationMin': 'Meetings longer than this get a "could it be shorter?" hint.',
	thresholds: 'When a chat draft should rather be a doc.',
	phrases:
		'The team’s own extra phrases per hint kind: literal text (2–80 characters, at most 50 per kind), never regular expressions.',
	roster:
		'The people, their handles, IANA time zone (e.g. "Europe/Lisbon") and working hours as weekday ranges ("Mon-Fri 09:00-17:00"; overnight "22:00-06:00"); without their own hours a person works the team’s workingHours.',
	workingHours:
		'The team’s usual working hours, in each person’s own time zone: weekday ranges such as "Mon-Fri 09:00-17:00", "Sat 10:00-14:00" or "Sun-Thu 22:00-06:00" (overnight). Default: Mon-Fri 09:00-17:00.',
	'roster.workingHours':
		'This person’s own hours when they differ from the team’s: weekday ranges such as "Mon-Thu 08:00-16:00".',
	tools:
		'The team’s doc and video tools; URL templates must be https, {title} is replaced by the suggested title.',
	'tools.*.urlTemplate': 'An https URL; {title} is replaced by the suggested title.',
	asyncTargetPercent: 'The share of communication the team aims to keep asynchronous, e.g. 80 for 80/20.',
};

function describeProperties(schema: Schema, path: string[] = []): void {
	const properties = schema.properties as Record<string, Schema> | undefined;
	if (!properties) return;
	for (const [key, child] of Object.entries(properties)) {
		const here = [...path, key];
		const text = DESCRIPTIONS[here.join('.')] ?? DESCRIPTIONS[[...path.slice(0, -1), '*', key].join('.')];
		if (text) child.description = text;
		describeProperties(child, here);
		const items = child.items as Schema | undefined;
		if (items) describeProperties(items, here);
	}
}

/** The JSON Schema of a preset file, for editors. */
export function presetJsonSchema(): Schema {
	const generated = z.toJSONSchema(Preset, { io: 'input', target: 'draft-2020-12' }) as Schema;
	const { $schema, ...rest } = generated;
	const schema: Schema = {
		$schema,
		$id: 'https://unhurried.app/schema/preset.schema.json',
		title: 'Unhurried team norms preset',
		description:
			'A team’s communication norms for Unhurried: channels and response windows, the emergency route, meeting rules, thresholds, phrases, roster and tools. Validate with: npx unhurried preset validate FILE',
		...rest,
	};
	describeProperties(schema);
	// Checks zod does in code that JSON Schema can only approximate: https tool URLs.
	const tools = (schema.properties as Record<string, Schema>).tools?.properties as Record<string, Schema>;
	for (const tool of Object.values(tools ?? {}))
		((tool.properties as Record<string, Schema>).urlTemplate as Schema).pattern = '^https://';
	return schema;
}

/** What Chrome's policy schema parser accepts for each type (components/policy/core/common/schema.cc). */
export const CHROME_ATTRIBUTES: Record<string, readonly string[]> = {
	array: ['type', 'title', 'description', 'id', 'items'],
	boolean: ['type', 'title', 'description', 'id'],
	integer: ['type', 'title', 'description', 'id', 'enum', 'minimum', 'maximum'],
	number: ['type', 'title', 'description', 'id'],
	object: [
		'type',
		'title',
		'description',
		'id',
		'properties',
		'patternProperties',
		'additionalProperties',
		'required',
	],
	string: ['type', 'title', 'description', 'id', 'enum', 'pattern'],
};

/** Rewrites a JSON Schema node into Chrome's subset: one type, only its attributes, every sub-schema typed. */
function toChrome(node: Schema): Schema {
	let type = node.type as string;
	const values = node.const !== undefined ? [node.const] : (node.enum as unknown[] | undefined);
	if (type === 'number' && values?.every(Number.isInteger)) type = 'integer';
	if (!CHROME_ATTRIBUTES[type])
		throw new Error(`managed schema: unsupported node ${JSON.stringify(node).slice(0, 200)}`);
	const out: Schema = { type };
	if (typeof node.title === 'string') out.title = node.title;
	if (typeof node.description === 'string') out.description = node.description;
	if (values && (type === 'string' || type === 'integer')) out.enum = values;
	if (type === 'integer') {
		if (typeof node.minimum === 'number') out.minimum = node.minimum;
		if (typeof node.maximum === 'number') out.maximum = node.maximum;
	}
	// A date-time pattern is dropped with its format: the extension validates those values itself.
	if (type === 'string' && typeof node.pattern === 'string' && !node.format) out.pattern = node.pattern;
	if (type === 'array') out.items = toChrome(node.items as Schema);
	if (type === 'object') {
		const properties = Object.entries((node.properties ?? {}) as Record<string, Schema>).filter(
			([k]) => k !== '$schema',
		);
		out.properties = Object.fromEntries(properties.map(([k, v]) => [k, toChrome(v)]));
		const required = ((node.required ?? []) as string[]).filter((k) => k !== '$schema');
		if (required.length) out.required = required;
		// additionalProperties: false is not a schema in Chrome's format; the extension rejects unknown keys itself.
	}
	return out;
}

/** Chrome's managed_schema: what administrators may set by policy. */
export function managedSchema(): Schema {
	const generated = z.toJSONSchema(ManagedConfig, { io: 'input', target: 'draft-2020-12' }) as Schema;
	describeProperties((generated.properties as Record<string, Schema>).preset as Schema);
	const chrome = toChrome(generated);
	const props = chrome.properties as Record<string, Schema>;
	const describe = (key: string, text: string) => {
		if (props[key]) props[key].description = text;
	};
	describe('preset', 'Norms set by policy: any part of an Unhurried preset. They beat every other source.');
	describe(
		'locked',
		'Fields or sections nobody can override below policy, e.g. "emergency", "channels.chat.response"; "*" locks everything.',
	);
	describe(
		'subscriptionUrl',
		'The team subscription: an https URL of a preset file, fetched on install, at browser start and every 4 hours.',
	);
	describe(
		'subscriptionPublicKey',
		'An Ed25519 public key (32 bytes, base64): only a preset with a valid detached signature at the URL + ".sig" is accepted.',
	);
	return { type: 'object', title: 'Unhurried enterprise policy', properties: props };
}

/** File path → exact file content. */
export function generateSchemas(): Record<string, string> {
	const text = (s: Schema) => `${JSON.stringify(s, null, '\t')}\n`;
	return { [SCHEMA_FILES.preset]: text(presetJsonSchema()), [SCHEMA_FILES.managed]: text(managedSchema()) };
}

if (import.meta.filename === process.argv[1]) {
	for (const [file, content] of Object.entries(generateSchemas())) {
		writeFileSync(resolve(root, file), content);
		console.log(`wrote ${file} (${Buffer.byteLength(content)} bytes)`);
	}
}
