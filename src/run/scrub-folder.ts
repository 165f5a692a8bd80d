/**
 * Masks secrets in the files of a bundle folder before it is uploaded: the raw result files hold whatever
 * the tests printed (a JUnit `<system-out>` of a test that dumps its environment). Replaced byte for byte,
 * so a binary attachment (a screenshot) stays intact unless it happens to hold a secret.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MASK, type SecretMasker } from '../ci/logger.js';
import { writeFileAtomic } from '../model/atomic-write.js';

/** `bytes` with every occurrence of each of `forms` replaced by {@link MASK}; the same buffer when none. */
export function maskBytes(bytes: Buffer, forms: readonly string[]): Buffer {
  let out = bytes;
  const mask = Buffer.from(MASK);
  for (const form of forms) {
    const needle = Buffer.from(form);
    let at = out.indexOf(needle);
    if (at < 0) continue;
    const parts: Buffer[] = [];
    let from = 0;
    while (at >= 0) {
      parts.push(out.subarray(from, at), mask);
      from = at + needle.length;
      at = out.indexOf(needle, from);
    }
    parts.push(out.subarray(from));
    out = Buffer.concat(parts);
  }
  return out;
}

/**
 * Rewrites every regular file under `folder` (but `skip`, already masked) that holds a registered secret.
 * Symbolic links are not followed: a result file linking outside the folder is not ours to rewrite.
 */
export async function scrubFolder(folder: string, masker: SecretMasker, skip?: string): Promise<void> {
  const forms = masker.registered;
  if (forms.length === 0) return;
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (path === skip) continue;
    const bytes = await readFile(path);
    const masked = maskBytes(bytes, forms);
    if (masked !== bytes) await writeFileAtomic(path, masked);
  }
}
