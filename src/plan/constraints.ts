/**
 * Placement constraints: `groups` (items that stay on one shard) and `order` (items that must run before
 * others on the same shard). Both turn related items into one indivisible unit the planner places whole.
 * Pure.
 */
import picomatch from 'picomatch';
import { ConfigError } from '../model/index.js';

/** A group: one glob or several; every item any of them matches stays on one shard. */
export type GroupSpec = string | readonly string[];

/**
 * An order chain: `[a, b, c]` means items matching `a` run before items matching `b`, which run before
 * items matching `c`, all on one shard. Each element is a path or a glob.
 */
export type OrderChain = readonly string[];

/** Constraints on where and in which order items run. */
export interface Constraints {
  readonly groups?: readonly GroupSpec[];
  readonly order?: readonly OrderChain[];
}

/** An indivisible piece of work: one item, or items tied together by groups and order. */
export interface Unit {
  /** In run order: topological for order edges, by path otherwise. Never empty. */
  readonly items: readonly string[];
}

/** Units, plus anything the user should hear about (a constraint that matched nothing). */
export interface UnitsResult {
  readonly units: readonly Unit[];
  readonly warnings: readonly string[];
}

function matcher(globs: readonly string[]): (path: string) => boolean {
  const isMatch = picomatch(globs as string[], { dot: true });
  const exact = new Set(globs);
  return (path) => exact.has(path) || isMatch(path);
}

/** Disjoint sets over item indices. */
class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    while (this.parent[i] !== root) {
      const next = this.parent[i] as number;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index becomes the root, so the result does not depend on the order of unions.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Finds a cycle in a directed graph over sorted item indices, as the list of nodes along it (first node
 * repeated at the end), or undefined. Iterative DFS, so deep chains cannot overflow the stack.
 */
function findCycle(size: number, edges: ReadonlyMap<number, readonly number[]>): number[] | undefined {
  const state = new Uint8Array(size); // 0 new, 1 on the current path, 2 done
  for (let start = 0; start < size; start++) {
    if (state[start] !== 0 || !edges.has(start)) continue;
    const path: number[] = [start];
    const next: number[] = [0];
    state[start] = 1;
    while (path.length > 0) {
      const node = path[path.length - 1] as number;
      const targets = edges.get(node) ?? [];
      const i = next[next.length - 1] as number;
      if (i >= targets.length) {
        state[node] = 2;
        path.pop();
        next.pop();
        continue;
      }
      next[next.length - 1] = i + 1;
      const target = targets[i] as number;
      if (state[target] === 1) return [...path.slice(path.indexOf(target)), target];
      if (state[target] === 0) {
        state[target] = 1;
        path.push(target);
        next.push(0);
      }
    }
  }
  return undefined;
}

/**
 * Groups `items` (sorted, unique) into units under the constraints. Throws a ConfigError naming the cycle
 * (`a → b → a`) when `order` has one.
 */
export function buildUnits(items: readonly string[], constraints: Constraints = {}): UnitsResult {
  const warnings: string[] = [];
  const uf = new UnionFind(items.length);
  const indicesOf = (globs: readonly string[]): number[] => {
    const isMatch = matcher(globs);
    const found: number[] = [];
    items.forEach((item, i) => {
      if (isMatch(item)) found.push(i);
    });
    return found;
  };

  for (const group of constraints.groups ?? []) {
    const globs = typeof group === 'string' ? [group] : group;
    const members = indicesOf(globs);
    if (members.length === 0) warnings.push(`group ${JSON.stringify(globs)} matches no item`);
    for (const m of members.slice(1)) uf.union(members[0] as number, m);
  }

  const edges = new Map<number, number[]>();
  for (const chain of constraints.order ?? []) {
    const steps = chain.map((element) => indicesOf([element]));
    steps.forEach((members, i) => {
      if (members.length === 0) warnings.push(`order step ${JSON.stringify(chain[i])} matches no item`);
    });
    for (let i = 0; i + 1 < steps.length; i++) {
      for (const from of steps[i] as number[]) {
        for (const to of steps[i + 1] as number[]) {
          const targets = edges.get(from);
          if (targets) targets.push(to);
          else edges.set(from, [to]);
          uf.union(from, to);
        }
      }
    }
  }
  for (const targets of edges.values()) targets.sort((a, b) => a - b);

  const cycle = findCycle(items.length, edges);
  if (cycle) {
    throw new ConfigError(
      `order has a cycle: ${cycle.map((i) => items[i]).join(' → ')}`,
      'Each `order` chain lists items that run before the next ones; remove one of these steps so no item has to run before itself.',
    );
  }

  const members = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = uf.find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  const units = [...members.values()].map((indices) => ({
    items: topologicalOrder(indices, edges).map((i) => items[i] as string),
  }));
  return { units, warnings };
}

/**
 * Kahn's algorithm over one unit's indices, always taking the smallest ready index (= path order, since
 * items are sorted): deterministic, and plain path order when there are no edges.
 */
function topologicalOrder(
  indices: readonly number[],
  edges: ReadonlyMap<number, readonly number[]>,
): number[] {
  if (indices.every((i) => !edges.has(i))) return [...indices];
  const inDegree = new Map<number, number>(indices.map((i) => [i, 0]));
  for (const i of indices) for (const t of edges.get(i) ?? []) inDegree.set(t, (inDegree.get(t) ?? 0) + 1);
  const ready = indices.filter((i) => inDegree.get(i) === 0);
  const order: number[] = [];
  while (ready.length > 0) {
    const node = ready.shift() as number;
    order.push(node);
    for (const t of edges.get(node) ?? []) {
      const d = (inDegree.get(t) as number) - 1;
      inDegree.set(t, d);
      if (d === 0) {
        // Insert in sorted position; units are small, so a linear insert is fine.
        const at = ready.findIndex((r) => r > t);
        ready.splice(at === -1 ? ready.length : at, 0, t);
      }
    }
  }
  return order;
}
