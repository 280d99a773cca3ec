/** Public API of the detector. Everything else under src/detect/ is internal. */
export { scan } from './scan.js';
export { builtinRules } from './rules/index.js';
export { isPlaceholder } from './placeholder.js';
export type { Finding, RemediationLinks, Rule, RuleSamples, ScanOptions, Severity } from './types.js';
