// Types for the part of round-examples.js the TypeScript tests use.
export const ROUNDS: string;
export function roundNames(dir?: string): string[];
export function normal(text: string): string;
export function readRationale(text: string, files: string[], ids: string[]): Map<string, Map<string, string[]>>;
export interface RoundExample {
  file: string;
  lang: string;
  group: string;
  requirement: string;
  text: string;
  y: number;
  w: number;
  label: string;
}
export function roundExamples(
  settings: Record<string, number | string>,
  skip?: Set<string>,
  names?: string[],
  dir?: string,
): Promise<{ examples: RoundExample[]; stats: { quotes: number; placed: number; positives: number; unplaced: string[] } }>;
