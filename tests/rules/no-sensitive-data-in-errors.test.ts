import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

import { words, SecretNames } from '../../src/analysis/sensitive';
import rule, { type Options } from '../../src/rules/no-sensitive-data-in-errors';
import { createJavaScriptRuleTester, createRuleTester } from '../rule-tester';
import { nestFourParameterController } from '../shared-code';
import { describe, expect, it } from 'vitest';

type MessageId = 'inLog' | 'inErrorMessage' | 'inErrorResponse';

/** An invalid case with marked secrets: `«password»`; each is reported with a '[REDACTED]' suggestion. */
/** Error middleware that logs \`logged\` with each failed request (habitica). */
function requestLogged(logged: string, loggerSetup = "import logger from './logger';"): string {
  return `import express from 'express';
${loggerSetup}
const app = express();
app.use((err, req, res, next) => {
  logger.error(err, { url: req.originalUrl, headers: ${logged} });
  res.status(500).json({ message: 'An unexpected error occurred.' });
});`;
}

/** LibreChat's search tool: \`this.envVarApiKey\` is set to \`value\`, then named in the error for a missing key. */
function envVarTool(value: string): string {
  return `class GoogleSearch {
  constructor(fields = {}) {
    this.envVarApiKey = ${value};
    this.apiKey = fields.apiKey ?? process.env.GOOGLE_SEARCH_API_KEY;
    if (!this.apiKey) throw new Error(\`Missing \${«this.envVarApiKey»} environment variable.\`);
  }
}
module.exports = GoogleSearch;`;
}

/** PeerTube's page route: logs the cookie \`value\` under the key \`cookie\`. */
function cookieLogged(value: string): string {
  return `import express from 'express';
import logger from './logger';
const router = express.Router();
router.get('/', (req, res) => {
  logger.debug('Serving the page', { cookie: ${value}, acceptLanguage: req.headers['accept-language'] });
  res.sendFile('/client/index.html');
});`;
}

/** A handler that logs a \`sessionId\` built as \`value\`. */
function agentSession(value: string): string {
  return `export async function agentChat(ctx, req) {
  const chatId = ctx.params.chatId;
  const sessionId = ${value};
  try {
    await runAgent(sessionId);
  } catch (error) {
    console.error('Agent streaming error', { chatId, session: «sessionId», error });
    throw error;
  }
}`;
}

/** Pushes each repository secret of \`variables\` to GitHub, failing with \`named\` in the message (shelve). */
function pushSecrets(binding: string, named: string): string {
  return `export async function pushSecrets(variables) {
  for (const ${binding} of variables) {
    try {
      await github.setSecret(secretKey, secretValue);
    } catch {
      throw new Error(\`Failed to send secret \${${named}}\`);
    }
  }
}`;
}

function secretCase(marked: string, messageIds: MessageId | MessageId[], options?: Options, replacement = "'[REDACTED]'"): InvalidTestCase<MessageId | 'redact', [Options]> {
  const marks: { start: number; end: number }[] = [];
  let code = '';
  for (const part of marked.split(/(«[^»]*»)/)) {
    if (part.startsWith('«')) {
      marks.push({ start: code.length, end: code.length + part.length - 2 });
      code += part.slice(1, -1);
    } else code += part;
  }
  const ids = Array.isArray(messageIds) ? messageIds : marks.map(() => messageIds);
  return {
    code,
    ...(options ? { options: [options] as [Options] } : {}),
    errors: marks.map(({ start, end }, index) => {
      const shorthand = replacement.startsWith(':');
      const output = shorthand ? code.slice(0, end) + replacement + code.slice(end) : code.slice(0, start) + replacement + code.slice(end);
      return {
        messageId: ids[index] as MessageId,
        line: code.slice(0, start).split('\n').length,
        suggestions: [{ messageId: 'redact' as const, output }],
      };
    }),
  };
}

