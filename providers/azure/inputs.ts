/**
 * The Tessera task's inputs (task.json), as data. They are the GitHub Action's inputs under Azure's input
 * naming (letters and digits only: `max-shards` is `maxShards`), mapped to the same CLI flags by the same
 * table (providers/github/inputs.ts), so the task, the action and the CLI cannot drift apart.
 */
import type { Env } from '../../src/ci/index.js';
import { ALL_INPUTS, type InputReader } from '../github/inputs.js';
import { azureShard } from './context.js';

/** Inputs only the task has: whether the merged JUnit goes to the Tests tab. */
export const TASK_ONLY_INPUTS = ['publishTestResults'] as const;

/** The task.json name of a CLI-named input: `max-shards` → `maxShards`. */
export function azureInputName(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The action's inputs the task has no use for: `job-id` names a GitHub job (the Azure context has the job's
 * URL from the agent's own variables).
 */
export const ACTION_ONLY_INPUTS: readonly string[] = ['job-id'];

/** Every input task.json must declare, by its Azure name. */
export const TASK_INPUTS: readonly string[] = [
  ...ALL_INPUTS.filter((name) => !ACTION_ONLY_INPUTS.includes(name)).map(azureInputName),
  ...TASK_ONLY_INPUTS,
];

/**
 * Inputs as the agent passes them to a Node task: `INPUT_<NAME>` (upper case, spaces as `_`), trimmed, ''
 * when absent; asked for by their CLI name. Two defaults come from the job itself: `shard` from a
 * `strategy: parallel` job's position (`SYSTEM_JOBPOSITIONINPHASE`/`SYSTEM_TOTALJOBSINPHASE`), and `junit`
 * (for `report`) from `defaultJunit`, so the merged JUnit can go to the Tests tab.
 */
export function agentInputs(env: Env, defaultJunit?: string): InputReader {
  const raw = (name: string): string =>
    (env[`INPUT_${azureInputName(name).replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  return (name) => {
    const value = raw(name);
    if (value !== '') return value;
    if (name === 'shard') {
      const shard = azureShard(env);
      return shard ? `${shard.index}/${shard.total}` : '';
    }
    if (name === 'junit' && defaultJunit !== undefined) return defaultJunit;
    return '';
  };
}
