// What a V8 heap snapshot holds (scripts/heap-lsp.js): its size by kind of object, and the largest
// holders by retained size (the dominator tree, weak references left out: what would be freed if
// that object went), each with the property it is reached by, to `depth` levels.
import { readFileSync } from 'node:fs';

export function summarise(file, { top = 25, min = 1e6, depth = 3 } = {}) {
  const s = JSON.parse(readFileSync(file, 'utf8'));
  const m = s.snapshot.meta;
  const NF = m.node_fields.length;
  const EF = m.edge_fields.length;
  const [nodeTypes] = m.node_types;
  const [edgeTypes] = m.edge_types;
  const { nodes, edges, strings } = s;
  const N = nodes.length / NF;
  const f = (k) => m.node_fields.indexOf(k);
  const [iType, iName, iSelf, iCount] = [f('type'), f('name'), f('self_size'), f('edge_count')];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((k) => m.edge_fields.indexOf(k));
  const first = new Uint32Array(N + 1);
  for (let i = 0, e = 0; i < N; i++) {
    first[i] = e;
    e += nodes[i * NF + iCount] * EF;
    first[i + 1] = e;
  }
  const type = (i) => nodeTypes[nodes[i * NF + iType]];
  const name = (i) => strings[nodes[i * NF + iName]];
  const self = (i) => nodes[i * NF + iSelf];
  const skip = new Set([edgeTypes.indexOf('weak'), edgeTypes.indexOf('shortcut')]);
  const out = [];
  let total = 0;
  const kinds = new Map();
  for (let i = 0; i < N; i++) {
    total += self(i);
    const t = type(i);
    const k = ['object', 'closure', 'array', 'native'].includes(t) ? `${t} ${name(i).slice(0, 50)}` : t === 'code' && !name(i) ? 'code (regular expressions, compiled)' : t;
    kinds.set(k, (kinds.get(k) ?? 0) + self(i));
  }
  out.push(`${file}: ${(total / 1e6).toFixed(1)} MB in ${N} objects`);
  for (const [k, b] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(`${(b / 1e6).toFixed(2).padStart(8)} MB  ${k}`);
  // Dominators (Cooper, Harvey and Kennedy), from the root (node 0), in reverse postorder.
  const post = new Int32Array(N).fill(-1);
  const order = new Uint32Array(N);
  let n = 0;
  const seen = new Uint8Array(N);
  const stack = [0];
  const next = [first[0]];
  seen[0] = 1;
  while (stack.length) {
    const v = stack[stack.length - 1];
    let e = next[next.length - 1];
    let child = -1;
    for (; e < first[v + 1]; e += EF) {
      if (skip.has(edges[e + eType])) continue;
      const to = edges[e + eTo] / NF;
      if (!seen[to]) {
        seen[to] = 1;
        child = to;
        e += EF;
        break;
      }
    }
    next[next.length - 1] = e;
    if (child >= 0) {
      stack.push(child);
      next.push(first[child]);
    } else {
      stack.pop();
      next.pop();
      post[v] = n;
      order[n++] = v;
    }
  }
  const predStart = new Uint32Array(N + 1);
  const each = (f) => {
    for (let v = 0; v < N; v++) if (post[v] >= 0) for (let e = first[v]; e < first[v + 1]; e += EF) if (!skip.has(edges[e + eType])) f(v, edges[e + eTo] / NF, e);
  };
  each((_, to) => predStart[to + 1]++);
  for (let i = 0; i < N; i++) predStart[i + 1] += predStart[i];
  const preds = new Uint32Array(predStart[N]);
  const fill = predStart.slice(0, N);
  each((v, to) => (preds[fill[to]++] = v));
  const idom = new Int32Array(N).fill(-1);
  idom[0] = 0;
  const meet = (a, b) => {
    while (a !== b) {
      while (post[a] < post[b]) a = idom[a];
      while (post[b] < post[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = n - 1; k >= 0; k--) {
      const v = order[k];
      if (v === 0) continue;
      let d = -1;
      for (let p = predStart[v]; p < predStart[v + 1]; p++) if (idom[preds[p]] >= 0) d = d < 0 ? preds[p] : meet(preds[p], d);
      if (d >= 0 && idom[v] !== d) {
        idom[v] = d;
        changed = true;
      }
    }
  }
  const kept = new Float64Array(N);
  for (let k = 0; k < n; k++) {
    const v = order[k];
    kept[v] += self(v);
    if (v !== 0) kept[idom[v]] += kept[v];
  }
  const kids = new Map();
  for (let v = 1; v < N; v++) if (post[v] >= 0 && kept[v] >= min) (kids.get(idom[v]) ?? kids.set(idom[v], []).get(idom[v])).push(v);
  const via = (from, to) => {
    for (let e = first[from]; e < first[from + 1]; e += EF) {
      if (edges[e + eTo] / NF !== to) continue;
      const t = edgeTypes[edges[e + eType]];
      return t === 'element' || t === 'hidden' ? `[${edges[e + eName]}]` : String(strings[edges[e + eName]]);
    }
    return '?';
  };
  out.push(`largest holders (retained size, at least ${(min / 1e6).toFixed(1)} MB):`);
  const show = (v, d) => {
    for (const c of (kids.get(v) ?? []).sort((a, b) => kept[b] - kept[a]).slice(0, top)) {
      // A string's name is its text: only its length is shown (a policy's text is not copied out).
      const what = type(c).endsWith('string') ? `${type(c)} of ${self(c)} bytes` : `${type(c)} ${name(c).slice(0, 50)}`;
      out.push(`${'  '.repeat(d)}${(kept[c] / 1e6).toFixed(2)} MB  .${via(v, c)} → ${what}`);
      if (d + 1 < depth) show(c, d + 1);
    }
  };
  show(0, 0);
  return out.join('\n');
}
