declare module 'write-good' {
	/** write-good 1.x: suggestions with a reason and the UTF-16 index/offset of the flagged text. */
	export default function writeGood(
		text: string,
		options?: Record<string, boolean>,
	): { reason: string; index: number; offset: number }[];
}
