// The project configuration file, `.policywright.json` (the nearest one up the tree wins). The
// command line and the language server both read it through here, so both agree on what it
// means. Its JSON schema is built from the rules' metadata, so it cannot drift from them.
import AjvModule from 'ajv';
import { RULE_METAS } from './rules/index.js';
import { PROFILES } from './data.js';
import { LineIndex } from './text.js';
import type { CheckConfig, Range, RuleSetting } from './types.js';

export const CONFIG_FILE_NAME = '.policywright.json';

export interface ProjectConfig {
  profiles?: string[];
  files?: string[];
  clauseFolders?: string[];
  rules?: Record<string, RuleSetting>;
}

export interface ConfigProblem {
  message: string;
  range: Range;
}

const SEVERITY = { enum: ['off', 'error', 'warning', 'information', 'hint'] };

export function configSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Policywright configuration (.policywright.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      profiles: { type: 'array', items: { enum: Object.keys(PROFILES) }, description: 'Profiles for files whose front matter names none (default: ["uk-gdpr"]).' },
      files: { type: 'array', items: { type: 'string' }, description: 'Glob patterns of policy files, besides *.policy.md and files whose front matter has policy:.' },
      clauseFolders: { type: 'array', items: { type: 'string' }, description: 'Folders of your own clause templates, relative to this file; they win over the built-in ones.' },
      rules: {
        type: 'object',
        additionalProperties: false,
        description: 'Per rule: "off", a severity, or { severity, options }.',
        properties: Object.fromEntries(
          RULE_METAS.map((meta) => ({ meta })).map((r) => [
            r.meta.id,
            {
              description: `${r.meta.description} (default: ${r.meta.defaultSeverity})`,
              anyOf: [
                SEVERITY,
                {
                  type: 'object',
                  additionalProperties: false,
                  properties: { severity: SEVERITY, options: { type: 'object', additionalProperties: false, properties: (r.meta.options?.properties as object) ?? {} } },
                },
              ],
            },
          ]),
        ),
      },
    },
  };
}

// ajv is CommonJS with a default export; under NodeNext the class sits on `.default`.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;
let validator: ReturnType<InstanceType<typeof Ajv>['compile']> | undefined;

/** Parse and validate a configuration file's text. Problems carry positions in that file. */
export function parseConfig(text: string): { config: ProjectConfig; problems: ConfigProblem[] } {
  const lines = new LineIndex(text);
  const at = (offset: number): Range => lines.range({ start: offset, end: offset + 1 });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    return { config: {}, problems: [{ message: `${CONFIG_FILE_NAME} is not valid JSON: ${msg}`, range: at(pos ? Number(pos[1]) : 0) }] };
  }
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  if (!validator(data)) {
    const problems = (validator.errors ?? []).slice(0, 10).map((err) => {
      const path = err.instancePath.split('/').filter(Boolean).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
      const where = path.length ? path.join('.') : '(top level)';
      const extra = err.keyword === 'additionalProperties' ? ` "${(err.params as { additionalProperty: string }).additionalProperty}"` : err.keyword === 'enum' ? ` (allowed: ${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
      return { message: `${CONFIG_FILE_NAME}: ${where} ${err.message}${extra}`, range: at(locate(text, path)) };
    });
    return { config: {}, problems };
  }
  return { config: data as ProjectConfig, problems: [] };
}

/** Best-effort offset of a JSON path's last key in the text, for a message's position. */
function locate(text: string, path: string[]): number {
  let from = 0;
  for (const key of path) {
    const i = text.indexOf(`"${key}"`, from);
    if (i < 0) break;
    from = i;
  }
  return from;
}

/** The check configuration a project file gives (editor settings are layered by the server). */
export function toCheckConfig(p: ProjectConfig, base: CheckConfig = {}): CheckConfig {
  return {
    ...base,
    ...(p.profiles ? { defaultProfiles: p.profiles } : {}),
    ...(p.rules ? { rules: { ...(base.rules ?? {}), ...p.rules } } : {}),
  };
}
