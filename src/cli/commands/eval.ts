import { explainDraft } from '../../core/chat/analyze-draft.js';
import { AnalysisContext } from '../../core/context.js';
import { CHAT_KINDS, type Finding, type FindingKind, MEETING_KINDS } from '../../core/finding.js';
import type { Sensitivity } from '../../core/learn/linear-model.js';
import { explainMeeting } from '../../core/meeting/analyze-meeting.js';
import type { Norms } from '../../core/norms/schema.js';
import { CliError, type Io } from '../cli-error.js';
import { type CorpusItem, readCorpus, toMeeting } from '../corpus.js';
import { CLI_DRAFT_OPTIONS, loadNorms, loadNow, loadSensitivity, parseArgs } from '../options.js';
import { crossValidateCommand } from './cross-validate.js';
import { conf, type EvalReport, score, table } from './eval-report.js';

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
