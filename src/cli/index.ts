#!/usr/bin/env node
// The `tessera` executable: everything lives in main.ts so tests can run commands in-process.
import { exitQuietlyOnBrokenPipe } from './broken-pipe.js';
import { main } from './main.js';

exitQuietlyOnBrokenPipe(process.stdout);
exitQuietlyOnBrokenPipe(process.stderr);
process.exitCode = await main(process.argv.slice(2));
