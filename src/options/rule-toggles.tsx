import { send } from '../shared/messages.js';
import { t } from '../shared/ui/t.js';
import { CHAT_RULE_IDS, MEETING_RULE_IDS, ruleKey } from './rule-ids.js';
import { useSettings } from './use-settings.js';

/** Every rule with an on/off switch; a rule turned off never shows its hint. */
export function RuleToggles() {
	const [current] = useSettings();
	if (!current) return null;
	// One rule at a time, applied by the background to the settings as they are then: a rule a hint card turned
	// off meanwhile is not turned back on.
	const toggle = (id: string, on: boolean) => send({ type: 'options/set-rule', rule: id, on });
	const group = (title: string, ids: readonly string[]) => (
		<fieldset class="rules">
			<legend>{title}</legend>
			{ids.map((id) => (
				<label key={id} class="check">
					<input
						type="checkbox"
						checked={!current.disabledRules.includes(id)}
						onChange={(e) => toggle(id, e.currentTarget.checked)}
					/>
					{t(ruleKey(id))}
				</label>
			))}
		</fieldset>
	);
	return (
		<div class="columns">
			{/* The leftover-placeholder hint is read off the text, not a rule file, and can be turned off too. */}
			{group(t('chatRules'), [...CHAT_RULE_IDS, 'leftover-placeholder'])}
			{group(t('meetingRules'), MEETING_RULE_IDS)}
		</div>
	);
}
