import type { FindingKind } from '../core/finding.js';
import { t } from '../shared/ui/t.js';
import type { WeeklySeries } from './weekly-series.js';

/** Up to six kinds get their own colour; the rest share the last one as "other". */
const PALETTE = ['--kind-1', '--kind-2', '--kind-3', '--kind-4', '--kind-5', '--kind-6'];
const W = 320;
const H = 104;
const TOP = 14;
const BOTTOM = 18;

/** An SVG bar chart: hints shown per day stacked by kind, with a dot for the fixes applied that day. */
export function WeeklyChart({ series }: { series: WeeklySeries }) {
	const colourOf = (kind: FindingKind) => {
		const i = series.kinds.indexOf(kind);
		return `var(${PALETTE[Math.min(i, PALETTE.length - 1)]})`;
	};
	const max = Math.max(1, ...series.days.map((d) => Math.max(d.total, d.applied)));
	const slot = W / series.days.length;
	const barWidth = Math.min(22, slot * 0.55);
	const scale = (n: number) => (n / max) * (H - TOP - BOTTOM);
	const summary = t('weekSummary', [series.totalShown, series.totalApplied]);
	const legend = series.kinds.slice(0, PALETTE.length - 1);
	const hasOther = series.kinds.length > legend.length;
	return (
		<figure class="weekly">
			<svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} class="weekly-chart">
				<title>{summary}</title>
				<line x1="0" x2={W} y1={H - BOTTOM} y2={H - BOTTOM} class="axis" />
				{series.days.map((d, i) => {
					const x = i * slot + (slot - barWidth) / 2;
					let y = H - BOTTOM;
					return (
						<g key={d.day}>
							{series.kinds.map((kind) => {
								const n = d.shown[kind] ?? 0;
								if (n === 0) return null;
								const h = scale(n);
								y -= h;
								return (
									<rect key={kind} x={x} y={y} width={barWidth} height={h} fill={colourOf(kind)} rx="2" />
								);
							})}
							{d.applied > 0 && (
								<circle
									cx={x + barWidth / 2}
									cy={H - BOTTOM - scale(d.applied)}
									r="3.5"
									class="applied-dot"
								/>
							)}
							<text x={x + barWidth / 2} y={H - 4} text-anchor="middle" class="day-label">
								{d.label}
							</text>
						</g>
					);
				})}
			</svg>
			<figcaption>
				<ul class="legend">
					{legend.map((kind) => (
						<li key={kind}>
							<span class="swatch" style={{ background: colourOf(kind) }} aria-hidden="true" />
							{t(`kind_${kind}`)}
						</li>
					))}
					{hasOther && (
						<li>
							<span class="swatch" style={{ background: `var(${PALETTE.at(-1)})` }} aria-hidden="true" />
							{t('kindOther')}
						</li>
					)}
					<li>
						<span class="swatch dot" aria-hidden="true" />
						{t('fixesApplied')}
					</li>
				</ul>
			</figcaption>
		</figure>
	);
}
