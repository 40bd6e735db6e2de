/** Set by the build: true in development builds (npm run dev), false in store builds. */
declare const __DEV__: boolean;
