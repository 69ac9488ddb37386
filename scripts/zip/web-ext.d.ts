// web-ext ships no types; this is the one call scripts/zip/lint.ts makes (web-ext's lib/cmd/lint.js).
declare module 'web-ext' {
  interface LintOptions {
    sourceDir: string;
    output?: 'text' | 'json';
    selfHosted?: boolean;
  }
  const webExt: {
    cmd: { lint(options: LintOptions, runOptions: { shouldExitProgram: boolean }): Promise<unknown> };
  };
  export default webExt;
}
