/** Why Chromium stopped as it started (`what`, when a known line is in its log) and what to do about it. */
export function explainChromiumFailure(
	log: string,
	context: { display?: string; xauthority?: string },
): { what?: string; todo: string };
/** The log's last `count` error lines, without the noise every run prints. */
export function chromiumErrors(log: string, count?: number): string[];
