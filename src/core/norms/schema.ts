/**
 * The one schema for a team's norms preset. Every other shape (the JSON Schema for editors, Chrome's
 * managed_schema, the effective norms in storage) derives from it. It stays inside the subset that Chrome's
 * managed_schema accepts: plain objects, arrays, enums and scalars, no unions.
 */
import { z } from 'zod';
import { CHAT_KINDS } from '../kinds.js';
import { isTimeZone } from './time-zones.js';
import { checkHoursList, DEFAULT_TEAM_HOURS } from './week-hours.js';
import { WEEKDAYS } from './weekdays.js';

/** 2: working hours became weekday ranges ("Mon-Fri 09:00-17:00") with team hours; 1 is upgraded on load. */
export const SCHEMA_VERSION = 2;

const text = (max: number) => z.string().trim().min(1).max(max);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);

/** How soon a reply is expected on a channel; maxHours 0 means real time. */
export const ResponseExpectation = z
	.object({ minHours: z.number().min(0).max(720), maxHours: z.number().min(0).max(720) })
	.strict()
	.refine((r) => r.maxHours >= r.minHours, {
		message: 'maxHours must be at least minHours',
		path: ['maxHours'],
	});

export const Channel = z
	.object({
		label: text(60),
		/** What this channel is best for, in a few words each. */
		bestFor: list(text(200), 12),
		response: ResponseExpectation,
	})
	.strict();

export const Channels = z.object({ doc: Channel, video: Channel, chat: Channel, meeting: Channel }).strict();
export type ChannelId = keyof z.infer<typeof Channels>;

export const EmergencyProtocol = z
	.object({
		/** What counts as a crisis, in the team's words. */
		counts: list(text(200), 20),
		channel: z
			.object({
				kind: z.enum(['phone', 'pager', 'chat', 'other']),
				/** e.g. "#incidents", "PagerDuty: platform on-call", "+1 555 0100". */
				name: text(120),
				/** How to reach it, one or two sentences. */
				how: text(400),
			})
			.strict(),
	})
	.strict();

export const MeetingRules = z
	.object({
		agendaRequired: z.boolean(),
		/** The agenda is shared at least this many hours before the start. */
		agendaLeadHours: z.number().min(0).max(336),
		/** Above this many required attendees, suggest making some optional. */
		maxRequiredAttendees: z.number().int().min(1).max(500),
		defaultDurationMin: z.number().int().min(5).max(480),
		/** Meetings longer than this get a "could it be shorter" hint. */
		longDurationMin: z.number().int().min(5).max(480),
		recordAndSummarize: z.boolean(),
	})
	.strict();

export const Thresholds = z
	.object({
		/** A draft this long (words) should probably be a doc. */
		docWords: z.number().int().min(20).max(5000),
		/** This many distinct questions in one draft suggest a doc. */
		docQuestions: z.number().int().min(2).max(50),
		/** This many options or alternatives laid out suggest a doc. */
		docOptions: z.number().int().min(2).max(50),
	})
	.strict();

/** The team's own extra phrases per kind: literal phrases, never regular expressions. */
const phraseList = list(z.string().trim().min(2).max(80), 50);
export const Phrases = z
	.object(Object.fromEntries(CHAT_KINDS.map((k) => [k, phraseList.optional()])))
	.strict() as z.ZodObject<Record<(typeof CHAT_KINDS)[number], z.ZodOptional<typeof phraseList>>>;

export { isTimeZone, WEEKDAYS };

const HOURS_ENTRY_MAX = 60;
/**
 * Working hours in the person's own time zone, one entry per stretch: "Mon-Fri 09:00-17:00", "Sat 10:00-14:00",
 * "Sun-Thu 22:00-06:00" (overnight). Each unreadable or overlapping entry gets one message at its own index.
 */
export const WorkingHours = list(z.string().max(HOURS_ENTRY_MAX), 14).superRefine((entries, ctx) => {
	const readable = entries.map((e) => (typeof e === 'string' && e.length <= HOURS_ENTRY_MAX ? e : undefined));
	for (const problem of checkHoursList(readable))
		ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.index] });
});

export const Person = z
	.object({
		name: text(120),
		/** Chat handles and other names people use for them (e.g. "@ana", "Ana P."). */
		handles: list(text(120), 20).default([]),
		timeZone: z
			.string()
			.max(64)
			.superRefine((zone, ctx) => {
				// The suggestion ("did you mean …?") is added where errors are shown to people (preset-errors.ts), so
				// the readers that only parse what the background published do not carry the table of zone names.
				if (!isTimeZone(zone))
					ctx.addIssue({ code: 'custom', message: 'unknown IANA time zone', params: { unknownZone: zone } });
			}),
		/** Their own hours when they differ from the team's; absent means the team's `workingHours`. */
		workingHours: WorkingHours.optional(),
	})
	.strict();
