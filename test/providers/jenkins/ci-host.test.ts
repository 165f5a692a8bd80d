/**
 * The Jenkins CI host: the CiHost contract (summary, outputs, annotations, masking, artifacts, histories),
 * and what is particular to Jenkins: outputs as one file each (read by the pipeline with readFile), the
 * Warnings NG report, and the warning for a PR on a code host Tessera cannot post to.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJenkinsCiHost } from '../../../providers/jenkins/ci-host.js';
import { ciHostContract } from '../../contract/ci-host.contract.js';

const BUILD = { JENKINS_URL: 'http://127.0.0.1:9/', BUILD_ID: '3', BUILD_NUMBER: '3', JOB_NAME: 'shop/main' };

async function jenkinsHost(env: Record<string, string> = BUILD) {
  const cwd = await mkdtemp(join(tmpdir(), 'tessera-jenkins-'));
  let log = '';
  const host = await createJenkinsCiHost(env, { cwd, write: (text) => (log += text) });
  return { cwd, host, readLog: () => log };
}

const OUTPUTS = ['shards', 'matrix'];

ciHostContract('Jenkins provider', async () => {
  const { cwd, host, readLog } = await jenkinsHost();
  return {
    host,
    readSummary: () => readFile(join(cwd, '.tessera', 'summary.md'), 'utf8').catch(() => ''),
    readOutputs: async () =>
      Object.fromEntries(
        await Promise.all(
          OUTPUTS.map(async (name) => [
            name,
            await readFile(join(cwd, '.tessera', 'outputs', name), 'utf8').catch(() => undefined),
          ]),
        ),
      ) as Record<string, string>,
    readLog,
  };
});

describe('Jenkins CI host', () => {
  it('writes each output to its own file, so a pipeline reads it with readFile alone', async () => {
    const { cwd, host } = await jenkinsHost();
    await host.setOutput('tests', '117');
    expect(await readFile(join(cwd, '.tessera/outputs/tests'), 'utf8')).toBe('117');
  });

  it('writes the annotations as a Warnings NG report for recordIssues, and as log lines', async () => {
    const { cwd, host, readLog } = await jenkinsHost({ ...BUILD, TESSERA_TOKEN: 'ghp_maskedInTheReport01' });
    await host.annotate([
      {
        level: 'error',
        message: 'expected 90, got 0 (ghp_maskedInTheReport01)',
        title: 'applies the discount',
        file: 'test/pricing.test.mjs',
        line: 9,
      },
      { level: 'warning', message: 'Flaky: failed 1 of 2 attempts', file: 'test/debounce.test.mjs' },
      { level: 'notice', message: 'no file: left out of the report' },
    ]);
    const report = JSON.parse(await readFile(join(cwd, '.tessera/warnings-ng.json'), 'utf8')) as {
      _class: string;
      issues: Record<string, unknown>[];
      size: number;
    };
    expect(report._class).toBe('io.jenkins.plugins.analysis.core.restapi.ReportApi');
    expect(report.size).toBe(2);
    expect(report.issues[0]).toEqual({
      fileName: 'test/pricing.test.mjs',
      lineStart: 9,
      severity: 'ERROR',
      message: 'applies the discount: expected 90, got 0 (***)',
      category: 'Tests',
      type: 'failed test',
    });
    expect(report.issues[1]).toMatchObject({
      fileName: 'test/debounce.test.mjs',
      severity: 'WARNING_NORMAL',
    });
    expect(readLog()).toContain(
      'error: test/pricing.test.mjs:9: applies the discount: expected 90, got 0 (***)',
    );
  });

  it('masks the credentials in the summary file it leaves for archiveArtifacts', async () => {
    const { cwd, host } = await jenkinsHost({ ...BUILD, TESSERA_JENKINS_TOKEN: 'jenkins-api-token-0123' });
    await host.summary.append('a test printed jenkins-api-token-0123 in its failure\n');
    expect(await readFile(join(cwd, '.tessera/summary.md'), 'utf8')).toBe(
      'a test printed *** in its failure\n',
    );
  });

  it('warns once that a Bitbucket pull request gets no comment', async () => {
    const { host, readLog } = await jenkinsHost({
      ...BUILD,
      CHANGE_ID: '3',
      CHANGE_TARGET: 'main',
      CHANGE_URL: 'https://bitbucket.org/acme/shop/pull-requests/3',
    });
    expect(host.context().pr?.number).toBe(3);
    expect(host.context().codeHost).toBeUndefined();
    expect(readLog().match(/warning: no PR comment on #3: the pull request is on Bitbucket/g)).toHaveLength(
      1,
    );
  });
});
