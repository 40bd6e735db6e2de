/** The card's foot: dismiss, more ways to quiet a hint (its phrase, a snooze), turning the rule off, the shortcut. */
import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import { t } from '../../shared/ui/t.js';

/** The keyboard shortcut that opens the card (manifest `commands`). */
export const SHORTCUT = 'Alt+Shift+U';

export interface CardFootProps {
	/** The flagged words, for "don't flag … again" (absent for a whole-message hint). */
	phrase?: string | undefined;
	onDismiss(): void;
	onDisableRule(): void;
	onQuiet?(): void;
	onSnooze?(span: 'hour' | 'today'): void;
}

export function CardFoot(props: CardFootProps): JSX.Element {
	const [open, setOpen] = useState(false);
	const menuId = useId();
	const more = props.onSnooze || (props.phrase && props.onQuiet);
	return (
		<>
			{open && more && (
				<fieldset class="menu" id={menuId} aria-label={t('cardMoreLabel')}>
					{props.phrase && props.onQuiet && (
						<button type="button" class="link" onClick={props.onQuiet}>
							{t('cardQuiet', props.phrase)}
						</button>
					)}
					{props.onSnooze && (
						<>
							<button type="button" class="link" onClick={() => props.onSnooze?.('hour')}>
								{t('cardSnoozeHour')}
							</button>
							<button type="button" class="link" onClick={() => props.onSnooze?.('today')}>
								{t('cardSnoozeToday')}
							</button>
						</>
					)}
				</fieldset>
			)}
			<div class="foot">
				<button type="button" class="link" onClick={props.onDismiss}>
					{t('cardDismiss')}
				</button>
				{more && (
					<button
						type="button"
						class="link"
						aria-expanded={open}
						aria-controls={open ? menuId : undefined}
						onClick={() => setOpen(!open)}
					>
						{t('cardMore')}
					</button>
				)}
				<button type="button" class="link" onClick={props.onDisableRule}>
					{t('cardDisable')}
				</button>
				<kbd class="keys" title={t('cardShortcut', SHORTCUT)}>
					{SHORTCUT}
				</kbd>
			</div>
		</>
	);
}
