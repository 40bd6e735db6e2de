/**
 * Local stats for the insights view: hints shown, fixes applied and hints dismissed, per kind per day,
 * for the last 12 weeks. Stored in this browser only, never sent anywhere, cleared by one action.
 */
import { z } from 'zod';
import { FindingKind } from '../core/finding.js';

export const STATS_RETENTION_DAYS = 12 * 7;
export const STAT_EVENTS = ['shown', 'applied', 'dismissed'] as const;
export const StatEvent = z.enum(STAT_EVENTS);
export type StatEvent = z.infer<typeof StatEvent>;

const count = z.number().int().nonnegative().default(0);
export const StatCounts = z.object({ shown: count, applied: count, dismissed: count });
export type StatCounts = z.output<typeof StatCounts>;

export const DayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const Stats = z.object({
	/** Local calendar day (YYYY-MM-DD) → finding kind → counts. */
	days: z.record(DayKey, z.partialRecord(FindingKind, StatCounts)),
});
export type Stats = z.output<typeof Stats>;

export const emptyStats = (): Stats => ({ days: {} });

/** The person's local calendar day. */
export function dayKey(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Drops days older than the retention window (12 weeks including today). */
export function pruneStats(stats: Stats, now: Date): Stats {
	const oldest = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (STATS_RETENTION_DAYS - 1));
	const cutoff = dayKey(oldest);
	return { days: Object.fromEntries(Object.entries(stats.days).filter(([day]) => day >= cutoff)) };
}

/** Counts one event for one kind today; returns new stats, pruned. */
export function recordStat(stats: Stats, kind: FindingKind, event: StatEvent, now: Date): Stats {
	const day = dayKey(now);
	const kinds = { ...(stats.days[day] ?? {}) };
	const counts = { shown: 0, applied: 0, dismissed: 0, ...kinds[kind] };
	counts[event] += 1;
	kinds[kind] = counts;
	return pruneStats({ days: { ...stats.days, [day]: kinds } }, now);
}
