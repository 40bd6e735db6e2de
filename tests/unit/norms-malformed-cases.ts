/** The malformed presets: [what, text, expected JSON path, expected message]. Shared by the parser and background tests. */
import { PRESET_MAX_BYTES } from '../../src/core/norms/parse-preset.js';
import { type Json, validPreset } from './norms-fixtures.js';

export const edit = (fn: (p: Json) => void) => {
	const p = validPreset();
	fn(p);
	return JSON.stringify(p);
};
const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

export const MALFORMED: [string, string, string, RegExp][] = [
	// not a preset at all
	['an empty file', '', '$', /empty/],
	['only whitespace', ' \n\t ', '$', /empty/],
	['not JSON', 'name: Acme\nversion: 1', '$', /not valid JSON/],
	['truncated JSON', JSON.stringify(validPreset()).slice(0, 200), '$', /not valid JSON/],
	['JSON with a trailing comma', '{"schemaVersion": 1,}', '$', /not valid JSON/],
	['a JSON array', '[1, 2, 3]', '$', /expected a JSON object, got an array/],
	['a JSON string', '"preset"', '$', /expected a JSON object, got string/],
	['JSON null', 'null', '$', /expected a JSON object, got null/],
	['a 10 MB file', `{"description": "${'x'.repeat(10 * 1024 * 1024)}"}`, '$', /at most 256 KB/],
	['just over the size cap', `{"d":"${'é'.repeat(PRESET_MAX_BYTES / 2)}"}`, '$', /at most 256 KB/],
	['nesting 13 levels deep', deep(13), '$', /nested more than 12 levels/],
	['nesting 100 000 levels deep', '['.repeat(100_000), '$', /nested more than 12 levels/],
	[
		'an array of 100 000 items',
		`{"roster": [${Array(100_000).fill('1').join(',')}]}`,
		'$',
		/more than 5000 items/,
	],
	// schema version
	[
		'a missing schemaVersion',
		edit((p) => delete p.schemaVersion),
		'$.schemaVersion',
		/missing required field/,
	],
	[
		'a future schemaVersion',
		edit((p) => (p.schemaVersion = 7)),
		'$.schemaVersion',
		/newer than this Unhurried/,
	],
	['a string schemaVersion', edit((p) => (p.schemaVersion = '1')), '$.schemaVersion', /whole number/],
	['a zero schemaVersion', edit((p) => (p.schemaVersion = 0)), '$.schemaVersion', /whole number/],
	// prototype keys
	[
		'a __proto__ key at the top',
		edit((p) => Object.defineProperty(p, '__proto__', { value: { polluted: true }, enumerable: true })),
		'$.__proto__',
		/forbidden key "__proto__"/,
	],
	[
		'a __proto__ key in the roster',
		JSON.stringify(validPreset()).replace('"name":"Ben"', '"__proto__":{"x":1},"name":"Ben"'),
		'$.roster[1].__proto__',
		/forbidden key/,
	],
	[
		'a constructor key',
		edit((p) => (p.meetings.constructor = { prototype: {} })),
		'$.meetings.constructor',
		/forbidden key "constructor"/,
	],
	[
		'a prototype key',
		edit((p) => (p.channels.prototype = 1)),
		'$.channels.prototype',
		/forbidden key "prototype"/,
	],
	// missing and unknown fields
	['a missing name', edit((p) => delete p.name), '$.name', /missing required field/],
	['a missing channels section', edit((p) => delete p.channels), '$.channels', /missing required field/],
	[
		'a missing chat channel',
		edit((p) => delete p.channels.chat),
		'$.channels.chat',
		/missing required field/,
	],
	[
		'a missing emergency channel',
		edit((p) => delete p.emergency.channel),
		'$.emergency.channel',
		/missing required field/,
	],
	['an unknown top-level field', edit((p) => (p.colour = 'blue')), '$.colour', /unknown field "colour"/],
	[
		'an unknown nested field',
		edit((p) => (p.meetings.agendaRequried = true)),
		'$.meetings.agendaRequried',
		/unknown field/,
	],
	[
		'an unknown phrase kind',
		edit((p) => (p.phrases = { vague: ['any thoughts'] })),
		'$.phrases.vague',
		/unknown field/,
	],
	// wrong types
	['a numeric name', edit((p) => (p.name = 42)), '$.name', /expected string, got number 42/],
	[
		'a string threshold',
		edit((p) => (p.thresholds.docWords = '150')),
		'$.thresholds.docWords',
		/expected number, got "150"/,
	],
	[
		'a boolean as a string',
		edit((p) => (p.meetings.agendaRequired = 'yes')),
		'$.meetings.agendaRequired',
		/expected boolean/,
	],
	[
		'bestFor as a string',
		edit((p) => (p.channels.doc.bestFor = 'proposals')),
		'$.channels.doc.bestFor',
		/expected array/,
	],
	[
		'a fractional attendee limit',
		edit((p) => (p.meetings.maxRequiredAttendees = 7.5)),
		'$.meetings.maxRequiredAttendees',
		/expected a whole number, got number 7.5/,
	],
	[
		'an async target of 120 %',
		edit((p) => (p.asyncTargetPercent = 120)),
		'$.asyncTargetPercent',
		/at most 100/,
	],
	[
		'a negative response time',
		edit((p) => (p.channels.chat.response.minHours = -1)),
		'$.channels.chat.response.minHours',
		/at least 0/,
	],
	[
		'a response window that ends before it starts',
		edit((p) => (p.channels.doc.response = { minHours: 24, maxHours: 12 })),
		'$.channels.doc.response.maxHours',
		/at least minHours/,
	],
	[
		'an unknown emergency channel kind',
		edit((p) => (p.emergency.channel.kind = 'carrier pigeon')),
		'$.emergency.channel.kind',
		/expected one of/i,
	],
	['an empty name', edit((p) => (p.name = '   ')), '$.name', /must not be empty/],
	['a bad updatedAt', edit((p) => (p.updatedAt = 'last Tuesday')), '$.updatedAt', /datetime/i],
	// huge strings and arrays
	[
		'a 10 000-character description',
		edit((p) => (p.description = 'x'.repeat(10_000))),
		'$.description',
		/at most 1000 characters/,
	],
	[
		'a 500-character phrase',
		edit((p) => (p.phrases = { vague_ask: ['y'.repeat(500)] })),
		'$.phrases.vague_ask[0]',
		/at most 80 characters/,
	],
	[
		'60 phrases for one kind',
		edit((p) => (p.phrases = { sensitive: Array.from({ length: 60 }, (_, i) => `phrase ${i}`) })),
		'$.phrases.sensitive',
		/at most 50/,
	],
	[
		'30 bestFor items',
		edit((p) => (p.channels.video.bestFor = Array.from({ length: 30 }, (_, i) => `use ${i}`))),
		'$.channels.video.bestFor',
		/at most 12/,
	],
	[
		'a one-letter phrase',
		edit((p) => (p.phrases = { false_urgency: ['!'] })),
		'$.phrases.false_urgency[0]',
		/at least 2 characters/,
	],
	// roster
	[
		'an invalid time zone',
		edit((p) => (p.roster[2].timeZone = 'Mars/Olympus_Mons')),
		'$.roster[2].timeZone',
		/unknown IANA time zone/,
	],
	[
		'an abbreviation as time zone, with the zone it most likely means',
		edit((p) => (p.roster[0].timeZone = 'PST')),
		'$.roster[0].timeZone',
		/^unknown IANA time zone "PST"; did you mean "America\/Los_Angeles"\?$/,
	],
	[
		'working hours that start and end at the same time',
		edit((p) => (p.roster[0].workingHours = ['Mon 09:00-09:00'])),
		'$.roster[0].workingHours[0]',
		/starts and ends at the same time/,
	],
	[
		'working hours of 25:00',
		edit((p) => (p.roster[0].workingHours = ['Mon 09:00-17:00', 'Tue 09:00-25:00'])),
		'$.roster[0].workingHours[1]',
		/"25:00" is not a time of day/,
	],
	[
		'a one-digit hour',
		edit((p) => (p.roster[0].workingHours = ['Mon-Fri 9:00-17:00'])),
		'$.roster[0].workingHours[0]',
		/write "9:00" as "09:00"/,
	],
	[
		'an unknown weekday',
		edit((p) => (p.roster[1].workingHours = ['Mun-Fri 09:00-17:00'])),
		'$.roster[1].workingHours[0]',
		/unknown day "Mun"/,
	],
	[
		'working hours without days',
		edit((p) => (p.workingHours = ['09:00-17:00'])),
		'$.workingHours[0]',
		/start with the days/,
	],
	[
		'overlapping working hours',
		edit((p) => (p.roster[2].workingHours = ['Mon-Fri 09:00-17:00', 'Fri 16:00-20:00'])),
		'$.roster[2].workingHours[1]',
		/overlaps "Mon-Fri 09:00-17:00"/,
	],
	[
		'schemaVersion 1 working hours that are not times',
		JSON.stringify({
			...validPreset(),
			schemaVersion: 1,
			roster: [{ name: 'A', timeZone: 'UTC', workingHours: { lunch: { start: '12:00', end: '13:00' } } }],
		}),
		'$.roster[0].workingHours[0]',
		/unknown day "lunch"/,
	],
	[
		'duplicate roster names',
		edit((p) => (p.roster[2].name = 'ana')),
		'$.roster[2].name',
		/duplicate roster name "ana"/,
	],
	[
		'a roster person without a name',
		edit((p) => delete p.roster[1].name),
		'$.roster[1].name',
		/missing required field/,
	],
	[
		'1001 people',
		edit(
			(p) =>
				(p.roster = Array.from({ length: 1001 }, (_, i) => ({
					name: `P${i}`,
					timeZone: 'UTC',
					workingHours: [],
				}))),
		),
		'$.roster',
		/at most 1000/,
	],
	// tools
	[
		'a javascript: tool URL',
		edit((p) => (p.tools.doc.urlTemplate = 'javascript:alert(document.cookie)')),
		'$.tools.doc.urlTemplate',
		/https URL/,
	],
	[
		'a data: tool URL',
		edit((p) => (p.tools.video = { name: 'Vid', urlTemplate: 'data:text/html,<script>alert(1)</script>' })),
		'$.tools.video.urlTemplate',
		/https URL/,
	],
	[
		'an http tool URL',
		edit((p) => (p.tools.doc.urlTemplate = 'http://docs.example.com/new')),
		'$.tools.doc.urlTemplate',
		/https URL/,
	],
	[
		'a relative tool URL',
		edit((p) => (p.tools.doc.urlTemplate = '/new-doc')),
		'$.tools.doc.urlTemplate',
		/https URL/,
	],
	[
		'an unknown tool',
		edit((p) => (p.tools.whiteboard = { name: 'Board', urlTemplate: 'https://b.example' })),
		'$.tools.whiteboard',
		/unknown field/,
	],
];
