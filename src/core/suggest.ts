/** The known name nearest to a misspelt one, for "did you mean …?" (Levenshtein distance). */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(word.length / 3));
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase(), limit + 1);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? cap;
}

/** The "did you mean" hint of a message, written once so the quick fixes can read it back. */
export function didYouMean(suggestion: string): string {
  return `: did you mean \`${suggestion}\`?`;
}

/** The name a message's "did you mean" hint suggests, if it has one. */
export function suggestionIn(message: string): string | undefined {
  return /did you mean `([^`]+)`\?/.exec(message)?.[1];
}
