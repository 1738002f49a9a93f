import { describe, expect, it } from 'vitest';
import { formatCompact, formatPointChange, formatSignedPercent, preciseDigits } from '../../src/core/format';

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
