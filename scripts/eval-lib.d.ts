// Types of scripts/eval-lib.js, for the tests that share its scoring.
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}
export interface GoppcScore {
  documents: number;
  perRequirement: Record<string, Tally>;
  overall: Tally;
  errors: { file: string; requirement: string; kind: 'fp' | 'fn'; evidence?: string[] }[];
}
export interface SeedScore {
  held: number;
  total: number;
  seeds: Record<string, { wrong: { requirement: string; expected: string; got: string; evidence: string[] }[] }>;
}
export const ROOT: string;
export const SHARED: string;
export const GOPPC: string;
export const SEEDS: string;
export function hasShared(): boolean;
export function scoreGoppc(dir?: string, profile?: string): GoppcScore;
export function scoreSeeds(dir?: string): SeedScore;
export function floorOf(score: GoppcScore): { overall: { precision: number; recall: number }; perRequirement: Record<string, { precision: number; recall: number }> };
