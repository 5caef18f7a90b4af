// The check worker's heap between edits (Node only: imported by main.ts for the worker thread).
// Each check after an edit allocates about fifty times the text's size, and what it builds for the
// whole document (the lists and indexes a rule makes per check) lives long enough to be moved to
// the old generation, where it stays until V8 collects that generation: V8 lets it grow to two or
// three times what is alive before it does, which with a 1 MB policy open was most of the server's
// memory. Here the worker collects it itself once it has been idle for a moment after a reply (no
// check waits for it, and none is slowed while the user types) and the heap has grown by half of
// what was alive after the last collection (and by at least GROWTH_FLOOR).
import { getHeapStatistics } from 'node:v8';

/** The heap may grow by this much at least before the worker collects it (a small policy's checks never ask). */
const GROWTH_FLOOR = 48 * 1024 * 1024;

/** How long the worker waits, with no check coming, before it looks at its heap. */
const IDLE_MS = 1000;

/**
 * What to call after each reply, given how to read the heap's used size, how to collect it and how
 * to wait: once no check has come for `idleMs` (the user has stopped typing: a collection then
 * delays no check), it collects when the heap has grown since the last collection by half of what
 * was alive then, and by `floor` at least.
 */
export function collector(used: () => number, collect: () => void, floor = GROWTH_FLOOR, idleMs = IDLE_MS, later: (f: () => void, ms: number) => { cancel(): void } = wait): () => void {
  let alive = used();
  let pending: { cancel(): void } | undefined;
  const maybeCollect = () => {
    pending = undefined;
    if (used() < alive + Math.max(floor, alive / 2)) return;
    collect();
    alive = used();
  };
  return () => {
    pending?.cancel();
    pending = later(maybeCollect, idleMs);
  };
}

/** A timer that does not keep the thread alive. */
function wait(f: () => void, ms: number): { cancel(): void } {
  const t = setTimeout(f, ms);
  t.unref?.();
  return { cancel: () => clearTimeout(t) };
}

/**
 * `collector` on the worker's own heap; undefined where V8's collector cannot be reached: the
 * process was started without `--expose-gc` (its starters give it: the VS Code client,
 * bin/policywright-language-server.js, the test client). Never set with v8.setFlagsFromString at
 * run time: Node calls changing V8's flags after start-up undefined behaviour (lsp/main.ts).
 */
export function heapKeeper(): (() => void) | undefined {
  const gc = (globalThis as { gc?: unknown }).gc;
  return typeof gc === 'function' ? collector(() => getHeapStatistics().used_heap_size, gc as () => void) : undefined;
}
