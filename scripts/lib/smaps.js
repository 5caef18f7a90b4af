// What a process's resident memory is made of, from /proc/PID/smaps (Linux; for heap-lsp.js):
// the file mappings (the node binary, shared libraries) and the anonymous memory by mapping size.
// V8 reserves its heap pages as 256 KB regions and its code range as one large reservation;
// malloc's arenas are 64 MB reservations (the main arena is [heap]); a thread's stack is a
// mapping of its own (8 MB for the main thread, 4 MB for a Node worker by default).
import { readFileSync } from 'node:fs';

/** Resident MB by kind of mapping: file mappings by file name, anonymous ones by reservation size. */
export function residentParts(pid) {
  const parts = new Map();
  let name = '';
  let size = 0;
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const m = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (m) {
      size = (parseInt(m[2], 16) - parseInt(m[1], 16)) / 1024;
      name = m[3] ? m[3].replace(/.*\//, '') : size === 256 ? 'anonymous, 256 KB (V8 heap pages)' : size >= 64 * 1024 ? 'anonymous, 64 MB or more (malloc arenas, V8 code range)' : 'anonymous, other';
      continue;
    }
    const r = /^Rss:\s+(\d+)/.exec(line);
    if (r) parts.set(name, (parts.get(name) ?? 0) + Number(r[1]) / 1024);
  }
  return [...parts].sort((a, b) => b[1] - a[1]);
}
