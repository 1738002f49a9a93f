import { describe, expect, it } from 'vitest';
import { inputLabel } from '../../src/core/present/inputLabel';

const model = {
  periods: ['FY2012', 'FY2013', 'FY2014'],
  investments: [{ name: 'Cloud' }, { name: 'ERP' }],
  scenarios: [{ name: 'Sales fall 10%' }],
} as unknown as Parameters<typeof inputLabel>[1];

describe("an uncertain input's name for people", () => {
  it.each([
    [['revenue'], 'Revenue'],
    [['grossMargin', 2], 'Gross margin, FY2014'],
    [['revenue', 'FY2013'], 'Revenue, FY2013'],
    [['revenue', 'growth'], 'Revenue, growth'],
    [['revenue', 'start'], 'Revenue, start'],
    [['discountRate'], 'Discount rate'],
    [['fixedCosts', 'stores', 1], 'Fixed cost stores, FY2013'],
    [['itSpend', 'erp', 'amount', 0], 'IT spend erp, FY2012'],
    [['itSpend', 'erp'], 'IT spend erp'],
    [['investments', 1, 'benefits', 2], 'ERP: benefits, FY2014'],
    [['investments', 0, 'cashflows', 1], 'Cloud: cash flow, t = 1'],
    [['investments', 0, 'discountRate'], 'Cloud: discount rate'],
    [['scenarios', 0, 'revenueChange'], 'Sales fall 10%: revenue change'],
    [['scenarios', 0, 'grossMargin', 1], 'Sales fall 10%: gross margin, FY2013'],
  ] as const)('%j → %s', (path, label) => {
    expect(inputLabel([...path], model)).toBe(label);
  });

  it("leaves out the investment's name under its own NPV", () => {
    expect(inputLabel(['investments', 0, 'costs', 0], model, 0)).toBe('Costs, FY2012');
    expect(inputLabel(['investments', 1, 'costs', 0], model, 0)).toBe('ERP: costs, FY2012');
  });
});
