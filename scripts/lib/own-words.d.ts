// Types of scripts/lib/own-words.js, for the slow test that shares its reading.
export const REPO_PARTS: string[];
/** The parts the gate holds to our own words: every part but server/data (cue lists, not sentences). */
export const GATED_PARTS: string[];
export interface Passage {
  from: number;
  to: number;
  line: number;
  text: string;
  runs: number;
  statutory: number;
}
export interface FileRuns {
  file: string;
  folder: string;
  runs: number;
  statutory: number;
  passages: Passage[];
}
export interface CorpusSets {
  theirs: Set<string>;
  law: Set<string>;
}
export function corpusSets(shared: string, n: number): CorpusSets;
export function compare(root: string, shared: string, n: number, parts?: string[], sets?: CorpusSets): { n: number; files: FileRuns[] };