describe('secret names', () => {
  it('splits names into words', () => {
    expect(words('userPassword')).toEqual(['user', 'password']);
    expect(words('USER_PASSWORD')).toEqual(['user', 'password']);
    expect(words('x-api-key')).toEqual(['x', 'api', 'key']);
    expect(words('APIKey')).toEqual(['api', 'key']);
  });

  it('matches by words, not substrings', () => {
    const names = new SecretNames();
    for (const name of ['password', 'userPassword', 'newPassword', 'passwordConfirm', 'accessToken', 'refresh_token', 'apiKey', 'API_KEY', 'x-api-key', 'authorization', 'cookie', 'sessionId', 'cvv', 'cardNumber', 'pan', 'ssn', 'privateKey', 'otp', 'clientSecret', 'JWT_SECRET', 'secretKey', 'signingKey', 'ENCRYPTION_KEY', 'masterKey', 'jwtSigningKey']) {
      expect(names.isSecret(name), name).toBe(true);
    }
    for (const name of ['passwordPolicy', 'passwordHash', 'tokenizer', 'tokenType', 'tokenExpiresAt', 'panel', 'span', 'company', 'cookieOptions', 'secretary', 'keyboard', 'sessionTimeout', 'hasPassword', 'passwordLength', 'isTokenValid', 'minPasswordLength', 'missingStorageSessionId', 'numApiKeys', 'streamKey', 'encryptionKeyId', 'masterKeyRotatedAt', 'signingAlgorithm']) {
      expect(names.isSecret(name), name).toBe(false);
    }
    // Error-code constants about a secret are not the secret; a camelCase name may hold the rejected value.
    for (const name of ['INVALID_SESSION_TOKEN', 'MISSING_API_KEY', 'EXPIRED_TOKEN', 'WRONG_PASSWORD', 'INFRA_TOKEN_INVALID_TOKEN', 'ENV_NOT_FOUND_KEY_DATA_ENCRYPTION_KEY', 'UNSET_NUXT_SESSION_PASSWORD', 'ABSENT_API_KEY']) {
      expect(names.isSecret(name), name).toBe(false);
    }
    for (const name of ['invalidToken', 'JWT_SECRET', 'ADMIN_PASSWORD', 'DEFAULT_PASSWORD']) {
      expect(names.isSecret(name), name).toBe(true);
    }
    // Permission names are labels too (Unleash); a two-word constant or a camelCase name may hold the token.
    for (const name of ['CREATE_PROJECT_API_TOKEN', 'UPDATE_CLIENT_API_TOKEN', 'DELETE_API_TOKEN', 'VIEW_CLIENT_SECRET']) {
      expect(names.isSecret(name), name).toBe(false);
    }
    for (const name of ['READ_TOKEN', 'NPM_READ_TOKEN', 'createApiToken', 'CLIENT_API_TOKEN']) {
      expect(names.isSecret(name), name).toBe(true);
    }
  });

  it('matches collections of secrets, and session ids of the login session only', () => {
    const names = new SecretNames();
    for (const name of ['apiKeys', 'api_keys', 'passwords', 'accessTokens', 'refreshTokens', 'privateKeys', 'userSessionId', 'authSessionId', 'session_id']) {
      expect(names.isSecret(name), name).toBe(true);
    }
    // LLM token counts, secret names, and sessions that are not logins (Stripe checkout, chat memory).
    for (const name of ['tokens', 'secrets', 'maxTokens', 'checkoutSessionId', 'stripeCheckoutSessionId', 'chatSessionId', 'paymentSessionId']) {
      expect(names.isSecret(name), name).toBe(false);
    }
    // Pagination cursors (inbox-zero); a token after another word is still a token.
    for (const name of ['pageToken', 'nextPageToken', 'syncToken', 'continuationToken']) expect(names.isSecret(name), name).toBe(false);
    for (const name of ['accessToken', 'pageAccessToken', 'resetToken']) expect(names.isSecret(name), name).toBe(true);
  });

  it('takes extra and allowed names', () => {
    const names = new SecretNames(['mfaSeed'], ['pan']);
    expect(names.isSecret('userMfaSeed')).toBe(true);
    expect(names.isSecret('pan')).toBe(false);
  });
});

