/** Loads dist/engine.js on first use (see src/engineBundle.ts for why). */
import type * as Engine from './engineBundle';

export type EngineModule = typeof Engine;

let loaded: EngineModule | undefined;

export function engine(): EngineModule {
  // A plain require of the sibling bundle: esbuild leaves it external (scripts/build.mjs).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./engine.js') as EngineModule;
  return loaded;
}
