/**
 * The environment of the test command. The command runs the code under test (and every dependency and
 * script of the suite), which must not read the credentials Tessera itself holds: the action's token, the
 * artifact runtime's token and URLs, the OIDC request token, a code host's API token. So the command gets
 * Tessera's environment minus {@link CREDENTIAL_VARIABLES} (and any other variable holding one of their
 * values, such as a `GITHUB_TOKEN` set to the action's token), unless the user passes a variable through on
 * purpose (`tessera run --pass-env NAME`). Whatever the command prints is still masked for every one of
 * these values before it is written (output.log, the bundle, its raw result files).
 */
import type { Env } from '../ci/provider.js';

/**
 * The variables that hold Tessera's own credentials, by who sets them. A provider adds its own under its
 * id; a name ending in `*` is a prefix. Documented in SECURITY.md ("Tokens").
 */
export const CREDENTIAL_VARIABLES = {
  /** Tessera's own: the code host token it posts with, the queue it reports to. */
  tessera: ['TESSERA_TOKEN', 'TESSERA_QUEUE_URL'],
  /**
   * GitHub Actions: the action's `token` input, the artifact/results/cache runtime, and the OIDC token
   * request (`id-token: write`).
   */
  github: [
    'INPUT_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_*',
  ],
  /** GitLab CI: the API token the report posts the merge request note with. */
  gitlab: ['GITLAB_TOKEN'],
  /** Azure Pipelines: the job's OAuth token, when the pipeline maps `System.AccessToken`. */
  azure: ['SYSTEM_ACCESSTOKEN'],
  /** Jenkins: the API token of the user Tessera talks to Jenkins as. */
  jenkins: ['JENKINS_API_TOKEN'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * Tokens the job's own steps are given anyway (the user's `GITHUB_TOKEN`, GitLab's `CI_JOB_TOKEN`): passed
 * through, since the suite may need them, but masked in captured output like the credentials.
 */
export const MASKED_VARIABLES: readonly string[] = ['GITHUB_TOKEN', 'GH_TOKEN', 'CI_JOB_TOKEN'];

/** Every credential variable name (and `*` prefix) of {@link CREDENTIAL_VARIABLES}. */
export const ALL_CREDENTIAL_VARIABLES: readonly string[] = Object.values(CREDENTIAL_VARIABLES).flat();

/** Whether `name` is one of Tessera's credential variables. */
export function isCredentialVariable(name: string): boolean {
  return ALL_CREDENTIAL_VARIABLES.some((pattern) =>
    pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern,
  );
}

/** The test command's environment, and what was held back. */
export interface TestCommandEnvironment {
  readonly env: Record<string, string>;
  /** Names of the variables removed, sorted (for a debug line; never their values). */
  readonly withheld: readonly string[];
  /**
   * Every credential value found (passed through or not) and those of {@link MASKED_VARIABLES}: captured
   * output masks each of them.
   */
  readonly secrets: readonly string[];
}

// Shorter values are not secrets worth masking (and masking them would blank out ordinary words).
const MIN_SECRET_LENGTH = 4;

/**
 * `env` without Tessera's credentials: the variables of {@link CREDENTIAL_VARIABLES}, and any other
 * variable whose value is one of theirs (a `GITHUB_TOKEN: ${{ github.token }}` beside the action's
 * `token` input). Names in `pass` are kept on purpose (`--pass-env`); their values are still masked in
 * captured output.
 */
export function testCommandEnvironment(env: Env, pass: readonly string[] = []): TestCommandEnvironment {
  const keep = new Set(pass);
  const secrets = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.length >= MIN_SECRET_LENGTH && isCredentialVariable(name))
      secrets.add(value);
  }
  const masked = new Set(secrets);
  for (const name of MASKED_VARIABLES) {
    const value = env[name];
    if (value !== undefined && value.length >= MIN_SECRET_LENGTH) masked.add(value);
  }
  const out: Record<string, string> = {};
  const withheld: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const credential = isCredentialVariable(name) || secrets.has(value);
    if (credential && !keep.has(name)) withheld.push(name);
    else out[name] = value;
  }
  return { env: out, withheld: withheld.sort(), secrets: [...masked] };
}
