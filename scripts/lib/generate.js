// Generates long, realistic-looking policy Markdown of a given size, in our own words, for
// benchmarks and scale tests. Deterministic for a given seed.
const SUBJECTS = ['We', 'Our support team', 'Our payment provider', 'The warehouse', 'Our marketing team', 'The accounts department'];
const VERBS = ['collect', 'keep', 'use', 'share', 'review', 'protect', 'update', 'delete'];
const OBJECTS = ['your delivery address', 'the details of your order', 'your email address', 'records of your calls', 'your account history', 'the device you use', 'your payment reference', 'your preferences'];
const REASONS = ['so that we can deliver what you ordered', 'because the law on tax records requires it', 'when you have agreed to it', 'to keep our systems secure', 'to answer your questions', 'while your account stays open', 'to improve the parts catalogue', 'to prevent fraud'];
const HEADINGS = ['Orders and deliveries', 'Your account', 'Newsletters', 'Customer support', 'Payments', 'Returns', 'Security of our systems', 'Suppliers', 'Events', 'Surveys'];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function generatePolicy(bytes, seed = 1) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const parts = ['---', 'policy:', '  profiles: [uk-gdpr]', '  controller: Larkspur Test Shop Ltd', 'variables:', '  contact_email: privacy@example.test', '---', '', '# Privacy policy', ''];
  let size = parts.join('\n').length;
  let n = 0;
  while (size < bytes) {
    const block = [];
    if (n % 6 === 0) block.push(`## ${n / 6 + 1}. ${pick(HEADINGS)}`, '');
    const sentences = 2 + Math.floor(r() * 4);
    const para = [];
    for (let i = 0; i < sentences; i++) para.push(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(REASONS)} (case ${Math.floor(r() * 100000)}).`);
    if (n % 5 === 4) block.push(...para.map((p) => `- ${p}`));
    else block.push(para.join(' '));
    block.push('');
    const s = block.join('\n') + '\n';
    parts.push(s);
    size += s.length + 1;
    n++;
  }
  return parts.join('\n').slice(0, bytes);
}

/**
 * Texts to warm a benchmark's code on before it times a first check: generated policies, the last
 * two with typographic punctuation (’ “ ” –), as real policies have it. V8 compiles a regular
 * expression once for text of Latin-1 characters and again for text with others; warmed on ASCII
 * alone, the timed check of real text paid for a second compile of every expression.
 */
export function warmUpTexts() {
  return [100, 101, 102].map((seed, i) => {
    const text = generatePolicy(100 * 1024, seed);
    return i === 0 ? text : `${text}\n\nWe’ll answer “every” question – promptly.\n`;
  });
}
