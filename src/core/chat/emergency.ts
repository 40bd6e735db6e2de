/**
 * Is something on fire right now? A service down, people unable to log in or pay, data lost, secrets
 * exposed or customers blocked — said in the present, not as a condition and not after the fact.
 */
import type { Signal } from './chat-patterns.js';
import { hitsOf } from './draft-facts.js';
import type { Hit } from './nlp.js';
import type { DraftFacts, Sentence } from './sentence.js';
import { clauseStart } from './speech-acts.js';

export type EmergencyType = 'down' | 'access' | 'data' | 'security';

export interface EmergencySignal {
	type: EmergencyType;
	sentence: Sentence;
	hit: Hit;
}

const TYPE: Partial<Record<Signal, EmergencyType>> = {
	'svc-down': 'down',
	'not-loading': 'down',
	'svc-broken': 'down',
	'outage-now': 'down',
	'cant-auth': 'access',
	'pay-fail': 'access',
	'users-blocked': 'access',
	'data-loss': 'data',
	security: 'security',
};
/** Words that make an emergency a condition rather than a report ("if the site is down …"). */
const CONDITION = new Set(['if', 'whether', 'unless', 'avoid', 'prevent', 'should']);
/** Words that put a recovery in the future ("once it is back up, …"): then it has not happened. */
const FUTURE = new Set([...CONDITION, 'once', 'when', 'whenever', 'after', 'until', 'till']);

function isHypothetical(sentence: Sentence, hit: Hit, words: ReadonlySet<string> = CONDITION): boolean {
	for (let k = clauseStart(sentence, hit.first); k < hit.first; k++) {
		if (words.has(sentence.tokens[k]?.norm ?? '')) return true;
	}
	return sentence.tokens.slice(0, hit.first).some((t) => t.norm === 'if' || t.norm === 'whether');
}

function hasService(sentence: Sentence): boolean {
	return sentence.tokens.some((t) => t.tags.has('Service') || t.tags.has('ServiceIs'));
}

/** The draft reports the problem as over: back up, resolved, a past outage, a post-mortem. */
export function isAfterTheFact(draft: DraftFacts): boolean {
	return hitsOf(draft, 'resolved', 'after-fact', 'svc-was-down').some(
		({ sentence, hit }) => !isHypothetical(sentence, hit, FUTURE),
	);
}

/** Present emergencies in the draft, or none when it is after the fact. */
export function emergencySignals(draft: DraftFacts): EmergencySignal[] {
	if (isAfterTheFact(draft)) return [];
	const out: EmergencySignal[] = [];
	for (const { sentence, hit } of hitsOf(draft, ...(Object.keys(TYPE) as Signal[]))) {
		const type = TYPE[hit.signal];
		if (!type || isHypothetical(sentence, hit)) continue;
		if (hit.signal === 'not-loading' && !hasService(sentence)) continue;
		if (hit.signal === 'data-loss' && sentence.hits.some((h) => h.signal === 'data-loss-agent')) continue;
		if (hit.signal === 'cant-auth') {
			const verb = sentence.tokens[hit.last]?.norm;
			if ((verb === 'access' || verb === 'connect') && !hasService(sentence)) continue;
		}
		out.push({ type, sentence, hit });
	}
	return out;
}
