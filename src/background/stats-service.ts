/** Local stats, written by the background only (one writer, no lost updates from several tabs). */
import type { FindingKind } from '../core/finding.js';
import { emptyStats, recordStat, type StatEvent } from '../shared/stats.js';
import { stats } from '../shared/storage.js';
import { serialQueue } from './serial-queue.js';

export function createStatsService({ now }: { now: () => number }) {
	const serial = serialQueue();
	return {
		record: (kind: FindingKind, event: StatEvent) =>
			serial(async () => stats.set(recordStat(await stats.get(), kind, event, new Date(now())))),
		clear: () => serial(() => stats.set(emptyStats())),
	};
}
