import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analyze';
import {
  caseLenses,
  hasRanges,
  investmentLensTitle,
  lensAnchors,
  riskLensTitle,
  scenarioLensTitle,
} from '../../src/core/codeLenses';
import type { Localize } from '../../src/core/localize';
import { uncertaintySections } from '../../src/core/uncertainty/sections';
import { SEED_CASE } from './fixtures';

const walmartText = readFileSync(new URL('../../examples/walmart.itcase.yaml', import.meta.url), 'utf8');
const walmart = analyzeCase(walmartText);

/** The 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

describe('CodeLens titles on the Walmart case', () => {
  const report = walmart.report!;

  it('gives the investment’s NPV, IRR and payback in the case’s unit', () => {
    expect(investmentLensTitle(report.investments[0]!, report)).toBe(
      'NPV USD 80.6M · IRR 44.4% · payback 1.35 periods',
    );
  });

  it('gives each scenario’s change of operating profit in the last period', () => {
    expect(report.scenarios.map((s) => scenarioLensTitle(s, report))).toEqual([
      'operating profit −43% vs base in FY2014',
      'operating profit +22% vs base in FY2014',
      'operating profit −4% vs base in FY2014',
    ]);
  });

  it('gives the chance that the investment loses money, from the simulation of its ranges', () => {
    expect(hasRanges(walmart)).toBe(true);
    const sections = uncertaintySections(walmart)!;
    expect(riskLensTitle(sections.uncertainty!.investments[0]!)).toBe('P(NPV < 0) 24%');
  });

  it('puts one lens on the first line of each investment and scenario, leading to its section', () => {
    const lenses = caseLenses(walmart);
    expect(lenses.map((l) => walmartText.split('\n')[lineOf(walmartText, l.offset) - 1]!.trim())).toEqual([
      '- name: OpenStack private cloud (illustrative)',
      '- name: Sales fall 10%',
      '- name: Sales grow 5%',
      '- name: IT spend up 10%',
    ]);
    expect(lenses.map((l) => l.target)).toEqual([
      { section: 'investment', name: 'OpenStack private cloud (illustrative)' },
      { section: 'scenario', name: 'Sales fall 10%' },
      { section: 'scenario', name: 'Sales grow 5%' },
      { section: 'scenario', name: 'IT spend up 10%' },
    ]);
  });

  it('passes every title through the host’s translation', () => {
    const upper: Localize = { t: (message, ...args) => `${message.toUpperCase()}|${args.join('|')}` };
    expect(investmentLensTitle(report.investments[0]!, report, upper)).toBe(
      'NPV {0} · IRR {1} · PAYBACK {2}|USD 80.6M|44.4%|1.35 periods',
    );
  });
});

describe('CodeLens titles in other cases', () => {
  it('leaves the period out when the case has one, and marks a never-reached payback', () => {
    const text = `${SEED_CASE}investments:\n  - name: Loss\n    cashflows: [-10, -1]\n`;
    const analysis = analyzeCase(text);
    const report = analysis.report!;
    expect(scenarioLensTitle(report.scenarios[0]!, report)).toBe('operating profit −50% vs base');
    expect(investmentLensTitle(report.investments[0]!, report)).toBe(
      'NPV USD −10.9M · IRR — · payback never',
    );
    expect(hasRanges(analysis)).toBe(false);
  });

  it('gives the operating profit itself where the base has none to compare with', () => {
    const text = SEED_CASE.replace('stores-and-logistics: 20', 'stores-and-logistics: 25');
    const report = analyzeCase(text).report!;
    expect(scenarioLensTitle(report.scenarios[0]!, report)).toBe('operating profit USD −2.5M in 2014');
  });

  it('has no figure lenses while the case has errors, but still knows where the items are', () => {
    const text = walmartText.replace('revenue: [446.51, 468.65, 476.29]', 'revenue: [446.51, 468.65]');
    const analysis = analyzeCase(text);
    expect(caseLenses(analysis)).toEqual([]);
    expect(hasRanges(analysis)).toBe(false);
    expect(lensAnchors(analysis.source!).map((a) => [a.kind, a.index])).toEqual([
      ['investment', 0],
      ['scenario', 0],
      ['scenario', 1],
      ['scenario', 2],
    ]);
  });
});
