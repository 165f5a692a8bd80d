/**
 * Code-host links (issue 20, "Locations"): one pure builder per code host kind, only for repo-relative paths
 * inside the repository and only as https URLs.
 */
import { describe, expect, it } from 'vitest';
import {
  codeFileUrl,
  codeHostKindOfUrl,
  repositoryWebUrl,
  sourceContextOf,
} from '../../src/ci/code-links.js';
import { locateTest, repoRelativePath } from '../../src/model/index.js';

const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';

describe('codeFileUrl', () => {
  it('links a file and line on GitHub, GitLab and Azure Repos', () => {
    expect(
      codeFileUrl(
        { kind: 'github', repositoryUrl: 'https://github.com/o/r', sha: SHA },
        'test/a.spec.js',
        22,
      ),
    ).toBe(`https://github.com/o/r/blob/${SHA}/test/a.spec.js#L22`);
    expect(
      codeFileUrl(
        { kind: 'gitlab', repositoryUrl: 'https://gitlab.com/g/sub/p/', sha: SHA },
        'test/a.spec.js',
        3,
      ),
    ).toBe(`https://gitlab.com/g/sub/p/-/blob/${SHA}/test/a.spec.js#L3`);
    expect(
      codeFileUrl(
        { kind: 'azure-repos', repositoryUrl: 'https://dev.azure.com/org/proj/_git/repo', sha: SHA },
        'test/a.spec.js',
        7,
      ),
    ).toBe(`https://dev.azure.com/org/proj/_git/repo?path=/test/a.spec.js&version=GC${SHA}&line=7`);
    // Without a line: the file.
    expect(codeFileUrl({ kind: 'github', repositoryUrl: 'https://github.com/o/r', sha: SHA }, 'a.js')).toBe(
      `https://github.com/o/r/blob/${SHA}/a.js`,
    );
  });

  it('encodes what a path may hold and refuses what leaves the repository or is not https', () => {
    const github = { kind: 'github' as const, repositoryUrl: 'https://github.com/o/r', sha: SHA };
    expect(codeFileUrl(github, 'tests/we|ird #9 (x).test.ts', 1)).toBe(
      `https://github.com/o/r/blob/${SHA}/tests/we%7Cird%20%239%20%28x%29.test.ts#L1`,
    );
    expect(codeFileUrl(github, '../etc/passwd', 1)).toBeUndefined();
    expect(codeFileUrl(github, '/home/ci/app/a.js', 1)).toBeUndefined();
    expect(codeFileUrl({ ...github, repositoryUrl: 'http://github.com/o/r' }, 'a.js', 1)).toBeUndefined();
    expect(codeFileUrl({ ...github, repositoryUrl: 'javascript:alert(1)' }, 'a.js', 1)).toBeUndefined();
    expect(codeFileUrl({ ...github, sha: 'main/../../x' }, 'a.js', 1)).toBeUndefined();
    expect(codeFileUrl(github, 'a.js', -3)).toBe(`https://github.com/o/r/blob/${SHA}/a.js`);
  });

  it('finds the repository page from a context, and the kind from a URL', () => {
    expect(repositoryWebUrl({ kind: 'github', apiUrl: '', webUrl: 'https://github.com', repo: 'o/r' })).toBe(
      'https://github.com/o/r',
    );
    expect(
      repositoryWebUrl({
        kind: 'azure-repos',
        apiUrl: '',
        webUrl: 'https://dev.azure.com/org/',
        repo: 'proj/repo',
      }),
    ).toBe('https://dev.azure.com/org/proj/_git/repo');
    expect(codeHostKindOfUrl('https://gitlab.example.com/g/p')).toBe('gitlab');
    expect(codeHostKindOfUrl('https://dev.azure.com/org/proj/_git/repo')).toBe('azure-repos');
    expect(codeHostKindOfUrl('https://org.visualstudio.com/proj/_git/repo')).toBe('azure-repos');
    expect(codeHostKindOfUrl('https://github.example.com/o/r')).toBe('github');
  });

  it('gives the view a link only for files inside the repository', () => {
    const source = sourceContextOf('/home/ci/app', {
      kind: 'github',
      repositoryUrl: 'https://github.com/o/r',
      sha: SHA,
    });
    expect(source.fileUrl?.('test/a.js', 2)).toBe(`https://github.com/o/r/blob/${SHA}/test/a.js#L2`);
    expect(sourceContextOf('/x', undefined).fileUrl).toBeUndefined();
  });
});

describe('locations', () => {
  it('strips the checkout root, and keeps paths outside the repository as they are, unlinked', () => {
    expect(repoRelativePath('/home/ci/app/test/a.js', '/home/ci/app')).toBe('test/a.js');
    expect(repoRelativePath('/home/ci/app/test/a.js', '/home/ci/app/')).toBe('test/a.js');
    expect(repoRelativePath('C:\\a\\app\\test\\a.js', 'c:\\a\\app')).toBe('test/a.js');
    expect(repoRelativePath('file:///home/ci/app/t.js', '/home/ci/app')).toBe('t.js');
    expect(repoRelativePath('/elsewhere/a.js', '/home/ci/app')).toBeUndefined();
    expect(repoRelativePath('../a.js', '/home/ci/app')).toBeUndefined();
    expect(repoRelativePath('node_modules/x/a.js', '/r')).toBeUndefined();
    expect(repoRelativePath('node:internal/timers', '/r')).toBeUndefined();
    expect(repoRelativePath('./test/a.js', '/r')).toBe('test/a.js');

    expect(locateTest({ file: '/elsewhere/a.js', line: 3 }, undefined, '/home/ci/app')).toEqual({
      file: '/elsewhere/a.js',
      line: 3,
      inRepo: false,
    });
  });

  it('takes the line from the first frame in the test file, else the result, else the first repo frame', () => {
    const trace = [
      'AssertionError: expected 1 to be 2',
      '    at helper (/home/ci/app/test/support/h.js:4:9)',
      '    at Context.<anonymous> (test/async.spec.js:22:26)',
      '    at process.processImmediate (node:internal/timers:483:21)',
    ].join('\n');
    expect(locateTest({ file: '/home/ci/app/test/async.spec.js', line: 5 }, trace, '/home/ci/app')).toEqual({
      file: 'test/async.spec.js',
      line: 22,
      inRepo: true,
    });
    expect(locateTest({ file: 'test/other.spec.js', line: 5 }, trace, '/home/ci/app')?.line).toBe(5);
    // No file in the result: the first frame inside the repository, dependencies and runtime left out.
    const jest = [
      'Error: boom',
      '    at Object.<anonymous> (/tmp/gen/node_modules/expect/build/index.js:1:1)',
      '    at Object.<anonymous> (/tmp/gen/js/calculator.test.js:5:52)',
    ].join('\n');
    expect(locateTest({}, jest, '/tmp/gen')).toEqual({
      file: 'js/calculator.test.js',
      line: 5,
      inRepo: true,
    });
    // A Java frame names a class file, not a path from the root.
    expect(locateTest({}, '\tat com.acme.CalcTest.adds(CalcTest.java:12)', '/r')).toBeUndefined();
    expect(
      locateTest(
        { file: 'src/test/java/com/acme/CalcTest.java' },
        '\tat com.acme.CalcTest.adds(CalcTest.java:12)',
        '/r',
      ),
    ).toEqual({ file: 'src/test/java/com/acme/CalcTest.java', inRepo: true });
  });
});
