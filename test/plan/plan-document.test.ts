import { describe, expect, it } from 'vitest';
import { ParseError, VersionError } from '../../src/model/index.js';
import { buildPlan, parsePlan, PLAN_VERSION, serializePlan } from '../../src/plan/index.js';

const plan = buildPlan({ items: ['a.ts', 'b.ts'], shards: 2 });

describe('plan document', () => {
  it('round-trips through JSON', () => {
    expect(parsePlan(serializePlan(plan), 'plan.json')).toEqual(plan);
  });

  it('refuses a newer version with a VersionError naming the file', () => {
    const newer = serializePlan({ ...plan, version: (PLAN_VERSION + 1) as typeof PLAN_VERSION });
    expect(() => parsePlan(newer, 'out/plan.json')).toThrow(VersionError);
    expect(() => parsePlan(newer, 'out/plan.json')).toThrow('out/plan.json');
  });

  it('names the first bad field of something that is not a plan', () => {
    const broken = JSON.stringify({ ...plan, shards: [{ index: 1, items: 'a.ts', predictedMs: 0 }] });
    expect(() => parsePlan(broken, 'p.json')).toThrow(ParseError);
    expect(() => parsePlan(broken, 'p.json')).toThrow(/shards\.0\.items/);
    expect(() => parsePlan('{', 'p.json')).toThrow(/not JSON/);
  });

  it('accepts fields a newer build of the same version added', () => {
    const extended = JSON.stringify({ ...plan, somethingNew: true });
    expect(parsePlan(extended, 'p.json').total).toBe(2);
  });
});
