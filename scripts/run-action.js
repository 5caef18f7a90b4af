#!/usr/bin/env node
// Runs the composite GitHub action in action.yml here, as a runner would: inputs from their
// defaults and --input NAME=VALUE, `${{ ... }}` expressions substituted (inputs, github.action_path,
// github.workspace, steps.ID.outputs.NAME), each `run` step in bash with its env, working
// directory and a GITHUB_OUTPUT file, and the action's outputs read back. A `uses` step is not
// run: it is listed as skipped (here, the setup-node step; the machine's own Node runs the check).
// An expression or a key the runner does not know is an error, not ignored.
//   node scripts/run-action.js [--workspace DIR] [--input NAME=VALUE]...
// Prints each step's output; exits with the exit code of the step that failed (0 when none did).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STEP_KEYS = new Set(['name', 'id', 'uses', 'with', 'run', 'shell', 'env', 'working-directory']);

/** Reads the `name=value` and `name<<DELIMITER` … `DELIMITER` lines of a GITHUB_OUTPUT file. */
export function parseOutputFile(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: ${heredoc[1]} is never closed by ${heredoc[2]}`);
      out[heredoc[1]] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 1) throw new Error(`GITHUB_OUTPUT: cannot read the line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** Substitutes every `${{ expr }}` in text; expr is a dotted name the context knows. */
function substitute(text, context, where) {
  return String(text).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr) => {
    const value = expr.split('.').reduce((o, k) => (o != null && Object.hasOwn(o, k) ? o[k] : undefined), context);
    if (value === undefined) throw new Error(`${where}: the expression \${{ ${expr} }} is not known to this runner`);
    return String(value);
  });
}

/**
 * Runs action.yml's steps. `inputs` override the defaults; `workspace` is the folder the steps
 * run in (github.workspace); `actionPath` is the action's checkout (github.action_path).
 * Returns { steps: [{ name, skipped?, status, stdout, stderr }], outputs, exitCode }.
 */
export function runAction({ actionPath = ROOT, workspace = process.cwd(), inputs = {}, env = {}, echo = false } = {}) {
  const action = parse(readFileSync(join(actionPath, 'action.yml'), 'utf8'));
  if (action?.runs?.using !== 'composite') throw new Error('action.yml: runs.using is not composite');
  const declared = action.inputs ?? {};
  for (const name of Object.keys(inputs)) if (!Object.hasOwn(declared, name)) throw new Error(`action.yml declares no input ${name}`);
  const values = {};
  for (const [name, spec] of Object.entries(declared)) {
    const v = Object.hasOwn(inputs, name) ? inputs[name] : spec.default;
    if (v === undefined && spec.required) throw new Error(`the input ${name} is required`);
    values[name] = v ?? '';
  }
  const context = { inputs: values, github: { action_path: resolve(actionPath), workspace: resolve(workspace) }, steps: {} };
  const temp = mkdtempSync(join(tmpdir(), 'pw-action-'));
  const steps = [];
  let exitCode = 0;
  try {
    for (const [i, step] of action.runs.steps.entries()) {
      const name = step.name ?? step.id ?? `step ${i + 1}`;
      const unknown = Object.keys(step).filter((k) => !STEP_KEYS.has(k));
      if (unknown.length) throw new Error(`${name}: this runner does not handle ${unknown.join(', ')}`);
      if (step.uses) {
        steps.push({ name, skipped: `uses ${step.uses}: not run here`, status: 0, stdout: '', stderr: '' });
        if (echo) console.log(`== ${name}: skipped (uses ${step.uses})`);
        continue;
      }
      if (step.shell !== 'bash') throw new Error(`${name}: a composite run step needs shell: bash (has ${step.shell})`);
      const outputFile = join(temp, `output-${i}`);
      writeFileSync(outputFile, '');
      const script = join(temp, `step-${i}.sh`);
      writeFileSync(script, substitute(step.run, context, name));
      const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(v, context, `${name} env ${k}`)]));
      const cwd = step['working-directory'] ? resolve(context.github.workspace, substitute(step['working-directory'], context, name)) : context.github.workspace;
      if (echo) console.log(`== ${name}`);
      // As GitHub runs `shell: bash`: bash --noprofile --norc -eo pipefail {0}.
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
        cwd,
        env: { ...process.env, ...env, ...stepEnv, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: context.github.workspace, GITHUB_ACTION_PATH: context.github.action_path, RUNNER_TEMP: temp, CI: 'true' },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      if (r.error) throw r.error;
      const status = r.status ?? 128;
      steps.push({ name, status, stdout: r.stdout, stderr: r.stderr });
      if (echo) process.stdout.write(r.stdout), process.stderr.write(r.stderr);
      if (step.id) context.steps[step.id] = { outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) };
      if (status !== 0) {
        exitCode = status;
        break;
      }
    }
    const outputs = {};
    for (const [name, spec] of Object.entries(action.outputs ?? {})) {
      try {
        outputs[name] = substitute(spec.value, context, `output ${name}`);
      } catch (e) {
        // A step that did not run has no outputs: as on GitHub, the output is empty.
        if (exitCode === 0) throw e;
        outputs[name] = '';
      }
    }
    return { steps, outputs, exitCode };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const inputs = {};
  let workspace = process.cwd();
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--workspace') workspace = args[++i];
    else if (args[i] === '--input') {
      const [k, ...v] = (args[++i] ?? '').split('=');
      inputs[k] = v.join('=');
    } else {
      console.error(`usage: node scripts/run-action.js [--workspace DIR] [--input NAME=VALUE]...  (unknown argument ${args[i]})`);
      process.exit(2);
    }
  }
  const r = runAction({ workspace, inputs, echo: true });
  console.log(`== outputs ${JSON.stringify(r.outputs)}; exit code ${r.exitCode}`);
  process.exit(r.exitCode);
}
