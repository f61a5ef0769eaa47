/**
 * Near-duplicate detection for essays (bài thu hoạch sao chép): pure functions, no I/O.
 *
 * - Words: NFC, lower case, diacritics FOLDED (ă â → a, đ → d...), punctuation stripped.
 *   Folding makes a copy whose accents were removed (or typed with another input method)
 *   still match; with 3-word shingles, accidental collisions of folded Vietnamese are rare.
 * - Shingles: every run of SHINGLE_SIZE consecutive words (a shorter text is one shingle).
 * - MinHash: NUM_PERMUTATIONS seeded 32-bit hash functions; the share of equal positions of two
 *   signatures estimates the Jaccard similarity of their shingle sets (std. error ≈ 0.03 at 0.9).
 * - LSH: the signature is cut into LSH_BANDS bands of LSH_ROWS values; essays sharing one band hash
 *   are candidates. With 32 × 4, a pair at similarity 0.5 is a candidate with p ≈ 0.87, at 0.8 p ≈ 1.
 */
export const SHINGLE_SIZE = 3;
export const NUM_PERMUTATIONS = 128;
export const LSH_BANDS = 32;
export const LSH_ROWS = NUM_PERMUTATIONS / LSH_BANDS;

/** Word count as the rules define it: whitespace-separated tokens after NFC normalisation. */
export function countWords(text: string): number {
  const trimmed = text.normalize('NFC').trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** Words for comparison: NFC, lower case, diacritics folded, punctuation and symbols dropped. */
export function normalisedWords(text: string): string[] {
  const folded = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded === '' ? [] : folded.split(' ');
}

/** The distinct word shingles of a text, as strings of SHINGLE_SIZE words. */
export function shingles(text: string, size = SHINGLE_SIZE): Set<string> {
  const words = normalisedWords(text);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < size) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

/** FNV-1a over the UTF-16 code units, 32 bits unsigned. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a good 32-bit mixer. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds (mulberry32 of a constant): signatures stay comparable across releases. */
const SEEDS: readonly number[] = (() => {
  let state = 0x5175616e; // "Quan"
  const out: number[] = [];
  for (let i = 0; i < NUM_PERMUTATIONS; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out.push((t ^ (t >>> 14)) >>> 0);
  }
  return out;
})();

/**
 * The MinHash signature of a text: NUM_PERMUTATIONS values as signed 32-bit integers
 * (PostgreSQL `integer[]`), or null when the text has no words.
 */
export function minhashSignature(text: string): number[] | null {
  const set = shingles(text);
  if (set.size === 0) return null;
  const mins = new Array<number>(NUM_PERMUTATIONS).fill(0xffffffff);
  for (const shingle of set) {
    const h = hashString(shingle);
    for (let i = 0; i < NUM_PERMUTATIONS; i++) {
      const v = fmix32(h ^ SEEDS[i]);
      if (v < mins[i]) mins[i] = v;
    }
  }
  return mins.map((v) => v | 0);
}

/** Estimated Jaccard similarity of two signatures: the share of equal positions (0-1). */
export function estimatedSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Exact Jaccard similarity of the shingle sets (for tests and explanations). */
export function jaccard(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  let inter = 0;
  for (const s of sa) if (sb.has(s)) inter++;
  return inter / (sa.size + sb.size - inter);
}

/** The LSH band hashes of a signature: LSH_BANDS signed 32-bit integers, band i at index i. */
export function lshBands(signature: readonly number[]): number[] {
  const bands: number[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < LSH_ROWS; r++) {
      h = Math.imul(h ^ signature[band * LSH_ROWS + r], 0x01000193);
      h = fmix32(h);
    }
    bands.push(h | 0);
  }
  return bands;
}
