import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/format';
import * as cached from '../../webview/models/cachedFormat';
import {
  formatCompact,
  formatPointChange,
  formatSignedPercent,
  preciseDigits,
} from '../../webview/models/units';

describe('the preview memoizes the core formatters', () => {
  it('returns exactly what the core returns, the first time and from the cache', () => {
    const value = fc.oneof(fc.double({ noNaN: false }), fc.constant(null), fc.integer());
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 4 }), (v, digits) => {
        for (let round = 0; round < 2; round++) {
          expect(cached.formatNumber(v, digits)).toBe(core.formatNumber(v, digits));
          expect(cached.formatPercent(v, digits)).toBe(core.formatPercent(v, digits));
          expect(cached.formatMoney(v, 'billion', 'USD', digits)).toBe(
            core.formatMoney(v, 'billion', 'USD', digits),
          );
        }
      }),
    );
  });

  it('keeps unit and currency apart in its cache', () => {
    expect(cached.formatMoney(1, 'million', 'USD')).toBe('USD 1M');
    expect(cached.formatMoney(1, 'billion', 'USD')).toBe('USD 1B');
    expect(cached.formatMoney(1, 'billion', 'EUR')).toBe('EUR 1B');
  });
});

describe('signed and compact figures', () => {
  it('writes changes with a sign, and none for what rounds to zero', () => {
    expect(formatSignedPercent(-0.431)).toBe('−43.1%');
    expect(formatSignedPercent(0.2)).toBe('+20%');
    expect(formatSignedPercent(-0.00001)).toBe('0%');
    expect(formatPointChange(0.0021)).toBe('+0.21 pp');
  });

  it('shortens large tick labels', () => {
    expect(formatCompact(200000)).toBe('200k');
    expect(formatCompact(1500000)).toBe('1.5M');
    expect(formatCompact(1500)).toBe('1,500');
    expect(formatCompact(0.25)).toBe('0.25');
  });

  it('gives small amounts a third decimal', () => {
    expect(preciseDigits(0.081)).toBe(3);
    expect(preciseDigits(26.87)).toBe(2);
    expect(preciseDigits(null)).toBe(2);
  });
});
