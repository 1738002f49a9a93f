/**
 * A large generated case for benchmarks: many periods, many cost lines, investments and scenarios,
 * tens of thousands of lines, valid (zero diagnostics), with every series form.
 */
export interface LargeCaseSize {
  periods: number;
  fixedCostLines: number;
  itSpendLines: number;
  investments: number;
  scenarios: number;
}

export const LARGE_CASE: LargeCaseSize = {
  periods: 40,
  fixedCostLines: 400,
  itSpendLines: 250,
  investments: 120,
  scenarios: 60,
};

export function largeCase(size: LargeCaseSize = LARGE_CASE): string {
  const years = Array.from({ length: size.periods }, (_, i) => 2000 + i);
  const lines: string[] = [
    'itcase: 1',
    'title: Generated large case',
    'company:',
    '  name: Large Co',
    '  employees: { start: 100000, growth: 1% }',
    'currency: USD',
    'unit: million',
    `periods: { start: ${years[0]}, count: ${size.periods} }`,
    'discountRate: 7.5%',
    'revenue:',
    ...years.map((y, i) => `  ${y}: ${(50000 + i * 731.5).toFixed(2)}`),
    'grossMargin:',
    ...years.map((_, i) => `  - ${(24 + (i % 7) * 0.1).toFixed(1)}%`),
    'fixedCosts:',
  ];
  for (let l = 0; l < size.fixedCostLines; l++) {
    lines.push(`  line-${l}:  # fixed cost line ${l}`);
    for (let i = 0; i < size.periods; i++) lines.push(`    - ${(10 + ((l * 7 + i) % 13) * 0.25).toFixed(2)}`);
  }
  lines.push('itSpend:');
  for (let l = 0; l < size.itSpendLines; l++) {
    lines.push(`  it-${l}:`, `    kind: ${['run', 'grow', 'transform'][l % 3]}`, '    amount:');
    for (let i = 0; i < size.periods; i++)
      lines.push(`      ${years[i]}: ${(1 + ((l + i) % 5) * 0.1).toFixed(2)}`);
  }
  lines.push('investments:');
  for (let v = 0; v < size.investments; v++) {
    lines.push(`  - name: Investment ${v}`);
    if (v % 2 === 0) {
      lines.push('    cashflows:');
      for (let i = 0; i < size.periods; i++) lines.push(`      - ${i === 0 ? -100 - v : 8 + (v % 5)}`);
    } else {
      lines.push('    costs:', ...years.map((y, i) => `      ${y}: ${i === 0 ? 90 : 2}`));
      lines.push(`    benefits: { start: 5, growth: ${(v % 4) + 1}% }`);
    }
  }
  lines.push('scenarios:');
  for (let s = 0; s < size.scenarios; s++) {
    lines.push(`  - name: Scenario ${s}`, `    revenueChange: ${-30 + s}%`, `    itSpendChange: ${s % 10}%`);
  }
  lines.push('sources:', '  - Generated for benchmarks', '');
  return lines.join('\n');
}
