/**
 * The coach's compromise match patterns, as data: compiled once into one net (nlp.buildNet) and swept over
 * each sentence. `reason` is the signal id the rules read; the rules add the context (who asks, is it
 * negated, is it after the fact) that a pattern alone cannot see.
 */
export interface Pattern {
	match: string;
	reason: Signal;
}

export type Signal =
	| 'urgency'
	| 'calm'
	| 'urgent-care'
	| 'svc-down'
	| 'svc-was-down'
	| 'not-loading'
	| 'svc-broken'
	| 'outage-now'
	| 'after-fact'
	| 'resolved'
	| 'cant-auth'
	| 'pay-fail'
	| 'data-loss'
	| 'data-loss-agent'
	| 'security'
	| 'users-blocked'
	| 'availability'
	| 'talk-request'
	| 'status-ping'
	| 'look-request'
	| 'fail-report'
	| 'feedback-request'
	| 'proposal'
	| 'options-count'
	| 'option-item'
	| 'too-visual'
	| 'see-you-go'
	| 'why-leaving'
	| 'blunt-feedback';

const p = (reason: Signal, ...matches: string[]): Pattern[] => matches.map((match) => ({ match, reason }));

const NOT_WORKING =
	'(work|working|load|loading|open|opening|save|saving|start|starting|respond|responding|show|showing|launch|launching|run|running|appear|appearing|install|compile|sync|syncing|connect|connecting|display|displaying)';

