// Finding `.policywright.json` for a file: the nearest one up the tree wins. Cached per folder.
// Shared by the command line and the language server (both are Node hosts of the engine).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, toCheckConfig, type ProjectConfig, type ConfigProblem } from '../engine/config.js';
import type { CheckConfig } from '../engine/types.js';
import { readClauseFolders, toEngineSources } from './clause-folders.js';

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

/**
 * The check configuration for a file: its nearest `.policywright.json` over `base`, with the
 * file's clause folders (relative to the configuration file) read in. `problems` is non-empty
 * when that file is invalid; callers must not go on silently then.
 */
export function projectCheckConfig(finder: ConfigFinder, file: string, base: CheckConfig, warn: (m: string) => void): { config: CheckConfig; found: FoundConfig } {
  const found = finder.forFile(file);
  const config = toCheckConfig(found.config, base);
  const folders = found.config.clauseFolders ?? [];
  if (folders.length && found.path) config.clauseSources = toEngineSources(readClauseFolders(folders, [dirname(found.path)], warn));
  return { config, found };
}
