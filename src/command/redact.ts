/**
 * A test command as it may be recorded: a shell expands `$TOKEN` before Tessera sees the words, so a command
 * written `npx jest --token=$NPM_TOKEN` arrives holding the secret. The shard bundle (an artifact) and the
 * report's reproduce commands (a PR comment) keep the command, so the value of every secret-looking
 * variable is put back as its `$NAME`. Pure.
 */

/** Variable names that hold secrets by convention. */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE|CREDENTIAL|AUTH/i;

/** Values shorter than this are too common to be told from ordinary words (`1`, `true`). */
const MIN_SECRET_LENGTH = 6;

/** `words` with the value of every secret-looking variable of `env` replaced by `$NAME`. */
export function redactSecrets(
  words: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const secrets = Object.entries(env)
    .filter((e): e is [string, string] => SECRET_NAME.test(e[0]) && (e[1]?.length ?? 0) >= MIN_SECRET_LENGTH)
    // Longest first, so a secret that contains another is replaced whole.
    .sort((a, b) => b[1].length - a[1].length);
  if (secrets.length === 0) return [...words];
  return words.map((word) => secrets.reduce((w, [name, value]) => w.split(value).join(`$${name}`), word));
}
