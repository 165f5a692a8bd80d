// Turns the shipped TypeScript (tsconfig.json's files) into JavaScript in a staging folder, for ncc to bundle.
// Types are not checked here: `npm run typecheck` does that, and ncc's own ts-loader, which type-checked each
// entry's whole program once per bundle, was most of the build's time.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** A source that does not transpile (a syntax error) or imports a file that is not there. */
export class TranspileError extends Error {}

const formatHost = (root) => ({
  getCurrentDirectory: () => root,
  getCanonicalFileName: (fileName) => fileName,
  getNewLine: () => '\n',
});

/** tsconfig.json's compiler options and files, or a TranspileError saying what is wrong with it. */
function readConfig(root) {
  const unrecoverable = [];
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => unrecoverable.push(diagnostic) },
  );
  const problems = [...unrecoverable, ...(config?.errors ?? [])];
  if (config === undefined || problems.length > 0)
    throw new TranspileError(ts.formatDiagnostics(problems, formatHost(root)));
  return config;
}

/**
 * The program of the sources alone, emitting without a check: `noCheck` skips the type check, and with
 * `noResolve`, `noLib` and no `types` nothing outside the sources is read (node_modules' declarations were
 * most of a program's parse). The emit is the same as with them: `isolatedModules` and
 * `verbatimModuleSyntax` make each file's JavaScript depend on that file alone. A program rather than
 * `ts.transpileModule` per file, because a program reads package.json's `"type"` and so emits `module:
 * NodeNext` files as the ES modules they are (transpileModule, which reads no package.json, emits CommonJS).
 */
function createEmitProgram(config, root, stage) {
  const sources = config.fileNames.filter((file) => !file.endsWith('.d.ts'));
  const options = {
    ...config.options,
    noEmit: false,
    noCheck: true,
    noResolve: true,
    noLib: true,
    lib: undefined,
    types: [],
    declaration: false,
    sourceMap: false,
    rootDir: root,
    outDir: stage,
  };
  return ts.createProgram({ rootNames: sources, options });
}

/** The line (from 1) of `source` that imports `specifier`, by the TypeScript's own import list. */
function importLine(source, specifier) {
  const imported = ts
    .preProcessFile(source.text, true, true)
    .importedFiles.find((i) => i.fileName === specifier);
  return imported === undefined ? 1 : source.getLineAndCharacterOfPosition(imported.pos).line + 1;
}

/**
 * The files the emitted JavaScript imports by a relative path that are not emitted themselves (package.json
 * for `import … with { type: 'json' }`): copied into the stage at the same place, so the import resolves
 * there as it did beside the source. An import of a file that is not there fails here, naming the source
 * and line: ncc would bundle it as a module that throws when loaded.
 */
function companionFiles(emitted, root, stage) {
  const companions = new Set();
  const missing = [];
  for (const [outFile, { text, source }] of emitted) {
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
      const inStage = resolve(dirname(outFile), specifier);
      if (emitted.has(inStage)) continue;
      const original = resolve(root, relative(stage, inStage));
      const fromRoot = relative(root, original);
      const outside = fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot);
      if (outside || !statSync(original, { throwIfNoEntry: false })?.isFile()) {
        const where = `${relative(root, source.fileName)}:${importLine(source, specifier)}`;
        missing.push(
          `${where}: error: imports '${specifier}', which is not a file of the repository: fix the path.`,
        );
      } else companions.add(fromRoot);
    }
  }
  if (missing.length > 0) throw new TranspileError(missing.join('\n'));
  return [...companions].sort();
}

/**
 * Writes tsconfig.json's sources as JavaScript into `stage` (a fresh, empty folder inside `root`, so that
 * imports of packages resolve to root's node_modules from there), keeping their paths relative to `root`,
 * with the files they import that are not sources. A syntax error throws a TranspileError naming the file,
 * line and column.
 */
export async function transpileSources(root, stage) {
  const program = createEmitProgram(readConfig(root), root, stage);
  const problems = [...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics()];
  if (problems.length > 0) throw new TranspileError(ts.formatDiagnostics(problems, formatHost(root)));
  const emitted = new Map();
  const result = program.emit(undefined, (fileName, text, _bom, _onError, sourceFiles) => {
    emitted.set(resolve(fileName), { text, source: sourceFiles[0] });
  });
  if (result.emitSkipped || result.diagnostics.length > 0)
    throw new TranspileError(
      ts.formatDiagnostics(result.diagnostics, formatHost(root)) || 'the emit was skipped',
    );
  for (const [file, { text }] of emitted) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  for (const file of companionFiles(emitted, root, stage)) {
    await mkdir(dirname(join(stage, file)), { recursive: true });
    await copyFile(join(root, file), join(stage, file));
  }
}
