/**
 * Messaging, mail and support services (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';
import { brevoRules } from './brevo.js';
import { hubspotRules } from './hubspot.js';
import { intercomRules } from './intercom.js';
import { mailchimpRules } from './mailchimp.js';
import { mailjetRules } from './mailjet.js';
import { mandrillRules } from './mandrill.js';
import { messagebirdRules } from './messagebird.js';
import { postmarkRules } from './postmark.js';
import { resendRules } from './resend.js';
import { sendbirdRules } from './sendbird.js';
import { sparkpostRules } from './sparkpost.js';
import { telnyxRules } from './telnyx.js';
import { twitchRules } from './twitch.js';
import { typeformRules } from './typeform.js';
import { vonageRules } from './vonage.js';
import { zendeskRules } from './zendesk.js';

export const messagingRules: readonly Rule[] = [
  ...vonageRules,
  ...postmarkRules,
  ...resendRules,
  ...brevoRules,
  ...mailchimpRules,
  ...mandrillRules,
  ...mailjetRules,
  ...sparkpostRules,
  ...intercomRules,
  ...zendeskRules,
  ...twitchRules,
  ...telnyxRules,
  ...messagebirdRules,
  ...sendbirdRules,
  ...hubspotRules,
  ...typeformRules,
];
