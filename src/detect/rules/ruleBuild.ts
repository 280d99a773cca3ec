/**
 * Whether this process built the built-in rules (rules/index.ts sets it). A hook run builds them
 * only when a text needs them (commands/LazyScan.ts); the launcher then keeps a code cache that
 * holds them (src/launch.ts), so later runs that need them do not compile them again.
 */
export const ruleBuild = { done: false };
