/** Drafts to try, a few per kind, written for Unhurried (a test checks each gets its kind's hint): the playground's chips and the preset builder's preview. */
import type { ChatKind } from '../core/finding.js';

export const EXAMPLES: Record<ChatKind, readonly string[]> = {
	vague_ask: ['hey @lena, quick question?', 'Can we hop on a call later?', 'Any news?'],
	missing_context: [
		'Did you merge that?',
		'The invoice page does not load.',
		'Can you sign off on it before lunch?',
	],
	false_urgency: [
		'Send me the quarterly numbers ASAP.',
		'Please update the team wiki right away!!!',
		'I need your holiday dates immediately.',
	],
	true_urgency: [
		'The payment page is down for all customers right now.',
		'Nobody can log in since the last deploy twenty minutes ago.',
	],
	suggest_doc: [
		'I see three ways to run the offsite. Option A: two days in Porto with the whole team. Option B: one day online and one day in small local groups. Option C: skip travel this year and fund a longer hackathon instead. Each has trade-offs on cost, time zones and who can attend, so I would like everyone to weigh in before Friday.',
		'Some questions for the planning session: 1. Do we keep the weekly demo? 2. Should releases move to Tuesdays? 3. Who owns the changelog? 4. Do we need a second reviewer on schema changes?',
	],
	suggest_video: [
		'When I drag a card to the last column, the board scrolls sideways, the card disappears and the column header flickers.',
		'The logo in the footer is too small, the search icon overlaps the menu, and the tabs are misaligned with the title.',
	],
	sensitive: [
		'Can you forward me the salary bands for the support team?',
		'I have been feeling burned out and my doctor suggested some time off.',
	],
};
