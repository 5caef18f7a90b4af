// Types of scripts/eval-lib.js, for the tests that share its scoring.
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}
export interface SetScore {
  documents: number;
  perRequirement: Record<string, Tally>;
  overall: Tally;
  /** Share of policies with no false alarm and no miss. */
  wholeRight: number;
  errors: { file: string; requirement: string; kind: 'fp' | 'fn'; status: string; absent?: string[]; evidence: string[] }[];
}
export interface SeedScore {
  held: number;
  total: number;
  overall: Tally;
  wholeRight: number;
  seeds: Record<string, { wrong: { requirement: string; expected: string; got: string; absent?: string[]; evidence: string[] }[] }>;
}
export interface Scores {
  sets: Record<string, SetScore>;
  seeds: SeedScore;
}
export interface PR {
  precision: number;
  recall: number;
}
export interface Floor {
  [set: string]: unknown;
  seeds: { held: number; total: number; overall: PR };
}
export interface SetFloor {
  overall: PR;
  wholeRight: number;
  perRequirement: Record<string, PR>;
}
export const ROOT: string;
export const SHARED: string;
export const SETS: Record<string, { dir: string; profile: string }>;
export const ROUNDS: string;
/** Our own held-out rounds (test/fixtures/rounds/<name>), as `round-<name>`. */
export function roundSets(): Record<string, { dir: string; profile: string }>;
export const SEEDS: string;
export function hasShared(): boolean;
export function statusOf(text: string, profile?: string): Record<string, unknown>;
/** The coverage entries of a text by requirement id (statusOf's shape). */
export type Read = (text: string, profile?: string) => Record<string, unknown>;
export function scoreSet(name: string | { dir: string; profile?: string }, read?: Read): SetScore;
export function scoreSeeds(dir?: string, read?: Read): SeedScore;
export function scoreAll(): Scores;
export function floorOf(scores: Scores): Floor;
