// One process of scripts/test.js: imports the test files named on the command line, in order;
// each registers its tests with this process's runner, which reports them when all have run.
import { pathToFileURL } from 'node:url';

for (const file of process.argv.slice(2)) await import(pathToFileURL(file).href);
