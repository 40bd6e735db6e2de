/**
 * What every composer session asks of the page-wide coach: the norms, the settings as they apply now (a
 * snoozed rule counts as off until its time), and the way back to the background for what the person chose.
 */
import type { Norms } from '../../core/norms/schema.js';
import type { Settings } from '../../shared/local-view.js';
import { isPaused, rulesOff, turnRuleOff } from '../shared/hint-choices.js';
import type { AnalyzerApi } from './analyzer-api.js';
import type { HintControlMessage, SessionHost } from './composer-session.js';

/** What the page-wide coach's environment gives the sessions (CoachEnv has these and more). */
export interface SessionHostEnv {
	identifyLanguage(text: string): Promise<string>;
	now(): number;
	timeZone?(): string;
	openNorms?: SessionHost['openNorms'];
	remind?: SessionHost['remind'];
	recordStat: SessionHost['recordStat'];
	draftSeen?: SessionHost['draftSeen'];
	disableRule(rule: string): Promise<unknown>;
	hintControl?(msg: HintControlMessage): Promise<unknown>;
}

export function createSessionHost(
	env: SessionHostEnv,
	state: {
		norms(): Norms | undefined;
		settings(): Settings | undefined;
		analyzer(): Promise<AnalyzerApi>;
	},
): SessionHost {
	const settings = state.settings;
	return {
		analyzer: state.analyzer,
		norms: state.norms,
		delayMs: () => settings()?.typingDelayMs ?? 300,
		disabledRules: () => rulesOff(settings(), env.now()),
		quieted: settings,
		sensitivity: () => settings()?.sensitivity ?? 'balanced',
		identifyLanguage: env.identifyLanguage,
		paused: () => isPaused(settings(), env.now()),
		now: env.now,
		...(env.timeZone ? { timeZone: env.timeZone } : {}),
		...(env.openNorms ? { openNorms: env.openNorms } : {}),
		...(env.remind ? { remind: env.remind } : {}),
		recordStat: env.recordStat,
		...(env.draftSeen ? { draftSeen: env.draftSeen } : {}),
		disableRule: (rule: string) => turnRuleOff(settings(), rule, env.disableRule),
		control(msg: HintControlMessage) {
			env.hintControl?.(msg).catch((error) => console.debug('[unhurried] could not save', error));
		},
	};
}
