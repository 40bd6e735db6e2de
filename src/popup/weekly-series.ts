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
}

export function weeklySeries(stats: Stats, now: Date): WeeklySeries {
	const days: DayColumn[] = [];
	const perKind = new Map<FindingKind, number>();
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
			{ shown: number; applied: number },
		][]) {
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
	};
}
