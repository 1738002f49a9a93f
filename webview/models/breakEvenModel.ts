/**
 * "What must be true", in words: how far benefits may fall or costs rise before an investment's NPV
 * turns negative (or how far they must move for it to reach zero), and how far revenue may fall in
 * the last period before an operating loss. The changes come solved from the engine.
 */
import type { BreakEvenReport, CaseReport } from '../../src/core/report';
import { formatChangeSize } from '../../src/core/format';

export interface BreakEvenLine {
  id: 'benefits' | 'costs' | 'revenue';
  text: string;
  /** good: there is room before a loss; bad: it is a loss now; neutral: exactly at zero, or no answer. */
  tone: 'good' | 'bad' | 'neutral';
}

type InvestmentBreakEven = BreakEvenReport['investments'][number];

export function benefitsBreakEven(change: number | null): BreakEvenLine {
  const id = 'benefits';
  if (change === null)
    return { id, text: 'No change in benefits alone brings NPV to zero.', tone: 'neutral' };
  if (change < 0)
    return {
      id,
      text: `Benefits can fall ${formatChangeSize(change)} before NPV turns negative.`,
      tone: 'good',
    };
  if (change > 0)
    return { id, text: `Benefits must rise ${formatChangeSize(change)} for NPV to reach zero.`, tone: 'bad' };
  return { id, text: 'NPV is zero: any fall in benefits turns it negative.', tone: 'neutral' };
}

export function costsBreakEven(change: number | null): BreakEvenLine {
  const id = 'costs';
  if (change === null) return { id, text: 'No change in costs alone brings NPV to zero.', tone: 'neutral' };
  if (change > 0)
    return {
      id,
      text: `Costs can rise ${formatChangeSize(change)} before NPV turns negative.`,
      tone: 'good',
    };
  if (change < 0)
    return { id, text: `Costs must fall ${formatChangeSize(change)} for NPV to reach zero.`, tone: 'bad' };
  return { id, text: 'NPV is zero: any rise in costs turns it negative.', tone: 'neutral' };
}

export function investmentBreakEven(entry: InvestmentBreakEven): BreakEvenLine[] {
  return [benefitsBreakEven(entry.benefitsChangeForZeroNpv), costsBreakEven(entry.costsChangeForZeroNpv)];
}

/** The last period's revenue break-even (gross margin and costs held); null without periods. */
export function revenueBreakEven(report: CaseReport, breakEven: BreakEvenReport): BreakEvenLine | null {
  const last = report.periods.length - 1;
  const period = report.periods[last];
  if (period === undefined) return null;
  const change = breakEven.base.revenueChangeForZeroOperatingProfit[last] ?? null;
  const id = 'revenue';
  if (change === null)
    return {
      id,
      text: `In ${period}, no change in revenue alone brings operating profit to zero.`,
      tone: 'neutral',
    };
  if (change < 0)
    return {
      id,
      text: `Revenue can fall ${formatChangeSize(change)} in ${period} before operating profit turns negative.`,
      tone: 'good',
    };
  if (change > 0)
    return {
      id,
      text: `Revenue must rise ${formatChangeSize(change)} in ${period} for operating profit to reach zero.`,
      tone: 'bad',
    };
  return {
    id,
    text: `In ${period}, operating profit is zero: any fall in revenue makes a loss.`,
    tone: 'neutral',
  };
}
