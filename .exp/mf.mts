import { readMeeting } from '../src/core/meeting-facts.js';
import { Meeting } from '../src/core/meeting.js';
const m = Meeting.parse({ title: 'Schema migration', description: 'Agenda:\n- Status of the backfill [5 min]\n- Decide: cut over this week or next [25 min]' });
const f = readMeeting(m, { now: 0 });
console.log(JSON.stringify({ topics: f.topics, asyncShare: f.asyncShare, asyncTitle: f.asyncTitle, roundRobin: f.roundRobin, hasGoal: f.hasGoal }, null, 1));
