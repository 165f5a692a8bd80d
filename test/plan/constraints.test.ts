import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/model/index.js';
import { buildUnits } from '../../src/plan/constraints.js';

const items = ['a.test.ts', 'b.test.ts', 'db/one.test.ts', 'db/two.test.ts', 'setup.test.ts', 'z.test.ts'];

describe('buildUnits', () => {
  it('keeps every item alone without constraints', () => {
    const { units } = buildUnits(items);
    expect(units.map((u) => u.items)).toEqual(items.map((i) => [i]));
  });

  it('puts the matches of a group glob into one unit', () => {
    const { units } = buildUnits(items, { groups: ['db/**'] });
    expect(units.map((u) => u.items)).toContainEqual(['db/one.test.ts', 'db/two.test.ts']);
    expect(units).toHaveLength(items.length - 1);
  });

  it('merges groups that share an item', () => {
    const { units } = buildUnits(items, {
      groups: [
        ['a.test.ts', 'b.test.ts'],
        ['b.test.ts', 'z.test.ts'],
      ],
    });
    expect(units.map((u) => u.items)).toContainEqual(['a.test.ts', 'b.test.ts', 'z.test.ts']);
  });

  it('ties order chains into one unit in topological order, not path order', () => {
    const { units } = buildUnits(items, { order: [['setup.test.ts', 'db/**', 'a.test.ts']] });
    const unit = units.find((u) => u.items.includes('setup.test.ts'));
    expect(unit?.items).toEqual(['setup.test.ts', 'db/one.test.ts', 'db/two.test.ts', 'a.test.ts']);
  });

  it('rejects a cycle with a ConfigError naming it', () => {
    const build = () =>
      buildUnits(items, {
        order: [
          ['a.test.ts', 'b.test.ts'],
          ['b.test.ts', 'a.test.ts'],
        ],
      });
    expect(build).toThrow(ConfigError);
    expect(build).toThrow('order has a cycle: a.test.ts → b.test.ts → a.test.ts');
  });

  it('names a longer cycle through every step', () => {
    const build = () =>
      buildUnits(items, {
        order: [
          ['a.test.ts', 'b.test.ts', 'z.test.ts'],
          ['z.test.ts', 'a.test.ts'],
        ],
      });
    expect(build).toThrow('a.test.ts → b.test.ts → z.test.ts → a.test.ts');
  });

  it('warns about a constraint that matches nothing', () => {
    const { warnings } = buildUnits(items, {
      groups: ['nothing/**'],
      order: [['a.test.ts', 'gone.test.ts']],
    });
    expect(warnings).toEqual([
      'group ["nothing/**"] matches no item',
      'order step "gone.test.ts" matches no item',
    ]);
  });
});
