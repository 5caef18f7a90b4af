// Types of scripts/lib/hostile.js, for the doubling test.
export const SHAPES: Record<string, (bytes: number, seed?: number) => string>;
export const REPORTED: Record<string, number>;
