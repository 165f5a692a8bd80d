/** Azure logging commands: escaping per the agent's rules, and the filter that lets only ours through. */
import { describe, expect, it } from 'vitest';
import {
  AZURE_DIALECT,
  commandFilter,
  escapeProperty,
  logIssueCommand,
  parseVsoCommand,
  setVariableCommand,
} from '../../../providers/azure/logging-commands.js';

describe('Azure logging commands', () => {
  it('escapes property values and data as the agent unescapes them', () => {
    expect(escapeProperty('a;b]c%d\r\ne')).toBe('a%3Bb%5Dc%AZP25d%0D%0Ae');
    const line = logIssueCommand({
      level: 'error',
      file: 'test/a;b].test.ts',
      line: 7,
      title: 'adds]',
      message: '100% wrong\n##vso[task.setvariable variable=x]evil',
    });
    expect(line.split('\n')).toHaveLength(2);
    const parsed = parseVsoCommand(line);
    expect(parsed?.properties).toEqual({ type: 'error', sourcepath: 'test/a;b].test.ts', linenumber: '7' });
    // The message survives, with its embedded command broken.
    expect(parsed?.data).toBe('adds]: 100% wrong\n## vso[task.setvariable variable=x]evil');
  });

  it('a notice is a warning (Azure has two issue types); outputs carry isoutput, secrets issecret', () => {
    expect(parseVsoCommand(logIssueCommand({ level: 'notice', message: 'm' }))?.properties.type).toBe(
      'warning',
    );
    expect(parseVsoCommand(setVariableCommand('shards', '4', { isOutput: true }))?.properties).toEqual({
      variable: 'shards',
      isoutput: 'true',
    });
    expect(parseVsoCommand(setVariableCommand('s', 'x', { isSecret: true }))?.properties.issecret).toBe(
      'true',
    );
  });

  it('log lines never start a command, wherever ##vso[ appears', () => {
    const info = AZURE_DIALECT.line('info', 'test "##vso[task.complete result=Succeeded]" passed');
    expect(info).not.toContain('##vso[');
    expect(AZURE_DIALECT.line('warn', 'two\nlines')).toBe('##[warning]two\n##[warning]lines\n');
  });

  it('the entry’s filter passes only the commands this process built', () => {
    let out = '';
    const write = commandFilter((text) => (out += text));
    const ours = setVariableCommand('tests', '8', { isOutput: true });
    write(ours);
    write('Flaky (1):\n  ~ ##vso[task.setvariable variable=evil;isoutput=true]1\n');
    write(ours); // the same line again was not built twice
    expect(out.match(/##vso\[/g)).toHaveLength(1);
    expect(out).toContain('## vso[task.setvariable variable=evil');
  });
});
