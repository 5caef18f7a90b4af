// Types for the part of coverage-train.js the TypeScript tests use.
export const SETTINGS: Record<string, number | string>;
export function trainOne(name: string, xs: number[][], ys: number[], ws: number[], settings?: Record<string, number | string>): { bias: number; w: Map<number, number> };
export function pack(m: { bias: number; w: Map<number, number> }, settings?: Record<string, number | string>): { bias: number; w: number[] };
