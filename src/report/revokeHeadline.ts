import type { RemediationLinks } from '../detect/types.js';

/**
 * The first thing to do about a key, in one line: what SARIF's message and the job summary's table
 * say (the full steps are in the text report's "How to fix it").
 */
export function revokeHeadline(links: RemediationLinks): string {
  return links.revokeUrl === undefined ? REVOKE_WHERE_ISSUED : `${REVOKE_IT}: ${links.revokeUrl}`;
}

/** Rules of a kind rather than a provider have no revoke page of their own (RemediationLinks.revokeUrl). */
export const REVOKE_WHERE_ISSUED = 'Revoke it where it was issued';
export const REVOKE_IT = 'Revoke it';
