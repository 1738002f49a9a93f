import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createRandomStream, createRandomStreams } from '../../src/core/uncertainty/random';

// Reference implementations in 64-bit BigInt arithmetic, transcribed from Vigna's C code
// (prng.di.unimi.it: splitmix64.c and xoroshiro128plus.c, parameters a = 24, b = 16, c = 37).
const M64 = (1n << 64n) - 1n;
function splitMix64(seed: bigint): () => bigint {
  let x = seed;
  return () => {
    x = (x + 0x9e3779b97f4a7c15n) & M64;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
    return z ^ (z >> 31n);
  };
}
const rotl = (x: bigint, k: bigint): bigint => ((x << k) | (x >> (64n - k))) & M64;
function xoroshiro128plus(s: [bigint, bigint]): () => bigint {
  return () => {
    const s0 = s[0];
    let s1 = s[1];
    const result = (s0 + s1) & M64;
    s1 ^= s0;
    s[0] = rotl(s0, 24n) ^ s1 ^ ((s1 << 16n) & M64);
    s[1] = rotl(s1, 37n);
    return result;
  };
}
/** Uniforms as the module defines them, from the reference generator: (hi27 · 2^26 + hi26) / 2^53, 0 redrawn. */
function referenceUniforms(seed: number, count: number): number[] {
  const sm = splitMix64(BigInt(seed));
  const next = xoroshiro128plus([sm(), sm()]);
  const out: number[] = [];
  while (out.length < count) {
    const a = Number((next() & 0xffffffffn) >> 5n);
    const b = Number((next() & 0xffffffffn) >> 6n);
    const k = a * 2 ** 26 + b;
    if (k !== 0) out.push(k / 2 ** 53);
  }
  return out;
}

describe('the reference generators', () => {
  it('SplitMix64 reproduces its published sequence from seed 1234567', () => {
    const next = splitMix64(1234567n);
    expect([next(), next(), next(), next(), next()]).toEqual([
      6457827717110365317n,
      3203168211198807973n,
      9817491932198370423n,
      4593380528125082431n,
      16408922859458223821n,
    ]);
  });
});

describe('createRandomStream', () => {
  it('gives the reference algorithm’s numbers bit for bit', () => {
    for (const seed of [0, 1, 2, 42, 2 ** 32, 2 ** 53 - 1]) {
      const stream = createRandomStream(seed);
      const ours = Array.from({ length: 1000 }, () => stream.nextUniform());
      expect(ours).toEqual(referenceUniforms(seed, 1000));
    }
  });

  it('gives fixed golden values (computed independently with Python integers)', () => {
    // The same construction in Python 3 (arbitrary-precision ints), printed with repr().
    expect(createRandomStream(1).fillUniform(new Float64Array(3))).toEqual(
      Float64Array.of(0.9319043874838561, 0.6885662990113711, 0.8678242058578123),
    );
    expect(createRandomStream(42).fillUniform(new Float64Array(3))).toEqual(
      Float64Array.of(0.884069414773014, 0.4568489335531415, 0.3752516519554183),
    );
  });

  it('same seed and stream → identical arrays; another seed or stream → different ones', () => {
    const draw = (seed: number, stream = 0): Float64Array =>
      createRandomStream(seed, stream).fillUniform(new Float64Array(10_000));
    const a = draw(1);
    expect(draw(1)).toEqual(a);
    expect(Object.is(draw(1)[9999], a[9999])).toBe(true);
    for (const other of [draw(2), draw(0), draw(1, 1), draw(2 ** 32 + 1)]) {
      expect(other).not.toEqual(a);
      // Unrelated, not shifted copies: hardly any value is shared.
      const shared = new Set(a);
      expect(other.filter((v) => shared.has(v)).length).toBeLessThan(3);
    }
  });

  it('draws lie strictly between 0 and 1 and are multiples of 2^−53', () => {
    const values = createRandomStream(7).fillUniform(new Float64Array(100_000));
    const outside = values.filter((u) => !(u > 0 && u < 1) || !Number.isInteger(u * 2 ** 53));
    expect(outside.length).toBe(0);
  });

  it('has the moments of a uniform variable', () => {
    const n = 100_000;
    const values = createRandomStream(3).fillUniform(new Float64Array(n));
    let sum = 0;
    let sumSquares = 0;
    for (const u of values) {
      sum += u;
      sumSquares += u * u;
    }
    // Mean 1/2 (σ of the mean ≈ 0.0009), mean square 1/3.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sumSquares / n - 1 / 3)).toBeLessThan(0.005);
  });

  it('fillUniform equals successive nextUniform calls', () => {
    const a = createRandomStream(5).fillUniform(new Float64Array(50));
    const s = createRandomStream(5);
    expect(Array.from(a)).toEqual(Array.from({ length: 50 }, () => s.nextUniform()));
  });

  it('rejects seeds and streams that are not non-negative safe integers', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => createRandomStream(bad)).toThrow(RangeError);
      expect(() => createRandomStream(1, bad)).toThrow(RangeError);
      expect(() => createRandomStreams(bad, 2)).toThrow(RangeError);
    }
  });
});

describe('createRandomStreams', () => {
  it('stream s equals createRandomStream(seed, s)', () => {
    const streams = createRandomStreams(9, 5);
    expect(streams).toHaveLength(5);
    streams.forEach((stream, s) => {
      expect(stream.fillUniform(new Float64Array(20))).toEqual(
        createRandomStream(9, s).fillUniform(new Float64Array(20)),
      );
    });
    expect(createRandomStreams(9, 0)).toEqual([]);
  });

  it('streams are independent objects: drawing from one leaves the others as they were', () => {
    const [a, b] = createRandomStreams(11, 2);
    a!.fillUniform(new Float64Array(1000));
    expect(b!.fillUniform(new Float64Array(5))).toEqual(
      createRandomStream(11, 1).fillUniform(new Float64Array(5)),
    );
  });

  it('any safe seed gives values in (0, 1), reproducibly', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.nat(3), (seed, stream) => {
        const a = createRandomStream(seed, stream).fillUniform(new Float64Array(8));
        const b = createRandomStream(seed, stream).fillUniform(new Float64Array(8));
        return a.every((u, i) => u > 0 && u < 1 && Object.is(u, b[i]));
      }),
      { numRuns: 200 },
    );
  });
});
