/**
 * The one rule for tests that need a system tool (a JDK and Groovy, redis-server, pytest, cmark-gfm, …):
 * on a developer's machine without the tool they are skipped, and the run prints one line per missing tool
 * naming what was skipped and `npm run setup:system`, which installs them all; under CI (`CI` set) or with
 * `TESSERA_REQUIRE_TOOLS=1` a missing tool is a failure, never a skip, so CI cannot pass by running less.
 * The tools are listed once, in scripts/system-tools.json, for this helper and for the setup script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, it } from 'vitest';
import { REPO_ROOT } from './corpus.js';

/** A system tool as scripts/system-tools.json lists it. */
export interface SystemTool {
  readonly id: string;
  /** Every command it must put on PATH. */
  readonly commands: readonly string[];
  /** The Debian packages that `npm run setup:system` installs for it. */
  readonly debian: readonly string[];
  /** What the tests that need it cover. */
  readonly for: string;
}

/** The command that installs every system tool. */
export const SETUP_COMMAND = 'npm run setup:system';

/** The registered tools, by id. */
export const SYSTEM_TOOLS: ReadonlyMap<string, SystemTool> = new Map(
  (
    JSON.parse(readFileSync(join(REPO_ROOT, 'scripts/system-tools.json'), 'utf8')) as {
      tools: SystemTool[];
    }
  ).tools.map((tool) => [tool.id, tool]),
);

/** Whether a missing tool fails the run instead of skipping: under CI, or when asked to. */
export function toolsRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI ?? '';
  return (ci !== '' && ci !== 'false' && ci !== '0') || env.TESSERA_REQUIRE_TOOLS === '1';
}

/** Whether `command` is an existing file in one of PATH's folders. */
export function onPath(command: string, path = process.env.PATH ?? ''): boolean {
  return path.split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
}

/** What to do with tests that need a tool: run them, skip them (with the line to print), or fail. */
export type ToolGate =
  | { readonly kind: 'run' }
  | { readonly kind: 'skip'; readonly line: string }
  | { readonly kind: 'fail'; readonly message: string };

/** The line printed once per missing tool when its tests are skipped. */
export function skipLine(tool: SystemTool): string {
  return (
    `skipped: tests for ${tool.for}: ${tool.id} is not installed (needs ${tool.commands.join(', ')}); ` +
    `install it with \`${SETUP_COMMAND}\``
  );
}

/**
 * Decides for one tool. Pure: the environment and the PATH probe are arguments so the rule itself is tested.
 *
 * @throws Error when `id` is not in scripts/system-tools.json (a typo must not turn into a silent skip)
 */
export function toolGate(
  id: string,
  env: NodeJS.ProcessEnv = process.env,
  present: (command: string) => boolean = (command) => onPath(command, env.PATH),
): ToolGate {
  const tool = SYSTEM_TOOLS.get(id);
  if (!tool) throw new Error(`unknown system tool '${id}': add it to scripts/system-tools.json`);
  const absent = tool.commands.filter((command) => !present(command));
  if (absent.length === 0) return { kind: 'run' };
  if (toolsRequired(env))
    return {
      kind: 'fail',
      message:
        `${tool.id} is required here (CI or TESSERA_REQUIRE_TOOLS=1) but ${absent.join(', ')} ` +
        `${absent.length === 1 ? 'is' : 'are'} not on PATH: run \`${SETUP_COMMAND}\` (tests for ${tool.for})`,
    };
  return { kind: 'skip', line: skipLine(tool) };
}

/**
 * `describe` for tests that need system tools: runs `body` when every tool is present; otherwise skips it
 * (the global setup prints the tool's line) or, when tools are required, replaces it with one failing test
 * per missing tool that says how to install it.
 */
export function describeWithTools(tools: readonly string[], title: string, body: () => void): void {
  const gates = tools.map((id) => toolGate(id));
  const failures = gates.flatMap((gate) => (gate.kind === 'fail' ? [gate.message] : []));
  if (failures.length > 0) {
    describe(title, () => {
      for (const message of failures)
        it('has its system tool', () => {
          throw new Error(message);
        });
    });
  } else if (gates.some((gate) => gate.kind === 'skip')) {
    describe.skip(title, body);
  } else {
    describe(title, body);
  }
}

/** The lines to print for every registered tool that is missing (used by the global setup). */
export function missingToolLines(env: NodeJS.ProcessEnv = process.env): string[] {
  return [...SYSTEM_TOOLS.keys()].flatMap((id) => {
    const gate = toolGate(id, env);
    return gate.kind === 'skip' ? [gate.line] : [];
  });
}
