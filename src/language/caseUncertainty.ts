/**
 * Format 1.1's uncertainty sections of an analysis, computed on first request and kept with it: the
 * simulation costs tens of milliseconds on a real case, so each document version is simulated at
 * most once, and only when something shows its results.
 */
import type { Analysis } from '../core/analyze';
import type { UncertaintySections } from '../core/report';
import { engine } from '../lazyEngine';
import { log } from '../log';

// Keyed by the analysis itself (one per document version): a new version gets a new entry, and the
// old one goes when nothing holds that analysis any more.
const computed = new WeakMap<Analysis, UncertaintySections | null>();

export function uncertaintyOf(analysis: Analysis): UncertaintySections | null {
  if (computed.has(analysis)) return computed.get(analysis) ?? null;
  let sections: UncertaintySections | null = null;
  try {
    sections = engine().uncertaintySections(analysis);
  } catch (error) {
    // A bug in the simulation must not get in the way of editing: no figures, and a trace for the report.
    log().error('The simulation failed', error);
  }
  computed.set(analysis, sections);
  return sections;
}
