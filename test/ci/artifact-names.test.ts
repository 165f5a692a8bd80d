import { describe, expect, it } from 'vitest';
import {
  chooseShardArtifacts,
  isValidArtifactName,
  parseShardArtifactName,
  reportArtifactName,
  shardArtifactName,
  type ArtifactEntry,
} from '../../src/ci/index.js';

describe('artifact names', () => {
  it('names shard artifacts as the bundle folders, with the attempt from the second on', () => {
    expect(shardArtifactName({ index: 2, total: 4 })).toBe('tessera-shard-2-of-4');
    expect(shardArtifactName({ index: 2, total: 4 }, 1)).toBe('tessera-shard-2-of-4');
    expect(shardArtifactName({ index: 2, total: 4 }, 3)).toBe('tessera-shard-2-of-4-attempt-3');
  });

  it('names the HTML report per attempt, so a re-run does not collide with the first', () => {
    expect(reportArtifactName(1)).toBe('tessera-report');
    expect(reportArtifactName(2)).toBe('tessera-report-attempt-2');
    expect(isValidArtifactName(reportArtifactName(12))).toBe(true);
  });

  it('parses its own names and nothing else', () => {
    expect(parseShardArtifactName('tessera-shard-2-of-4-attempt-3')).toEqual({
      shard: { index: 2, total: 4 },
      attempt: 3,
    });
    expect(parseShardArtifactName('tessera-shard-1-of-1')).toEqual({
      shard: { index: 1, total: 1 },
      attempt: 1,
    });
    for (const other of [
      'tessera-plan',
      'tessera-shard-5-of-4',
      'tessera-shard-0-of-4',
      'x-tessera-shard-1-of-2',
      'tessera-shard-1-of-2-attempt-0',
    ])
      expect(parseShardArtifactName(other), other).toBeUndefined();
  });

  it('accepts only names every CI accepts', () => {
    expect(isValidArtifactName('tessera-shard-1-of-2')).toBe(true);
    for (const bad of ['a/b', 'a\\b', 'a:b', 'a b', '..', 'a..b', '-lead', '', 'x'.repeat(201), 'a"b', 'a*b'])
      expect(isValidArtifactName(bad), bad).toBe(false);
  });
});

describe('chooseShardArtifacts', () => {
  const entry = (name: string, id: number, at = 0): ArtifactEntry => ({
    name,
    id: String(id),
    createdAt: new Date(at),
  });

  it('keeps the latest attempt of each shard, in shard order, and ignores other artifacts', () => {
    const chosen = chooseShardArtifacts([
      entry('tessera-shard-2-of-3-attempt-2', 5),
      entry('tessera-plan', 1),
      entry('tessera-shard-2-of-3', 3),
      entry('tessera-shard-1-of-3', 2),
      entry('tessera-shard-3-of-3', 4),
      entry('tessera-shard-2-of-3-attempt-3', 6),
    ]);
    expect(chosen.map((c) => [c.entry.name, c.attempt, c.superseded.map((s) => s.name)])).toEqual([
      ['tessera-shard-1-of-3', 1, []],
      ['tessera-shard-2-of-3-attempt-3', 3, ['tessera-shard-2-of-3-attempt-2', 'tessera-shard-2-of-3']],
      ['tessera-shard-3-of-3', 1, []],
    ]);
  });

  it('between two copies of one name, takes the newest, then the highest id', () => {
    expect(
      chooseShardArtifacts([entry('tessera-shard-1-of-1', 9, 100), entry('tessera-shard-1-of-1', 3, 200)])[0]
        ?.entry.id,
    ).toBe('3');
    expect(
      chooseShardArtifacts([entry('tessera-shard-1-of-1', 3, 100), entry('tessera-shard-1-of-1', 9, 100)])[0]
        ?.entry.id,
    ).toBe('9');
  });

  it('keeps shards of different matrix sizes apart', () => {
    const chosen = chooseShardArtifacts([entry('tessera-shard-1-of-2', 1), entry('tessera-shard-1-of-3', 2)]);
    expect(chosen.map((c) => c.entry.name)).toEqual(['tessera-shard-1-of-2', 'tessera-shard-1-of-3']);
  });
});
