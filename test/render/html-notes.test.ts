/** The HTML report's notes on the shard matrix: a missing shard warns, a shard empty by plan is only said. */
import { describe, expect, it } from 'vitest';
import { renderNotes } from '../../src/render/html/summary.js';
import { makeView } from './view-fixtures.js';

describe('the HTML notes on shards', () => {
  it('say which shards had nothing to run by plan, apart from the missing ones', () => {
    const base = makeView({ passed: 3, shards: 4 });
    if (!base.shards) throw new Error('the fixture has no shards');
    const html = renderNotes({ ...base, shards: { ...base.shards, missing: [2], emptyByPlan: [3, 4] } });
    expect(html).toContain(
      '<p class="note">Shards 3, 4 had nothing to run by plan: not missing, no job needed.</p>',
    );
    expect(html).toContain('Missing shards: 2.');
    expect(renderNotes(base)).not.toContain('nothing to run by plan');
  });
});
