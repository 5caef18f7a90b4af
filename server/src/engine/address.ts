// Postal codes, as they are written in the countries whose policies we read. Shared by the
// document model (an address line is not a heading) and contact-mismatch (comparing addresses).

/** UK, US state and ZIP, Dutch, German and French postcodes (global: use with matchAll). */
export const POSTCODES: readonly RegExp[] = [
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g, // UK
  /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/g, // US state and ZIP
  /\b[1-9]\d{3}\s?(?!EU|UK|US|VS)[A-Z]{2}\b(?=\s+\p{Lu}|\s*[,.]|\s*$)/gu, // NL
  /(?<![\d.])\b\d{5}\s+\p{Lu}[\p{L}-]+/gu, // DE, FR: the code, then the town
];

const TESTS = POSTCODES.map((re) => new RegExp(re.source, re.flags.replace('g', '')));

export function hasPostcode(text: string): boolean {
  return TESTS.some((re) => re.test(text));
}
