/** The figures of an investment card: what the investment is worth and when it pays back. */
import { formatMoney, formatPercent, formatPeriods } from '../../src/core/format';
import type { CaseReport, InvestmentReport } from '../../src/core/report';

export type InvestmentFigureId = 'npv' | 'irr' | 'mirr' | 'payback' | 'discountedPayback' | 'roi';

export interface InvestmentFigure {
  id: InvestmentFigureId;
  label: string;
  value: string;
  /** Good, bad or neither, for colouring: NPV < 0 or no payback is bad. */
  tone: 'good' | 'bad' | null;
  title: string;
}

export function investmentFigures(report: CaseReport, investment: InvestmentReport): InvestmentFigure[] {
  const rate = formatPercent(investment.discountRate);
  const tone = (value: number | null, good: (v: number) => boolean) =>
    value === null ? null : good(value) ? 'good' : 'bad';
  return [
    {
      id: 'npv',
      label: `NPV at ${rate}`,
      // Two decimals, an amount below a tenth of the unit in the next smaller one (USD 80.56M, not
      // USD 0.081B), as the HTML export and itcase report write it.
      value: formatMoney(investment.npv, report.unit, report.currency),
      tone: tone(investment.npv, (v) => v >= 0),
      title: 'Net present value: the cash flows discounted at the rate, the first at t = 0',
    },
    {
      id: 'irr',
      label: 'IRR',
      value: formatPercent(investment.irr),
      tone: tone(investment.irr, (v) => v >= investment.discountRate),
      title: 'Internal rate of return: the discount rate at which NPV is 0 (— where no rate makes it 0)',
    },
    {
      id: 'mirr',
      label: 'MIRR',
      value: formatPercent(investment.mirr),
      tone: tone(investment.mirr, (v) => v >= investment.discountRate),
      title:
        'Modified IRR, financing and reinvesting at the discount rate (— unless money both goes out and comes in)',
    },
    {
      id: 'payback',
      label: 'Payback',
      value: formatPeriods(investment.paybackPeriods),
      tone: investment.paybackPeriods === null ? 'bad' : null,
      title: 'When the cumulative cash flow reaches 0 (undiscounted)',
    },
    {
      id: 'discountedPayback',
      label: 'Discounted payback',
      value: formatPeriods(investment.discountedPaybackPeriods),
      tone: investment.discountedPaybackPeriods === null ? 'bad' : null,
      title: 'When the cumulative discounted cash flow reaches 0',
    },
    {
      id: 'roi',
      label: 'ROI',
      value: formatPercent(investment.roi),
      tone: tone(investment.roi, (v) => v >= 0),
      title: 'Return on investment: (benefits − costs) / costs, undiscounted',
    },
  ];
}
