/**
 * Credentials printed in the OAuth RFCs and copied into every OAuth library's docs and tests, and
 * the secret keys of web frameworks' tutorials, copied into thousands of apps (secret-formats.md
 * Appendix B, "known public docs samples"). Everyone can read them, so they protect nothing and leak
 * nothing: not a finding. Held as SHA-256 prefixes (docsKeys.ts), so this file carries no
 * credential-shaped text.
 */
import { hashPrefix } from './docsKeys.js';

const DOCS_SAMPLES = new Set([
  // RFC 6749 §4.1–§5.1: access token, refresh token, authorization code, client secret, and the
  // password of the `s6BhdRkqt3:gX1fBat3bV` Basic credentials (§2.3.1).
  '6c96130f130ab0d6',
  '00cf4c781dc37003',
  'a35b81a7d7927b70',
  'e9974c507d2a8021',
  '53f5da0aaa93d64c',
  // RFC 5849 §1.2: consumer key and secret, temporary and token credentials, verifier.
  '293257ab6495ebb1',
  'cb87c87e4a138d9a',
  '4c20e6f5cc11b937',
  '6aa14267d94944e6',
  'bb9b1163338b2a51',
  '649e1f5c769e718b',
  '128e8e99b7b9ff47',
  // FastAPI's OAuth2/JWT tutorial SECRET_KEY (docs/en/docs/tutorial/security/oauth2-jwt.md, "openssl
  // rand -hex 32"): 10 of 10 public hits were apps copying the tutorial (checked with exact-string
  // search); fastapi's own docs_src/ holds it 4 times.
  '570dad43de1af4c9',
  // Flask's docs: the SECRET_KEY of docs/config.rst and docs/tutorial/deploy.rst, and the
  // FLASK_SECRET_KEY of its environment-variable example (9 and 10 public copies).
  '2598f7d6adc142d8',
  '9cb335cb7b5fb805',
  // Bilibili's open platform and Lark/Feishu's OAuth docs: the access and refresh tokens of their
  // "response body example", pasted into OAuth clients' comments and mocks (casdoor idp/bilibili.go,
  // idp/lark.go; 10 and 6 public copies by exact-string search; issue 12's sweep).
  'ab0de5e943920fbc',
  '3cbc9677423cc315',
  'cd635a4892e110f8',
  '1a85aa7501f962c2',
  // Twitter's OAuth 1.0a docs ("Obtaining access tokens" request and access tokens with their
  // secrets), copied into OAuth 1 clients' docs and mocks (authlib docs/oauth/1/intro.rst; 10+
  // public copies each by exact-string search).
  '0401312bb13f6aff',
  '74878a808fc945f0',
  '616fe34ce8031621',
  'bfaf2b987c05e6d3',
  // Slack's docs: the Events API url_verification example token and the request-signing guide's
  // body token (bolt-js tests, "example data in the official doc"; 10+ public copies each).
  '304779c4de12ef17',
  '2a81f24ea84e99d2',
  // OpenID Connect Core 1.0 Appendix A.4: the example authorization code, an at_hash/c_hash test
  // vector (oauthlib's tests; 10+ public copies).
  '2c392d29da106a4d',
  // Django REST framework's TokenAuthentication example token (docs/api-guide/authentication.md),
  // copied into API docs and response samples (10 of 10 public hits).
  '5cc1e9113bbaa704',
  // RFC 9449 (DPoP) §4.1/§7.1: the example access token, in DPoP libraries' tests and the docs of
  // Spring Security's DPoP support (10+ public copies by exact-string search; issue 12's seventh sweep).
  '7d41f23b6af66770',
  // MinIO's public sandbox play.min.io: the secret key of the access key Q3AM3UQ867SPQQA43P2F, printed
  // in every MinIO SDK's README and examples (minio-go README.md, docs/API.md; 10+ public copies by
  // exact-string search; issue 12's fifth sweep). Anyone may use it: it guards a public playground.
  'df452eef23e8cf2c',
  // OpenID Connect Core 1.0 Appendix A.3: the example access token, the at_hash test vector of every
  // OIDC library (openid-client's tests, pyoidc, mod_auth_openidc; 10+ public copies by exact-string
  // search; issue 12's eighth sweep).
  'efb42650fb633dfc',
  // Cloudflare's API reference examples, which its generated SDKs (Stainless: Python, Node, Go,
  // Terraform) copy into docstrings and tests: the `X-Auth-Key` global API key example, the
  // `cf-access-client-secret` of the Access service-token example, and the TSIG `secret` of the DNS
  // zone-transfer example (10+ public copies each by exact-string search; 60 blocks in
  // cloudflare-python, issue 12's eighth sweep).
  '8651e7dbcb3dcc3a',
  'c87b68d5ff9f5c5f',
  'f936ce14a48f6c6b',
  // Issue 12's ninth sweep, each with 10+ public copies by exact-string search:
  // - Auth0's public samples client (`samples.auth0.com`, the OpenID Connect debugger's), whose
  //   secret every OIDC plugin's tests and docs use (31 blocks in apisix);
  // - APISIX's documented default Admin API keys, admin and viewer (`conf/config.yaml.example`,
  //   every APISIX tutorial's `X-API-KEY`; 32 blocks in apisix): to be changed, and public;
  // - external-dns' RFC 2136 tutorial TSIG secret, copied into BIND and k8gb configs;
  // - the Google Cloud SDK's installed-app OAuth client secret (public by design for native apps,
  //   RFC 8252 §8.5), in every tool that reuses gcloud's client;
  // - Connect2id's demo server master token (its docs and every client example);
  // - the Standard Webhooks specification's example secret without its `whsec_` prefix (Kong's tests).
  '1eddc9f5ed887460',
  '477a2767fa27931d',
  '228ab1b6080ec417',
  'd469fcc36196ae38',
  'f0386f9be1fe905f',
  'cca68b8b82bcf0b9',
  '0c47dd30c7da14ce',
  // Issue 12's tenth sweep, 10+ public copies each: Datadog's API docs key pair (api_key, app_key:
  // every dogapi/datadogpy example and Ansible's datadog modules), Memset's API docs key (Ansible's
  // memset modules), and Elasticsearch's reference-docs refresh token (its generated client examples).
  '374b54794dbadf23',
  '9fd48845a784316d',
  '2d602d13e99c20b5',
  '2dba099c7b1cef53',
]);

export function isPublicDocsSample(value: string): boolean {
  return DOCS_SAMPLES.has(hashPrefix(value));
}
