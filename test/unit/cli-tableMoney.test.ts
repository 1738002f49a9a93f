import { describe, expect, it } from 'vitest';
import { commonUnit } from '../../src/core/present/tableMoney';
import { tableMoney } from '../../src/cli/tableMoney';

describe('money in a table, in one unit', () => {
  it("keeps the case's unit when a figure is 1 or more, and every figure in it", () => {
    const money = tableMoney([15.57, -0.0513, -0.108], 'million', 'USD');
    expect([15.57, -0.0513, -0.108].map((v) => money(v).text)).toEqual([
      'USD 15.57M',
      'USD −0.051M',
      'USD −0.11M',
    ]);
  });

  it('moves to the largest smaller unit in which the largest figure is at least 1', () => {
    expect(commonUnit([0.08056, -0.04987, 0.11149], 'billion')).toEqual({ unit: 'million', factor: 1000 });
    const money = tableMoney([0.08056, -0.04987], 'billion', 'USD');
    expect(money(0.08056).text).toBe('USD 80.56M');
    expect(money(-0.04987).text).toBe('USD −49.87M');
    expect(money(null).text).toBe('—');
  });

  it('stays in the unit for no figures, zeros and a unit of one', () => {
    expect(commonUnit([], 'billion')).toEqual({ unit: 'billion', factor: 1 });
    expect(commonUnit([0, null], 'million')).toEqual({ unit: 'million', factor: 1 });
    expect(commonUnit([0.5], 'one')).toEqual({ unit: 'one', factor: 1 });
    expect(commonUnit([0.0005], 'million')).toEqual({ unit: 'one', factor: 1e6 });
  });
});
