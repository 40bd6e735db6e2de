/** The last seven days of local stats as the weekly chart draws them: hints shown by kind per day, fixes applied. */
import type { FindingKind } from '../core/finding.js';
import { dayKey, type Stats } from '../shared/stats.js';

export interface DayColumn {
	day: string;
	/** The local weekday, short ("Mon"). */
	label: string;
	shown: Partial<Record<FindingKind, number>>;
	total: number;
	applied: number;
}

export interface WeeklySeries {
	days: DayColumn[];
	/** Kinds that were shown this week, most frequent first. */
	kinds: FindingKind[];
	totalShown: number;
	totalApplied: number;
	/** Per kind, this week: fixes applied and hints dismissed (incl. silenced and snoozed), most acted on first. */
	acted: { kind: FindingKind; applied: number; dismissed: number }[];
}

export function weeklySeries(stats: Stats, now: Date): WeeklySeries {
	const days: DayColumn[] = [];
	const perKind = new Map<FindingKind, number>();
	const acted = new Map<FindingKind, { kind: FindingKind; applied: number; dismissed: number }>();
	for (let back = 6; back >= 0; back--) {
		const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back);
		const key = dayKey(date);
		const column: DayColumn = {
			day: key,
			label: date.toLocaleDateString(undefined, { weekday: 'short' }),
			shown: {},
			total: 0,
			applied: 0,
		};
		for (const [kind, counts] of Object.entries(stats.days[key] ?? {}) as [
			FindingKind,
			{ shown: number; applied: number; dismissed: number },
		][]) {
			const a = acted.get(kind) ?? { kind, applied: 0, dismissed: 0 };
			a.applied += counts.applied;
			a.dismissed += counts.dismissed ?? 0;
			acted.set(kind, a);
			if (counts.shown > 0) column.shown[kind] = counts.shown;
			column.total += counts.shown;
			column.applied += counts.applied;
			perKind.set(kind, (perKind.get(kind) ?? 0) + counts.shown);
		}
		days.push(column);
	}
	const kinds = [...perKind]
		.filter(([, n]) => n > 0)
		.sort((a, b) => b[1] - a[1])
		.map(([k]) => k);
	return {
		days,
		kinds,
		totalShown: days.reduce((n, d) => n + d.total, 0),
		totalApplied: days.reduce((n, d) => n + d.applied, 0),
		acted: [...acted.values()]
			.filter((a) => a.applied + a.dismissed > 0)
			.sort((a, b) => b.applied + b.dismissed - (a.applied + a.dismissed)),
	};
}
