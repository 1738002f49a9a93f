/**
 * Seeded, reproducible uniform random numbers for the Monte Carlo simulation.
 *
 * Requirement: the same seed gives the same numbers, bit for bit, in Node, in the preview's webview
 * and in a web worker. Everything here is 32-bit integer arithmetic plus one exact multiplication by a
 * power of two, which every JavaScript engine performs identically.
 *
 * Generator: xoroshiro128+ (Blackman & Vigna, parameters 24/16/37) from `pure-rand`. Why `pure-rand`:
 * it is small, has no dependencies, is maintained (by the author of fast-check, which already depends
 * on it, so it adds nothing new to the install), ships ESM and CommonJS, runs unchanged in browsers,
 * and implements the generator in 32-bit integer operations only (no BigInt, no floating point), so
 * its output does not depend on the engine. It also provides xoroshiro's `jump()` (2^64 steps ahead),
 * which gives independent, non-overlapping streams. We use only the generator: its `uniformFloat64`
 * builds doubles in [0, 1) from the low bits of each output, and we want (0, 1) from the high bits.
 *
 * Seeding: the 128-bit state is the first two outputs of SplitMix64 started at the seed (Vigna's
 * recommendation), so nearby seeds (1, 2, 3 …) give unrelated streams and seeds up to 2^53 − 1 are all
 * distinct (`pure-rand`'s own `xoroshiro128plus(seed)` keeps only 32 bits of the seed and fills the
 * state with constants). SplitMix64 is computed once per stream with BigInt.
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** A stream of uniform doubles in the open interval (0, 1). Not shareable across threads: it has state. */
export interface RandomStream {
  /**
   * The next uniform double u with 0 < u < 1: u = k / 2^53 for a uniform 53-bit integer k, redrawn
   * when k = 0 (probability 2^−53). The smallest value is 2^−53, the largest 1 − 2^−53.
   * Consumes two 32-bit outputs of the generator (four in the 2^−53 case of a redraw).
   */
  nextUniform(): number;
  /** Fills `out` with successive `nextUniform()` values, in index order, and returns it. */
  fillUniform(out: Float64Array): Float64Array;
}

type Generator = ReturnType<typeof xoroshiro128plusFromState>;

const MASK64 = (1n << 64n) - 1n;
/** 2^26: the 27 high bits of the first output are the high part of k. */
const TWO_POW_26 = 67108864;
/** 2^−53, exact. */
const TWO_POW_MINUS_53 = 1 / 9007199254740992;

/**
 * A random stream for `seed`, numbered `stream`.
 *
 * Stream s is the seeded generator advanced by s jumps of 2^64 outputs each, so streams never overlap
 * (each would need more than 2^64 draws first) and what one stream draws never shifts another: give
 * each uncertain input its own stream, and adding a range to one input leaves the others' draws as
 * they were. Cost: s jumps of 128 generator steps; for many streams use `createRandomStreams`.
 *
 * @param seed a non-negative integer up to 2^53 − 1 (`simulation.seed`)
 * @param stream a non-negative integer, 0 by default
 * @throws RangeError when seed or stream is not a non-negative safe integer
 */
export function createRandomStream(seed: number, stream = 0): RandomStream {
  checkIndex('seed', seed);
  checkIndex('stream', stream);
  const generator = seededGenerator(seed);
  for (let s = 0; s < stream; s++) generator.jump();
  return new Xoroshiro128PlusStream(generator);
}

/**
 * Streams 0 … count − 1 for `seed`; streams[s] gives exactly the numbers of `createRandomStream(seed, s)`,
 * at the cost of count − 1 jumps in all.
 *
 * @throws RangeError when seed or count is not a non-negative safe integer
 */
export function createRandomStreams(seed: number, count: number): RandomStream[] {
  checkIndex('seed', seed);
  checkIndex('count', count);
  const streams: RandomStream[] = [];
  const generator = seededGenerator(seed);
  for (let s = 0; s < count; s++) {
    if (s > 0) generator.jump();
    streams.push(new Xoroshiro128PlusStream(xoroshiro128plusFromState(generator.getState())));
  }
  return streams;
}

class Xoroshiro128PlusStream implements RandomStream {
  constructor(private readonly generator: Generator) {}

  nextUniform(): number {
    const g = this.generator;
    for (;;) {
      // The upper 27 and 26 bits of two 32-bit outputs (as MT19937's genrand_res53): the lowest bits
      // of xoroshiro128+ are its weakest. k < 2^53, so k · 2^−53 is exact.
      const k = (g.next() >>> 5) * TWO_POW_26 + (g.next() >>> 6);
      if (k !== 0) return k * TWO_POW_MINUS_53;
    }
  }

  fillUniform(out: Float64Array): Float64Array {
    for (let i = 0; i < out.length; i++) out[i] = this.nextUniform();
    return out;
  }
}

/** xoroshiro128+ with the state (s0, s1) = the first two SplitMix64 outputs from `seed`. */
function seededGenerator(seed: number): Generator {
  let x = BigInt(seed);
  const next = (): bigint => {
    x = (x + 0x9e3779b97f4a7c15n) & MASK64;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    return z ^ (z >> 31n);
  };
  const s0 = next();
  const s1 = next(); // two consecutive SplitMix64 outputs are never both 0
  const high = (v: bigint): number => Number(BigInt.asIntN(32, v >> 32n));
  const low = (v: bigint): number => Number(BigInt.asIntN(32, v));
  // pure-rand's state order: high and low 32 bits of s0, then of s1.
  return xoroshiro128plusFromState([high(s0), low(s0), high(s1), low(s1)]);
}

function checkIndex(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer up to 2^53 − 1, got ${value}`);
  }
}
