// Types of scripts/run-action.js, for the test that runs the action's steps.
export interface StepResult {
  name: string;
  /** Why the step was not run (a `uses` step). */
  skipped?: string;
  status: number;
  stdout: string;
  stderr: string;
}
export interface ActionRun {
  steps: StepResult[];
  outputs: Record<string, string>;
  exitCode: number;
}
export function runAction(options?: { actionPath?: string; workspace?: string; inputs?: Record<string, string>; env?: Record<string, string>; echo?: boolean }): ActionRun;
export function parseOutputFile(text: string): Record<string, string>;
