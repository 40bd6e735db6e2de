/** Cold start in this fresh process: import of one analyzer plus its first analysis. Prints ms as JSON. */
const which = process.argv[2];
const text = 'Hi! Could you look at this ASAP? The export is broken again.';
const t0 = performance.now();
if (which === 'unhurried') {
	const url = process.argv[3];
	const core = await import(url);
	core.analyzeDraft(
		text,
		{
			surface: 'chat',
			channelKind: 'channel',
			recipients: [],
			now: 0,
			disabledRules: [],
			sensitivity: 'balanced',
		},
		core.DEFAULT_NORMS,
	);
} else if (which === 'harper') {
	const { LocalLinter } = await import('harper.js');
	const { binary } = await import('harper.js/binary');
	const linter = new LocalLinter({ binary });
	await linter.lint(text);
} else if (which === 'write-good') {
	const { default: writeGood } = await import('write-good');
	writeGood(text);
}
console.log(JSON.stringify({ which, ms: performance.now() - t0 }));
