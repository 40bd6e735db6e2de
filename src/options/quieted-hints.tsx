/** The phrases the person silenced and the rules they snoozed from the hint card, each with a way back. */
import { t } from '../shared/ui/t.js';
import { ruleKey } from './rule-ids.js';
import { useSettings } from './use-settings.js';

export function QuietedHints() {
	const [current, save] = useSettings();
	if (!current) return null;
	const now = Date.now();
	const snoozed = current.snoozedRules.filter((r) => r.until > now);
	return (
		<div class="quieted">
			<h3 id="silenced-phrases">{t('silencedPhrases')}</h3>
			{current.quietPhrases.length === 0 ? (
				<p class="muted">{t('silencedNone')}</p>
			) : (
				<ul>
					{current.quietPhrases.map((q) => (
						<li key={`${q.rule}|${q.phrase}`}>
							“{q.phrase}” — {t(ruleKey(q.rule))}{' '}
							<button
								type="button"
								onClick={() => void save({ quietPhrases: current.quietPhrases.filter((x) => x !== q) })}
							>
								{t('silencedRemove', q.phrase)}
							</button>
						</li>
					))}
				</ul>
			)}
			<h3>{t('snoozedRules')}</h3>
			{snoozed.length === 0 ? (
				<p class="muted">{t('snoozedNone')}</p>
			) : (
				<ul>
					{snoozed.map((r) => (
						<li key={r.rule}>
							{t(ruleKey(r.rule))} — {t('snoozedUntil', new Date(r.until).toLocaleString())}{' '}
							<button
								type="button"
								onClick={() => void save({ snoozedRules: current.snoozedRules.filter((x) => x !== r) })}
							>
								{t('snoozedEnd')}
							</button>
						</li>
					))}
				</ul>
			)}
		</div>
	);
}
