/**
 * Annotations for Jenkins: Jenkins has no workflow commands, but the Warnings Next Generation plugin shows
 * issues on the build page and in the source view when a step records them:
 * `recordIssues(tools: [issues(pattern: '.tessera/warnings-ng.json', id: 'tessera', name: 'Tessera')])`.
 * `issues()` reads the plugin's own report format: `{"_class": "…ReportApi", "issues": [...], "size": n}`,
 * each issue with `fileName`, `lineStart`, `severity`, `message`, `category`, `type` (the field names of
 * jenkinsci/analysis-model's IssuePropertiesParser). Pure: annotations in, document out.
 */
import type { Annotation } from '../../src/ci/index.js';

/** Where the Jenkins host writes the file the `recordIssues` step reads, relative to the workspace. */
export const WARNINGS_NG_FILE = '.tessera/warnings-ng.json';

/** The analysis model's severities (`Severity.valueOf` names). */
const SEVERITY: Record<Annotation['level'], string> = {
  error: 'ERROR',
  warning: 'WARNING_NORMAL',
  notice: 'WARNING_LOW',
};

/** The longest message kept: the plugin stores every issue with the build. */
const MAX_MESSAGE_CHARS = 4000;

/** One issue of the report. */
export interface WarningsNgIssue {
  readonly fileName: string;
  readonly lineStart?: number;
  readonly severity: string;
  readonly message: string;
  readonly category: string;
  readonly type: string;
}

/** The Warnings NG report for a list of annotations. Issues need a file: those without one are left out. */
export function warningsNgReport(annotations: readonly Annotation[]): {
  readonly _class: string;
  readonly issues: readonly WarningsNgIssue[];
  readonly size: number;
} {
  const issues = annotations.flatMap((a): WarningsNgIssue[] =>
    a.file === undefined
      ? []
      : [
          {
            fileName: a.file,
            ...(a.line !== undefined ? { lineStart: a.line } : {}),
            severity: SEVERITY[a.level],
            message: (a.title ? `${a.title}: ${a.message}` : a.message).slice(0, MAX_MESSAGE_CHARS),
            category: 'Tests',
            type: a.level === 'error' ? 'failed test' : 'flaky test',
          },
        ],
  );
  return { _class: 'io.jenkins.plugins.analysis.core.restapi.ReportApi', issues, size: issues.length };
}