export type Person = z.infer<typeof Person>;

const httpsTemplate = z
	.string()
	.max(2000)
	.refine(
		(u) => {
			try {
				return new URL(u.replaceAll(/\{[a-z]+\}/g, 'x')).protocol === 'https:';
			} catch {
				return false;
			}
		},
		{ message: 'must be an https URL' },
	);
/** A tool's URL template: https only; `{title}` is replaced by the draft's suggested title. */
export const Tool = z.object({ name: text(80), urlTemplate: httpsTemplate }).strict();
export const Tools = z.object({ doc: Tool.optional(), video: Tool.optional() }).strict();

/** Where the roster list lives, with its own cross-item check (names are unique, case-insensitively). */
const Roster = list(Person, 1000).superRefine((people, ctx) => {
	const seen = new Set<string>();
	people.forEach((p, i) => {
		const key = p.name.toLowerCase();
		if (seen.has(key))
			ctx.addIssue({ code: 'custom', message: `duplicate roster name "${p.name}"`, path: [i, 'name'] });
		seen.add(key);
	});
});

export const Preset = z
	.object({
		/** Lets editors find the JSON Schema; ignored by Unhurried. */
		$schema: z.string().max(500).optional(),
		schemaVersion: z.literal(SCHEMA_VERSION),
		name: text(80),
		description: z.string().max(1000).optional(),
		owner: z.string().max(200).optional(),
		version: text(40),
		updatedAt: z.iso.datetime({ offset: true }).optional(),
		channels: Channels,
		emergency: EmergencyProtocol,
		meetings: MeetingRules,
		thresholds: Thresholds,
		phrases: Phrases.default({}),
		/** The team's usual hours, in each person's own time zone; a roster entry's own hours replace them. */
		workingHours: WorkingHours.default([...DEFAULT_TEAM_HOURS]),
		roster: Roster.default([]),
		tools: Tools.default({}),
		/** The share of communication the team aims to keep asynchronous, e.g. 80 for 80/20. */
		asyncTargetPercent: z.number().int().min(0).max(100),
	})
	.strict()
	// Parsed norms carry each person's hours resolved, so every reader of the roster (the coach's rules, the
	// popup) sees them without knowing about team hours. Idempotent: a resolved preset parses to itself.
	.overwrite((preset) =>
		Array.isArray(preset.roster)
			? {
					...preset,
					roster: preset.roster.map((p) =>
						p.workingHours ? p : { ...p, workingHours: [...preset.workingHours] },
					),
				}
			: preset,
	);

/** A full preset: what the coach reads as "the norms". */
export type Norms = z.output<typeof Preset>;
export type PresetInput = z.input<typeof Preset>;

/**
 * A partial preset: what enterprise policy and personal overrides set. Every field is optional; the
 * objects whose parts only make sense together (a response window, the emergency channel, a tool)
 * are set whole, so a merge can never produce, say, a window that ends before it starts.
 */
export const PresetPatch = z
	.object({
		$schema: z.string().max(500).optional(),
		schemaVersion: z.literal(SCHEMA_VERSION).optional(),
		name: text(80).optional(),
		description: z.string().max(1000).optional(),
		owner: z.string().max(200).optional(),
		version: text(40).optional(),
		updatedAt: z.iso.datetime({ offset: true }).optional(),
		channels: z
			.object({
				doc: Channel.partial().optional(),
				video: Channel.partial().optional(),
				chat: Channel.partial().optional(),
				meeting: Channel.partial().optional(),
			})
			.strict()
			.optional(),
		emergency: EmergencyProtocol.partial().optional(),
		meetings: MeetingRules.partial().optional(),
		thresholds: Thresholds.partial().optional(),
		phrases: Phrases.optional(),
		workingHours: WorkingHours.optional(),
		roster: Roster.optional(),
		tools: Tools.optional(),
		asyncTargetPercent: z.number().int().min(0).max(100).optional(),
	})
	.strict();
export type PresetPatch = z.output<typeof PresetPatch>;

/** What a person may override for themselves: the norms, not the preset's identity. */
export const PersonalOverrides = PresetPatch.omit({
	$schema: true,
	schemaVersion: true,
	name: true,
	description: true,
	owner: true,
	version: true,
	updatedAt: true,
});
export type PersonalOverrides = z.output<typeof PersonalOverrides>;
