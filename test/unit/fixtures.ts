/** The format page's example: the operating-leverage arithmetic (Storage Story, July 2015) in one file. */
export const SEED_CASE = `itcase: 1
title: Why a 10% sales drop halves the margin
company:
  name: Example retailer
  industry: retail
  employees: 1000
currency: USD
unit: million
periods: [2014]
discountRate: 8%
revenue: 100
grossMargin: 25%
fixedCosts:
  stores-and-logistics: 20
itSpend:
  run-the-business: 0
scenarios:
  - name: Sales fall 10%
    revenueChange: -10%
`;

/** A three-period case with every series form, for tests that need more than one period. */
export const THREE_PERIODS = `itcase: 1
title: Three years
company: { name: Co }
currency: USD
unit: billion
periods: [2012, 2013, 2014]
revenue: [100, 110, 120]
grossMargin: { 2012: 25%, 2013: 25%, 2014: 30% }
fixedCosts:
  stores: { start: 10, growth: 10% }
itSpend:
  run: { amount: "5B", kind: run, type: opex }
  cloud: { 2014: 1 }
investments:
  - name: Cloud
    costs: [10, 2, 2]
    benefits: [0, 8, 12]
`;
