/**
 * The project's own labeled examples (data/train/*.jsonl, written for the project in many registers) and,
 * when asked, real labeled corpora beside them: read into the examples the trainers take.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ChatExample } from '../core/chat/chat-training.js';
import { ChatKind, MeetingKind } from '../core/finding.js';
import type { MeetingExample } from '../core/meeting/meeting-training.js';
import { CliError } from './cli-error.js';
import { type CorpusItem, firstIssue, readCorpus, toMeeting } from './corpus.js';
import { readText } from './files.js';

/** The repository's data/train folder, wherever the CLI runs from. */
export const TRAIN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/train');

const count = z.number().min(0).nullable();
const WrittenChat = z.object({
	text: z.string().min(1),
	labels: z.array(ChatKind),
	register: z.string(),
	note: z.string().optional(),
});
const WrittenMeeting = z.object({
	title: z.string(),
	description: z.string(),
	duration_min: count,
	attendees: z.number().int().min(0).nullable(),
	lead_time_hours: count,
	labels: z.array(MeetingKind),
	register: z.string(),
	note: z.string().optional(),
});
export type WrittenChat = z.infer<typeof WrittenChat>;
export type WrittenMeeting = z.infer<typeof WrittenMeeting>;

export interface TrainingData {
	chat: (WrittenChat & { where: string })[];
	meetings: (WrittenMeeting & { where: string })[];
	files: string[];
}

/** Every example in data/train, in file-name then line order (the order training depends on). */
export async function readTrainingData(dir = TRAIN_DIR): Promise<TrainingData> {
	let names: string[];
	try {
		names = (await readdir(dir)).filter((n) => n.endsWith('.jsonl')).sort();
	} catch {
		throw new CliError(`${dir}: no training data folder`);
	}
	const out: TrainingData = { chat: [], meetings: [], files: [] };
	for (const name of names) {
		const file = join(dir, name);
		out.files.push(file);
		const lines = (await readText(file)).split(/\r?\n/);
		lines.forEach((line, i) => {
			if (!line.trim()) return;
			const where = `${relative(process.cwd(), file)}:${i + 1}`;
			let json: unknown;
			try {
				json = JSON.parse(line);
			} catch (error) {
				throw new CliError(`${where}: not valid JSON (${(error as Error).message})`);
			}
			const isMeeting = typeof json === 'object' && json !== null && 'title' in json;
			const parsed = (isMeeting ? WrittenMeeting : WrittenChat).safeParse(json);
			if (!parsed.success) throw new CliError(`${where}: ${firstIssue(parsed.error)}`);
			if (isMeeting) out.meetings.push({ ...(parsed.data as WrittenMeeting), where });
			else out.chat.push({ ...(parsed.data as WrittenChat), where });
		});
	}
	return out;
}

/** The chat examples for the trainer: the written ones, then the real corpus items (if any). */
export function chatExamples(data: TrainingData, real: readonly CorpusItem[] = []): ChatExample[] {
	return [
		...data.chat.map((c) => ({ text: c.text, labels: c.labels, origin: 'written' as const, where: c.where })),
		...real.flatMap((item) =>
			item.kind === 'chat'
				? [
						{
							text: item.text,
							labels: item.labels.filter((l): l is ChatKind => ChatKind.safeParse(l).success),
							origin: 'real' as const,
							where: item.id,
							group: sourceGroup(item.source),
						},
					]
				: [],
		),
	];
}

/** The source an item came from, as cross-validation groups it: a repository, a site, or a mail archive. */
export function sourceGroup(source: string | undefined): string | undefined {
	if (!source) return undefined;
	const url = /^https?:\/\/(?:www\.)?([^/]+)\/([^/]+)\/([^/#?]+)/.exec(source);
	if (url) return url[1] === 'github.com' ? `${url[2]}/${url[3]}` : (url[1] as string);
	const host = /^https?:\/\/(?:www\.)?([^/]+)/.exec(source);
	if (host) return host[1];
	return source.split(/[:\s]/)[0];
}

/** The meeting examples for the trainer: the written ones, then the real corpus items (if any). */
export function meetingExamples(data: TrainingData, real: readonly CorpusItem[] = []): MeetingExample[] {
	return [
		...data.meetings.map((m) => ({
			meeting: toMeeting({ ...m, id: m.where, kind: 'meeting' }),
			labels: m.labels,
			origin: 'written' as const,
			where: m.where,
		})),
		...real.flatMap((item) =>
			item.kind === 'meeting'
				? [
						{
							meeting: toMeeting(item),
							labels: item.labels.filter((l): l is MeetingKind => MeetingKind.safeParse(l).success),
							origin: 'real' as const,
							where: item.id,
							group: sourceGroup(item.source),
						},
					]
				: [],
		),
	];
}

export async function readRealCorpora(files: readonly string[]): Promise<CorpusItem[]> {
	const out: CorpusItem[] = [];
	for (const f of files) out.push(...(await readCorpus(f)));
	return out;
}
