/** Reads the labeled corpus format (one JSON object a line) and maps meeting items onto the Meeting type. */
import { z } from 'zod';
import { FindingKind } from '../core/finding.js';
import { Meeting } from '../core/meeting/meeting.js';
import { CliError } from './cli-error.js';
import { readText } from './files.js';

const count = z.number().min(0).nullish();
const ChatItem = z.object({
	id: z.string(),
	kind: z.literal('chat'),
	text: z.string(),
	source: z.string().optional(),
	labels: z.array(FindingKind).default([]),
});
const MeetingItem = z.object({
	id: z.string(),
	kind: z.literal('meeting'),
	source: z.string().optional(),
	title: z.string().nullish(),
	description: z.string().nullish(),
	duration_min: count,
	attendees: z.number().int().min(0).nullish(),
	lead_time_hours: count,
	labels: z.array(FindingKind).default([]),
});
const Item = z.discriminatedUnion('kind', [ChatItem, MeetingItem]);
export type CorpusItem = z.infer<typeof Item>;
export type ChatItem = z.infer<typeof ChatItem>;
export type MeetingItem = z.infer<typeof MeetingItem>;

/** A corpus meeting item as the analyzer's Meeting: null means absent. */
export function toMeeting(item: MeetingItem): Meeting {
	return Meeting.parse({
		title: item.title ?? '',
		description: item.description ?? '',
		...(item.duration_min != null ? { durationMin: item.duration_min } : {}),
		...(item.lead_time_hours != null ? { leadTimeHours: item.lead_time_hours } : {}),
		attendees: item.attendees != null ? { count: item.attendees } : {},
	});
}

/** "labels.0: Invalid option …" — the first zod issue with its JSON path. */
export function firstIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'invalid';
	const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
	return `${path}: ${issue.message}`;
}

/** Parses a JSONL corpus; a bad line stops with "file:line: what is wrong". */
export async function readCorpus(file: string): Promise<CorpusItem[]> {
	const text = await readText(file);
	const items: CorpusItem[] = [];
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]?.trim();
		if (!line) continue;
		let json: unknown;
		try {
			json = JSON.parse(line);
		} catch (error) {
			throw new CliError(`${file}:${i + 1}: not valid JSON (${(error as Error).message})`);
		}
		const parsed = Item.safeParse(json);
		if (!parsed.success) throw new CliError(`${file}:${i + 1}: ${firstIssue(parsed.error)}`);
		items.push(parsed.data);
	}
	return items;
}
