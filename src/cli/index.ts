#!/usr/bin/env node
// The `tessera` executable: everything lives in main.ts so tests can run commands in-process.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
