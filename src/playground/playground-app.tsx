import { useRef, useState } from 'preact/hooks';
import { countWords } from '../core/text/draft-stats.js';
import { t } from '../shared/ui/t.js';
import { ExampleChips } from './example-chips.js';
import { WelcomeSteps } from './welcome-steps.js';

/** Puts text in a field the way typing would end up: the value, then an input event (our content script listens to it). */
function fill(element: HTMLTextAreaElement | HTMLElement, text: string): void {
	element.focus();
	if (element instanceof HTMLTextAreaElement) {
		element.value = text;
		element.setSelectionRange(text.length, text.length);
	} else element.textContent = text;
	element.dispatchEvent(
		new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }),
	);
}

/** The playground: two chat-style composers where Unhurried's real hints appear, and examples to try. */
export function PlaygroundApp() {
	const [plain, setPlain] = useState('');
	const [rich, setRich] = useState('');
	const [target, setTarget] = useState<'plain' | 'rich'>('plain');
	const textarea = useRef<HTMLTextAreaElement>(null);
	const richBox = useRef<HTMLDivElement>(null);
	const pick = (text: string) => {
		const element = target === 'plain' ? textarea.current : richBox.current;
		if (element) fill(element, text);
	};
	return (
		<main class="playground">
			<h1>{t('playgroundTitle')}</h1>
			<p class="muted">{t('playgroundIntro')}</p>
			<WelcomeSteps />
			<div class="composer">
				<label for="pg-textarea">{t('plainComposer')}</label>
				<textarea
					id="pg-textarea"
					ref={textarea}
					value={plain}
					onFocus={() => setTarget('plain')}
					onInput={(e) => setPlain(e.currentTarget.value)}
				/>
				<div class="count muted" aria-live="polite" data-testid="textarea-count">
					{t('wordCount', countWords(plain))}
				</div>
			</div>
			<div class="composer">
				<span id="pg-rich-label" class="label">
					{t('richComposer')}
				</span>
				{/* biome-ignore lint/a11y/useSemanticElements: a rich composer is a contenteditable textbox, as on chat sites */}
				<div
					id="pg-rich"
					ref={richBox}
					role="textbox"
					aria-multiline="true"
					aria-labelledby="pg-rich-label"
					contentEditable
					tabIndex={0}
					onFocus={() => setTarget('rich')}
					onInput={(e) => setRich(e.currentTarget.innerText)}
				/>
				<div class="count muted" aria-live="polite" data-testid="rich-count">
					{t('wordCount', countWords(rich))}
				</div>
			</div>
			<p class="small muted">{t(target === 'plain' ? 'examplesTargetPlain' : 'examplesTargetRich')}</p>
			<ExampleChips onPick={pick} />
		</main>
	);
}