const express = `import express from 'express';
const app = express();
`;

/** A confirmation route that logs `logged` when its audit entry fails (overleaf). */
function auditLog(logged: string): string {
  return `${express}app.post('/user/emails/confirm', (req, res) => {
  const { token } = req.body;
  const tokenPrefix = token.substring(0, 6);
  const sessionId = req.sessionID.substr(0, 8);
  audit(req.user, tokenPrefix, (auditErr) => {
    if (auditErr) logger.error({ err: auditErr, ${logged} }, 'audit failed');
    res.sendStatus(204);
  });
});`;
}

/** An SDK check that puts \`secret\` into its error's payload (openpanel). */
function sdkAuthFailure(secret: string): string {
  return `export function validateSdkRequest(clientId: string, clientSecret: string) {
  throw new SdkAuthError('Ingestion: Invalid client id', { clientId, clientSecret: ${secret} });
}`;
}

/** A reset request that prints the link when \`guard\` holds (dub). */
function resetLinkPrinted(guard: string): string {
  return `export async function POST() {
  const token = randomBytes(32).toString('hex');
  await sendResetEmail(\`\${process.env.APP_URL}/reset/\${token}\`);
  if (${guard}) console.info('Password reset URL:', \`\${process.env.APP_URL}/reset/\${«token»}\`);
  return NextResponse.json({ ok: true });
}`;
}

/** A page rendered with \`status\`, whose locals carry flash messages and tokens for the page (codimd). */
function homepage(status: string): string {
  return `${express}app.get('/', (req, res) => {
  res${status}.render('index.ejs', { infoMessage: req.flash('info'), errorMessage: req.flash('error'), csrfToken: req.csrfToken(), deleteToken: «req.user.deleteToken» });
});`;
}

/** A command that prints a freshly generated API key; \`header\` opens the file (nocobase). */
function generateKeyCommand(header: string): string {
  return `${header}
export default function register(program, plugin) {
  program.command('generate-api-key').action(async (options) => {
    const token = await plugin.generateAPIKey(options);
    console.log(«token»);
  });
}`;
}

/** A NextAuth \`authorize()\` that logs \`logged\` (cal.com). */
function credentialsLogged(logged: string): string {
  return `import CredentialsProvider from 'next-auth/providers/credentials';
import { safeStringify } from './safe-stringify';
export const provider = CredentialsProvider({
  async authorize(credentials) {
    log.debug('authorize', ${logged});
    return null;
  },
});`;
}

/** A login's second-factor step answering 401 with \`data\` (juice-shop). */
function secondFactorStep(data: string): string {
  return `${express}app.post('/rest/user/login', async (req, res) => {
  const user = await findByCredentials(req.body.email, req.body.password);
  if (user?.totpSecret) {
    const stepToken = jwt.sign({ userId: user.id, type: 'needs_second_factor' }, KEY, { expiresIn: '5m' });
    return res.status(401).json({ status: 'totp_token_required', data: ${data} });
  }
  res.json({ ok: true });
});`;
}

