/**
 * Everything the extension host needs from the engine, in one bundle (dist/engine.js) that is
 * loaded on first use rather than at activation: VS Code starts the extension without paying for
 * the YAML parser, zod and the schema until a case is actually opened or a command runs.
 */
export { analyzeCase } from './core/analyze';
export { insertBenchmarkEdit } from './core/benchmarkInsert';
export { benchmarkDataSets } from './core/benchmarks';
export { caseLenses, hasRanges, lensAnchors, riskLensTitle } from './core/codeLenses';
export { caseSymbols } from './core/documentSymbols';
export { quickFixes } from './core/fixes';
export { exportFiles, prepareExport } from './core/export';
export { sourceLinks } from './core/sourceLinks';
export { caseTemplates } from './core/templates';
export { uncertaintySections } from './core/uncertainty/sections';
export { completionItems } from './core/editing/completion';
export { hoverAt } from './core/editing/hover';
