/**
 * One repository's `--format json` report (README "JSON output", src/report/formatJson.ts), read
 * back for merge-reports. The file comes from another job's artifact, so nothing in it is trusted:
 * every field merge-reports prints is checked to have the shape keyguard writes, so a report
 * carrying something else (a key where a rule id or a mask belongs) is refused (exit 2) instead
 * of being echoed. Fields merge-reports does not use are not read.
 */
import { isObjectId } from '../commands/parsePushLines.js';

export interface MergedFinding {
  readonly ruleId: string;
  readonly provider: string;
  readonly severity: 'block' | 'warn';
  readonly file: string;
  readonly line: number;
  /** In a commit or tag message rather than a file. */
  readonly in?: 'commit-message' | 'tag-message';
  readonly redacted: string;
  readonly fingerprint: string;
  /** History reports: the commit that added the key, and whether it was on a remote-tracking branch. */
  readonly commit?: string;
  readonly pushed?: boolean;
}

/** What keyguard knows of a rule id: the provider to show, and how many characters its masks show at most. */
export interface KnownRule {
  readonly provider: string;
  /** The rule's longest public prefix plus the 4 characters redact() adds (src/report/mask.ts). */
  readonly maskShows: number;
  /** A secret-file check: its findings show this instead of a mask (src/commands/secretFileFindings.ts). */
  readonly wholeFile?: string;
}

/** A custom rule's masks show no prefix, at most 4 characters (mask.ts); its provider is not shown. */
const CUSTOM: KnownRule = { provider: 'custom rule', maskShows: 4 };

export interface ParsedReport {
  readonly findings: readonly MergedFinding[];
  readonly commits: number | undefined;
  readonly unscanned: number;
}

/** The versions keyguard writes (formatJson.ts: 3 with --verify, 2 without) and 1 (plain-SHA-256 fingerprints only). */
const VERSIONS = new Set([1, 2, 3]);
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** redact() in src/report/mask.ts: what it shows of the key's first line, then the key's length. */
const REDACTED = /^([^\n]*)…\((\d{1,9}) chars\)$/u;
const FINGERPRINT = /^(?:sha256|scrypt):[0-9a-f]{64}$/;

/**
 * The report in `text`, or the reason it is not one (first problem found). `known` gives what
 * keyguard's own rules say about a rule id: the provider shown is keyguard's, never the report's
 * (a string there could be anything), and a mask may show no more than redact() would.
 */
export function parseReport(text: string, known: (ruleId: string) => KnownRule | undefined): ParsedReport | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (!isObject(data) || typeof data.version !== 'number' || !VERSIONS.has(data.version)) return 'no "version": 1, 2 or 3';
  if (!Array.isArray(data.findings)) return 'no "findings" array';
  if (!isObject(data.stats)) return 'no "stats" object';
  const findings: MergedFinding[] = [];
  for (const [index, item] of data.findings.entries()) {
    const finding = parseFinding(item, known);
    if (typeof finding === 'string') return `findings[${index}]: ${finding}`;
    findings.push(finding);
  }
  const { commits, unscanned } = data.stats;
  if (commits !== undefined && !isCount(commits)) return 'stats.commits is not a count';
  if (unscanned !== undefined && !Array.isArray(unscanned)) return 'stats.unscanned is not a list';
  return { findings, commits: commits as number | undefined, unscanned: Array.isArray(unscanned) ? unscanned.length : 0 };
}

function parseFinding(item: unknown, known: (ruleId: string) => KnownRule | undefined): MergedFinding | string {
  if (!isObject(item)) return 'not an object';
  const { ruleId, severity, file, line, redacted, fingerprint, commit, pushed } = item;
  if (typeof ruleId !== 'string' || !RULE_ID.test(ruleId)) return 'ruleId is not a rule id';
  const rule = known(ruleId) ?? CUSTOM;
  if (severity !== 'block' && severity !== 'warn') return 'severity is not block or warn';
  if (typeof file !== 'string' || file.length > 4096) return 'file is not a path';
  if (!isCount(line)) return 'line is not a line number';
  if (typeof redacted !== 'string' || !isMask(redacted, rule)) return 'redacted is not a masked value';
  if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) return 'fingerprint is not a fingerprint';
  if (commit !== undefined && (typeof commit !== 'string' || !isObjectId(commit))) return 'commit is not an object id';
  if (pushed !== undefined && typeof pushed !== 'boolean') return 'pushed is not true or false';
  const kind = item.in;
  const where = kind === 'commit-message' || kind === 'tag-message' ? { in: kind as MergedFinding['in'] } : {};
  return { ruleId, provider: rule.provider, severity, file, line, redacted, fingerprint, ...where, ...(commit === undefined ? {} : { commit, pushed: pushed === true }) };
}

function isMask(redacted: string, rule: KnownRule): boolean {
  if (rule.wholeFile !== undefined) return redacted === rule.wholeFile;
  const match = REDACTED.exec(redacted);
  if (match === null) return false;
  const shown = [...match[1]!].length;
  return shown <= rule.maskShows && shown < Number(match[2]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
