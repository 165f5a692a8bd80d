/**
 * The HTML report's failures, server-rendered so each has an anchor (`#t-<id>`, {@link failureAnchor}) that
 * the PR comment's rows link to: per group, the tests with their location (linked to the code host at the
 * head commit), the shard that ran them (linked to its job's log), the message, and the commands that
 * re-run the group locally. Every text goes through escapeHtml; every link is a checked https URL. Pure.
 */
import { excerpt } from '../escape-markdown.js';
import { location, plural } from '../format.js';
import { safeHttpsUrl } from '../safe-url.js';
import {
  failureAnchor,
  type ReportView,
  type ViewFailure,
  type ViewFailureGroup,
  type ViewShardRef,
} from '../view.js';
import { escapeHtml } from './escape-html.js';

/** Characters of a failure's message shown here; the test table below has it all. */
const MESSAGE_CHARS = 2_000;

/** An `<a>` when `url` is a safe https URL, else the text alone. `text` is plain, escaped here. */
function link(text: string, url: string | undefined, cls = ''): string {
  const safe = safeHttpsUrl(url);
  const klass = cls ? ` class="${cls}"` : '';
  return safe !== undefined
    ? `<a${klass} href="${escapeHtml(safe)}" rel="noreferrer">${escapeHtml(text)}</a>`
    : `<span${klass}>${escapeHtml(text)}</span>`;
}

function shardText(shard: ViewShardRef | undefined): string {
  return shard ? ` · ${link(`shard ${shard.index}/${shard.total}`, shard.url, 'shard')}` : '';
}

function failureItem(failure: ViewFailure, extra = ''): string {
  const where =
    failure.file !== undefined ? link(location(failure.file, failure.line), failure.fileUrl, 'where') : '';
  const message = failure.message ?? failure.trace;
  return [
    `<li class="failure" id="${failureAnchor(failure.id)}">`,
    `<span class="name">${escapeHtml(failure.title)}</span>`,
    `<span class="place">${where}${shardText(failure.shard)}${extra ? ` · ${escapeHtml(extra)}` : ''}</span>`,
    message !== undefined ? `<pre class="message">${escapeHtml(excerpt(message, MESSAGE_CHARS))}</pre>` : '',
    '</li>',
  ].join('');
}

function reproduce(lines: readonly string[] | undefined): string {
  if (!lines || lines.length === 0) return '';
  return `<details class="reproduce"><summary>Reproduce locally (from the repository root)</summary><pre>${escapeHtml(lines.join('\n'))}</pre></details>`;
}

function groupBlock(group: ViewFailureGroup): string {
  return [
    '<div class="group">',
    `<h3>${escapeHtml(`${plural(group.tests.length, 'test')} failed with: ${excerpt(group.signature, 200)}`)} <span class="category">${escapeHtml(group.category)}</span></h3>`,
    reproduce(group.reproduce),
    `<ul>${group.tests.map((t) => failureItem(t)).join('')}</ul>`,
    '</div>',
  ].join('');
}

/** The failures section, or nothing when no test failed. */
export function renderFailures(view: ReportView): string {
  if (view.newFailures.length === 0 && view.stillFailing.length === 0) return '';
  const heading = view.delta ? 'New failures' : 'Failures';
  const still =
    view.stillFailing.length > 0
      ? `<div class="group"><h3>${escapeHtml(`Still failing (${view.stillFailing.length})`)}</h3><ul>${view.stillFailing
          .map((t) => failureItem(t, `failing for ${plural(t.runsInARow, 'run')}`))
          .join('')}</ul></div>`
      : '';
  const groups = view.newFailures.map(groupBlock).join('');
  return `<section class="failures">${groups ? `<h2>${escapeHtml(heading)}</h2>${groups}` : ''}${still}</section>`;
}
