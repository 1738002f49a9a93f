import type { CaseTemplate } from './types';

/*
 * A blank case: only the required fields, filled with the operating-leverage example (Storage Story's
 * arithmetic) so that the file validates and the preview has something to draw; every optional
 * section is shown commented out.
 */
const text = `# A business case for IT spend (.itcase.yaml, format version 1).
#
# Fill in the required fields below, then uncomment the optional sections you need (remove the
# leading "# "). Lines starting with # are comments: use them to say where each number comes from.
#
# Values:
#   money    a number in the file's unit (446.95), or an absolute amount with a suffix ("10.16B", "220k")
#   percent  25% or -10% (or a fraction such as 0.25)
#   series   one value for every period (100), a list with one value per period ([100, 104, 108]),
#            a map by period ({ 2025: 100, 2026: 104 }), or a start with growth ({ start: 100, growth: 4% })
#
# The placeholder numbers are the worked example Forbes used (2015-07-25, retold by the Storage Story
# blog, 2015-07-26): revenue 100 and gross margin 25%; uncomment the fixed costs of 20 below and the
# operating margin is 5%, halved when sales fall 10%. Replace them with your own.

itcase: 1 # the format version: always 1
title: My IT business case
company:
  name: My company
  # industry: retail
  # employees: 1000 # a count (or "2.2M"); enables revenue and IT spend per employee
currency: USD # ISO 4217 code: USD, EUR, KRW ...
unit: million # scale of every money number: one, thousand, million or billion
periods: [2025, 2026, 2027] # labels, shown as given (FY2025 works too); or { start: 2025, count: 3 }
# discountRate: 8% # per period, for NPV and discounted payback; 8% when left out

revenue: 100 # placeholder (Forbes' example); a series, see above
grossMargin: 25% # placeholder (Forbes' example): share of revenue left after the cost of goods sold

# Costs that do not move with revenue (stores, distribution centres, trucks, rent, salaries).
# Do not include IT spend here if you list it under itSpend: it would be counted twice.
# fixedCosts:
#   stores-and-logistics: 20 # placeholder (Forbes' example)

# IT spend: part of operating costs, shown on its own. A line is a series, or
# { amount, kind, type } with kind run, grow or transform and type opex or capex.
# itSpend:
#   run-the-business: 1.5
#   new-platform: { amount: [0.5, 1, 1], kind: transform, type: capex }

# Operating profit = revenue x grossMargin - fixed costs - IT spend.

# IT investments, each judged on its own: NPV, IRR, MIRR, payback, ROI.
# Give costs and benefits over the case's periods (the first period is t = 0), or net cash flows.
# investments:
#   - name: New platform
#     costs: [1, 0.5, 0.5]
#     benefits: [0, 1, 2]
#   - name: New platform, as net cash flows
#     cashflows: [-1, 0.5, 1.5] # the first at t = 0
#     discountRate: 10% # overrides the file's rate for this investment

# What-ifs against the base case; each name must be unique.
# scenarios:
#   - name: Sales fall 10%
#     revenueChange: -10%
#   - name: Margin squeeze
#     grossMargin: 23%
#   - name: Cost programme
#     fixedCostsChange: -5%
#     itSpendChange: 10%

# Reference data shown beside the case ("IT Case: Insert Benchmark Data..." adds a shipped data set).
# benchmarks:
#   - id: my-peer-group-2025
#     title: IT spend of my peer group
#     metric: itSpend # or revenue, revenuePerEmployee, itSpendShareOfRevenue, marketCap, operatingMargin
#     unit: million
#     currency: USD
#     year: 2025
#     source: Who published it, and when
#     values:
#       Peer A: 12
#       Peer B: 9

# Where the numbers come from.
# sources:
#   - "Annual report 2025, income statement"
`;

export const blankTemplate: CaseTemplate = {
  id: 'blank',
  label: 'Blank case',
  description: 'Only the required fields, with every optional section shown commented out',
  fileName: 'business-case.itcase.yaml',
  text,
};
