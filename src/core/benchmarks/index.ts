/**
 * The benchmark data sets shipped with the product ("IT Case: Insert Benchmark Data…"). Every value
 * comes from the Storage Story blog (July 2015), the sources it retells, or a filing named in `source`, with its caveats in `note`.
 */
import {
  marketValue2015July,
  revenuePerEmployeeForbes2015,
  revenueWalmartAmazon2014,
  walmartOperatingMargin2012to2014,
  walmartRevenue2012to2014,
} from './companies';
import { idcItSpendTotals2014, idcTopItSpenders2014, walmartItSpend2012to2014 } from './itSpend';
import {
  idcFlashInServerVirtualization2015,
  idcHypervisors2015,
  idcStorageProtocols2015,
  idcSurveyRespondents2015,
  idcVirtualizationSurvey2014,
  idcVirtualizationSurvey2015,
} from './storageSurvey';
import type { BenchmarkDataSet } from './types';

export type { BenchmarkDataSet } from './types';

/** In the order the quick pick shows them. */
export const benchmarkDataSets: readonly BenchmarkDataSet[] = Object.freeze([
  idcTopItSpenders2014,
  walmartItSpend2012to2014,
  idcItSpendTotals2014,
  revenuePerEmployeeForbes2015,
  marketValue2015July,
  revenueWalmartAmazon2014,
  walmartRevenue2012to2014,
  walmartOperatingMargin2012to2014,
  idcVirtualizationSurvey2015,
  idcVirtualizationSurvey2014,
  idcStorageProtocols2015,
  idcHypervisors2015,
  idcFlashInServerVirtualization2015,
  idcSurveyRespondents2015,
]);

export function findBenchmark(id: string): BenchmarkDataSet | undefined {
  return benchmarkDataSets.find((set) => set.id === id);
}
