/**
 * The README is a quick start that points into docs/ (issue 13): every relative link in README.md
 * and docs/*.md must name a file that exists, and an anchor a heading of that file (GitHub's slugs:
 * lower case, punctuation dropped, blanks to hyphens).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const DOCS = [join(ROOT, 'README.md'), ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join(ROOT, 'docs', name))];

/** Markdown without its fenced code blocks (a `](x)` in a code sample is not a link). */
function prose(text: string): string {
  return text.replace(/^```[\s\S]*?^```/gm, '');
}

function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
  const headings = prose(readFileSync(file, 'utf8')).match(/^#{1,6} .*$/gm) ?? [];
  return new Set(headings.map((line) => slug(line.replace(/^#+ /, ''))));
}

describe('documentation links', () => {
  it.each(DOCS.map((file) => [file.slice(ROOT.length + 1), file]))('%s links only to files and headings that exist', (_name, file) => {
    const links = [...prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    for (const link of links.filter((l) => !/^[a-z]+:/i.test(l))) {
      const [path, anchor] = link.split('#') as [string, string | undefined];
      const target = path === '' ? file : resolve(dirname(file), path);
      expect(existsSync(target), `${link} in ${file}`).toBe(true);
      if (anchor !== undefined && target.endsWith('.md')) expect(anchors(target).has(anchor), `${link} in ${file}`).toBe(true);
    }
  });
});
