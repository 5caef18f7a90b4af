// Types of scripts/lib/vsce.js.
export function vscePath(root: string): string;
