/**
 * The dynamic child pipeline of the component's `target` mode. GitLab fixes `parallel:` when a pipeline is
 * created, so a shard count chosen at run time needs a pipeline created later: the plan job writes this
 * file, and the component's trigger job runs it (`trigger: include: - artifact: …, job: tessera-plan`,
 * https://docs.gitlab.com/ci/pipelines/downstream_pipelines/#dynamic-child-pipelines).
 *
 * Its two jobs are the component's `tessera-test` and `tessera-report` (templates/tessera.yml), with the
 * planned `parallel:` and the plan taken from the parent pipeline's plan job (`needs: pipeline:`). Their
 * settings come from the plan job's `TESSERA_INPUT_*` variables, which the component sets from its inputs;
 * a test compares the two files' jobs, so they cannot drift apart.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import type { Env } from '../../src/ci/index.js';
import { UsageError } from '../../src/model/index.js';

/** The variable the component's plan job sets, in `target` mode, to where the child pipeline goes. */
export const CHILD_PIPELINE_VARIABLE = 'TESSERA_CHILD_PIPELINE';

const input = (env: Env, name: string, fallback: string): string => {
  const value = env[`TESSERA_INPUT_${name}`];
  return value === undefined || value === '' ? fallback : value;
};

/** The stages a child pipeline must declare: those it uses, except GitLab's built-in `.pre`/`.post`. */
function stagesOf(...stages: string[]): string[] {
  return [...new Set(stages)].filter((s) => s !== '.pre' && s !== '.post');
}

/**
 * A shard job's first command, as in templates/tessera.yml: a shard in `TESSERA_EMPTY_SHARDS` (the plan job's
 * `empty-shards` output) stops before the install, since the report accounts for it from the plan; with the
 * queue every job runs. Where the variable does not reach a job, the job runs and keeps an empty bundle.
 */
const STOP_IF_EMPTY_BY_PLAN = [
  'case ",$TESSERA_EMPTY_SHARDS," in',
  '  *",$CI_NODE_INDEX,"*)',
  '    if [ "$TESSERA_INPUT_QUEUE" != "true" ]; then',
  '      echo "tessera: shard $CI_NODE_INDEX/$CI_NODE_TOTAL has nothing to run by plan; no install, no run"',
  '      exit 0',
  '    fi ;;',
  'esac',
  '',
].join('\n');

/** The child pipeline for `shards` shard jobs, as YAML. */
export function renderChildPipeline(shards: number, env: Env): string {
  if (!Number.isInteger(shards) || shards < 1 || shards > 200)
    throw new UsageError(
      `the plan has ${shards} shards; GitLab's parallel: takes 1 to 200`,
      'Lower --max-shards, or raise --target.',
    );
  const cli = input(env, 'CLI', 'npx --yes tessera-ci@1');
  const image = input(env, 'IMAGE', '');
  const testStage = input(env, 'TEST_STAGE', 'test');
  const reportStage = input(env, 'REPORT_STAGE', '.post');
  const fromPlanJob = { pipeline: '$PARENT_PIPELINE_ID', job: 'tessera-plan' };
  const stages = stagesOf(testStage, reportStage);
  // The queue's settings; its URL is the masked variable TESSERA_QUEUE_URL, which child jobs get as well.
  const queueInputs = {
    TESSERA_INPUT_QUEUE: input(env, 'QUEUE', 'false'),
    TESSERA_INPUT_QUEUE_LEASE: input(env, 'QUEUE_LEASE', '60s'),
    TESSERA_INPUT_QUEUE_FALLBACK: input(env, 'QUEUE_FALLBACK', 'static'),
    TESSERA_INPUT_REQUEUE: input(env, 'REQUEUE', '0'),
  };
  const pipeline = {
    ...(stages.length > 0 ? { stages } : {}),
    'tessera-test': {
      stage: testStage,
      ...(image ? { image } : {}),
      parallel: shards,
      needs: [fromPlanJob],
      variables: {
        TESSERA_INPUT_TEST_COMMAND: input(env, 'TEST_COMMAND', ''),
        TESSERA_INPUT_RETRIES: input(env, 'RETRIES', '0'),
        TESSERA_INPUT_BAIL: input(env, 'BAIL', '0'),
        ...queueInputs,
      },
      before_script: [STOP_IF_EMPTY_BY_PLAN, input(env, 'INSTALL', 'true')],
      script: [
        [
          'set -- --retries "$TESSERA_INPUT_RETRIES"',
          'if [ "$TESSERA_INPUT_BAIL" != "0" ]; then set -- "$@" --bail "$TESSERA_INPUT_BAIL"; fi',
          'if [ "$TESSERA_INPUT_QUEUE" = "true" ]; then',
          '  set -- "$@" --queue --lease "$TESSERA_INPUT_QUEUE_LEASE"',
          '  if [ "$TESSERA_INPUT_QUEUE_FALLBACK" = "static" ]; then set -- "$@" --queue-fallback static; fi',
          '  if [ "$TESSERA_INPUT_REQUEUE" != "0" ]; then set -- "$@" --requeue "$TESSERA_INPUT_REQUEUE"; fi',
          'fi',
          `${cli} run --provider gitlab --shard "$CI_NODE_INDEX/$CI_NODE_TOTAL" "$@" -- "$TESSERA_INPUT_TEST_COMMAND"`,
          '',
        ].join('\n'),
      ],
      artifacts: { when: 'always', expire_in: '1 day', paths: ['.tessera/artifacts/tessera-shard-*/'] },
    },
    'tessera-report': {
      stage: reportStage,
      ...(image ? { image } : {}),
      needs: [fromPlanJob, { job: 'tessera-test' }],
      when: 'always',
      variables: {
        TESSERA_REPORT_JOB: 'tessera-report',
        TESSERA_INPUT_FAIL_ON: input(env, 'FAIL_ON', 'failures'),
        TESSERA_INPUT_QUEUE: queueInputs.TESSERA_INPUT_QUEUE,
      },
      script: [
        [
          'set --',
          'if [ "$TESSERA_INPUT_QUEUE" = "true" ]; then set -- --queue; fi',
          `${cli} report --provider gitlab --fail-on "$TESSERA_INPUT_FAIL_ON" --junit .tessera/gitlab/junit.xml --html .tessera/report/report.html "$@"`,
          '',
        ].join('\n'),
      ],
      artifacts: {
        when: 'always',
        expire_in: input(env, 'HISTORY_EXPIRE_IN', '30 days'),
        expose_as: 'Tessera report',
        paths: ['.tessera/artifacts/tessera-report/', '.tessera/history/', '.tessera/report/'],
        reports: {
          junit: '.tessera/gitlab/junit.xml',
          codequality: '.tessera/gitlab/codequality.json',
          dotenv: '.tessera/gitlab/tessera.env',
        },
      },
    },
  };
  const header = `# Written by \`tessera plan\` in pipeline ${env.CI_PIPELINE_ID ?? '(unknown)'}: ${shards} shard job${shards === 1 ? '' : 's'}.\n`;
  return header + stringify(pipeline, { lineWidth: 0 });
}

/** Writes the child pipeline to `path` (the plan job's artifact). */
export async function writeChildPipeline(path: string, shards: number, env: Env): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, renderChildPipeline(shards, env));
}
