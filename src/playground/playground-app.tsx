import { useState } from 'preact/hooks';
import { countWords } from '../core/draft-stats.js';

/** The playground: two chat-style composers where Unhurried's hints appear as on a real chat page. */
export function PlaygroundApp() {
	const [plain, setPlain] = useState('');
	const [rich, setRich] = useState('');
	return (
		<main>
			<h1>Unhurried playground</h1>
			<p class="muted">Write a message as you would in chat. Nothing you type leaves this device.</p>
			<div class="composer">
				<label for="pg-textarea">Plain composer</label>
				<textarea id="pg-textarea" value={plain} onInput={(e) => setPlain(e.currentTarget.value)} />
				<div class="count muted" aria-live="polite" data-testid="textarea-count">
					{countWords(plain)} words
				</div>
			</div>
			<div class="composer">
				<span id="pg-rich-label" class="label">
					<strong>Rich composer</strong>
				</span>
				{/* biome-ignore lint/a11y/useSemanticElements: a rich composer is a contenteditable textbox, as on chat sites */}
				<div
					id="pg-rich"
					role="textbox"
					aria-multiline="true"
					aria-labelledby="pg-rich-label"
					contentEditable
					tabIndex={0}
					onInput={(e) => setRich(e.currentTarget.innerText)}
				/>
				<div class="count muted" aria-live="polite" data-testid="rich-count">
					{countWords(rich)} words
				</div>
			</div>
		</main>
	);
}
