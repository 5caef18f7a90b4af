// Finding `.policywright.json` for a file: the nearest one up the tree wins. Cached per folder.
// Shared by the command line and the language server (both are Node hosts of the engine).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type ProjectConfig, type ConfigProblem } from '../engine/config.js';

export interface FoundConfig {
  path: string | null;
  config: ProjectConfig;
  problems: ConfigProblem[];
}

export class ConfigFinder {
  private byDir = new Map<string, FoundConfig>();

  forFile(file: string): FoundConfig {
    return this.forDir(dirname(file));
  }

  forDir(dir: string): FoundConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = join(dir, CONFIG_FILE_NAME);
    let found: FoundConfig;
    if (existsSync(candidate)) {
      found = { path: candidate, ...parseConfig(readFileSync(candidate, 'utf8')) };
    } else {
      const parent = dirname(dir);
      found = parent === dir ? { path: null, config: {}, problems: [] } : this.forDir(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }
}