export const PATTERNS: Pattern[] = [
	...p('urgency', '#Urgency+'),
	...p(
		'calm',
		'not #Urgency+',
		'not (an|a)? (emergency|priority|blocker|rush)',
		'no (rush|hurry|pressure|urgency)',
		'(whenever|when) you (can|get|have) (a|the)? (chance|minute|moment|time|sec|second)',
		'at your (convenience|leisure)',
		'low priority',
		'no need to (rush|hurry)',
		'take your time',
		'in your own time',
	),
	// Urgency as a category, not as pressure: "urgent care", "anything urgent", "urgent issues go to …".
	...p(
		'urgent-care',
		'#Urgency+ (care|clinic|room|matters|issues|cases|questions|things|items|needs)',
		'(anything|something|nothing|everything) (really|truly|very)? #Urgency+',
	),

	// Emergencies: a service down, people unable to log in or pay, data lost, secrets exposed.
	...p(
		'svc-down',
		'#Service+ (is|are|seems|appears|looks|goes|went|keeps) (to|still|currently|now|completely|totally|again|also|all)? (be|going)? #Down',
		'#Service+ #Down (for|again|right)',
		'^#Service+ #Down',
		'(returning|returns|throwing|throws|giving|serving|getting) (a|an)? /^5[0-9][0-9]s?$/',
		'#ServiceIs (still|currently|now|completely|totally|again|also)? #Down',
		'(is|are) (the|our|your|my)? #Service+ #Down',
		'#Down for (everyone|everybody|all|all users|me too|us too)',
		'(500|502|503|504) (error|errors|internal|bad|service|gateway)',
	),
	...p(
		'svc-was-down',
		'#Service+ (was|were) #Down',
		'(#Service+|#Payment+) (was|were) (failing|broken|erroring|crashing|unavailable)',
		'(had|was|were) (an|a)? (outage|incident)',
	),
	...p(
		'not-loading',
		'not (coming up|load|loading|responding|respond|resolving|reachable|accessible)',
		'(#Service+|#ServiceIs) (is|are)? (currently|now|completely|totally)? (broken|failing|crashing|erroring)',
	),
	...p('svc-broken', '(#Service+|#ServiceIs) (is|are)? (currently|now) (broken|failing|crashing|erroring)'),
	...p(
		'outage-now',
		'(there is|there are|we have|we are having|experiencing|major|ongoing|active) (an|a)? (outage|incident|outages)',
	),
	...p('after-fact', '(root cause|postmortem|post-mortem|post mortem)'),
	...p(
		'resolved',
		'(is|are|seems|seem|now|everything) (back) (up|online|to normal)',
		'#ServiceIs back (up|online|to normal)',
		'(is|are|has been|have been|was|were|now) (resolved|restored|recovered)',
		'(was|were|managed|could) (able to)? (recover|restore)',
		'(fixed|resolved|mitigated) (it|this|the issue|the problem)',
		'(we|we have|they|they have) (refunded|rolled back|reverted|restored|recovered)',
	),
	...p(
		'cant-auth',
		'(can|could|do|does|did|will|would|is|are) not #Auth+',
		'(unable|not able) to #Auth+',
		'(no one|nobody|noone|no customer|no user|no users|no customers) (can|could|is able to|are able to) #Auth+',
	),
	...p(
		'pay-fail',
		'#Payment+ .? (fails|failed|failing|declined|declining|broken|erroring)',
		'#Payment+ (is|are) not (working|going|processing|completing)',
		'(prevent|preventing|prevents|blocks|blocking) (the|any|all|every)? #Payment+',
	),
	...p(
		'data-loss',
		'#Loss (out)? (all|my|our|the entire|the whole|its|their|every|everything|all of)',
		'(data|database|databases|files|everything|work) (is|are|was|were|has been|have been|got|get) (lost|gone|deleted|wiped|corrupted|unrecoverable|missing|destroyed)',
		'data loss',
		'(lost|losing) (all|my|our)',
	),
	...p('data-loss-agent', '(i|we|you) (have|had|just)? (deleted|wiped|erased|removed|destroyed)'),
	...p(
		'security',
		'#Secret+ .{0,8} #Exposure',
		'#Exposure .{0,4} #Secret+',
		'(security|data) (breach|incident|leak)',
		'(we|we have|we were|have been|got|been|were|was|is) (hacked|breached)',
	),
	...p(
		'users-blocked',
		'(users|customers|clients|everyone|everybody|nobody) (are|is|were|have been|remain) (blocked|stuck|locked out)',
	),

	// Asks with nothing to act on.
	...p(
		'availability',
		'(got|have|has) (a|one|5|five|2|two|10|ten|a few|few|some)? (quick)? (minute|minutes|min|mins|sec|secs|second|moment|seconds)',
		'(are|r) (you|u) (free|around|there|available|online|awake)',
		'(you|u) (free|around|available|online|awake)',
		'quick (question|q)',
		'(short|quick) (call|chat|sync)',
		'can i (ask|bother|borrow) you',
	),
	...p(
		'talk-request',
		'(can|could|shall|should) (we|i|you) (talk|chat|speak|call|meet|sync|discuss)',
		'(can|could|shall|should) (we|i|you) (catch|hop|jump) (up|on)',
		'(can|could) (we|i|you) have a (quick|short)? (call|chat|word|meeting)',
		'(we|i) need to (talk|speak|chat|meet|discuss|sync)',
		'need to (talk|speak|chat) (to|with) (you|u)',
		'(let|lets) us? (talk|discuss|chat|meet|sync|connect|speak)',
		'(call|ring|phone) me',
		'give me a (call|ring|buzz)',
		'(hop|jump) on a (call|chat)',
	),
	...p(
		'status-ping',
		'(any|some) (update|updates|news|progress|word|luck|eta)',
		'(what is|whats) the (status|update)',
		'(following|follow|checking) (up|in)',
		'^(status|update) (please|pls|plz)?$',
	),
	...p('look-request', '(look|check|see) at? (this|it|that|these)', '(take|have) a (look|peek|glance)'),

	// Missing context: a failure with nothing to reproduce it, feedback on nothing named.
	...p(
		'fail-report',
		`(does|do|did|will|would|is|are|was) not ${NOT_WORKING}`,
		'nothing (happens|happened|shows|appears|works|loads|changes)',
		'(not|stopped) working',
		'(fails|failed) to',
		'(is|are|keeps|keep) (broken|crashing|freezing|hanging)',
		'(crashes|crashed|freezes|froze)',
		'(dead|broken) again',
		'no (saving|loading|sound|audio|response|output)',
	),
	...p('feedback-request', '(your|any|some)? (comments|feedback|thoughts|input|opinion|approval)'),

	// A document: a proposal, options laid out.
	...p(
		'proposal',
		'#Proposal+',
		'(i|we) (would|will)? (like to|want to)? (propose|suggest|recommend)',
		'i vote',
	),
	...p(
		'options-count',
		'(#Value|two|three|four|five|six|several) (options|alternatives|approaches|choices|proposals|scenarios)',
	),
	...p('option-item', '(option|alternative|approach|choice) (#Value|a|b|c|d|one|two|three|four)'),

	// Visual feedback.
	...p(
		'too-visual',
		'too (large|big|small|tall|wide|narrow|close|far|much|long|short|dark|light|bright|thin|thick|high|low)',
	),

	// Sensitive: asking someone publicly why they leave.
	...p('see-you-go', 'sorry to see (you|him|her|them) (go|leave)'),
	...p(
		'why-leaving',
		'why (are|is|did) (you|he|she|they) (leaving|leave|quit|quitting|resign|resigning)',
		'may i ask why',
	),
	...p(
		'blunt-feedback',
		'(your|his|her|their) (performance|work|attitude|behavior|behaviour|output|conduct) .{0,5} (unacceptable|poor|sloppy|terrible|disappointing|inadequate|subpar)',
		'(your|his|her|their) (performance|work|attitude|behavior|behaviour|output|conduct) .{0,5} not good enough',
	),
];
