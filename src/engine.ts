/**
 * Everything the extension host needs from the engine, in one bundle (dist/engine.js) that is
 * loaded on first use rather than at activation: VS Code starts the extension without paying for
 * the YAML parser, zod and the schema until a case is actually opened or a command runs.
 */
export { analyzeCase } from './core/analyze';
export { insertBenchmarkEdit } from './core/benchmarkInsert';
export { benchmarkDataSets } from './core/benchmarks';
export { exportFiles, prepareExport } from './core/export';
export { sourceLinks } from './core/sourceLinks';
export { caseTemplates } from './core/templates';
export { completionItems } from './language/completion';
export { hoverAt } from './language/hover';
