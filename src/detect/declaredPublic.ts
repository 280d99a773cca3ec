/**
 * Lines whose author says the value is no secret: a comment on the line or one of the two above
 * reading "not a secret", "is not secret", "dummy values", "public demo key"… (minio-go's CI
 * workflow: "This is a public FREE-plan license, not a secret." two lines above a license JWT;
 * issue 12's fifth sweep), "replace with your value" (apisix's Keycloak tutorial, on the line of its
 * made-up client secret), "modified to not be valid" (alertmanager's Discord test URL; both issue
 * 12's ninth sweep). A blocking finding there is a warning instead, still shown: the
 * statement is the author's, as with `keyguard:allow` (which silences the line), but weaker.
 * Never for key blocks: a committed test private key called "fake" is still a working key.
 */
import { linesBelow } from './lines.js';

const DECLARED_PUBLIC =
  /\b(?:not (?:a |an )?(?:real |actual |sensitive )?secret|is not secret|isn't (?:a )?secret|dummy values?|public (?:demo|sandbox|playground) (?:key|token|credentials?)|replace (?:it |this |them )?with your (?:own )?(?:values?|keys?|secrets?|tokens?|passwords?|credentials?)|modified to (?:not be valid|be invalid))\b/gi;

/** 1-based lines within two lines below such a statement, and its own. */
export function declaredPublicLines(text: string): Set<number> {
  return linesBelow(text, DECLARED_PUBLIC, 2);
}
