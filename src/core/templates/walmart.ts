import type { CaseTemplate } from './types';

/*
 * Walmart, fiscal 2012–2014. Figures from Walmart's 10-K for the fiscal year ended 31 January 2014
 * (consolidated statements of income and five-year summary) and IDC's top IT spenders report; the
 * reconciliation of the model's operating profit with the 10-K is written out in the YAML comments.
 */
const text = `# Walmart, fiscal 2012–2014: the world's largest IT spender, on a heavy fixed-cost base.
#
# The argument (Storage Story blog, 2015-07-26, retelling Forbes, 2015-07-25): a retailer that keeps
# about 25 cents of each sales dollar after the cost of goods, and must pay about 20 cents whatever it
# sells (stores, distribution centres, trucks), loses about half its operating margin when sales fall
# 10%. Walmart is that retailer, and it is also the world's largest IT spender (IDC). This case puts
# both on one page: what the IT spend weighs in the cost base, and what an IT investment returns.
#
# Every number has its source beside it or under \`sources:\`. Numbers marked "illustrative" are
# assumptions made for the example, not published facts: replace them with your own.

itcase: 1
title: "Walmart 2012–2014: the world's largest IT spender, with heavy fixed costs"
company:
  name: Walmart Stores, Inc.
  industry: retail
  employees: 2200000 # "2.2M dedicated associates globally": Walmart 2014 Annual Report
currency: USD
unit: billion # every money amount below is in billions of US dollars

# Walmart's fiscal year ends on 31 January: FY2014 runs from 1 February 2013 to 31 January 2014.
# IDC's IT spend figures are calendar years. Like Storage Story, this case puts IDC's year N beside
# Walmart's FY N; IDC's calendar 2014 overlaps mostly with Walmart's FY2015 (Feb 2014 – Jan 2015),
# so the IT line runs about eleven months later than the income-statement lines.
periods: [FY2012, FY2013, FY2014]

discountRate: 8% # illustrative: a round hurdle rate for the investment below, not Walmart's cost of capital

# Total revenues (net sales + membership and other income): Walmart 10-K for FY2014, consolidated
# statements of income. FY2012 and FY2013 are as restated in that 10-K for discontinued operations;
# the 10-Ks of those years first reported 446.95 and 469.16. (FY2015: 485.7, Walmart 10-K for FY2015.)
revenue: [446.51, 468.65, 476.29]

# "Gross profit margin", Walmart 10-K for FY2014, five-year financial summary: 24.5%, 24.3%, 24.3%.
# Walmart measures it on net sales; see the reconciliation under fixedCosts.
# The 10-K gives the gross margins to one decimal: FY2014's 24.3% is anywhere from 24.25% to 24.35%,
# written as a range (format 1.1). The report uses its midpoint, 24.3%.
grossMargin: [24.5%, 24.3%, { low: 24.25%, high: 24.35%, dist: uniform }]

# Fixed costs: what Walmart pays whatever it sells (stores, distribution centres, trucks, staff).
# In the 10-K they sit in "operating, selling, general and administrative expenses" (SG&A):
# 85.03, 88.63, 91.35 (19.2%, 19.0%, 19.3% of net sales; 10-K for FY2014).
#
# Walmart does not report IT as a line of its own; this case assumes its IT spend is part of those
# operating costs. The format counts IT spend inside operating profit and lists it on its own under
# itSpend, so it is taken out of the fixed costs here: counted once, not twice.
#
# Reconciliation with the 10-K's operating income (26.49, 27.73, 26.87; 5.9%, 5.9%, 5.6% of revenue):
#                                              FY2012   FY2013   FY2014
#   SG&A (10-K)                                 85.03    88.63    91.35
#   less IT spend (IDC, below)                  -9.30    -9.80   -10.16
#   less membership and other income, net       -2.13    -2.47    -2.48   (rounded so each column adds up)
#   = fixed costs used here                     73.60    76.36    78.71
# The third row: Walmart's gross margin is a rate on net sales, but revenue above also holds
# membership and other income (3.09, 3.05, 3.22: club fees and the like, with no cost of sales).
# Revenue x grossMargin counts only 24.3–24.5% of that income, so the rest, adjusted for the rounding
# of the 10-K's one-decimal margins, is taken off the fixed costs. The result, computed by the engine:
#   operating profit = revenue x grossMargin - fixed costs - IT spend = 26.49, 27.72, 26.87
#   operating margin = 5.93%, 5.92%, 5.64%: the 10-K's operating income to within 0.01.
# (Storage Story calls the 5% "net margin"; on Walmart's books it is the operating, EBIT, margin.
# Walmart's FY2014 net margin was 3.3%.)
fixedCosts:
  stores-distribution-and-staff: [73.60, 76.36, 78.71]

# IT spend, IDC ("The Big Guns: IDC's Worldwide Top 10 IT Spenders", 2015, as retold by Storage Story):
# $9.3B in 2012, $9.8B in 2013 (also quoted as $9.86B), $10.162B in 2014, rank 1 worldwide.
# IDC does not split it into run/grow/transform or opex/capex, so no kind or type is given.
# It is about 2.1% of revenue, and 38% of the FY2014 operating profit.
itSpend:
  all-it-idc-estimate:
    # 2013 is quoted as both $9.8B and $9.86B: a range from the one to the other, most likely 9.8.
    amount: [9.3, { low: 9.8, likely: 9.8, high: 9.86 }, 10.16]
    note: IDC estimate for calendar 2012, 2013, 2014 (see periods)

investments:
  # Illustrative. Storage Story (citing IDC) says only that Walmart ran 100,000+ cores on OpenStack in
  # 2014 to meet global e-commerce demand. Walmart has not published what that cloud cost or
  # returned: the amounts below are assumptions that show how such a case is judged.
  - name: OpenStack private cloud (illustrative)
    note: Illustrative amounts, not published by Walmart or IDC. Scale from Storage Story - 100,000+ cores (2014).
    # Illustrative ranges (format 1.1): build-outs overrun more often than they come in under, and
    # the benefits of new capacity are the least certain number here. The preview and
    # \`itcase report\` show how sure the case is, what drives it and what must be true.
    costs: [{ low: 0.13, likely: 0.15, high: 0.22 }, 0.08, 0.08] # illustrative: build-out at t = 0, then running costs
    benefits: [0.02, { low: 0.08, likely: 0.15, high: 0.2 }, { low: 0.1, likely: 0.25, high: 0.32 }] # illustrative: avoided hosting and licences, e-commerce capacity

scenarios:
  # Storage Story's arithmetic on Walmart's own numbers: fixed costs and IT spend stay, gross profit
  # falls with sales. FY2014 operating profit 26.87 becomes 15.29: -43% on a 10% sales drop.
  - name: Sales fall 10%
    revenueChange: -10%
  - name: Sales grow 5%
    note: Illustrative
    revenueChange: 5%
  # Illustrative: what another ~$1B of IT spend costs the margin; at a 24.3% gross margin it must
  # bring about $4.2B of extra sales (1.016 / 0.243) to pay for itself.
  - name: IT spend up 10%
    note: Illustrative
    itSpendChange: 10%

benchmarks:
  # The same entries as "IT Case: Insert Benchmark Data..." writes. Only the ranks with published
  # amounts: ranks 3 to 5 (Citigroup, AT&T, JPMorgan Chase) were published without them.
  - id: idc-top-it-spenders-2014
    title: "IT spend by company: the two largest IT spenders, 2014"
    metric: itSpend
    unit: billion
    currency: USD
    year: 2014
    source: "IDC, The Big Guns: IDC's Worldwide Top 10 IT Spenders (2015); InformationWeek, 2015-04-08; Storage Story blog, 2015-07-26"
    note: Rank 1 Walmart Stores ($10.162B in Storage Story), rank 2 Bank of America. Ranks 3 to 5
      (Citigroup, AT&T, JPMorgan Chase) were published without amounts, so they are left out.
      IDC figures are estimates for the calendar year.
    values:
      Walmart: 10.16
      Bank of America: 5.33
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

sources:
  - "Walmart, Form 10-K for the fiscal year ended 31 January 2014 (filed 2014-03-21): consolidated statements of income; five-year financial summary"
  - "Walmart, 2014 Annual Report: 2.2M associates"
  - "IDC, The Big Guns: IDC's Worldwide Top 10 IT Spenders (2015), as retold by the Storage Story blog, 2015-07-26"
  - "InformationWeek, 2015-04-08: IDC's top 10 IT spenders of 2014"
  - "Forbes, 2015-07-25: Amazon passes Walmart in market value (the operating-leverage arithmetic, revenue per employee)"
`;

export const walmartTemplate: CaseTemplate = {
  id: 'walmart',
  label: 'Walmart 2012–2014: the heavy-fixed-cost retailer',
  description:
    "The world's largest IT spender (IDC): revenue, margins and IT spend from the 10-K and IDC, a 10% sales drop, an illustrative private-cloud investment",
  fileName: 'walmart-2012-2014.itcase.yaml',
  text,
};
