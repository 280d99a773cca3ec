/**
 * One switch that kills every git process keyguard runs from then on (simple-git's `abort`
 * plugin kills the child when the signal fires). check-receive's time budget needs it: when the
 * budget runs out the hook answers git at once, and a `git log` still streaming a huge push would
 * otherwise keep the hook process, and so the push, waiting. Off by default: no other command
 * stops git halfway, so their calls carry no signal at all.
 */
let controller: AbortController | undefined;

/** Arm the switch (before the git calls it must reach); returns the function that throws it. */
export function makeGitStoppable(): () => void {
  const armed = (controller ??= new AbortController());
  return () => armed.abort();
}

/** The signal execGit hands to simple-git, when armed. */
export function gitStopSignal(): AbortSignal | undefined {
  return controller?.signal;
}
