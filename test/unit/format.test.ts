import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatPeriods,
  formatScaled,
  formatSignedMoney,
  MINUS,
} from '../../src/core/format';

describe('money', () => {
  it('writes an amount in the case unit', () => {
    expect(formatMoney(476.29, 'billion', 'USD')).toBe('USD 476.29B');
    expect(formatMoney(5, 'million', 'USD')).toBe('USD 5M');
    expect(formatMoney(0.083, 'billion', 'USD', 3)).toBe('USD 0.083B');
    expect(formatMoney(1234.5, 'one', 'EUR')).toBe('EUR 1,234.5');
    expect(formatMoney(0, 'billion', 'USD')).toBe('USD 0B');
    expect(formatMoney(null, 'billion', 'USD')).toBe('—');
  });

  it('writes a small amount in a large unit in the largest suffix that keeps it at least 1', () => {
    expect(formatMoney(-0.0015, 'billion', 'USD')).toBe('USD −1.5M');
    expect(formatMoney(0.0015, 'billion', 'USD')).toBe('USD 1.5M');
    expect(formatMoney(0.00022, 'billion', 'USD')).toBe('USD 220k');
    expect(formatMoney(-0.000000002, 'billion', 'USD')).toBe('USD −2');
    expect(formatMoney(0.05, 'million', 'USD')).toBe('USD 50k');
    expect(formatMoney(0.004, 'thousand', 'KRW')).toBe('KRW 4');
  });

  it('never writes a non-zero amount as 0 in a large unit, nor zero with a minus sign', () => {
    for (const value of [-0.0015, 0.0015, -1e-7, 1e-9, -4e-12, -0.0004]) {
      const text = formatMoney(value, 'billion', 'USD');
      expect(text).not.toMatch(/^USD [−-]?0[BMk]$/);
      expect(text).not.toMatch(/^USD [−-]0$/);
    }
    expect(formatMoney(-0, 'billion', 'USD')).toBe('USD 0B');
    // Floating-point noise rounds to zero even in ones, and then reads as zero without a sign.
    expect(formatMoney(-1.4e-14, 'million', 'USD')).toBe('USD 0');
    expect(formatMoney(-0.001, 'one', 'USD')).toBe('USD 0');
  });
});

describe('one minus sign, and none for zero', () => {
  it('puts U+2212 before every negative figure', () => {
    expect(MINUS).toBe('\u2212');
    expect(formatNumber(-1234.5)).toBe('−1,234.5');
    expect(formatPercent(-0.1)).toBe('−10%');
    expect(formatMultiple(-2)).toBe('−2.0×');
    expect(formatPeriods(-1.5)).toBe('−1.50 periods');
    expect(formatScaled(-0.00022, 'billion')).toBe('−220k');
    expect(formatMoney(-3, 'million', 'USD')).toBe('USD −3M');
    for (const text of [
      formatNumber(-1),
      formatPercent(-1),
      formatMultiple(-1),
      formatPeriods(-1),
      formatScaled(-1, 'one'),
      formatMoney(-1, 'one', 'USD'),
    ]) {
      expect(text).not.toContain('-');
    }
  });

  it('writes -0 and what rounds to zero without a sign', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatPercent(-0)).toBe('0%');
    expect(formatPercent(-0.00001)).toBe('0%');
    expect(formatMultiple(-0.04)).toBe('0.0×');
    expect(formatPeriods(-0)).toBe('0 periods');
    expect(formatScaled(-0, 'billion')).toBe('0');
  });

  it('keeps the other figures as they were', () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatPercent(0.0564)).toBe('5.64%');
    expect(formatMultiple(5)).toBe('5.0×');
    expect(formatPeriods(2.5)).toBe('2.50 periods');
    expect(formatPeriods(1)).toBe('1 period');
    expect(formatPeriods(null)).toBe('never');
    expect(formatScaled(1.5e12, 'one')).toBe('1.5T');
  });
});

describe('a signed money change', () => {
  it('puts its sign where an amount puts its minus: after the currency', () => {
    expect(formatSignedMoney(-360.55, 'billion', 'USD')).toBe('USD −360.55B');
    expect(formatMoney(-360.55, 'billion', 'USD')).toBe('USD −360.55B');
    expect(formatSignedMoney(0.08056, 'billion', 'USD')).toBe('USD +80.56M');
    expect(formatSignedMoney(0, 'billion', 'USD')).toBe('USD 0B');
    expect(formatSignedMoney(null, 'billion', 'USD')).toBe('—');
  });
});
