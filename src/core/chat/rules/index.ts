/** Every chat rule, in the order findings are reported. */
import type { ChatRule } from '../chat-rule.js';
import { bugWithoutDetails } from './bug-without-details.js';
import { falseUrgency } from './false-urgency.js';
import { sensitive } from './sensitive.js';
import { suggestDoc } from './suggest-doc.js';
import { suggestVideo } from './suggest-video.js';
import { terseRequest } from './terse-request.js';
import { trueUrgency } from './true-urgency.js';
import { unresolvedReference } from './unresolved-reference.js';
import { vagueAsk } from './vague-ask.js';

export const CHAT_RULES: readonly ChatRule[] = [
	trueUrgency,
	falseUrgency,
	vagueAsk,
	unresolvedReference,
	bugWithoutDetails,
	terseRequest,
	sensitive,
	suggestDoc,
	suggestVideo,
];
