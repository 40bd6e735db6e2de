import { analyzeDraft } from '../../core/analyze-draft.js';
import { analyzeMeeting } from '../../core/analyze-meeting.js';
import { AnalysisContext } from '../../core/context.js';
import { CHAT_KINDS, type FindingKind, MEETING_KINDS } from '../../core/finding.js';
import type { Norms } from '../../core/norms/schema.js';
import { CliError, type Io } from '../cli-error.js';
import { type CorpusItem, readCorpus, toMeeting } from '../corpus.js';
import { loadNorms, loadNow, parseArgs } from '../options.js';

export interface KindScore {
	kind: FindingKind;
	labeled: number;
	tp: number;
	fp: number;
	fn: number;
	precision: number | null;
	recall: number | null;
	f1: number | null;
}
export interface GroupScore {
	items: number;
	clean: number;
	cleanFlagged: number;
	cleanFpRate: number | null;
	macroF1: number | null;
	/** Kinds in the macro average: those with labels in the file. */
	macroKinds: FindingKind[];
	kinds: KindScore[];
}
export interface EvalReport {
	chat: GroupScore;
	meeting: GroupScore;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** The finding kinds the analyzer reports for one corpus item. */
export function predictKinds(item: CorpusItem, norms: Norms, now: number): Set<FindingKind> {
	if (item.kind === 'chat') {
		const context = AnalysisContext.parse({ surface: 'chat', now });
		return new Set(analyzeDraft(item.text, context, norms).map((f) => f.kind));
	}
	const context = AnalysisContext.parse({ surface: 'calendar', now });
	return new Set(analyzeMeeting(toMeeting(item), context, norms).map((f) => f.kind));
}

function score(
	items: CorpusItem[],
	predicted: Set<FindingKind>[],
	kinds: readonly FindingKind[],
): GroupScore {
	const rows: KindScore[] = kinds.map((kind) => {
		let tp = 0;
		let fp = 0;
		let fn = 0;
		let labeled = 0;
		items.forEach((item, i) => {
			const want = item.labels.includes(kind);
			const got = predicted[i]?.has(kind) ?? false;
			if (want) labeled++;
			if (want && got) tp++;
			else if (got) fp++;
			else if (want) fn++;
		});
		const precision = ratio(tp, tp + fp);
		const recall = ratio(tp, tp + fn);
		// F1 = 2tp / (2tp + fp + fn): 0 when there were labels or predictions and none matched.
		const f1 = ratio(2 * tp, 2 * tp + fp + fn);
		return { kind, labeled, tp, fp, fn, precision, recall, f1 };
	});
	const macroRows = rows.filter((r) => r.labeled > 0);
	const macroF1 =
		macroRows.length === 0 ? null : macroRows.reduce((s, r) => s + (r.f1 ?? 0), 0) / macroRows.length;
	let clean = 0;
	let cleanFlagged = 0;
	items.forEach((item, i) => {
		if (item.labels.length > 0) return;
		clean++;
		if ([...(predicted[i] ?? [])].some((k) => kinds.includes(k))) cleanFlagged++;
	});
	return {
		items: items.length,
		clean,
		cleanFlagged,
		cleanFpRate: ratio(cleanFlagged, clean),
		macroF1,
		macroKinds: macroRows.map((r) => r.kind),
		kinds: rows,
	};
}

/** Scores the analyzers on a labeled corpus: per kind, macro-F1 and the clean false-positive rate. */
export function evaluate(items: CorpusItem[], norms: Norms, now: number): EvalReport {
	const chat = items.filter((i) => i.kind === 'chat');
	const meeting = items.filter((i) => i.kind === 'meeting');
	return {
		chat: score(
			chat,
			chat.map((i) => predictKinds(i, norms, now)),
			CHAT_KINDS,
		),
		meeting: score(
			meeting,
			meeting.map((i) => predictKinds(i, norms, now)),
			MEETING_KINDS,
		),
	};
}

const fmt = (n: number | null) => (n === null ? '   –' : n.toFixed(2));
const pct = (n: number | null) => (n === null ? '–' : `${(n * 100).toFixed(1)} %`);

function table(title: string, g: GroupScore): string[] {
	const head = `${'kind'.padEnd(20)} ${'labels'.padStart(6)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  prec   rec    F1`;
	const lines = [`${title} (${g.items} items, ${g.clean} clean)`, head, '-'.repeat(head.length)];
	for (const r of g.kinds) {
		const note = r.labeled === 0 ? '  (no labels: not in macro)' : '';
		lines.push(
			`${r.kind.padEnd(20)} ${String(r.labeled).padStart(6)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${fmt(r.precision)}  ${fmt(r.recall)}  ${fmt(r.f1)}${note}`,
		);
	}
	lines.push('-'.repeat(head.length));
	lines.push(`macro-F1 ${fmt(g.macroF1)} over ${g.macroKinds.length} labeled kinds`);
	lines.push(`clean items flagged: ${g.cleanFlagged}/${g.clean} (${pct(g.cleanFpRate)})`);
	return lines;
}

/** unhurried eval FILE [--json] [--norms FILE] [--now ISO] */
export async function evalCommand(args: string[], io: Io): Promise<number> {
	const opts = parseArgs(args, ['--json'], ['--norms', '--now']);
	const [file, ...extra] = opts.positional;
	if (!file) throw new CliError('eval: which corpus file? (unhurried eval FILE [--json])');
	if (extra.length > 0) throw new CliError(`eval: unexpected argument "${extra[0]}"`);
	const norms = await loadNorms(opts.values.get('--norms'));
	const now = loadNow(opts.values.get('--now'));
	const report = evaluate(await readCorpus(file), norms, now);
	if (opts.flags.has('--json')) io.out(JSON.stringify(report));
	else io.out([...table('chat', report.chat), '', ...table('meeting', report.meeting)].join('\n'));
	return 0;
}
