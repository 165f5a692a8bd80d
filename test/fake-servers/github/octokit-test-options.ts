/**
 * REST client options that keep tests fast while every request still goes through Octokit's retry and
 * throttling plugins: waits of 1 ms per second GitHub asks for, and write limiters that do not pace (the
 * plugin's own space writes 1 s apart, and 3 s apart for new comments, in real time).
 */
import Bottleneck from 'bottleneck';
import type { GithubRestOptions } from '../../../providers/github/rest-client.js';

/** Options for a `GithubRestClient` under test; pass `log` and anything else alongside. */
export function fastRestOptions(): Pick<GithubRestOptions, 'retryAfterBaseMs' | 'writeLimiters'> {
  return {
    retryAfterBaseMs: 1,
    writeLimiters: { write: new Bottleneck.Group(), notifications: new Bottleneck.Group() },
  };
}
