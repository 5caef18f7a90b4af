// The edges the engine puts before a cue list (cues.ts): the full edge (a word boundary either way)
// and the cheaper look-behind alone, as the shortcut tests compare them.
import { WORD_CHAR } from '../../../server/out/engine/cues.js';

/** The full edge: not after a word character, or not before one. */
export const EDGE = `(?:(?<!${WORD_CHAR})|(?!${WORD_CHAR}))`;
/** The cheaper edge before cues whose every match starts with a word character: not after one. */
export const START = `(?<!${WORD_CHAR})`;
