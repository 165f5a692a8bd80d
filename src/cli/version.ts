/**
 * The version `tessera --version` prints. A constant rather than a read of package.json, so the bundle
 * needs no file beside it and no JSON import; test/cli/cli-defects.test.ts holds it equal to
 * package.json's `version` (the release steps in CHANGELOG.md bump both).
 */
export const VERSION = '0.1.0';
