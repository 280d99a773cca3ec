/**
 * A comment declaring a value no secret (declaredPublic.ts) turns a blocking finding on its line or
 * the two below into a warning; key blocks keep blocking; farther lines are not covered.
 */
import { describe, expect, it } from 'vitest';
import { declaredPublicLines } from '../../../src/detect/declaredPublic.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { scan } from '../../../src/detect/scan.js';
import { fakeOpenAiProjectKey, fakeRsaPrivateKeyPem } from '../../helpers/fakeKeys.js';

const severities = (text: string) => scan(text, builtinRules, { inlineAllow: false }).map((f) => `${f.ruleId}:${f.severity}`);

describe('values declared public by a comment', () => {
  it('marks the comment line and the two below it', () => {
    expect([...declaredPublicLines('a\n# This is a public FREE-plan license, not a secret.\nb\nc\nd')]).toEqual([2, 3, 4]);
    expect([...declaredPublicLines('// These constants are dummy values\nx')]).toEqual([1, 2, 3]);
    expect([...declaredPublicLines('// a secret, rotate it\nx')]).toEqual([]);
  });

  it('warns instead of blocking beside such a comment (minio-go CI license), blocks elsewhere', () => {
    const key = fakeOpenAiProjectKey();
    expect(severities(`# This is a public FREE-plan license, not a secret.\n# more\nOPENAI_API_KEY=${key}`)).toEqual(['openai-project-key:warn']);
    expect(severities(`OPENAI_API_KEY=${key} # not a real secret`)).toEqual(['openai-project-key:warn']);
    expect(severities(`# not a secret\n\n\nOPENAI_API_KEY=${key}`)).toEqual(['openai-project-key:block']);
    expect(severities(`# rotate this secret monthly\nOPENAI_API_KEY=${key}`)).toEqual(['openai-project-key:block']);
    // apisix's Keycloak tutorial, alertmanager's Discord test (issue 12's ninth sweep).
    expect(severities(`OPENAI_API_KEY=${key}  # replace with your value`)).toEqual(['openai-project-key:warn']);
    expect(severities(`// This is a test key that has been modified to not be valid.\nOPENAI_API_KEY=${key}`)).toEqual(['openai-project-key:warn']);
    expect(severities(`OPENAI_API_KEY=${key}  # your value goes to the vault`)).toEqual(['openai-project-key:block']);
  });

  it('keeps a private key blocking whatever the comment says (a "fake" test key still works)', () => {
    expect(severities(`# not a secret: dummy values for tests\n${fakeRsaPrivateKeyPem()}`)).toEqual(['private-key:block']);
  });
});