createRuleTester().run('no-sensitive-data-in-errors', rule, {
  valid: [
    // A credential minted for this answer goes to the client that proved the password.
    secondFactorStep("{ tmpToken: jwt.sign({ userId: user.id }, KEY, { expiresIn: '5m' }) }"),
    secondFactorStep('{ tmpToken: stepToken }'),
    credentialsLogged('safeStringify({ email: credentials.email })'),
    // Indexed by a secret's value: the entry is not the secret (nor is a field named through the config for no secret).
    "logger.info('session expired', sessions[sessionId].userId, user[config.userFields.fullEmail]);",
    // Only ever the name of an environment variable.
    envVarTool("'GOOGLE_SEARCH_API_KEY'").replace(/[«»]/g, ''),
    // The secret taken out of what is logged (medplum's login warnings).
    "export function warnFailedLogin(request) {\n  logger.warn('Login failed', { ...request, password: undefined, codeChallenge: undefined });\n}",
    // Only fields that are no secrets are taken out of it.
    "export function track(event) {\n  const { name, userId } = event;\n  logger.info('event', event, name, userId);\n}",
    // One cookie read by a name that is no secret: the UI language.
    cookieLogged('req.cookies?.clientLanguage'),
    cookieLogged("req.cookies['ui-theme']"),
    // One header, or the headers of something that is no request; or a logger that redacts the credentials.
    requestLogged("req.headers['user-agent']"),
    requestLogged('upstream.headers').replace('app.use((err, req, res, next) => {', 'app.use(async (err, req, res, next) => {\n  const upstream = await fetch(SERVICE_URL);'),
    requestLogged('req.headers', "import pino from 'pino';\nconst logger = pino({ redact: ['req.headers.authorization', 'req.headers.cookie'] });"),
    // Named like a login session's id, built from plain reads of other ids: an agent conversation's id (budibase).
    agentSession('`${ctx.params.provider}:${chatId}`').replace(/[«»]/g, ''),
    // A short prefix of a token or session id, under any name, and a description of a hash (overleaf).
    auditLog('token: tokenPrefix, sessionId'),
    // Twins of the classes and names below, without the secret's value.
    "export function check(apiKey) {\n  throw new Unauthorized('Invalid API key');\n}",
    "export async function userFromToken(tokenValue) {\n  throw new ErrorNotFound('No such token');\n}",
    'export function authenticate(dto) {\n  logger.debug(`Session has been revoked: ${Boolean(dto.authTokenFromHeaders)}`);\n}',
    "console.log('Stripe configured:', Boolean(process.env.STRIPE_TEST_SECRETKEY), !!process.env.GOOGLE_CLIENTSECRET);",
    // Which secret is missing, not the secret: \`!cardNumber && 'Card number is required'\` (open collective).
    "if (!cardNumber || !cvv) throw new BadRequest('Card data missing', undefined, { cardNumber: !cardNumber && 'Card number is required', cvv: !cvv && 'CVV is required' });",
    // A command-line tool's console output is what the operator asked for.
    generateKeyCommand("import { Command } from 'commander';").replace(/[«»]/g, ''),
    // nest-commander's commands answer the operator too (immich's reset-admin-password).
    generateKeyCommand("import { Command, CommandRunner } from 'nest-commander';").replace(/[«»]/g, ''),
    // An ordinary page whose locals carry the flash messages: no error response.
    homepage('').replace(/[«»]/g, ''),
    // A secret masked to its first and last characters (openpanel).
    sdkAuthFailure('`${clientSecret.slice(0, 5)}...${clientSecret.slice(-5)}`'),
    // Printed only in development, where there is no mail server and no shipped log.
    resetLinkPrinted("process.env.NODE_ENV === 'development'").replace(/[«»]/g, ''),
    // Tools named after errors take settings, not messages: Google Cloud's ErrorReporting.
    "const errors = new ErrorReporting({ projectId, apiKey: config.apiKey });",
    `export function checkHash(user) {
  const h = user.hashedPassword;
  logger.warn({ userId: user.id, hashedPassword: { type: typeof h, length: h.length, suffix: h.slice(-4) } }, 'unexpected hash');
}`,
    // A table of texts, and pagination cursors (inbox-zero).
    `const warningMessages = { missingCredentials: 'Skipping a provider without configured credentials' };
export function selectProviders(entries) {
  return entries.filter((entry) => {
    if (!entry.apiKey) logger.warn(warningMessages.missingCredentials, { provider: entry.provider });
    return Boolean(entry.apiKey);
  });
}`,
    `export async function list(pageToken) {
  const { messages, nextPageToken } = await gmail.list({ pageToken });
  logger.info('Fetched messages', { count: messages.length, pageToken, nextPageToken });
}`,
    // A permission name in an error message (Unleash).
    `import { CREATE_PROJECT_API_TOKEN } from './permissions';
export async function createProjectApiToken(access) {
  const permissionRequired = CREATE_PROJECT_API_TOKEN;
  if (!(await access.has(permissionRequired))) throw new OperationDeniedError(\`You don't have the necessary access [\${permissionRequired}] to perform this operation\`);
}`,
    // A Stripe Checkout Session id is no login session (ghostfolio).
    `export async function redeem(checkoutSessionId: string) {
  const session = await stripe.checkout.sessions.retrieve(checkoutSessionId);
  if (session.payment_status !== 'paid') throw new Error(\`Checkout session '\${checkoutSessionId}' has not been paid\`);
}`,
    // A function call's result is no logger unless a logger factory made it, and a factory's other methods do not log.
    `export async function createKey(name) {
  const apiKey = await db.secret.findFirst({ where: { name } });
  store().debug({ apiKey });
  logger().child({ apiKey });
}`,
    // Presence, length, masks, hashes, literals and keys only.
    `export function audit(user, password, card) {
  console.log('login attempt', { email: user.email, hasPassword: !!password, passwordLength: password.length });
  logger.info({ card: mask(card), last4: card.slice(-4), password: '[REDACTED]', fields: Object.keys(user) });
  logger.debug({ passwordHash: await hash(password) });
}`,
    // Error codes named after a secret (parse-server): a code, not the session token.
    `export async function getAuthForSessionToken(sessionToken) {
  if (!(await lookup(sessionToken))) throw new Parse.Error(Parse.Error.INVALID_SESSION_TOKEN, 'Invalid session token');
  if (expired(sessionToken)) throw new AuthError(ErrorCode.TOKEN, AUTH_MESSAGES.token);
  throw new HttpError(401, INVALID_SESSION_TOKEN);
}`,
    // An enum of error kinds (ts-oauth2-server): `ErrorType.InvalidToken` is the code "invalid_token".
    `export class OAuthException extends Error {
  static invalidToken(): OAuthException {
    return new OAuthException('Invalid token', ErrorType.InvalidToken, 401);
  }
}`,
    // A method named log that records a token's use, not a logger (NodeBB); an enum of missing fields (logto).
    `export async function logApiUsage(req, res, next) {
  const [, token] = req.headers.authorization.split(' ');
  await api.utils.tokens.log(token);
  next();
}
export function requireProfile(user) {
  if (!user.password) throw new RequestError({ code: 'user.missing_profile', status: 422 }, { missingProfile: [MissingProfile.password] });
}`,
    // A success answer that hands the token to its owner, in a NestJS method with four injected parameters (postiz).
    nestFourParameterController,
    // Names that only contain a secret's letters.
    `export function describe(passwordPolicy, tokenizer, panel) {
  console.log(passwordPolicy, tokenizer.tokenize('x'), panel.id);
  throw new Error(\`Policy \${passwordPolicy.name} failed\`);
}`,
    // pino redaction config removes the keys before writing.
    `import pino from 'pino';
const logger = pino({ redact: ['req.headers.authorization', 'password'] });
export function login(req, password) {
  logger.info({ password, authorization: req.headers.authorization }, 'login');
}`,
    // A success response that hands a new credential to its owner.
    `${express}app.post('/login', async (req, res) => {
  const token = await issueToken(req.user);
  res.json({ token, refreshToken: await issueRefresh(req.user) });
});
app.post('/api-keys', async (req, res) => {
  const apiKey = await createKey(req.user);
  res.status(201).json({ apiKey });
});`,
    // Request bodies of ordinary routes are not secrets.
    `${express}app.post('/orders', async (req, res) => {
  logger.info({ body: req.body }, 'new order');
  res.status(201).json(await createOrder(req.body));
});`,
    // Literal validation messages under a secret-named key (realworld apps).
    `export function check(user) {
  if (!user.password) throw new HttpException(422, { errors: { password: ["can't be blank"] } });
}`,
    // Hapi's request.auth.credentials is the authenticated identity.
    `export const handler = (request, h) => {
  console.log('request.auth.credentials', request.auth.credentials);
  return h.response({ ok: true });
};`,
    // Headers that are not secrets, pieces included.
    `export function trace(req) {
  console.log(req.get('content-type'), req.header('accept'), req.headers['user-agent'].split(' ')[0]);
}`,
    // Koa, NestJS and Hapi failures that keep the secret out.
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  const token = ctx.get('x-session');
  if (!(await valid(token))) {
    ctx.status = 401;
    ctx.body = { error: 'Invalid session' };
  }
});`,
    `import { UnauthorizedException } from '@nestjs/common';
export function check(keys, apiKey) {
  if (!keys.has(apiKey)) throw new UnauthorizedException('Unknown API key');
}`,
    `import Boom from '@hapi/boom';
export const handler = async (request) => {
  const { refreshToken } = request.payload;
  if (!(await rotate(refreshToken))) throw Boom.unauthorized('Refresh failed');
};`,
    // Calling a function named like a secret is not the secret.
    `export function check(input) {
  if (!validatePassword(input)) logger.warn('weak password rejected');
}`,
    // Bound to a secret's name, not its value.
    pushSecrets('{ key: secretKey, value: secretValue }', 'secretKey'),
    // Configured sanitizers and allowed names.
    {
      code: `export function f(token, pan) { logger.info({ token: fingerprint(token), pan }); }`,
      options: [{ sanitizers: ['fingerprint'], allowNames: ['pan'] }],
    },
  ],
  invalid: [
    // A type that is no kind of error names what it holds.
    secretCase(`export function fail(config) {
  throw new Error(\`Cannot connect with \${«ConnectionType.password»}\`);
}`, 'inErrorMessage'),
    secretCase(pushSecrets('{ name: secretKey, value: secretValue }', '«secretValue»'), 'inErrorMessage'),
    // A stored secret is not minted here.
    secretCase(secondFactorStep('{ tmpToken: «user.totpSecret» }'), 'inErrorResponse'),
    // A whole request's headers carry its Cookie and Authorization.
    // Set from the caller's fields: it may be the key itself.
    secretCase(envVarTool('fields.apiKey'), 'inErrorMessage'),
    // A reset link four levels down in the data of a mail that is logged (lad).
    secretCase(
      `async function forgotPassword(ctx) {
  const user = await Users.findOne({ email: ctx.request.body.email });
  const data = { template: 'reset-password', locals: { link: \`https://example.com/reset/\${user.resetToken}\` } };
  logger.info('sending email', «data»);
}`,
      'inLog',
    ),
    // A field named through the config (lad's \`config.userFields.resetToken\`).
    secretCase("logger.info('reset requested', { link: `https://x/reset/${«user[config.userFields.resetToken]»}` });", 'inLog'),
    // An object the code takes a secret out of, logged whole (LibreChat's OAuth token response).
    secretCase(
      `export async function handleOAuthToken(tokenData) {
  const { access_token, expires_in = 3600 } = tokenData;
  if (!expires_in) logger.error('No expiry in the token response: ', «tokenData»);
  return { access_token, expires_in };
}`,
      'inLog',
    ),
    // The session's cookie, or all of them.
    secretCase(cookieLogged("«req.cookies['connect.sid']»"), 'inLog', undefined, "'[REDACTED]'"),
    secretCase(cookieLogged('«req.headers.cookie»'), 'inLog'),
    // Serialised by a cycle-safe stringify (cal.com's \`safeStringify\`), the credentials are still written.
    secretCase(credentialsLogged('safeStringify({ creds: «credentials» })'), 'inLog'),
    secretCase(requestLogged('«req.headers»'), 'inLog'),
    secretCase(requestLogged("«req.headers['authorization']»"), 'inLog'),
    // Built from a session's own id, or from a call whose value may be anything.
    secretCase(agentSession('`${req.sessionID}`'), 'inLog'),
    secretCase(agentSession('`${createSessionId()}`'), 'inLog'),
    // Unmasked, the secret is in the payload; and printed in production, the link is in the log.
    secretCase(sdkAuthFailure('«`${clientSecret}`»'), 'inErrorMessage'),
    secretCase(resetLinkPrinted("process.env.NODE_ENV !== 'test'"), 'inLog'),
    // Joplin-style error classes (\`ErrorNotFound\`), and a secret named for where it came from.
    secretCase("export async function userFromToken(tokenValue) {\n  throw new ErrorNotFound(`No such token: ${«tokenValue»}`);\n}", 'inErrorMessage'),
    secretCase('export function authenticate(dto) {\n  logger.debug(`Session has been revoked: ${«dto.authTokenFromHeaders»}`);\n}', 'inLog'),
    // The same page rendered as an error, and a class named for its status (\`new Unauthorized(msg)\`, open collective).
    secretCase(homepage('.status(403)'), 'inErrorResponse'),
    secretCase('export function check(apiKey) {\n  throw new Unauthorized(`Invalid API key: ${«apiKey»}`);\n}', 'inErrorMessage'),
    // Outside a command-line tool, the same \`console.log\` is a log.
    secretCase(generateKeyCommand("import { generateKey } from './keys';"), 'inLog'),
    // Env names written without separators.
    secretCase('console.log(«process.env.STRIPE_TEST_SECRETKEY», «process.env.GOOGLE_CLIENTSECRET»);', 'inLog'),
    // A fallback that may be the secret itself.
    secretCase("throw new BadRequest('Card rejected', undefined, { cardNumber: «cardNumber || 'none'» });", 'inErrorMessage'),
    // The whole token or session id is the secret.
    secretCase(auditLog('«token»'), 'inLog', undefined, ": '[REDACTED]'"),
    secretCase(auditLog('sessionId: «req.sessionID»'), 'inLog'),
    // Log calls: console, logger objects, req.log, debug, templates, aliases.
    secretCase(
      `export async function login(email, password) {
  console.log('login', email, «password»);
  logger.info(\`token=\${«session.accessToken»}\`);
  const auth = req.headers.authorization;
  log.debug({ header: «auth» });
  debug('cookie %s', «req.headers.cookie»);
}`,
      'inLog',
    ),
    // A logger handed out by a factory (dittofeed's \`logger()\`).
    secretCase(
      `import logger from './logger';
export async function createKey(name) {
  const apiKey = await db.secret.findFirst({ where: { name } });
  logger().debug({ apiKey: «apiKey» }, 'found existing key');
  getLogger().error('rotating', «apiKey»);
}`,
      'inLog',
    ),
    // A collection of keys logs every key (dittofeed); a login session's id is still a secret.
    secretCase(
      `export function findKey(apiKeys, apiKey, userSessionId) {
  logger.debug({ apiKeys: «apiKeys» }, 'API key not found');
  throw new Error(\`No session \${«userSessionId»}\`);
}`,
      ['inLog', 'inErrorMessage'],
    ),
    {
      ...secretCase(
        `import Fastify from 'fastify';
const app = Fastify();
app.post('/session', async (request, reply) => {
  request.log.info({ «password»: request.body.password }, 'login');
  return { ok: true };
});`,
        'inLog',
      ),
      errors: [
        {
          messageId: 'inLog',
          line: 4,
          suggestions: [
            {
              messageId: 'redact',
              output: `import Fastify from 'fastify';
const app = Fastify();
app.post('/session', async (request, reply) => {
  request.log.info({ password: '[REDACTED]' }, 'login');
  return { ok: true };
});`,
            },
          ],
        },
      ],
    },
    secretCase(
      `export function connect(config) {
  logger.info({ «password» }, 'connecting');
}
const password = config.db.password;`,
      'inLog',
      undefined,
      ": '[REDACTED]'",
    ),
    // The whole request body of a login route holds the password.
    secretCase(
      `${express}app.post('/auth/login', async (req, res) => {
  logger.info(«req.body», 'login attempt');
  res.json(await login(req.body));
});`,
      'inLog',
    ),
    // Error messages.
    secretCase(
      `export function verify(apiKey, cardNumber) {
  if (!known(apiKey)) throw new Error(\`Unknown API key \${«apiKey»}\`);
  if (!luhn(cardNumber)) throw new ValidationError('Invalid card ' + «cardNumber»);
}`,
      'inErrorMessage',
    ),
    // Error responses: error status, error path, error-shaped body.
    secretCase(
      `${express}app.post('/reset', async (req, res) => {
  const { token } = req.body;
  try { await reset(token); res.sendStatus(204); } catch (err) {
    res.status(400).json({ message: 'Invalid token', «token» });
  }
});`,
      'inErrorResponse',
      undefined,
      ": '[REDACTED]'",
    ),
    secretCase(
      `import { NextResponse } from 'next/server';
export async function POST(request: Request) {
  const { otp } = await request.json();
  if (!(await check(otp))) return NextResponse.json({ error: \`Code \${«otp»} is wrong\` });
  return NextResponse.json({ ok: true });
}`,
      'inErrorResponse',
    ),
    // A piece of a secret, and Express header accessors.
    secretCase(
      `export function evaluate(req) {
  console.log(«req.headers.authorization.split(' ')[1]»);
  console.log(«req.get('Authorization')», «req.header('cookie')»);
  console.log('authenticating %s:%s', name, «pass»);
}`,
      'inLog',
    ),
    // Koa, NestJS and Hapi.
    secretCase(
      `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  const token = ctx.get('x-session');
  if (!(await valid(token))) {
    ctx.status = 401;
    ctx.body = { error: 'Invalid session', session: «token» };
  }
});`,
      'inErrorResponse',
    ),
    secretCase(
      `import { Injectable, UnauthorizedException } from '@nestjs/common';
@Injectable()
export class ApiKeyGuard {
  check(apiKey: string) {
    if (!this.keys.has(apiKey)) throw new UnauthorizedException(\`Unknown key \${«apiKey»}\`);
  }
}`,
      'inErrorMessage',
    ),
    secretCase(
      `import Boom from '@hapi/boom';
export const handler = async (request) => {
  const { refreshToken } = request.payload;
  if (!(await rotate(refreshToken))) throw Boom.unauthorized('Refresh failed for ' + «refreshToken»);
};`,
      'inErrorMessage',
    ),
    // A config constant or an error instance's field is still the secret.
    secretCase(
      `export function connect(config, error) {
  if (!config.ok) throw new Error(\`Cannot connect with \${«config.JWT_SECRET»}\`);
  if (!Settings.ok) throw new Error('Bad admin password ' + «Settings.adminPassword»);
  throw new Error('Retry with ' + «error.token»);
}`,
      'inErrorMessage',
    ),
    // Hapi's request.log() and a class's own log() method are logs.
    secretCase(
      `export class Auth {
  check(request, token) {
    request.log(['auth'], «token»);
    this.log('checked', «request.headers.authorization»);
  }
}`,
      'inLog',
    ),
    // Extra names.
    secretCase(`export function seed(user) { console.log(«user.mfaSeed»); }`, 'inLog', { extraNames: ['mfaSeed'] }),
  ],
});

createJavaScriptRuleTester().run('no-sensitive-data-in-errors (espree)', rule, {
  valid: [`const winston = require('winston');\nwinston.info('user logged in', { userId: user.id });`],
  invalid: [secretCase(`const winston = require('winston');\nwinston.error('login failed for', user.email, «user.password»);`, 'inLog')],
});
