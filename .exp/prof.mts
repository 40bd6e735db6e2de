import { draftFacts } from '../src/core/draft-facts.js';
import { proposeChat, analyzeDraft } from '../src/core/analyze-draft.js';
import { chatFeatures } from '../src/core/chat/chat-features.js';
import { chatScores } from '../src/core/chat/chat-scorer.js';
import { bucketsOf } from '../src/core/learn/feature-hash.js';
import { AnalysisContext } from '../src/core/context.js';
import { DEFAULT_NORMS } from '../src/core/norms/default-norms.js';
import { draftOfWords } from '../bench/texts.js';
const ctx = AnalysisContext.parse({ surface: 'chat', now: 0 });
for (const n of [20, 2000]) {
  const base = draftOfWords(n, 4242);
  analyzeDraft(base, ctx, DEFAULT_NORMS);
  const t: Record<string, number> = { facts: 0, propose: 0, features: 0, buckets: 0, score: 0, total: 0 };
  const N = n === 20 ? 2000 : 100;
  let text = base;
  for (let i = 0; i < N; i++) {
    text = n === 20 ? draftOfWords(n, i + 10) : text + 'x';
    let a = performance.now();
    const d = draftFacts(text); let b = performance.now(); t.facts += b - a; a = b;
    const p = proposeChat(d, ctx, DEFAULT_NORMS); b = performance.now(); t.propose += b - a; a = b;
    const c = p.flatMap((x) => x.candidates);
    const f = chatFeatures(d, c); b = performance.now(); t.features += b - a; a = b;
    bucketsOf(f, 16); b = performance.now(); t.buckets += b - a; a = b;
    chatScores(d, c); b = performance.now(); t.score += b - a; a = b;
    analyzeDraft(text, ctx, DEFAULT_NORMS); b = performance.now(); t.total += b - a;
  }
  console.log(n, Object.entries(t).map(([k, v]) => `${k} ${(v / N).toFixed(3)}`).join('  '));
}
