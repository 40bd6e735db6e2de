/** Precision, recall and F1 per kind, macro-F1 and the clean false-positive rate, and their table. */
import type { FindingKind } from '../../core/finding.js';

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

export const conf = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(2));
const fmt = (n: number | null) => (n === null ? '   –' : n.toFixed(2));
const pct = (n: number | null) => (n === null ? '–' : `${(n * 100).toFixed(1)} %`);

export function table(title: string, g: GroupScore): string[] {
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
