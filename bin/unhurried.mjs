#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx unhurried …` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main, processIo } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), processIo);
