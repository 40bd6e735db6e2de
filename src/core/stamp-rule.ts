/**
 * A rule's checks with its id stamped on every finding they propose (chat and meeting rules alike): the id comes
 * from the rule's file name and is never typed in the rule. Apart from finding.ts so the analyzer bundle, which
 * runs the rules, stays without zod.
 */
export function stampedChecks<I, P extends object>(
	id: string,
	check: (input: I) => P[],
	whole?: (input: I) => P | undefined,
): {
	check: (input: I) => (P & { rule: string })[];
	whole?: (input: I) => (P & { rule: string }) | undefined;
} {
	const stamp = (p: P) => ({ ...p, rule: id });
	return {
		check: (input) => check(input).map(stamp),
		...(whole
			? {
					whole: (input: I) => {
						const p = whole(input);
						return p && stamp(p);
					},
				}
			: {}),
	};
}
