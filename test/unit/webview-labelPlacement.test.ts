import { describe, expect, it } from 'vitest';
import { bridgeLabelTexts } from '../../webview/charts/marginBridgeChart';
import { wrapCategory } from '../../webview/charts/chartStyle';
import { boxAbove, placeLabels, type LabelCandidates } from '../../webview/charts/labelPlacement';
import type { BridgeStep } from '../../webview/models/marginBridgeModel';

const AREA = { left: 0, top: 0, right: 400, bottom: 300 };

/** Labels over bars `spacing` px apart, all at the same height, each with texts of these widths. */
function barLabels(spacing: number, widths: number[][], priorities: number[] = []): LabelCandidates[] {
  return widths.map((texts, i) => ({
    options: texts.map((w) => boxAbove(40 + i * spacing, 100, w, 14)),
    priority: priorities[i] ?? 0,
  }));
}

describe('placing the labels written on a chart', () => {
  it('keeps the full labels when the bars are wide apart', () => {
    expect(
      placeLabels(
        barLabels(60, [
          [44, 24],
          [50, 28],
          [44, 24],
        ]),
        AREA,
      ),
    ).toEqual([0, 0, 0]);
  });

  it('shortens every label alike when a full one would touch its neighbour', () => {
    // 47 px apart: the 50 px label reaches 25 px towards a 44 px one (22 px): 47 < 47 + 4.
    expect(
      placeLabels(
        barLabels(47, [
          [44, 24],
          [50, 28],
          [44, 24],
        ]),
        AREA,
      ),
    ).toEqual([1, 1, 1]);
  });

  it('leaves out the labels of lower priority when even the short ones collide', () => {
    const chosen = placeLabels(
      barLabels(
        20,
        [
          [44, 24],
          [50, 28],
          [44, 24],
        ],
        [0, 3, 0],
      ),
      AREA,
    );
    expect(chosen[1]).not.toBeNull();
    expect(chosen[0]).toBeNull();
    expect(chosen[2]).toBeNull();
  });

  it('writes labels at different heights side by side even when they are wider than the gap', () => {
    const labels: LabelCandidates[] = [
      { options: [boxAbove(40, 50, 60, 14)] },
      { options: [boxAbove(80, 150, 60, 14)] },
    ];
    expect(placeLabels(labels, AREA)).toEqual([0, 0]);
  });

  it('moves a label to its next place when the first runs off the chart', () => {
    const labels: LabelCandidates[] = [
      {
        options: [
          { left: 380, top: 10, right: 440, bottom: 24 },
          { left: 310, top: 10, right: 370, bottom: 24 },
        ],
      },
    ];
    expect(placeLabels(labels, AREA)).toEqual([1]);
  });

  it('has nothing to place for no labels', () => {
    expect(placeLabels([], AREA)).toEqual([]);
  });
});

describe('the margin bridge labels', () => {
  const step = (amount: number, kind: BridgeStep['kind']): BridgeStep => ({
    id: 'revenue',
    label: '',
    from: 0,
    to: amount,
    amount,
    kind,
    links: [],
  });

  it('offer a shorter form of each amount, with its sign', () => {
    expect(bridgeLabelTexts(step(476.29, 'total'))).toEqual(['476.29', '476']);
    expect(bridgeLabelTexts(step(-10.16, 'itSpend'))).toEqual(['\u221210.16', '\u221210.2']);
    expect(bridgeLabelTexts(step(-0.0815, 'result'))).toEqual(['\u22120.08']);
    expect(bridgeLabelTexts(step(216500, 'total'))).toEqual(['216,500', '216.5k']);
  });
});

describe('category names beside bars', () => {
  it('wrap after spaces and dots into short lines', () => {
    expect(wrapCategory('Walmart')).toBe('Walmart');
    expect(wrapCategory('Wal-Mart Stores, Inc. (this case)', 14)).toEqual([
      'Wal-Mart',
      'Stores, Inc.',
      '(this case)',
    ]);
    expect(wrapCategory('investments[0].benefits[2]')).toEqual(['investments[0].', 'benefits[2]']);
  });
});
