/**
 * Payment services (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';
import { adyenRules } from './adyen.js';
import { braintreeRules } from './braintree.js';
import { coinbaseRules } from './coinbase.js';
import { duffelRules } from './duffel.js';
import { easypostRules } from './easypost.js';
import { flutterwaveRules } from './flutterwave.js';
import { gocardlessRules } from './gocardless.js';
import { lobRules } from './lob.js';
import { paypalRules } from './paypal.js';
import { paystackRules } from './paystack.js';
import { plaidRules } from './plaid.js';
import { razorpayRules } from './razorpay.js';
import { shippoRules } from './shippo.js';
import { shopifyPartnersRules } from './shopify-partners.js';
import { squareRules } from './square.js';

export const paymentRules: readonly Rule[] = [
  ...squareRules,
  ...braintreeRules,
  ...paypalRules,
  ...adyenRules,
  ...razorpayRules,
  ...paystackRules,
  ...plaidRules,
  ...coinbaseRules,
  ...shopifyPartnersRules,
  ...flutterwaveRules,
  ...gocardlessRules,
  ...lobRules,
  ...easypostRules,
  ...shippoRules,
  ...duffelRules,
];
