/** The built-in doc thresholds, zod-free so the analyzer can compare a team's own with them. */
export const DEFAULT_THRESHOLDS = { docWords: 150, docQuestions: 3, docOptions: 3 } as const;
