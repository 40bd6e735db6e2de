/** Each rule file's own examples, read from the files (the shipped bundles leave them out). */
import type { ChatRuleExamples } from '../../src/core/chat/chat-rule.js';
import type { MeetingRuleExamples } from '../../src/core/meeting/meeting-rule.js';

const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.ts$/, '');

const chat = import.meta.glob<ChatRuleExamples>('../../src/core/chat/rules/*.ts', {
	eager: true,
	import: 'examples',
});
const meeting = import.meta.glob<MeetingRuleExamples>('../../src/core/meeting/rules/*.ts', {
	eager: true,
	import: 'examples',
});

function byId<T>(modules: Record<string, T | undefined>, id: string): T {
	const entry = Object.entries(modules).find(([path]) => idOf(path) === id)?.[1];
	if (!entry) throw new Error(`rule ${id} exports no examples`);
	return entry;
}

export const chatExamplesOf = (id: string) => byId(chat, id);
export const meetingExamplesOf = (id: string) => byId(meeting, id);
