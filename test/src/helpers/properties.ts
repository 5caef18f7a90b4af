import fc from 'fast-check';

// How many cases a property test tries. `npm test` tries a fifth of each test's full count (at
// least 20), so that the unit suite stays quick; CI (.ci/run) runs the same suite with
// POLICYWRIGHT_PROPERTY_RUNS=full, which tries them all. fast-check draws new cases on every run,
// and prints the seed and path of a failure to replay it.
export const FULL_PROPERTIES = process.env.POLICYWRIGHT_PROPERTY_RUNS === 'full';

export function runs(full: number): number {
  return FULL_PROPERTIES ? full : Math.max(20, Math.round(full / 5));
}

/**
 * The items a loop over a whole corpus or data set reads: under `npm test` every fifth (from the
 * first, so the same ones each run), under POLICYWRIGHT_PROPERTY_RUNS=full (CI) every one. For
 * loops that hold the same property over many items (every cue list, every fixture, every answer
 * set), where a fifth still finds most breakage and all of them take seconds.
 */
export function sample<T>(items: readonly T[]): T[] {
  return FULL_PROPERTIES ? [...items] : items.filter((_, i) => i % 5 === 0);
}

/**
 * Strings of any code points, as `fc.string({ unit: 'binary', maxLength })` draws them (0 to
 * U+10FFFF without the surrogates, each as likely as fast-check makes it, lengths in code points),
 * without the table of a million code points fast-check builds for that unit the first time a
 * property shrinks or a `oneof` asks whether a value is its own: 1.4 s of CPU in every process that
 * runs such a property.
 */
export function binaryString(maxLength: number): fc.Arbitrary<string> {
  const SURROGATES = 0xe000 - 0xd800;
  const codePoint = fc.integer({ min: 0, max: 0x10ffff - SURROGATES }).map((i) => String.fromCodePoint(i < 0xd800 ? i : i + SURROGATES));
  return fc.array(codePoint, { maxLength }).map((a) => a.join(''));
}
