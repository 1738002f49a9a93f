/**
 * The engine for the browser build (dist/web/extension.js): bundled in, because a web worker has no
 * `require` of a sibling file. scripts/build.mjs puts this module in place of ./lazyEngine for that
 * bundle only; the Node build keeps loading dist/engine.js on first use.
 */
import * as bundled from './engineBundle';
import type { EngineModule } from './lazyEngine';

export type { EngineModule };

export function engine(): EngineModule {
  return bundled;
}
