/**
 * analyzer.js: the coach (the rules and compromise). The build wraps it, unevaluated, into content.js (see
 * analyzer-api.ts); it hands itself over through the isolated world's global when it runs.
 */

import { analyzeDraftResult } from '../../core/chat/analyze-draft.js';
import { ANALYZER_GLOBAL, type AnalyzerApi } from './analyzer-api.js';

const api: AnalyzerApi = { analyzeChatDraft: analyzeDraftResult };
(globalThis as unknown as Record<symbol, unknown>)[ANALYZER_GLOBAL] = api;
