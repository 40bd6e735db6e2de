/**
 * The scorers' tables as the training data gives them: what `npm run train` writes and what the
 * reproducibility test compares with the checked-in files.
 */
import { fitChat } from '../core/chat/chat-training.js';
import type { Fit } from '../core/learn/fit-scorer.js';
import { fitMeetings } from '../core/meeting/meeting-training.js';
import { REAL_CORPORA } from './real-corpora.js';
import { chatExamples, meetingExamples, readRealCorpora, readTrainingData } from './training-data.js';

export interface TrainedTable {
	name: 'chat' | 'meeting';
	/** The checked-in file, relative to the repository. */
	file: string;
	/** Its exact contents. */
	json: string;
	fit: Fit<string>;
	summary: string;
}

export const CHAT_MODEL_FILE = 'src/core/chat/chat-model.json';
export const MEETING_MODEL_FILE = 'src/core/meeting/meeting-model.json';

export async function trainTables(): Promise<TrainedTable[]> {
	const data = await readTrainingData();
	const real = await readRealCorpora(REAL_CORPORA);
	const chat = chatExamples(data, real);
	const meetings = meetingExamples(data, real);
	const chatFit = fitChat(chat);
	const meetingFit = fitMeetings(meetings);
	const json = (fit: Fit<string>) => `${JSON.stringify(fit.table)}\n`;
	return [
		{
			name: 'chat',
			file: CHAT_MODEL_FILE,
			json: json(chatFit),
			fit: chatFit,
			summary: `${chat.length} chat examples (${data.chat.length} written, ${chat.length - data.chat.length} real)`,
		},
		{
			name: 'meeting',
			file: MEETING_MODEL_FILE,
			json: json(meetingFit),
			fit: meetingFit,
			summary: `${meetings.length} meeting examples (${data.meetings.length} written, ${meetings.length - data.meetings.length} real)`,
		},
	];
}
