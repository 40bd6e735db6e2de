import { CHAT_KINDS, type ChatKind } from '../core/finding.js';
import { EXAMPLES } from '../shared/example-drafts.js';
import { t } from '../shared/ui/t.js';

/** A row of example drafts per kind; a click puts the draft in the composer. */
export function ExampleChips({ onPick }: { onPick: (text: string, kind: ChatKind) => void }) {
	return (
		<section class="examples" aria-labelledby="examples-heading">
			<h2 id="examples-heading">{t('examplesHeading')}</h2>
			<dl class="example-kinds">
				{CHAT_KINDS.map((kind) => (
					<div key={kind} class="example-kind">
						<dt>{t(`kind_${kind}`)}</dt>
						<dd>
							{EXAMPLES[kind].map((text) => (
								<button
									key={text}
									type="button"
									class="chip"
									title={text}
									data-kind={kind}
									onClick={() => onPick(text, kind)}
								>
									{text}
								</button>
							))}
						</dd>
					</div>
				))}
			</dl>
		</section>
	);
}
