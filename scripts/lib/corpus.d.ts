// Types for the part of corpus.js the TypeScript tests use.
export const SHARED: string;
export function realPolicyPaths(): string[];
export function realPolicies(): string[];
