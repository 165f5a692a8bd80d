// TEST-ONLY preload for the action's subprocess in the fault tests (NODE_OPTIONS=--import <this file>).
//
// `@actions/artifact` waits 3–13 s between Twirp retries and 5 s between blob download retries, and Octokit's
// retry and throttling plugins wait 1, 4, 9 … s or `Retry-After` seconds, all with the global `setTimeout`
// and no option to shorten them from outside the process. This does in the subprocess what
// test/fake-servers/github/runner-env.ts `compressBackoff` does in-process: delays from 1 s to 20 s become
// 1 ms (shorter timers and the longer stall time-outs are untouched, so no time-out fires early). Every
// shortened delay is written, as JSON, to the file named by E2E_BACKOFF_LOG when the process exits, so a
// test can assert that the client really backed off, and for how long it was asked to.
//
// It removes itself from NODE_OPTIONS at once, so the test commands `tessera run` starts keep real timers.
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';

const original = globalThis.setTimeout;
const delays = [];

function shortened(handler, ms, ...args) {
  if (typeof ms === 'number' && ms >= 1000 && ms <= 20_000) {
    delays.push(ms);
    return original(handler, 1, ...args);
  }
  return original(handler, ms, ...args);
}
// `util.promisify(setTimeout)` must keep working (it uses this property); those waits are not shortened.
shortened[promisify.custom] = original[promisify.custom];
globalThis.setTimeout = shortened;

const logFile = process.env.E2E_BACKOFF_LOG;
if (logFile) process.on('exit', () => writeFileSync(logFile, JSON.stringify(delays)));

const options = (process.env.NODE_OPTIONS ?? '').replace(/--import[= ]\S*fast-backoff\.mjs/, '').trim();
if (options === '') delete process.env.NODE_OPTIONS;
else process.env.NODE_OPTIONS = options;
