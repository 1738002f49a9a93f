import type { CaseTemplate } from './types';

/*
 * Amazon, 2014. The amounts are Amazon's published 2014 figures (10-K, results release of
 * 2015-01-29); what is illustrative is the split of costs into variable and fixed, stated line by line.
 */
const text = `# Amazon, 2014: the online challenger.
#
# The Storage Story blog (2015-07-26, retelling Forbes, 2015-07-25) sets Amazon beside Walmart:
# in July 2015 Amazon's market value ($248B) passed Walmart's ($233B) on about a fifth of Walmart's
# revenue, with almost three times its revenue per employee. This case lays out Amazon's 2014 costs
# in the same shape as the Walmart template, so the two can be read line by line.
#
# The amounts are Amazon's published 2014 figures (Form 10-K for 2014; results release, 2015-01-29).
# What is illustrative is the split into variable and fixed costs: Amazon does not report which of
# its costs move with sales. The choice made here is stated at each line; change it and watch the
# scenarios move.

itcase: 1
title: "Amazon 2014: the online challenger's cost structure"
company:
  name: Amazon.com, Inc.
  industry: online retail and cloud services
  # Employees worldwide at the end of 2014, announced with Amazon's fourth-quarter 2014 results
  # (2015-01-29), as reported by GeekWire. A year-end count: revenue / employees gives about $577k,
  # against the $621k Forbes reported in July 2015 (see benchmarks).
  employees: 154100
currency: USD
unit: billion # every money amount below is in billions of US dollars
periods: [2014] # Amazon's fiscal year is the calendar year
discountRate: 8% # illustrative: a round rate, not Amazon's cost of capital

# Net sales 2014: $88.99B (Amazon 10-K 2014; results release, 2015-01-29). Storage Story rounds it to $89B.
# Operating income was 0.18 and the net result a loss of 0.24 (same sources).
revenue: 88.99

# Illustrative split. Cost of sales (62.75) and fulfillment (10.77, Amazon 10-K 2014) grow with
# orders, so both count as variable costs here. What is left of each sales dollar:
#   (88.99 - 62.75 - 10.77) / 88.99 = 17.38%
# (Amazon's margin after cost of sales alone is 29.5%. Fulfillment, the warehouses and their staff,
# is the part of its cost base that grows with orders, the way Walmart's stores do not.)
# How much of each sales dollar is left is the least certain number of this case, since the split is
# a choice (illustrative range, format 1.1): from 16.8% if more of marketing moved with sales, to
# 17.8% if less of fulfillment did. At a near-zero profit, the preview shows how likely a loss is.
grossMargin: { low: 16.8%, likely: 17.38%, high: 17.8%, dist: pert }

# Treated as fixed (illustrative): they do not move with a given year's sales.
fixedCosts:
  marketing: 4.33 # Amazon 10-K 2014. Illustrative choice: part of it (affiliate fees) moves with sales
  general-and-administrative: 1.55 # Amazon 10-K 2014
  other-operating: 0.13 # Amazon 10-K 2014: mostly amortization of intangible assets

# "Technology and content", Amazon 10-K 2014: engineers, servers and data centres (including the
# infrastructure it sells as AWS), and content. It is the nearest published line to an IT spend, but
# it is not IDC's definition: compare it with Walmart's IDC figure ($10.16B) with care.
# 9.28 is 10.4% of Amazon's revenue; Walmart's IT spend is 2.1% of its revenue.
itSpend:
  technology-and-content:
    amount: 9.28
    kind: grow # illustrative: Amazon grew it 41% in 2014 (10-K), faster than sales
    note: Amazon 10-K 2014; includes AWS infrastructure and content, so not IDC's IT spend definition

# With these lines the engine gives operating profit 88.99 x 17.38% - 6.01 - 9.28 = 0.18 (0.2% of
# revenue): Amazon's reported operating income.
#
# Reading the scenarios beside Walmart's. Amazon ran at break-even in 2014, so any change in sales is
# a large percent change of its (near-zero) profit, and the preview's operating-leverage figure
# (gross profit / operating profit, about 88) is far above Walmart's (about 4.3). That ratio says how
# close to break-even a company is, not how its costs are built. Read the money instead: a lost sales
# dollar costs Amazon 17 cents of profit and Walmart 24; fixed costs and IT take 17.2% of Amazon's
# revenue and 18.7% of Walmart's; and most of Amazon's fixed spend is technology it chose to grow
# (kind: grow), where Walmart's is stores, distribution centres and trucks.
scenarios:
  - name: Sales fall 10%
    revenueChange: -10%
  # Amazon's net sales grew 20% in 2014 (results release, 2015-01-29); here on top of the 2014 base,
  # with the fixed costs and technology spend held where they are (illustrative).
  - name: Sales grow 20%
    note: Illustrative - costs held at their 2014 level
    revenueChange: 20%

benchmarks:
  # The same entries as "IT Case: Insert Benchmark Data..." writes.
  - id: revenue-per-employee-forbes-2015
    title: Revenue per employee, as reported by Forbes (July 2015)
    metric: revenuePerEmployee
    unit: one
    currency: USD
    year: 2015
    source: Forbes, 2015-07-25, as retold by the Storage Story blog, 2015-07-26
    note: As reported by Forbes, July 2015. Only Walmart's figure could be checked against a filing
      ($485.7B revenue in FY2015 / 2.2M associates = about $221k). Amazon's 2014 net sales over its
      year-end headcount (154,100) give about $577k.
    values:
      Walmart: 220000
      Costco: 595000
      Amazon: 621000
  - id: market-value-2015-07
    title: Market value, July 2015
    metric: marketCap
    unit: billion
    currency: USD
    year: 2015
    source: Forbes, 2015-07-25, as retold by the Storage Story blog, 2015-07-26
    note: Walmart's value is given as about $230B to $233B (Storage Story writes both); market values move daily.
    values:
      Walmart: 233
      Amazon: 248

sources:
  - "Amazon.com, Form 10-K for 2014: net sales, cost of sales, fulfillment, marketing, technology and content, general and administrative"
  - "Amazon.com, fourth-quarter and full-year 2014 results, Business Wire, 2015-01-29: net sales $88.99B (+20%), operating income $178M, net loss $241M"
  - "GeekWire, 2015-01-29: Amazon's headcount of 154,100 at the end of 2014"
  - "Forbes, 2015-07-25: Amazon passes Walmart in market value; revenue per employee"
  - "Storage Story blog, 2015-07-26, retelling IDC and Forbes"
`;

export const amazonTemplate: CaseTemplate = {
  id: 'amazon',
  label: 'Amazon 2014: the online challenger',
  description:
    "Amazon's 2014 costs from its 10-K, split into variable and fixed (illustrative), with a 10% fall and a 20% rise in sales",
  fileName: 'amazon-2014.itcase.yaml',
  text,
};
