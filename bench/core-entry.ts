// The analyzer as the content script ships it, bundled once for the cold-start measurement.
export { analyzeDraft } from '../src/core/chat/analyze-draft.js';
export { DEFAULT_NORMS } from '../src/core/norms/default-norms.js';
