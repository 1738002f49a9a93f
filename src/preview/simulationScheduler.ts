/**
 * Runs the simulation of a rendered case off the keystroke path, free of VS Code so it is
 * unit-tested. After each good render the preview calls `schedule`; once the editor has been quiet
 * for a moment, the sections of that analysis are computed and posted with the render's version,
 * unless a newer render (or a problems message) came meanwhile. A failing simulation is logged and
 * leaves the preview as it is: the deterministic report stays shown.
 */
import { realTimers, type Timers } from '../timers';

export interface SimulationSchedulerOptions<A extends object, S> {
  /** The sections of an analysis (null: nothing to show). May throw. */
  simulate: (analysis: A) => S | null;
  /** Sends the sections of the render with this version to the webview. */
  post: (version: number, documentUri: string, sections: S) => void;
  /** Called with what `simulate` threw. */
  log: (error: unknown) => void;
  /** How long the editor must be quiet before simulating, in milliseconds. */
  idleMs: () => number;
  timers?: Timers;
}

export class SimulationScheduler<A extends object, S> {
  private latest = Number.NEGATIVE_INFINITY;
  private timer: unknown = undefined;
  /** The last analysis simulated and its sections: a save or a panel switch renders the same analysis again. */
  private cached: { analysis: A; sections: S | null } | null = null;
  private readonly timers: Timers;

  constructor(private readonly options: SimulationSchedulerOptions<A, S>) {
    this.timers = options.timers ?? realTimers;
  }

  /** The render of `version`, showing `analysis`, is being posted: simulate it once the editor is quiet. */
  schedule(version: number, documentUri: string, analysis: A): void {
    if (!this.supersede(version)) return;
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      this.run(version, documentUri, analysis);
    }, this.options.idleMs());
  }

  /** A message of `version` without a simulation (problems) is being posted: nothing older is sent. */
  cancel(version: number): void {
    this.supersede(version);
  }

  /** Makes `version` the latest and drops the pending run; false when a newer version came first. */
  private supersede(version: number): boolean {
    if (version < this.latest) return false;
    this.latest = version;
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    return true;
  }

  private run(version: number, documentUri: string, analysis: A): void {
    if (version !== this.latest) return;
    let sections: S | null;
    if (this.cached?.analysis === analysis) {
      sections = this.cached.sections;
    } else {
      try {
        sections = this.options.simulate(analysis);
      } catch (error) {
        this.options.log(error);
        return;
      }
      this.cached = { analysis, sections };
    }
    if (sections !== null) this.options.post(version, documentUri, sections);
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    this.latest = Number.POSITIVE_INFINITY;
    this.cached = null;
  }
}
