import { stats } from '../shared/storage.js';
import { t } from '../shared/ui/t.js';
import { useStorageItem } from '../shared/ui/use-storage-item.js';
import { FixesVsDismissals } from './fixes-vs-dismissals.js';
import { WeeklyChart } from './weekly-chart.js';
import { weeklySeries } from './weekly-series.js';

/** The weekly picture from the local stats (never sent anywhere). */
export function WeeklyPicture({ now }: { now: number }) {
	const value = useStorageItem(stats);
	if (!value) return null;
	const series = weeklySeries(value, new Date(now));
	if (series.totalShown === 0 && series.totalApplied === 0) return <p class="muted">{t('weekEmpty')}</p>;
	return (
		<>
			<WeeklyChart series={series} />
			<FixesVsDismissals acted={series.acted} />
		</>
	);
}
