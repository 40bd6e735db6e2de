import { explainDraft } from '../../core/chat/analyze-draft.js';
import { CHAT_TRAINING, fitChat, shownKinds } from '../../core/chat/chat-training.js';
import { AnalysisContext } from '../../core/context.js';
import { CHAT_KINDS, type Finding, type FindingKind, MEETING_KINDS } from '../../core/finding.js';
import { reachedKinds } from '../../core/learn/fit-scorer.js';
import type { Sensitivity } from '../../core/learn/linear-model.js';
import { explainMeeting } from '../../core/meeting/analyze-meeting.js';
import { SCORED_MEETING_KINDS } from '../../core/meeting/meeting-scorer.js';
import { fitMeetings, MEETING_TRAINING } from '../../core/meeting/meeting-training.js';
import type { Norms } from '../../core/norms/schema.js';
import { CliError, type Io } from '../cli-error.js';
import { type CorpusItem, readCorpus, toMeeting } from '../corpus.js';
import { CLI_DRAFT_OPTIONS, loadNorms, loadNow, loadSensitivity, parseArgs } from '../options.js';
import { REAL_CORPORA } from '../real-corpora.js';
import { chatExamples, meetingExamples, readRealCorpora, readTrainingData } from '../training-data.js';

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

/** What the analyzer says of one corpus item: the findings, and for chat each kind's probability. */
export interface Prediction {
	kinds: Set<FindingKind>;
	findings: Finding[];
	scores?: Partial<Record<FindingKind, number>>;
	candidates: { kind: FindingKind; rule: string }[];
}

export function predict(item: CorpusItem, norms: Norms, now: number, sensitivity: Sensitivity): Prediction {
	if (item.kind === 'chat') {
		const context = AnalysisContext.parse({ surface: 'chat', now, sensitivity });
		const x = explainDraft(item.text, context, norms, CLI_DRAFT_OPTIONS);
		return {
			kinds: new Set(x.findings.map((f) => f.kind)),
			findings: x.findings,
			...(x.scores ? { scores: x.scores } : {}),
			candidates: x.candidates,
		};
	}
	const context = AnalysisContext.parse({ surface: 'calendar', now, sensitivity });
	const x = explainMeeting(toMeeting(item), context, norms);
	return {
		kinds: new Set(x.findings.map((f) => f.kind)),
		findings: x.findings,
		scores: x.scores,
		candidates: x.candidates,
	};
}

/** The finding kinds the analyzer reports for one corpus item. */
export function predictKinds(
	item: CorpusItem,
	norms: Norms,
	now: number,
	sensitivity: Sensitivity = 'balanced',
) {
	return predict(item, norms, now, sensitivity).kinds;
}

export function score(
	items: readonly { labels: readonly string[] }[],
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
export function evaluate(
	items: CorpusItem[],
	norms: Norms,
	now: number,
	sensitivity: Sensitivity = 'balanced',
): EvalReport {
	return evaluatePredictions(
		items,
		items.map((i) => predict(i, norms, now, sensitivity)),
	);
}

function evaluatePredictions(items: readonly CorpusItem[], predictions: readonly Prediction[]): EvalReport {
	const pick = (kind: 'chat' | 'meeting') => items.flatMap((it, i) => (it.kind === kind ? [i] : []));
	const chat = pick('chat');
	const meeting = pick('meeting');
	return {
		chat: score(
			chat.map((i) => items[i] as CorpusItem),
			chat.map((i) => predictions[i]?.kinds ?? new Set()),
			CHAT_KINDS,
		),
		meeting: score(
			meeting.map((i) => items[i] as CorpusItem),
			meeting.map((i) => predictions[i]?.kinds ?? new Set()),
			MEETING_KINDS,
		),
	};
}

const conf = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(2));

