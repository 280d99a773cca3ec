/**
 * Issue 12 point 3, AI platforms: a real `git commit` through the installed hook refuses keys of the
 * new providers (with their revoke page, never the key), and passes code where their short prefixes
 * are ordinary text. Keys are generated at run time from parts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { randomFrom } from '../../helpers/fakeKeys.js';
import { makeHookRepo, removeHookRepos, writeRepoFile } from '../../helpers/hookRepo.js';
import { git, gitOk } from '../../helpers/runCli.js';

afterEach(removeHookRepos);

const HEX = '0123456789abcdef';
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

describe('AI-platform keys through the installed hook', () => {
  it('refuses ElevenLabs and Pinecone keys, naming their key pages and never printing them', () => {
    const dir = makeHookRepo();
    const eleven = `${'sk'}_${randomFrom(HEX, 48)}`;
    const pinecone = `${'pcsk'}_${randomFrom(B62, 6)}_${randomFrom(B62, 63)}`;
    writeRepoFile(dir, 'voice.py', `import os\n\nELEVENLABS_API_KEY = "${eleven}"\npc = Pinecone(api_key="${pinecone}")\n`);
    gitOk(dir, ['add', '-A']);
    const commit = git(dir, ['commit', '-m', 'voice']);
    expect(commit.status).not.toBe(0);
    const output = commit.stdout + commit.stderr;
    expect(output).toContain('voice.py:3:');
    expect(output).toContain('voice.py:4:');
    expect(output).toContain('https://elevenlabs.io/app/settings/api-keys');
    expect(output).toContain('https://app.pinecone.io/organizations/-/projects');
    for (const key of [eleven, pinecone]) expect(output).not.toContain(key.slice(10, 40));
  });

  it('commits Vuetify padding classes, FullCalendar classes and firmware names (short prefixes as ordinary text)', () => {
    const dir = makeHookRepo();
    writeRepoFile(
      dir,
      'src/Card.vue',
      [
        `<v-card class="pa-4 ${randomFrom(B62, 43)}">`,
        `<div class="fc-daygrid-day fc-${randomFrom(HEX, 32)}"></div>`,
        'uint32_t fw_FirmwareUpdateHeaderMagi;',
        `<span class="csk-live-indicator__dot" data-id="as-${randomFrom(B62, 22)}"></span>`,
        '',
      ].join('\n'),
    );
    gitOk(dir, ['add', '-A']);
    const commit = git(dir, ['commit', '-m', 'card']);
    expect(commit.status, commit.stdout + commit.stderr).toBe(0);
  });
});
