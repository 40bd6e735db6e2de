/** The card states the axe check draws (card-states.page.tsx) and visits (card-states.e2e.ts), in order. */
export const CARD_STATES = [
	'choices',
	'fillIn',
	'placeholder',
	'outsideHours',
	'remind',
	'pastedLink',
	'menu',
	'toast',
	'paused',
];
