import type { BenchmarkDataSet } from './types';

/** IDC's largest IT spenders of 2014: only the ranks with published amounts. */
export const idcTopItSpenders2014: BenchmarkDataSet = {
  id: 'idc-top-it-spenders-2014',
  title: 'IT spend by company: the two largest IT spenders, 2014',
  metric: 'itSpend',
  unit: 'billion',
  currency: 'USD',
  year: 2014,
  source:
    "IDC, The Big Guns: IDC's Worldwide Top 10 IT Spenders (2015); InformationWeek, 2015-04-08; Storage Story blog, 2015-07-26",
  note: 'Rank 1 Walmart Stores ($10.162B in Storage Story), rank 2 Bank of America. Ranks 3 to 5 (Citigroup, AT&T, JPMorgan Chase) were published without amounts, so they are left out. IDC figures are estimates for the calendar year.',
  values: {
    Walmart: 10.16,
    'Bank of America': 5.33,
  },
};

/** IDC's totals for 2014, with Walmart for scale. */
export const idcItSpendTotals2014: BenchmarkDataSet = {
  id: 'idc-it-spend-totals-2014',
  title: 'IT spend in total: the largest companies and the top 10, 2014',
  metric: 'itSpend',
  unit: 'billion',
  currency: 'USD',
  year: 2014,
  source:
    "IDC, The Big Guns: IDC's Worldwide Top 10 IT Spenders (2015); InformationWeek, 2015-04-08; Storage Story blog, 2015-07-26",
  note: "The $895B is what the world's largest companies spent on IT in 2014 (IDC via Storage Story); the $45.3B is the top 10 together (InformationWeek). IDC estimates, calendar year.",
  values: {
    'Largest companies worldwide': 895,
    'Top 10 spenders': 45.3,
    Walmart: 10.16,
  },
};

/** Walmart's IT spend as estimated by IDC, by calendar year. */
export const walmartItSpend2012to2014: BenchmarkDataSet = {
  id: 'walmart-it-spend-2012-2014',
  title: 'Walmart IT spend, 2012–2014',
  metric: 'itSpend',
  unit: 'billion',
  currency: 'USD',
  year: 2014,
  source:
    "IDC, The Big Guns: IDC's Worldwide Top 10 IT Spenders (2015), as retold by the Storage Story blog, 2015-07-26",
  note: "Calendar years. Walmart's fiscal year ends on 31 January, so IDC's 2014 overlaps mostly with Walmart's FY2015. IDC's 2013 figure is also quoted as $9.86B; the 2014 one is $10.162B in Storage Story. Rank 1 worldwide in each year.",
  values: {
    '2012': 9.3,
    '2013': 9.8,
    '2014': 10.16,
  },
};
