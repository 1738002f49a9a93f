import type { BenchmarkDataSet } from './types';

const WALMART_10K_FY2014 =
  'Walmart, Form 10-K for the fiscal year ended 31 January 2014 (filed 2014-03-21): consolidated statements of income';

/** Revenue per employee, as Forbes reported it. */
export const revenuePerEmployeeForbes2015: BenchmarkDataSet = {
  id: 'revenue-per-employee-forbes-2015',
  title: 'Revenue per employee, as reported by Forbes (July 2015)',
  metric: 'revenuePerEmployee',
  unit: 'one',
  currency: 'USD',
  year: 2015,
  source: 'Forbes, 2015-07-25, as retold by the Storage Story blog, 2015-07-26',
  note: "As reported by Forbes, July 2015. Only Walmart's figure could be checked against a filing ($485.7B revenue in FY2015 / 2.2M associates = about $221k). Amazon's 2014 net sales over its year-end headcount (154,100) give about $577k.",
  values: {
    Walmart: 220000,
    Costco: 595000,
    Amazon: 621000,
  },
};

/** The week Amazon passed Walmart in market value. */
export const marketValue2015July: BenchmarkDataSet = {
  id: 'market-value-2015-07',
  title: 'Market value, July 2015',
  metric: 'marketCap',
  unit: 'billion',
  currency: 'USD',
  year: 2015,
  source: 'Forbes, 2015-07-25, as retold by the Storage Story blog, 2015-07-26',
  note: "Walmart's value is given as about $230B to $233B (Storage Story writes both); market values move daily.",
  values: {
    Walmart: 233,
    Amazon: 248,
  },
};

/** Walmart's total revenues, fiscal years ending 31 January. */
export const walmartRevenue2012to2014: BenchmarkDataSet = {
  id: 'walmart-revenue-2012-2014',
  title: 'Walmart total revenues, FY2012–FY2014',
  metric: 'revenue',
  unit: 'billion',
  currency: 'USD',
  year: 2014,
  source: WALMART_10K_FY2014,
  note: 'Fiscal years end on 31 January (FY2014: February 2013 to January 2014). Net sales plus membership and other income. FY2012 and FY2013 as restated in the FY2014 10-K for discontinued operations (first reported as 446.95 and 469.16). FY2015: 485.7 (Walmart 10-K for FY2015).',
  values: {
    FY2012: 446.51,
    FY2013: 468.65,
    FY2014: 476.29,
  },
};

/** Walmart's operating margin: operating income over total revenues. */
export const walmartOperatingMargin2012to2014: BenchmarkDataSet = {
  id: 'walmart-operating-margin-2012-2014',
  title: 'Walmart operating margin, FY2012–FY2014',
  metric: 'operatingMargin',
  unit: 'ratio',
  year: 2014,
  source: WALMART_10K_FY2014,
  note: 'Operating income (26.49, 27.73, 26.87 billion USD) over total revenues. Fiscal years end on 31 January. FY2014 net margin: 3.3%. Storage Story calls the 5% of its example "net margin"; on Walmart\'s books it is this operating margin.',
  values: {
    FY2012: 0.0593,
    FY2013: 0.0592,
    FY2014: 0.0564,
  },
};

/** The two retailers' revenue in (about) calendar 2014. */
export const revenueWalmartAmazon2014: BenchmarkDataSet = {
  id: 'revenue-walmart-amazon-2014',
  title: 'Revenue, Walmart and Amazon, 2014',
  metric: 'revenue',
  unit: 'billion',
  currency: 'USD',
  year: 2014,
  source:
    'Walmart, Form 10-K for the fiscal year ended 31 January 2015; Amazon.com, Form 10-K for 2014 and results release, 2015-01-29',
  note: "Walmart's fiscal year ended 31 January 2015 (February 2014 to January 2015), the nearest to Amazon's calendar 2014; Storage Story rounds it to $480B and Forbes gives $488B. Amazon: net sales (Storage Story rounds to $89B); it made a net loss of $0.24B.",
  values: {
    Walmart: 485.7,
    Amazon: 88.99,
  },
};
