import { isWithinWorkingHours, localTimeAt } from '../core/norms/roster.js';
import type { Person } from '../core/norms/schema.js';
import { t } from '../shared/ui/t.js';

/** Each person's local time now, and whether they are in working hours. */
export function RosterList({ roster, now }: { roster: readonly Person[]; now: number }) {
	if (roster.length === 0) return <p class="muted">{t('rosterEmpty')}</p>;
	return (
		<ul class="roster">
			{roster.map((person) => {
				const working = isWithinWorkingHours(person, now);
				return (
					<li key={person.name}>
						<span class={`presence ${working ? 'in' : 'out'}`} aria-hidden="true" />
						<span class="person">{person.name}</span>
						<span class="muted">{localTimeAt(person.timeZone, now).hhmm}</span>
						<span class={working ? 'status-in' : 'status-out'}>
							{working ? t('rosterWorking') : t('rosterOff')}
						</span>
					</li>
				);
			})}
		</ul>
	);
}
