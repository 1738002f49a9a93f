/**
 * Where the labels written on a chart go, so that none covers another: a pure function of the
 * labels' measured boxes (in canvas pixels), decided each time the chart is drawn, so a narrow
 * preview gets shorter labels, moved labels or fewer labels rather than overprinted ones.
 */

/** A rectangle in canvas pixels (y grows downwards). */
export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelCandidates {
  /** Where and how the label may be written, most preferred first (a place, a shorter text…). */
  options: readonly LabelBox[];
  /** When not every label fits, the higher priority keeps its label first; ties go left to right. */
  priority?: number;
}

/** The box of a text of `width` × `height` centred on `x` with its bottom on `bottom`. */
export function boxAbove(x: number, bottom: number, width: number, height: number): LabelBox {
  return { left: x - width / 2, top: bottom - height, right: x + width / 2, bottom };
}

function overlaps(a: LabelBox, b: LabelBox, gap: number): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

function inside(box: LabelBox, area: LabelBox): boolean {
  return box.left >= area.left && box.right <= area.right && box.top >= area.top && box.bottom <= area.bottom;
}

/**
 * For each label, the index of the option it is written with, or null when it is left out.
 *
 * First every label takes its option of the same rank (all full texts, else all shorter ones…), so
 * neighbouring labels read alike; a rank fits when no two labels come within `gap` pixels and all
 * lie in `area`. When no rank fits them all, the labels are placed one by one in order of priority,
 * each at its first option that is free, and a label with no free option is left out (its value is
 * still in the tooltip and the table).
 */
export function placeLabels(labels: readonly LabelCandidates[], area: LabelBox, gap = 4): (number | null)[] {
  const ranks = Math.max(0, ...labels.map((l) => l.options.length));
  for (let rank = 0; rank < ranks; rank++) {
    const boxes = labels.map((l) => l.options[Math.min(rank, l.options.length - 1)]);
    const fits = boxes.every(
      (box, i) =>
        box === undefined ||
        (inside(box, area) && boxes.every((other, j) => j <= i || !other || !overlaps(box, other, gap))),
    );
    if (fits) return labels.map((l) => (l.options.length ? Math.min(rank, l.options.length - 1) : null));
  }
  const chosen: (number | null)[] = labels.map(() => null);
  const placed: LabelBox[] = [];
  const order = labels
    .map((label, index) => ({ index, priority: label.priority ?? 0 }))
    .sort((a, b) => b.priority - a.priority || a.index - b.index);
  for (const { index } of order) {
    const options = labels[index]!.options;
    const pick = options.findIndex(
      (box) => inside(box, area) && placed.every((other) => !overlaps(box, other, gap)),
    );
    if (pick < 0) continue;
    chosen[index] = pick;
    placed.push(options[pick]!);
  }
  return chosen;
}
