/** The public git API of keyguard: the only module tree that talks to git (through simple-git). */
export { getHooksPath } from './getHooksPath.js';
export { getRepoRoot } from './getRepoRoot.js';
export { hasHead } from './hasHead.js';
export { grepHead, type GrepHeadOptions } from './grepHead.js';
export { streamStagedDiff } from './streamStagedDiff.js';
export { streamHistory, type HistoryRange } from './streamHistory.js';
export type { AddedBlock, HeadLine, HistoryCommit, HistoryResult, StagedDiffResult, StagedFile } from './types.js';