/** One line per misclassified item: id, gold, predicted, and for each wrong kind its rule and confidence. */
export function errorLines(items: readonly CorpusItem[], predictions: readonly Prediction[]): string[] {
	const lines: string[] = [];
	items.forEach((item, i) => {
		const p = predictions[i];
		if (!p) return;
		const gold = new Set<string>(item.labels);
		const wrong = [...new Set([...gold, ...p.kinds])].filter(
			(k) => gold.has(k) !== p.kinds.has(k as FindingKind),
		);
		if (wrong.length === 0) return;
		const detail = wrong.map((k) => {
			const kind = k as FindingKind;
			const miss = gold.has(k);
			const rules = [
				...new Set((miss ? p.candidates : p.findings).filter((f) => f.kind === kind).map((f) => f.rule)),
			];
			const shown = p.findings.find((f) => f.kind === kind);
			return `${miss ? 'missed' : 'extra'} ${kind} (rule ${rules.join('+') || '–'}, confidence ${conf(shown?.confidence ?? p.scores?.[kind])})`;
		});
		const text = item.kind === 'chat' ? item.text : `${item.title ?? ''} — ${item.description ?? ''}`;
		const short = text.replace(/\s+/g, ' ').slice(0, 100);
		lines.push(
			`${item.id}  gold [${[...gold].join(', ')}]  predicted [${[...p.kinds].join(', ')}]  ${detail.join('; ')}`,
			`    ${JSON.stringify(short)}`,
		);
	});
	return lines;
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

/** unhurried eval FILE [--json] [--errors] [--norms FILE] [--now ISO] [--sensitivity S] | eval --cv K [--json] */
export async function evalCommand(args: string[], io: Io): Promise<number> {
	const opts = parseArgs(args, ['--json', '--errors'], ['--norms', '--now', '--sensitivity', '--cv']);
	const cv = opts.values.get('--cv');
	const [file, ...extra] = opts.positional;
	if (cv !== undefined) {
		if (file) throw new CliError('eval --cv: cross-validates the training data; give no corpus file');
		return crossValidateCommand(cv, opts.flags.has('--json'), opts.flags.has('--errors'), io);
	}
	if (!file)
		throw new CliError('eval: which corpus file? (unhurried eval FILE [--json] [--errors], or eval --cv 5)');
	if (extra.length > 0) throw new CliError(`eval: unexpected argument "${extra[0]}"`);
	const norms = await loadNorms(opts.values.get('--norms'));
	const now = loadNow(opts.values.get('--now'));
	const sensitivity = loadSensitivity(opts.values.get('--sensitivity'));
	const items = await readCorpus(file);
	const predictions = items.map((i) => predict(i, norms, now, sensitivity));
	const report = evaluatePredictions(items, predictions);
	if (opts.flags.has('--json')) io.out(JSON.stringify(report));
	else io.out([...table('chat', report.chat), '', ...table('meeting', report.meeting)].join('\n'));
	if (opts.flags.has('--errors')) {
		const lines = errorLines(items, predictions);
		io.out(['', `misclassified: ${lines.length / 2} of ${items.length}`, ...lines].join('\n'));
	}
	return 0;
}

/** eval --cv K: K-fold cross-validation of both scorers on the training data, folds grouped by source. */
async function crossValidateCommand(value: string, json: boolean, errors: boolean, io: Io): Promise<number> {
	const folds = Number(value);
	if (!Number.isInteger(folds) || folds < 2 || folds > 20)
		throw new CliError(`--cv: expected a number of folds from 2 to 20, got "${value}"`);
	const data = await readTrainingData();
	const real = await readRealCorpora(REAL_CORPORA);
	const chat = chatExamples(data, real);
	const chatFit = fitChat(chat, { ...CHAT_TRAINING, folds });
	const chatPredicted = chatFit.items.map(
		(item, i) => new Set<FindingKind>(shownKinds(item, chatFit.outOfFold[i], chatFit.thresholds, 'balanced')),
	);
	const meetings = meetingExamples(data, real);
	const meetingFit = fitMeetings(meetings, { ...MEETING_TRAINING, folds });
	const meetingPredicted = meetingFit.items.map(
		(item, i) =>
			new Set<FindingKind>([
				...item.fixed,
				...reachedKinds(
					item,
					SCORED_MEETING_KINDS,
					meetingFit.outOfFold[i],
					meetingFit.thresholds,
					'balanced',
				),
			]),
	);
	const reports = [
		...cvReports('chat', chat, chatPredicted, CHAT_KINDS),
		...cvReports('meeting', meetings, meetingPredicted, MEETING_KINDS),
	];
	if (json) io.out(JSON.stringify({ folds, reports }));
	else
		io.out(
			reports
				.flatMap((r) => [
					...table(`${r.group}, ${folds}-fold cross-validation, ${r.name} training examples`, r.score),
					'',
				])
				.join('\n')
				.trimEnd(),
		);
	if (errors) {
		// The real examples the cross-validated scorer gets wrong, with each wrong kind's out-of-fold probability.
		const lines: string[] = [];
		chat.forEach((e, i) => {
			if (e.origin !== 'real') return;
			const got = chatPredicted[i] ?? new Set<FindingKind>();
			const wrong = CHAT_KINDS.filter((k) => e.labels.includes(k) !== got.has(k));
			if (wrong.length === 0) return;
			const p = chatFit.outOfFold[i];
			const detail = wrong
				.map(
					(k) =>
						`${got.has(k) ? 'extra' : 'missed'} ${k} (p ${conf(p?.[k])}, t ${conf(chatFit.thresholds[k][chatFit.items[i]?.pointed.has(k) ? 'candidate' : 'whole'].balanced)}${chatFit.items[i]?.reach.has(k) ? '' : ', out of reach'})`,
				)
				.join('; ');
			lines.push(`${e.where}  ${detail}`, `    ${JSON.stringify(e.text.replace(/\s+/g, ' ').slice(0, 140))}`);
		});
		io.out(['', `misclassified real chat examples: ${lines.length / 2}`, ...lines].join('\n'));
	}
	return 0;
}

function cvReports(
	group: string,
	examples: readonly { origin: 'written' | 'real'; labels: readonly string[] }[],
	predicted: readonly Set<FindingKind>[],
	kinds: readonly FindingKind[],
) {
	return (['all', 'written', 'real'] as const)
		.map((name) => ({
			name,
			idx: examples.flatMap((e, i) => (name === 'all' || e.origin === name ? [i] : [])),
		}))
		.filter(({ idx }) => idx.length > 0)
		.map(({ name, idx }) => ({
			group,
			name,
			score: score(
				idx.map((i) => examples[i] as { labels: readonly string[] }),
				idx.map((i) => predicted[i] ?? new Set()),
				kinds,
			),
		}));
}
