// The coverage classifier's training settings with a command line's `--set key=value,...` over
// them, for the measuring scripts (eval-classifier.js, eval-raise.js): an experiment; the
// model file is not touched.
import { SETTINGS } from './coverage-train.js';

export function settingsFrom(args) {
  const settings = { ...SETTINGS };
  if (args.includes('--set')) {
    for (const kv of args[args.indexOf('--set') + 1].split(',')) {
      const [k, v] = kv.split('=');
      settings[k] = Number.isNaN(Number(v)) ? v : Number(v);
    }
  }
  return settings;
}
