/** The hook's environment as check-receive reads it; src/cli.ts hands over process.env. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The push option that asks keyguard to let a push through unscanned: `git push -o keyguard.skip="why"`. */
export const SKIP_OPTION = 'keyguard.skip';

/**
 * The push options of this push, in order. git-receive-pack(1) hands them to pre-receive as
 * GIT_PUSH_OPTION_COUNT and GIT_PUSH_OPTION_0…, and only when the server advertises the capability
 * (receive.advertisePushOptions, git-config(1)); otherwise the client's `git push -o` fails.
 */
export function pushOptions(env: Environment): string[] {
  const count = Number(env.GIT_PUSH_OPTION_COUNT ?? '0');
  if (!Number.isSafeInteger(count) || count < 0) return [];
  return Array.from({ length: count }, (_, i) => env[`GIT_PUSH_OPTION_${i}`] ?? '');
}

/**
 * The reason given with `keyguard.skip` (the last one, as later options win in git), '' when the
 * option came without one, undefined when the push did not ask to skip.
 */
export function skipReason(options: readonly string[]): string | undefined {
  let reason: string | undefined;
  for (const option of options) {
    if (option === SKIP_OPTION) reason = '';
    else if (option.startsWith(`${SKIP_OPTION}=`)) reason = option.slice(SKIP_OPTION.length + 1).trim();
  }
  return reason;
}

/**
 * Who pushed, as the hosting software tells its hooks: GitLab (GL_USERNAME, doc "Git server
 * hooks"), Gitea/Forgejo (GITEA_PUSHER_NAME), a web server's authenticated user for smart HTTP
 * (REMOTE_USER, git-http-backend(1)); over plain ssh, the account that runs git-receive-pack.
 */
export function pusherName(env: Environment): string | undefined {
  for (const name of ['GL_USERNAME', 'GITEA_PUSHER_NAME', 'REMOTE_USER']) {
    const value = env[name];
    if (value !== undefined && value !== '') return value;
  }
  const account = env.LOGNAME ?? env.USER;
  return account === undefined || account === '' ? undefined : `${account} (system account)`;
}
