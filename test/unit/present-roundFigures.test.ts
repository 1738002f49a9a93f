import { describe, expect, it } from 'vitest';
import { roundFigure, roundFigures } from '../../src/core/present/roundFigures';

describe('figures leave the engine rounded to 12 significant digits', () => {
  it('removes floating-point noise from sums of short decimals', () => {
    expect(roundFigure(15.466461999999998)).toBe(15.466462);
    expect(roundFigure(0.1 + 0.2)).toBe(0.3);
    expect(roundFigure(446.51 * 0.245)).toBe(109.39495);
  });

  it('keeps 12 significant digits of large and small figures, and never −0', () => {
    expect(roundFigure(123456789012.34)).toBe(123456789012);
    expect(roundFigure(0.000123456789012345)).toBe(0.000123456789012);
    expect(Object.is(roundFigure(-0), 0)).toBe(true);
    expect(Object.is(roundFigure(-1e-320), -1e-320)).toBe(true);
  });

  it('rounds every number of a report-like value and keeps names such as __proto__', () => {
    const value = JSON.parse('{"a":[0.30000000000000004,null,"x"],"__proto__":{"b":-0}}') as unknown;
    const rounded = roundFigures(value) as Record<string, unknown>;
    expect(JSON.stringify(rounded)).toBe('{"a":[0.3,null,"x"],"__proto__":{"b":0}}');
  });
});
