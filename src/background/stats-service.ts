/** Local stats, written by the background only (one writer, no lost updates from several tabs). */
import type { FindingKind } from '../core/finding.js';
import { emptyStats, recordStat, type StatEvent } from '../shared/stats.js';
import { stats } from '../shared/storage.js';

export function createStatsService({ now }: { now: () => number }) {
	let tail: Promise<unknown> = Promise.resolve();
	const serial = <T>(fn: () => Promise<T>): Promise<T> => {
		const run = tail.then(fn, fn);
		tail = run.catch(() => {});
		return run;
	};
	return {
		record: (kind: FindingKind, event: StatEvent) =>
			serial(async () => stats.set(recordStat(await stats.get(), kind, event, new Date(now())))),
		clear: () => serial(() => stats.set(emptyStats())),
	};
}
