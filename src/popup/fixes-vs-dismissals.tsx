/**
 * This week's fixes against dismissals per kind, from the local stats; a kind the person always dismisses
 * (five or more times, never a fix) gets the suggestion to turn it off, in one click, undone in Options.
 */
import type { FindingKind } from '../core/finding.js';
import { send } from '../shared/messages.js';
import { pageView } from '../shared/storage.js';
import { t } from '../shared/ui/t.js';
import { useStorageItem } from '../shared/ui/use-storage-item.js';
import type { WeeklySeries } from './weekly-series.js';

/** Dismissed this often without a single fix: the person does not want this kind. */
export const ALWAYS_DISMISSED = 5;

export function FixesVsDismissals({ acted }: Pick<WeeklySeries, 'acted'>) {
	const settings = useStorageItem(pageView.settings);
	if (acted.length === 0) return null;
	const off = (kind: FindingKind) =>
		settings &&
		void send({
			type: 'options/set-settings',
			change: { disabledRules: [...new Set([...settings.disabledRules, kind])] },
		});
	const unwanted = acted.filter(
		(a) => a.applied === 0 && a.dismissed >= ALWAYS_DISMISSED && !settings?.disabledRules.includes(a.kind),
	);
	return (
		<div class="acted">
			<table>
				<caption>{t('weekActed')}</caption>
				<thead>
					<tr>
						<th scope="col">{t('weekKind')}</th>
						<th scope="col">{t('weekFixes')}</th>
						<th scope="col">{t('weekDismissed')}</th>
					</tr>
				</thead>
				<tbody>
					{acted.map((a) => (
						<tr key={a.kind}>
							<th scope="row">{t(`kind_${a.kind}`)}</th>
							<td>{a.applied}</td>
							<td>{a.dismissed}</td>
						</tr>
					))}
				</tbody>
			</table>
			{unwanted.map((a) => (
				<p key={a.kind} class="suggest" data-testid="suggest-off">
					{t('weekSuggestOff', [t(`kind_${a.kind}`), a.dismissed])}{' '}
					<button type="button" onClick={() => off(a.kind)}>
						{t('weekTurnOff', t(`kind_${a.kind}`))}
					</button>
				</p>
			))}
		</div>
	);
}
