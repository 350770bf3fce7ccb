import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

import rule, { GENERIC_LOGIN_MESSAGE, GENERIC_RESET_MESSAGE, type Options } from '../../src/rules/no-user-enumeration';
import { createJavaScriptRuleTester, createRuleTester } from '../rule-tester';

/** An unknown account fails at the lookup on \`line\`, before the password check on the next line: answered differently, and sooner. */
function failsAtLookup(code: string, line: number): InvalidTestCase<'distinguishable' | 'timing', [Options]> {
  return {
    code,
    options: [{ checkTiming: true }],
    errors: [
      { messageId: 'distinguishable', line },
      { messageId: 'timing', line },
      { messageId: 'distinguishable', line: line + 1 },
    ],
  };
}

const ruleTester = createRuleTester();

const express = `import express from 'express';
import bcrypt from 'bcrypt';
const router = express.Router();
`;

/** A Fastify login with @fastify/sensible that answers an unknown user with `missing` (zipline). */
function sensibleLogin(missing: string): string {
  return `import fastifyPlugin from 'fastify-plugin';
import bcrypt from 'bcrypt';
export default fastifyPlugin(async (server) => {
  server.post('/api/auth/login', async (req, res) => {
    const { username, password } = req.body;
    const user = await prisma.user.findUnique({ where: { username } });
    if (!user) return ${missing};
    if (!(await bcrypt.compare(password, user.password))) return res.badRequest('Invalid username or password');
    return res.send({ user });
  });
});`;
}

/** A Fastify login that sets the status on its own line and returns the body (fastify/demo, misskey); \`missing\` answers an unknown user. */
function fastifyReturnLogin(missing: string, wrong: string): string {
  return `import Fastify from 'fastify';
import bcrypt from 'bcrypt';
const fastify = Fastify();
fastify.post('/login', async function (request, reply) {
  const user = await users.findByEmail(request.body.email);
  if (!user) {
    ${missing}
  }
  if (!(await bcrypt.compare(request.body.password, user.password))) {
    reply.status(401);
    return { message: '${wrong}' };
  }
  return { token: sign(user) };
});`;
}

/** A Nuxt login route (\`server/api/auth/login.post.ts\`, h3 auto-imported) that throws \`createError(missing)\` and \`createError(wrong)\`. */
function nuxtLogin(missing: string, wrong: string): string {
  return `import bcrypt from 'bcrypt';
export default defineEventHandler(async (event) => {
  const { email, password } = await readBody(event);
  const user = await db.user.findUnique({ where: { email } });
  if (!user) throw createError(${missing});
  if (!(await bcrypt.compare(password, user.passwordHash))) throw createError(${wrong});
  return { token: await sign(user) };
});`;
}

/** A Nuxt route that answers an unknown address with "User not found" and checks no password: a login only by its file's path. */
const NUXT_USER_ROUTE = `export default defineEventHandler(async (event) => {
  const { email } = await readBody(event);
  const user = await db.user.findUnique({ where: { email } });
  if (!user) throw createError({ statusCode: 404, statusMessage: 'User not found' });
  return { id: user.id };
});`;

const NUXT_LOGIN_FILE = '/app/server/api/auth/login.post.ts';

/** A Hono login that runs \`onMissing\` for an unknown user and \`onWrong\` for a wrong password; \`imports\` follow Hono's. */
function honoLoginWith(onMissing: string, onWrong: string, imports = ''): string {
  return `import { Hono } from 'hono';
${imports}import bcrypt from 'bcrypt';
const auth = new Hono();
auth.post('/login', async (c) => {
  const { email, password } = await c.req.json();
  const user = await db.user.findUnique({ where: { email } });
  if (!user) ${onMissing}
  if (!(await bcrypt.compare(password, user.passwordHash))) ${onWrong}
  return c.json({ token: await sign(user) });
});`;
}

/** Answers with \`c.json(missing)\` and \`c.json(wrong)\`: two bodies and statuses. */
function honoLogin(missing: string, wrong: string): string {
  return honoLoginWith(`return c.json(${missing});`, `return c.json(${wrong});`);
}

/** Throws an \`HTTPException\` built from \`missing\` for an unknown user, and a 401 for a wrong password. */
function honoThrowingLogin(missing: string): string {
  const wrong = "throw new HTTPException(401, { message: 'Invalid email or password' });";
  return honoLoginWith(`throw new HTTPException(${missing});`, wrong, "import { HTTPException } from 'hono/http-exception';\n");
}

/** Renders the JSX login page again with \`missing\` and \`wrong\` as the page's error (ns-user). */
function honoPageLogin(missing: string, wrong: string): string {
  return honoLoginWith(`return c.html(<LoginPage error=${missing} />, 400);`, `return c.html(<LoginPage error=${wrong} />, 400);`);
}

/** A Hono login on Cloudflare D1 (TCGToolWS): \`sql\` is prepared with \`bound\`, and an unknown account answers \`missingStatus\`. */
function d1Login(sql: string, bound: string, missingStatus: number): string {
  return honoLoginWith(
    `return c.json({ error: 'Invalid email or password' }, ${missingStatus});`,
    "return c.json({ error: 'Invalid email or password' }, 401);",
  ).replace('await db.user.findUnique({ where: { email } })', `await c.env.DB.prepare('${sql}').bind(${bound}).first()`);
}

/** An OpenAPI route (@hono/zod-openapi) declared at \`path\` that answers an unknown user with "User not found": a login only by its path. */
function openApiUserRoute(path: string): string {
  return `import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
const app = new OpenAPIHono();
const route = createRoute({ method: 'post', path: '${path}', responses: {} });
app.openapi(route, async (c) => {
  const user = await users.findByEmail(c.req.valid('json').email);
  if (!user) return c.json({ error: 'User not found' }, 404);
  return c.json({ token: await issueToken(user) });
});`;
}

/** A login whose failures differ only in the \`code\` of the options object its exception takes (activepieces). */
function codedLogin(stateCode: string): string {
  return `import { AppError, ErrorCode } from '@acme/shared';
import bcrypt from 'bcrypt';
export async function verifyIdentityPassword(params: { email: string; password: string }) {
  const identity = await repo.findOneBy({ email: params.email });
  if (!identity) {
    throw new AppError({ code: ErrorCode.INVALID_CREDENTIALS, params: null });
  }
  if (!identity.verified) {
    throw new AppError({ code: ${stateCode}, params: null });
  }
  if (!(await bcrypt.compare(params.password, identity.password))) {
    throw new AppError({ code: ErrorCode.INVALID_CREDENTIALS, params: null });
  }
  return identity;
}`;
}

/** A login that answers through an error-first callback, the last parameter (NodeGoat's user-dao). */
function callbackLogin(missing: string, wrong: string, params = 'userName, password, callback'): string {
  return `function validateLogin(${params}) {
  usersCol.findOne({ userName }, (err, user) => {
    if (err) return callback(err);
    if (!user) return callback(new Error(${missing}));
    if (!bcrypt.compareSync(password, user.password)) return callback(new Error(${wrong}));
    callback(null, user);
  });
}
module.exports = { validateLogin };`;
}

/** A login whose password check gets \`hash\` for the stored hash, whatever the lookup found (evershop). */
function fallbackHashLogin(hash: string): string {
  return `import bcrypt from 'bcryptjs';
export async function login(email: string, password: string) {
  const user = await User.findOne({ email });
  const ok = bcrypt.compareSync(password, ${hash});
  if (!user || !ok) throw new Error('Invalid email or password');
  return user;
}`;
}

/** A login over a query builder's lookup (\`lookup\`), answering an unknown account with \`missing\`. */
function builderLogin(lookup: string, missing: string): string {
  return `import bcrypt from 'bcrypt';
export async function signIn(email: string, password: string) {
  const [user] = await ${lookup};
  if (!user) return { success: false, error: '${missing}' };
  if (!(await bcrypt.compare(password, user.passwordHash))) return { success: false, error: 'Invalid email or password' };
  return { success: true };
}`;
}

/** A Next.js server action login (nextjs/saas-starter) that answers failures with \`{ error }\`; \`directive\` opens the file. */
function serverActionLogin(directive: string, missing: string): string {
  return `${directive}
import { comparePasswords } from '@/lib/auth/session';
export const signIn = validatedAction(signInSchema, async (data) => {
  const user = await db.query.users.findFirst({ where: eq(users.email, data.email) });
  if (!user) return { error: '${missing}', email: data.email };
  if (!(await comparePasswords(data.password, user.passwordHash))) return { error: 'Wrong password', email: data.email };
  return { success: 'Signed in' };
});`;
}

/** A server action that re-checks the signed-in user's password, handed the user by its wrapper (nextjs/saas-starter). */
const SERVER_ACTION_DELETE_ACCOUNT = `'use server';
import { comparePasswords } from '@/lib/auth/session';
export const deleteAccount = validatedActionWithUser(deleteAccountSchema, async (data, _, user) => {
  if (!(await comparePasswords(data.password, user.passwordHash))) return { error: 'Incorrect password. Account deletion failed.' };
  await db.delete(users).where(eq(users.id, user.id));
  return { success: 'Account deleted' };
});`;

/** A server-rendered login page shown again with the failure (NodeGoat); \`handler\` names the route's function. */
function pageLogin(missing: string, wrong: string, handler = 'async (req, res)'): string {
  return `${express}router.post('/login', ${handler} => {
  const user = await User.findOne({ userName: req.body.userName });
  if (!user) return res.status(401).render('login', { userName: req.body.userName, loginError: '${missing}' });
  if (!(await bcrypt.compare(req.body.password, user.password))) return res.status(401).render('login', { loginError: '${wrong}' });
  res.redirect('/dashboard');
});`;
}

/** NodeGoat's session handler: a method named \`name\` that hands the credentials to a DAO and shows its failures. */
function sessionHandler(name: string): string {
  return `function SessionHandler(userDAO) {
  this.${name} = (req, res, next) => {
    userDAO.lookup(req.body.userName, req.body.password, (err, user) => {
      if (err && err.noSuchUser) return res.status(401).render('login', { loginError: 'No such user' });
      if (err) return next(err);
      res.redirect('/dashboard');
    });
  };
}
module.exports = SessionHandler;`;
}

/** A tRPC procedure that checks a password against \`hash\` of the record \`lookup\` finds (dokploy). */
function trpcPasswordCheck(lookup: string, hash: string): string {
  return `import { TRPCError } from '@trpc/server';
import bcrypt from 'bcrypt';
export const userRouter = router({
  update: protectedProcedure.mutation(async ({ input, ctx }) => {
    const currentAuth = await db.query.account.findFirst({ where: ${lookup} });
    if (!bcrypt.compareSync(input.currentPassword || '', ${hash})) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'Current password is incorrect' });
    }
    return true;
  }),
});`;
}

/** A better-auth style login whose exceptions take a status name and a body; \`missing\` answers an unknown account. */
function statusNameLogin(missing: string, wrong: string): string {
  return `import bcrypt from 'bcrypt';
import { APIError } from 'better-call';
export async function signIn(ctx) {
  const user = await ctx.adapter.findUserByEmail(ctx.body.email);
  if (!user) throw ${missing};
  if (!(await bcrypt.compare(ctx.body.password, user.password))) throw ${wrong};
  return ctx.json({ ok: true });
}`;
}

/** A login whose password check takes options (better-auth); \`stateCheck\` runs before it. */
function optionsCheckLogin(check: string): string {
  return `export async function signIn(ctx) {
  const user = await ctx.adapter.findUserByEmail(ctx.body.email);
  if (!user) throw new APIError('UNAUTHORIZED', { message: 'Invalid email or password' });
  if (user.banned) throw new APIError('FORBIDDEN', { message: 'You have been banned' });
  if (!(await ${check})) throw new APIError('UNAUTHORIZED', { message: 'Invalid email or password' });
  return ctx.json({ ok: true });
}`;
}

/** A login that evens out the time with a dummy hash, and answers an account without a password with \`state\` (karakeep). */
function evenedOutLogin(state: string): string {
  return `import bcrypt from 'bcryptjs';
export async function validatePassword(email: string, password: string) {
  const user = await db.user.findFirst({ where: { email } });
  if (!user) {
    await bcrypt.compare(password, DUMMY_PASSWORD_HASH);
    throw new Error('Invalid credentials');
  }
  if (!user.password) {
    await bcrypt.compare(password, DUMMY_PASSWORD_HASH);
    throw new Error("${state}");
  }
  if (!(await bcrypt.compare(password, user.password))) throw new Error('Invalid credentials');
  return user;
}`;
}

/** A login that throws entries of a \`const\` table of failures (planka); \`state\` is thrown for a single sign-on account. */
function tableLogin(state: string): string {
  return `const bcrypt = require('bcrypt');
const Errors = {
  INVALID_CREDENTIALS: { invalidCredentials: 'Invalid credentials' },
  USE_SINGLE_SIGN_ON: { useSingleSignOn: 'Use single sign-on' },
};
async function login(inputs) {
  const user = await User.findOne({ email: inputs.email });
  if (!user) throw Errors.INVALID_CREDENTIALS;
  if (user.isSsoUser) throw ${state};
  if (!(await bcrypt.compare(inputs.password, user.password))) throw Errors.INVALID_CREDENTIALS;
  return user;
}`;
}

/** A reset step that answers \`code\` to existing accounts only, after an unknown address got the usual answer (better-auth). */
function codedReset(code: string): string {
  return `import { APIError } from 'better-call';
import { BASE_ERROR_CODES } from './error-codes';
export async function resetPassword(ctx) {
  const user = await ctx.adapter.findUserByEmail(ctx.body.email);
  if (!user) return ctx.json({ status: true });
  if (ctx.body.newPassword.length < 8) throw APIError.from('BAD_REQUEST', BASE_ERROR_CODES.${code});
  await ctx.adapter.updatePassword(user.id, ctx.body.newPassword);
  return ctx.json({ status: true });
}`;
}

/** A login whose lookup throws for an unknown account (ts-oauth2-server's example); \`where\` says what it is looked up by. */
function throwingLookupLogin(where: string, onCatch?: string): string {
  const body = `const user = await prisma.user.findUniqueOrThrow({ where: ${where} });
    if (!(await bcrypt.compare(password, user.passwordHash))) throw new UnauthorizedException('Invalid credentials');
    return user;`;
  return `import bcrypt from 'bcryptjs';
import { UnauthorizedException } from '@nestjs/common';
export async function validateUser(email: string, password: string) {
  ${onCatch === undefined ? body.replace(/\n {4}/g, '\n  ') : `try {\n    ${body}\n  } catch {\n    ${onCatch}\n    throw new UnauthorizedException('Invalid credentials');\n  }`}
}`;
}

/** A Mongoose login whose \`lookup\` may throw for an unknown account (\`.orFail()\`). */
function orFailLogin(lookup: string): string {
  return `import bcrypt from 'bcryptjs';
import { User } from './models/user';
export async function validateUser(email: string, password: string) {
  const user = await ${lookup};
  if (!(await bcrypt.compare(password, user.passwordHash))) throw new Error('Invalid credentials');
  return user;
}`;
}

/** A NestJS service login that throws inside \`try\` and answers every failure from the \`catch\`, which runs \`onCatch\` first (reactive-resume). */
function caughtLogin(onCatch: string): string {
  return `import { BadRequestException, Injectable } from '@nestjs/common';
import * as bcrypt from 'bcryptjs';
@Injectable()
export class AuthService {
  async authenticate(email: string, password: string) {
    try {
      const user = await this.prisma.user.findUnique({ where: { email } });
      if (!user) throw new BadRequestException('InvalidCredentials');
      if (!(await bcrypt.compare(password, user.password))) throw new BadRequestException('InvalidCredentials');
      return user;
    } catch {
      ${onCatch}
      throw new BadRequestException('InvalidCredentials');
    }
  }
}`;
}

/** A reset request whose lookup happens in another module; unknown addresses get \`failure\` (overleaf). */
function resetElsewhere(failure: string): string {
  return `export async function requestReset(req, res) {
  const sent = await PasswordResetHandler.generateAndEmailResetToken(req.body.email);
  if (sent) return res.json({ message: 'If an account exists, we sent a link' });
  return ${failure};
}`;
}

/** A Hapi login that answers an unknown user with \`Boom.\${missing}()\`. */
function hapiLogin(missing: string): string {
  return `import Boom from '@hapi/boom';
import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'POST', path: '/login', handler: async (request) => {
  const user = await User.findOne({ email: request.payload.email });
  if (!user) throw Boom.${missing}('Invalid email or password');
  if (!(await bcrypt.compare(request.payload.password, user.password))) throw Boom.unauthorized('Invalid email or password');
  return { token: sign(user) };
} });`;
}

/** A route that opens a password-protected \`record\` looked up by the path, with its owning \`User\` (zipline's files). */
function protectedRecord(record: string): string {
  return `import fastifyPlugin from 'fastify-plugin';
export default fastifyPlugin(async (server) => {
  server.get('/r/:id', async (req, res) => {
    const ${record} = await prisma.${record}.findFirst({ where: { name: req.params.id }, include: { User: true } });
    if (!${record}) return res.notFound('Not found.');
    if (!(await verifyPassword(req.query.pw, ${record}.password))) return res.forbidden('Incorrect password.');
    return res.send(await datasource.get(${record}.name));
  });
});`;
}

/** A Mongoose login whose lookup ends in `.exec()` and answers a missing account with `missingStatus` (overleaf). */
function mongooseLogin(missingStatus: number): string {
  return `${express}router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email }).select('+hashedPassword').exec();
  if (!user) return res.status(${missingStatus}).json({ message: 'Invalid credentials' });
  if (!(await bcrypt.compare(req.body.password, user.hashedPassword))) return res.status(401).json({ message: 'Invalid credentials' });
  res.json({ ok: true });
});`;
}

/** A reset request that answers an account with an email once `ending` runs for the rest (atproto's requestPasswordReset). */
function resetByOptionalEmail(ending: string): string {
  return `${express}router.post('/reset-password', async (req, res) => {
  const account = await getAccountByEmail(req.body.email);
  if (account?.email) {
    await sendResetPassword(account.email);
    return res.json({ message: 'If an account exists, we sent a link' });
  }
  ${ending};
});`;
}

/** The suggestion that swaps a revealing literal for the generic one. */
function generic(code: string, text: string, kind: 'login' | 'reset' = 'login') {
  const replacement = kind === 'login' ? GENERIC_LOGIN_MESSAGE : GENERIC_RESET_MESSAGE;
  if (!code.includes(`'${text}'`)) throw new Error(`'${text}' not in the code`);
  return [
    {
      messageId: kind === 'login' ? ('useGenericLoginMessage' as const) : ('useGenericResetMessage' as const),
      output: code.replace(`'${text}'`, `'${replacement}'`),
    },
  ];
}

/** A login that answers "Invalid email" when \`condition\` holds: a format check, or the lookup found nothing. */
function invalidEmailLogin(condition: string): string {
  return `${express}router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ email });
  if (${condition}) return res.status(401).json({ message: 'Invalid email' });
  if (!(await bcrypt.compare(password, user.password))) return res.status(401).json({ message: 'Invalid email or password' });
  res.json({ token: sign(user) });
});`;
}

/** A registration that checks the new password with a same-file helper whose body is \`policyBody\` (langfuse). */
function passwordPolicyHelper(policyBody: string): string {
  return `import { hash } from 'bcryptjs';
export async function createUser(email: string, password: string) {
  if (!isValidPassword(password)) throw new Error('Password needs to be at least 8 characters long.');
  return prisma.user.create({ data: { email, password: await hash(password, 12) } });
}
export function isValidPassword(password: string) {
  return ${policyBody};
}`;
}

/** growthbook's registration, which signs an existing account in: an Express handler named \`postRegister\`. */
const POST_REGISTER = `import express from 'express';

export async function postRegister(req: express.Request, res: express.Response) {
  const { email, password } = req.body;
  const existingUser = await getUserByEmail(email);
  if (existingUser) {
    const valid = await verifyPassword(existingUser, password);
    if (!valid) {
      return res.status(400).json({ message: 'That email address is already registered.' });
    }
    return sendSuccess(res, existingUser);
  }
  const user = await createUser({ email, password });
  sendSuccess(res, user);
}`;

/** habitica's login, whose check is a password module's \`compare\` handed the account itself. */
const PASSWORD_MODULE_LOGIN = `import { model as User } from '../../models/user';
import * as passwordUtils from '../../libs/password';
import { NotAuthorized } from '../../libs/errors';

export const loginLocal = {
  method: 'POST',
  url: '/user/auth/local/login',
  async handler(req, res) {
    const { username, password } = req.body;
    const user = await User.findOne({ 'auth.local.username': username }).exec();
    if (!user) throw new NotAuthorized(res.t('invalidLoginCredentials'));
    const isValidPassword = await passwordUtils.compare(user, password);
    if (!isValidPassword) throw new NotAuthorized(res.t('invalidLoginCredentials'));
    return res.respond(200, { id: user._id });
  },
};`;

/** documenso's recipient check: a lookup in one \`match(…).with()\` arm, a password check in another. */
const MATCH_ARMS = `import { match } from 'ts-pattern';

export const isRecipientAuthorized = async ({ recipient, userId, auth }) => {
  return await match(auth)
    .with({ type: 'ACCOUNT' }, async () => {
      if (!userId) return false;
      const recipientUser = await getUserByEmail(recipient.email);
      if (!recipientUser) {
        return false;
      }
      return recipientUser.id === userId;
    })
    .with({ type: 'PASSWORD' }, async ({ password }) => {
      const passwordUser = await getUserByEmail(recipient.email);
      return await verifyPassword({ userId: passwordUser.id, password });
    })
    .exhaustive();
};`;

/** A reset route that rejects a missing record with \`isNil(user)\`; the record is looked up by \`lookup\`. */
function resetWithIsNil(lookup: string): string {
  return `import { isNil } from 'lodash';
${express}router.post('/auth/reset-password', async (req, res) => {
  const user = await ${lookup};
  if (isNil(user)) return res.status(404).json({ message: 'User not found' });
  await user.setPassword(req.body.password);
  res.json({ ok: true });
});`;
}

/** A forgot-password route that looks the address up by what the client sent. */
const FORGOT_BY_LOOKUP = `import express from 'express';
const app = express();
app.post('/auth/forgot-password', async (req, res) => {
  const email = await getEmailFromUsername(req.body.username);
  if (!email) throw new Error('Could not find user for that name.');
  await sendResetLink(email);
  res.json({ ok: true });
});`;

/** infisical's client-secret login: the password is checked against each active secret in a \`find\` callback. */
function secretsLogin(missingClass: string): string {
  return `import bcrypt from 'bcrypt';
export const login = async (email: string, password: string) => {
  const user = await dal.findOne({ email });
  if (!user) throw new ${missingClass}({ message: 'Invalid credentials' });
  const hashes = await dal.findSecretHashes({ userId: user.id, revoked: false });
  const valid = hashes.find(({ hash }) => bcrypt.compareSync(password, hash));
  if (!valid) throw new UnauthorizedError({ message: 'Invalid credentials' });
  return user;
};`;
}

/** lad's forgot-password (Koa): an unknown address is told a mail was sent; a known one may first meet \`check\`. */
function ladForgotPassword(check: string): string {
  return `const Boom = require('@hapi/boom');
async function forgotPassword(ctx) {
  const user = await Users.findOne({ email: ctx.request.body.email });
  if (!user) {
    ctx.body = { message: 'We have sent you an email with a link to reset your password.' };
    return;
  }
  ${check}
  await sendResetEmail(user);
  ctx.body = { message: 'We have sent you an email with a link to reset your password.' };
}
module.exports = { forgotPassword };`;
}

/** lad's reset step (Koa): the account looked up by a query built from \`fields\`, each \`key = value\`. */
function ladResetStep(fields: string[]): string {
  return `const Boom = require('@hapi/boom');
async function resetPassword(ctx) {
  const { body } = ctx.request;
  const query = {};
  ${fields.map((field) => `query${field};`).join('\n  ')}
  const user = await Users.findOne(query);
  if (!user) throw Boom.badRequest('Reset token and email were not valid together.');
  await user.setPassword(body.password);
  ctx.body = { message: 'Password reset' };
}
module.exports = { resetPassword };`;
}

/** cal.com's NextAuth \`authorize()\`: failures named by an imported enum; a locked account answers \`locked\` before its password is checked. */
function errorCodeLogin(locked: string): string {
  return `import CredentialsProvider from 'next-auth/providers/credentials';
import { verifyPassword } from './verify-password';
import { ErrorCode } from './error-code';
export const provider = CredentialsProvider({
  async authorize(credentials) {
    const user = await users.findByEmail({ email: credentials.email });
    if (!user) throw new Error(ErrorCode.IncorrectEmailPassword);
    if (user.locked) throw new Error(ErrorCode.${locked});
    if (!(await verifyPassword(credentials.password, user.password))) throw new Error(ErrorCode.IncorrectEmailPassword);
    return { id: user.id };
  },
});`;
}

/** Ghost's admin login: failures whose texts come from a \`messages\` table through \`tpl()\`. */
function ghostCheck(missingKey: string): string {
  return `const errors = require('@tryghost/errors');
const tpl = require('@tryghost/tpl');
const bcrypt = require('bcryptjs');
const messages = {
  noUserWithEnteredEmailAddr: 'There is no user with that email address.',
  invalidCredentials: 'Your email or password is incorrect.',
};
async function login(object) {
  const user = await users.getByEmail(object.email);
  if (!user) throw new errors.UnauthorizedError({ message: tpl(messages.${missingKey}) });
  if (!(await bcrypt.compare(object.password, user.password))) throw new errors.UnauthorizedError({ message: tpl(messages.invalidCredentials) });
  return user;
}
module.exports = { login };`;
}

/** Ghost's passwordless sign-in: a known address gets a link, an unknown one \`missing\`. */
function magicLinkSignIn(missing: string): string {
  return `const express = require('express');
const app = express();
app.post('/members/api/send-magic-link', async function (req, res) {
  const member = await members.get({ email: req.body.email });
  if (member) {
    await sendEmailWithMagicLink({ email: req.body.email });
    return res.status(201).end('Created.');
  }
  ${missing}
});`;
}

/** infisical's verification mail: a code is sent to the address of the account named by \`username\`. */
function sendVerificationCode(missing: string): string {
  return `export async function sendEmailVerificationCode(username: string) {
  const user = await userDAL.findOne({ username });
  if (!user) ${missing};
  await smtp.sendMail({ to: user.email, code: await tokens.create(user.id) });
}`;
}

/** immich's PIN-code reset: a private method checks the password of the account its callers pass, looked up by \`lookup\`. */
function pinCodeReset(lookup: string): string {
  return `import { BadRequestException, Injectable } from '@nestjs/common';
import { compareSync } from 'bcrypt';
@Injectable()
export class AuthService {
  async resetPinCode(auth: { user: { id: string } }, dto: { email: string; password?: string }) {
    const user = await this.users.${lookup};
    this.validatePinCode(user, dto);
  }
  private validatePinCode(user: { pinCode: string | null; password: string }, dto: { password?: string }) {
    if (!user.pinCode) throw new BadRequestException('User does not have a PIN code');
    if (dto.password && !this.validateSecret(dto.password, user.password)) throw new BadRequestException('Wrong password');
  }
  private validateSecret(input: string, hash: string) {
    return compareSync(input, hash);
  }
}`;
}

/** A registration that checks the new password with an imported one-argument function. */
const IMPORTED_POLICY_CHECK = passwordPolicyHelper('').replace(/\nexport function isValidPassword[^]*$/, '').replace("import { hash } from 'bcryptjs';", "import { hash } from 'bcryptjs';\nimport { isValidPassword } from './security';");

/** A NextAuth \`authorize()\` whose unknown-account branch runs \`onMissing\` before it throws (langfuse). */
function dummyHashLogin(onMissing: string): string {
  return `import CredentialsProvider from 'next-auth/providers/credentials';
import { hash, compare } from 'bcryptjs';
export const provider = CredentialsProvider({
  async authorize(credentials) {
    const user = await prisma.user.findUnique({ where: { email: credentials.email } });
    if (!user) {
      ${onMissing}
      throw new Error('Invalid credentials');
    }
    if (!(await compare(credentials.password, user.password))) throw new Error('Invalid credentials');
    return user;
  },
});`;
}

/** A NestJS passport strategy over \`strategyModule\` whose \`validate()\` says "Incorrect password." (teable). */
function nestStrategy(strategyModule: string): string {
  return `import { BadRequestException, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from '${strategyModule}';
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  async validate(email: string, password: string) {
    const user = await this.authService.validateUserByEmail(email, password);
    if (!user) throw new BadRequestException('Incorrect password.');
    return user;
  }
}`;
}

/** A service login that throws for an unknown account and answers a wrong password with \`result\` (teable). */
function ternaryLogin(result: string): string {
  return `import { BadRequestException, Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
@Injectable()
export class AuthService {
  async validateUser(email: string, pass: string) {
    const user = await this.userService.getUserByEmail(email);
    if (!user) throw new BadRequestException('Invalid credentials');
    return ${result};
  }
}`;
}

/** An app's own wrapper handed the stored hash with a fallback, in a login named for its credential (openpanel). */
const signInWithFallbackHash = `export async function signInEmail(email: string, password: string) {
  const user = await db.user.findFirst({ where: { email } });
  if (!user) throw new TRPCNotFoundError('Email not registered');
  const valid = await verifyPasswordHash(user.account.password ?? '', password);
  if (!valid) throw new TRPCAccessError('Incorrect email or password');
  return user;
}`;

/** A function named \`name\` that answers an unknown address with "User not found". */
function namedLookup(name: string): string {
  return `export async function ${name}(email: string, password: string) {
  const user = await db.user.findFirst({ where: { email } });
  if (!user) throw new Error('User not found');
  return this.sessions.open(user, password);
}`;
}

/** A sign-in use case that answers an unknown account with \`missing\` and a wrong password with \`wrong\` (standard notes). */
function signInUseCase(missing: string, wrong: string): string {
  return `import * as bcrypt from 'bcryptjs';
export class SignIn {
  async execute(dto) {
    const user = await this.userRepository.findOneByUsernameOrEmail(dto.email);
    if (!user) return ${missing};
    const passwordMatches = await bcrypt.compare(dto.password, user.encryptedPassword);
    if (!passwordMatches) return ${wrong};
    return Result.ok(user);
  }
}`;
}

/** A use case class \`className\` that looks an account up by the name a client sends, with or without a password check (standard notes). */
function credentialUseCase(className: string, checksPassword: boolean): string {
  const check = checksPassword
    ? "\n    if (!(await bcrypt.compare(dto.currentPassword, user.encryptedPassword))) return Result.fail('The current password you entered is incorrect.');"
    : '';
  return `import * as bcrypt from 'bcryptjs';
export class ${className} {
  async execute(dto) {
    const user = await this.userRepository.findOneByUsernameOrEmail(dto.username);
    if (!user) return Result.fail('User not found.');${check}
    return Result.ok(await this.issue(user));
  }
}`;
}

/** A use case that confirms a signed-in user's password, looking the user up with \`lookup\` when not handed one (standard notes). */
function verifyServerPassword(lookup: string): string {
  return `import * as bcrypt from 'bcryptjs';
export class VerifyUserServerPassword {
  async execute(dto) {
    let user = dto.user;
    if (!user) {
      user = await this.userRepository.${lookup};
      if (!user) return Result.fail('User not found.');
    }
    if (!(await bcrypt.compare(dto.serverPassword, user.encryptedPassword))) return Result.fail('The password you entered is incorrect.');
    return Result.ok();
  }
}`;
}

/** A Hapi basic-auth \`validate\` that answers an unknown user with \`missing\` (the @hapi/basic README's shape). */
function hapiBasicValidate(missing: string): string {
  return `import Bcrypt from 'bcrypt';
const validate = async (request, username, password, h) => {
  const user = await Users.findOne({ username });
  if (!user) {
    ${missing}
  }
  const isValid = await Bcrypt.compare(password, user.password);
  return { isValid, credentials: { id: user.id } };
};
server.auth.strategy('simple', 'basic', { validate });`;
}

/** A NestJS login that checks the password with \`check\` and throws one exception for both failures (awesome-nest-boilerplate). */
function nestHashLogin(check: string): string {
  return `import { Injectable, UnauthorizedException } from '@nestjs/common';
@Injectable()
export class AuthService {
  async validateUser(dto) {
    const user = await this.users.findOne({ email: dto.email });
    const isPasswordValid = await ${check};
    if (!user || !isPasswordValid) throw new UnauthorizedException('Invalid credentials');
    return user;
  }
}`;
}

/** A model's credential check (frame) that answers an unknown account with \`onMissing\`; the query is built up before the lookup. */
function findByCredentials(onMissing: string): string {
  return `import Bcrypt from 'bcrypt';
export class User {
  static async findByCredentials(username, password) {
    const query = { isActive: true };
    query.username = username.toLowerCase();
    const user = await this.findOne(query);
    if (!user) {
      ${onMissing}
    }
    const passwordMatch = await Bcrypt.compare(password, user.password);
    if (passwordMatch) {
      return user;
    }
  }
}`;
}

/** A Next.js route that answers an unknown address with 404 "User not found" in a problem-details \`title\`; its file path says what it is. */
const nextRouteLookup = `import { NextResponse } from 'next/server';
export async function POST(request: Request) {
  const { email, otp } = await request.json();
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) return NextResponse.json({ title: 'User not found' }, { status: 404 });
  if (!(await checkOtp(user, otp))) return NextResponse.json({ title: 'Invalid code' }, { status: 401 });
  return NextResponse.json({ ok: true });
}`;

/** A login that answers an inactive account with \`inactive\`, the state check placed \`where\` the password check is (palmr, boxyhq). */
function accountStateLogin(inactive: string, where: 'before' | 'after'): string {
  const state = `  if (!user.isActive) throw new Error('${inactive}');\n`;
  const check = "  if (!(await bcrypt.compare(password, user.password))) throw new Error('Invalid credentials');\n";
  return `import bcrypt from 'bcryptjs';
export async function login(email: string, password: string) {
  const user = await prisma.user.findFirst({ where: { email } });
  if (!user) throw new Error('Invalid credentials');
${where === 'before' ? state + check : check + state}  return user;
}`;
}

/** A user command's methods: a password reset by email, in a CLI or in a service. */
const userResetMethods = `  async run() {
    const { args } = await this.parse(UserCommand);
    await this.resetPassword(args.email, args.password);
  }
  async resetPassword(email: string, password: string) {
    const user = await dataSource.manager.findOne(User, { where: { email } });
    if (!user) throw new Error(\`User not found with email: \${email}\`);
    user.credential = await hash(password);
    await dataSource.manager.save(user);
  }
}`;

/** A login whose errors take a named status first (Flowise): `missingStatus` and `missingMessage` for an unknown account. */
function namedStatusLogin(missingStatus: string, missingMessage: string): string {
  return `import bcrypt from 'bcryptjs';
import { StatusCodes } from 'http-status-codes';
export class AccountService {
  async login(email: string, password: string) {
    const user = await users.findOne({ where: { email } });
    if (!user) throw new AppError(StatusCodes.${missingStatus}, '${missingMessage}');
    if (!bcrypt.compareSync(password, user.credential)) throw new AppError(StatusCodes.UNAUTHORIZED, 'Invalid email or password');
    return user;
  }
}`;
}

/** A verify-email step behind a lookup of the emailed token by `tokenQuery`. */
function verifyEmailFlow(tokenQuery: string): string {
  return `export async function verifyEmail(email: string, token: string) {
  const record = await prisma.verificationToken.findFirst({ where: { ${tokenQuery}, expires: { gt: new Date() } } });
  if (!record) throw new Error('Verification link is invalid or has expired.');
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) throw new Error('Invalid email.');
  await prisma.user.update({ where: { email }, data: { emailVerified: new Date() } });
}`;
}

/** Unleash's login: the lookup assigned to a `let` in a try, by a query held in a `const`. */
function unleashLogin(missingAccountMessage: string): string {
  return `import bcrypt from 'bcryptjs';
export class UserService {
  async loginUser(email: string, password: string) {
    const idQuery = { email };
    let user: any;
    try { user = await this.store.getByQuery(idQuery); } catch (_e) {}
    if (!user) throw new Error('${missingAccountMessage}');
    if (!(await bcrypt.compare(password, user.passwordHash))) throw new Error('Invalid credentials');
    return user;
  }
}`;
}

const accountUpdateByTypedName = `import Fastify from 'fastify';
import { compare } from './helpers/password';
const fastify = Fastify();
fastify.put('/account/update', async (request, reply) => {
  const user = await prisma.user.findFirst({ where: { username: request.body.username } });
  if (!user || !(await compare(request.body.password, user.password))) return reply.code(401).send({ error: 'Incorrect password' });
  return { token: sign(user) };
});`;

const lookupThenSharedCheck = `${express}router.post('/request-token', async (req, res) => {
  let account = defaultAccount;
  if (await isMultiUser()) {
    const { username } = req.body;
    account = await User.findOne({ username });
  }
  if (!(await bcrypt.compare(req.body.password, account.password))) {
    return res.status(401).json({ message: 'Invalid password provided' });
  }
  res.json({ token: sign(account) });
});`;

const loginInvalidPassword = `export async function login(email, password = '') {
  const user = await User.findUnique({ where: { email } });
  if (!user || !password) throw new Error('Invalid password.');
  return user;
}`;

const revealingLogin = `${express}router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ email });
  if (!user) return res.status(404).json({ message: 'User not found' });
  const ok = await bcrypt.compare(password, user.passwordHash);
  if (!ok) return res.status(401).json({ message: 'Incorrect password' });
  res.json({ token: sign(user) });
});`;

const passportStrategy = `import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
passport.use(new LocalStrategy(function verify(username, password, done) {
  User.findOne({ username }, function (err, user) {
    if (err) return done(err);
    if (!user) return done(null, false, { message: 'Incorrect username.' });
    if (!user.verifyPassword(password)) return done(null, false, { message: 'Incorrect password.' });
    return done(null, user);
  });
}));`;

const nextAuth = `import CredentialsProvider from 'next-auth/providers/credentials';
import { compare } from 'bcryptjs';
export const authOptions = {
  providers: [
    CredentialsProvider({
      async authorize(credentials) {
        const user = await prisma.user.findUnique({ where: { email: credentials.email } });
        if (!user) throw new Error('No user found with this email');
        const isValid = await user.isPasswordValid(credentials.password);
        if (!isValid) throw new Error('Invalid password');
        return user;
      },
    }),
  ],
};`;

const forgotPassword = `${express}router.post('/forgot-password', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) return res.status(404).json({ message: 'No account is registered with that email' });
  await sendResetLink(user);
  res.json({ message: 'Reset link sent' });
});`;

/** heyform's login: the account test is \`helper.isEmpty(user)\`, and the two failures differ in their exception class. */
const HEYFORM_LOGIN = `import { BadRequestException, NotFoundException } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { helper } from '@heyform-inc/utils';
import { comparePassword } from '@utils';

@Resolver()
export class LoginResolver {
  @Query(() => Boolean)
  async login(@Args('input') input: LoginInput): Promise<boolean> {
    const user = await this.userService.findByEmail(input.email);
    if (helper.isEmpty(user)) {
      throw new NotFoundException('Invalid email or password');
    }
    const verified = await comparePassword(input.password, user.password);
    if (!verified) {
      throw new BadRequestException('Invalid email or password');
    }
    return true;
  }
}`;
/** A signed-in user (\`@User()\`) confirming their own password before changing it. */
const UPDATE_USER_PASSWORD = `import { BadRequestException } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, User } from '@decorator';
import { comparePassword, passwordHash } from '@utils';

@Resolver()
@Auth()
export class UpdateUserPasswordResolver {
  @Mutation(() => Boolean)
  async updateUserPassword(@User() user: UserModel, @Args('input') input: UpdateUserPasswordInput): Promise<boolean> {
    const verified = await comparePassword(input.currentPassword, user.password);
    if (!verified) {
      throw new BadRequestException('The password does not match');
    }
    return this.userService.update(user.id, { password: await passwordHash(input.newPassword, 10) });
  }
}`;
/** The same with the account handed in as an argument: a password check of a client-named account, so a login. */
const SAVE_PASSWORD_OF_ARGS = UPDATE_USER_PASSWORD.replace('@User() user: UserModel', '@Args() user: UserModel').replace(/updateUserPassword/g, 'savePassword').replace(/UpdateUserPasswordResolver/g, 'PasswordResolver');
/** A forgot-password resolver whose account test is lodash's \`isNil(user)\`. */
const FORGOT_WITH_ISNIL = `import { BadRequestException } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { isNil } from 'lodash';

@Resolver()
export class SendResetPasswordEmailResolver {
  @Mutation(() => Boolean)
  async sendResetPasswordEmail(@Args('input') input: SendResetPasswordEmailInput): Promise<boolean> {
    const user = await this.userService.findByEmail(input.email);
    if (isNil(user)) {
      throw new BadRequestException('«MESSAGE»');
    }
    await this.mailService.sendResetLink(user);
    return true;
  }
}`;

ruleTester.run('no-user-enumeration', rule, {
  valid: [
    // Changing one's own password: the method's name says so, and so does the \`@User()\` account.
    UPDATE_USER_PASSWORD,
    UPDATE_USER_PASSWORD.replace(/updateUserPassword/g, 'savePassword').replace(/UpdateUserPasswordResolver/g, 'PasswordResolver'),
    UPDATE_USER_PASSWORD.replace('@User() user: UserModel', '@Args() user: UserModel'),
    // The same answer whether or not \`isNil(user)\`.
    FORGOT_WITH_ISNIL.replace("throw new BadRequestException('«MESSAGE»');", 'return true;'),
    // One combined check, one answer.
    `${express}router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ email });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).json({ message: 'Invalid email or password' });
  }
  res.json({ token: sign(user) });
});`,
    // Generic texts that name both credentials, spelled "user name" too (postiz).
    `export async function login(body) {
  const user = await users.getUserByEmail(body.email);
  if (!user || !comparePassword(body.password, user.password)) throw new Error('Invalid user name or password');
  if (!(await otp.verify(user, body.code))) throw new Error('Invalid user name or password');
  return sign(user);
}`,
    // passport with done(undefined, false, …) and one message for both failures.
    `import passportLocal from 'passport-local';
const LocalStrategy = passportLocal.Strategy;
passport.use(new LocalStrategy({ usernameField: 'email' }, (email, password, done) => {
  User.findOne({ email: email.toLowerCase() }, (err, user) => {
    if (err) { return done(err); }
    if (!user) {
      return done(undefined, false, { message: 'Invalid email or password.' });
    }
    user.comparePassword(password, (err, isMatch) => {
      if (err) { return done(err); }
      if (isMatch) { return done(undefined, user); }
      return done(undefined, false, { message: 'Invalid email or password.' });
    });
  });
}));`,
    // Lookups by the session user's id or by a reset token are not by a client-typed identifier, whatever they select (documenso).
    `export const resetTwoFactor = async (sessionUser, body) => {
  const user = await prisma.user.findFirst({ where: { id: sessionUser.id }, select: { id: true, email: true, twoFactorSecret: true } });
  if (!user) throw new AppError('InvalidRequest');
  return disableTwoFactor(user, body.token);
};
export const resetPassword = async ({ token, password }) => {
  const foundToken = await prisma.passwordResetToken.findFirst({ where: { token }, include: { user: { select: { id: true, email: true } } } });
  if (!foundToken) throw new AppError('INVALID_TOKEN');
  return updatePassword(foundToken.user, password);
};`,
    // A use case class named for a password change (novu): "Passwords do not match" compares the new password with its confirmation.
    `export class UpdatePassword {
  async execute(command) {
    if (command.newPassword !== command.confirmPassword) throw new ApiException('Passwords do not match.');
    const user = await this.userRepository.findById(command.userId);
    if (!user) throw new UnauthorizedException();
    if (!(await bcrypt.compare(command.currentPassword, user.password))) throw new ApiException('Current password is incorrect.');
    await this.userRepository.updatePassword(user, command.newPassword);
  }
}`,
    // A reset by a code kept in a cache: the key's text names an email, the lookup is by the code (teable).
    `export class AuthService {
  async resetPassword(code, newPassword) {
    const entry = await this.cacheService.get(\`reset-password-email:\${code}\`);
    if (!entry) throw new BadRequestException('Token is invalid');
    await this.users.setPassword(entry.userId, newPassword);
  }
}`,
    // A forgot-password use case that answers the same way for every email.
    `export class ForgotPasswordUseCase {
  async execute({ email }) {
    const user = await this.users.findOne({ email });
    if (user) await this.mailer.sendResetLink(user);
    return { message: 'If an account exists, we sent a link' };
  }
}`,
    // Two exits sharing one constant and one status.
    `${express}const INVALID = 'Invalid credentials';
router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) return res.status(401).json({ message: INVALID });
  const match = await bcrypt.compare(req.body.password, user.password);
  if (!match) return res.status(401).json({ message: INVALID });
  res.json({ token: sign(user) });
});`,
    // One shared password and no account: "Invalid password" has nothing to enumerate (dittofeed's single-tenant mode).
    `import Fastify from 'fastify';
const app = Fastify();
app.post('/signin', async (request, reply) => {
  const { password } = backendConfig();
  if (request.body.password !== password) {
    return reply.status(401).send({ error: 'Invalid password.' });
  }
  request.session.set(SESSION_KEY, true);
  return reply.status(200).send();
});`,
    // Messages that name the identifier and the password together are the generic answer (hedgedoc).
    ...['Username or password is not correct', 'Email or password is incorrect', 'Email and password do not match', 'Invalid username/password', 'Username and/or password is wrong'].map(
      (message) => `import { Injectable, UnauthorizedException } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
@Injectable()
export class LocalService {
  async checkLocalPassword(username: string, password: string) {
    const identity = await this.users.findByUsername(username);
    if (!identity || !(await bcrypt.compare(password, identity.hash))) {
      throw new UnauthorizedException('${message}');
    }
    return identity;
  }
}`,
    ),
    // "Invalid email" from a format check says nothing about the account.
    invalidEmailLogin('!/^[^@]+@[^@]+$/.test(email)'),
    // A NextAuth \`signIn\` callback checking the OAuth profile's email (langfuse).
    `import type { NextAuthOptions } from 'next-auth';
import { z } from 'zod';
export const authOptions: NextAuthOptions = {
  providers: [],
  callbacks: {
    async signIn({ user }) {
      const email = user.email?.toLowerCase();
      if (!email) throw new Error('No email found in user object');
      if (z.string().email().safeParse(email).success === false) throw new Error('Invalid email found in user object');
      return true;
    },
  },
};`,
    // Outside a login, "User not found" is an ordinary answer.
    namedLookup('openMemberSession'),
    // One failed result for both failures.
    signInUseCase("{ success: false, errorMessage: 'Invalid email or password' }", "{ success: false, errorMessage: 'Invalid email or password' }"),
    signInUseCase("Result.fail('Invalid credentials')", "Result.fail('Invalid credentials')"),
    // Changing credentials is for a known user; two-factor recovery codes are not the recovery of an account.
    credentialUseCase('ChangeCredentials', true),
    credentialUseCase('GenerateRecoveryCodes', false),
    // A record looked up by an id that was not found says nothing about an address a client typed.
    verifyServerPassword('findOneByUuid(dto.userUuid)'),
    // Drizzle lookups by an id column (wg-easy's deleteTotpKey), relational and built.
    verifyServerPassword('findFirst({ where: eq(users.id, dto.userId) }).execute()'),
    verifyServerPassword('select().from(users).where(eq(users.id, dto.userId)).limit(1)'),
    // The unknown user's branch checks a dummy hash first.
    { code: hapiBasicValidate("await Bcrypt.compare(password, DUMMY_HASH);\n    return { isValid: false, credentials: null };"), options: [{ checkTiming: true }] },
    // A stored hash with a dummy fallback is checked for every account.
    { code: nestHashLogin("validateHash(dto.password, user?.password ?? DUMMY_HASH)"), options: [{ checkTiming: true }] },
    // The unknown account's branch checks a dummy hash before \`return;\`.
    { code: findByCredentials('await Bcrypt.compare(password, DUMMY_HASH);\n      return;'), options: [{ checkTiming: true }] },
    // In a handler, \`return;\` only ends the function after the answer was sent: one answer for both failures.
    {
      code: `${express}router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  const ok = await bcrypt.compare(req.body.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user) { res.status(401).json({ message: 'Invalid email or password' }); return; }
  if (!ok) { res.status(401).json({ message: 'Invalid email or password' }); return; }
  res.json({ token: sign(user) });
});`,
      options: [{ checkTiming: true }],
    },
    // The same route under a path that is no login: an ordinary lookup.
    { code: nextRouteLookup, filename: '/project/app/api/users/lookup/route.ts' },
    // An account's state answered after its password was checked, or answered like an unknown account.
    accountStateLogin('Account is inactive', 'after'),
    accountStateLogin('Invalid credentials', 'before'),
    // The throw after the answer was sent only reaches Fastify's log (peppermint).
    `import Fastify from 'fastify';
import bcrypt from 'bcrypt';
const fastify = Fastify();
fastify.post('/api/v1/auth/login', async (request, reply) => {
  const user = await prisma.user.findUnique({ where: { email: request.body.email } });
  if (!user) return reply.code(401).send({ message: 'Invalid email or password' });
  if (!(await bcrypt.compare(request.body.password, user.password))) {
    reply.code(401).send({ message: 'Invalid email or password' });
    throw new Error('Password is not valid');
  }
  return { token: sign(user) };
});`,
    // One answer for both failures, status set on its own line and the body returned.
    fastifyReturnLogin("reply.status(401);\n    return { message: 'Invalid email or password' };", 'Invalid email or password'),
    // A 200 answer the handler returns is no failure.
    fastifyReturnLogin("return { message: 'Check your email for a sign-in link' };", 'Invalid email or password'),
    // --- Hono ---
    honoLogin("{ error: 'Invalid email or password' }, 401", "{ error: 'Invalid email or password' }, 401"),
    honoLogin("{ error: 'Invalid email or password' }, { status: 401 }", "{ error: 'Invalid email or password' }, 401"),
    honoThrowingLogin("401, { message: 'Invalid email or password' }"),
    { code: nuxtLogin("{ statusCode: 401, statusMessage: 'Invalid email or password' }", "{ statusCode: 401, statusMessage: 'Invalid email or password' }"), filename: NUXT_LOGIN_FILE },
    // Not a login: neither a password check nor a login path.
    { code: NUXT_USER_ROUTE, filename: '/app/server/api/users/lookup.post.ts' },
    // A route that looks a user up is no login unless its path says so.
    openApiUserRoute('/users/lookup'),
    // The same answer both ways; a prepared statement that writes, or binds the session's id, looks nothing up by what the client typed.
    d1Login('SELECT id, password_hash FROM users WHERE email = ?1', 'email', 401),
    { code: d1Login('INSERT INTO attempts (email) VALUES (?1)', 'email', 404), options: [{ checkTiming: true }] },
    { code: d1Login('SELECT id, password_hash FROM users WHERE id = ?1', 'session.userId', 404), options: [{ checkTiming: true }] },
    { code: honoPageLogin('"Invalid email or password"', '"Invalid email or password"'), filename: 'routes/login.tsx' },
    // A page with no error in its props: no text to compare.
    { code: honoPageLogin('{undefined}', '{null}'), filename: 'routes/login.tsx' },
    // The same code for an account's state as for an unknown one.
    codedLogin('ErrorCode.INVALID_CREDENTIALS'),
    callbackLogin("'Invalid username or password'", "'Invalid username or password'"),
    // A parameter before the last is no error-first callback.
    callbackLogin("'No such user'", "'Invalid password'", 'callback, userName, password'),
    // Concatenated, one text for both failures.
    `async function validateLogin(userName, password) {
  const user = await usersCol.findOne({ userName });
  if (!user) throw new Error('Invalid username or password for ' + userName);
  if (!(await bcrypt.compare(password, user.password))) throw new Error('Invalid username or password for ' + userName);
  return user;
}`,
    // A dummy hash for a missing account takes as long as a real one.
    { code: fallbackHashLogin('user ? user.password : DUMMY_HASH'), options: [{ checkTiming: true }] },
    { code: fallbackHashLogin('user?.password ?? DUMMY_HASH'), options: [{ checkTiming: true }] },
    builderLogin('db.select().from(users).where(eq(users.email, email)).limit(1)', 'Invalid email or password'),
    // A lookup by the session's user is no lookup by what the client typed.
    builderLogin('db.select().from(users).where(eq(users.id, session.userId)).limit(1)', 'Session expired'),
    // Outside a server action, a returned \`{ error }\` is data, not the answer.
    serverActionLogin('// a library module', 'No user with that email'),
    SERVER_ACTION_DELETE_ACCOUNT,
    pageLogin('Invalid username or password', 'Invalid username or password'),
    sessionHandler('handleSearchRequest'),
    // tRPC's \`ctx.user\` is the signed-in user, whatever fallback its hash gets.
    trpcPasswordCheck('eq(account.userId, ctx.user.id)', "currentAuth?.password || ''"),
    trpcPasswordCheck('eq(account.userId, ctx.session.user.id)', "currentAuth?.password ?? ''"),
    // A check handed the signed-in user's address (karakeep's deleteAccount).
    `export class User {
  async deleteAccount(password: string) {
    try {
      await validatePassword(this.ctx.user.email, password, this.ctx.db);
    } catch {
      throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Invalid password' });
    }
  }
}`,
    // A static factory builds its own class: one answer for both failures.
    statusNameLogin("APIError.from('UNAUTHORIZED', { message: 'Invalid email or password' })", "new APIError('UNAUTHORIZED', { message: 'Invalid email or password' })"),
    // Options that hold no stored hash are no password check.
    optionsCheckLogin('ctx.captcha.verify({ token: ctx.body.captcha })'),
    evenedOutLogin('Invalid credentials'),
    tableLogin('Errors.INVALID_CREDENTIALS'),
    // A flash message is shown on the next page, whatever it says (hackathon-starter's forgot-password).
    `${express}router.post('/forgot', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) {
    req.flash('info', { msg: 'If an account with that email exists, you will receive password reset instructions.' });
    return res.redirect('/forgot');
  }
  await sendResetMail(user);
  req.flash('info', { msg: 'If an account with that email exists, you will receive password reset instructions.' });
  return res.redirect('/forgot');
});`,
    // A rule for the new password, as a code, says nothing about the account.
    codedReset('PASSWORD_TOO_SHORT'),
    codedReset('WEAK_PASSWORD'),
    // A lookup by the session's id, and a catch that evens out the time before one generic answer.
    { code: throwingLookupLogin('{ id: session.userId }'), options: [{ checkTiming: true }] },
    { code: throwingLookupLogin('{ email }', 'await bcrypt.compare(password, DUMMY_HASH);'), options: [{ checkTiming: true }] },
    // A lookup by the session's id, and \`.orFail(error)\`, which throws the error it is given.
    { code: orFailLogin('User.findById(session.userId).orFail()'), options: [{ checkTiming: true }] },
    { code: orFailLogin("User.findOne({ email }).orFail(new Error('Invalid credentials'))") },
    // A share's nested password setting protects a link, not an account (palmr).
    `import bcrypt from 'bcryptjs';
export async function getShare(shareId: string, password: string, userId: string) {
  const share = await prisma.share.findUnique({ where: { id: shareId }, include: { security: true } });
  if (userId && share.creatorId === userId) return share;
  if (!(await bcrypt.compare(password, share.security.password))) throw new Error('Invalid password');
  return share;
}`,
    // The recovery path answering unknown and known addresses alike.
    `${express}router.post('/auth/lostPassword', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (user) await sendResetMail(user);
  res.json({ message: 'Check your inbox' });
});`,
    // A template that names the address but reveals nothing: both failures answer it.
    `export async function signIn(email: string, password: string) {
  const user = await users.findOne({ where: { email } });
  if (!user) throw new BadRequestException(\`Could not sign in \${email}\`);
  if (!(await bcrypt.compare(password, user.password))) throw new BadRequestException(\`Could not sign in \${email}\`);
  return user;
}`,
    // A password rule checked by a same-file helper is no password check, so registration is no login.
    passwordPolicyHelper('password.length >= 8'),
    // \`utils.compare(user, password)\` is no known check, so nothing runs only for existing accounts.
    { code: PASSWORD_MODULE_LOGIN.replace(/passwordUtils/g, 'utils'), options: [{ checkTiming: true }] },
    // \`isNil(user)\` after a lookup by the session's id: the record's absence says nothing about an address.
    resetWithIsNil('User.findById(req.session.userId)'),
    // Looked up by an id (\`getEmailFromUserId\`, growthbook), the record's absence says nothing about an address.
    FORGOT_BY_LOOKUP.replace('getEmailFromUsername(req.body.username)', 'getEmailFromUserId(req.body.userId)'),
    // Only a holder of the emailed token finds the account: its key written out, or read from the config (lad).
    ladResetStep(['.email = body.email', '.reset_token = ctx.params.token']),
    ladResetStep(['[config.userFields.email] = body.email', '[config.userFields.resetToken] = ctx.params.token']),
    `async function resetPassword(req, res) {
  const user = await prisma.user.findFirst({ where: { email: req.body.email, resetPasswordToken: req.params.token } });
  if (!user) return res.status(400).json({ message: 'Reset link is invalid or has expired' });
  res.json({ ok: true });
}
module.exports = { resetPassword };`,
    // An account an auth plugin vouched for is created when missing: an empty \`user\` then means the creation failed (PeerTube).
    `import bcrypt from 'bcryptjs';
export async function getUser(usernameOrEmail, password, bypass) {
  if (bypass) {
    let user = await users.loadByEmail(bypass.email);
    if (!user) user = await createUserFromExternal(bypass.pluginName, bypass.user);
    if (!user) throw new AccessDeniedError('Cannot create such user');
    if (user.pluginAuth !== bypass.pluginName) return null;
    return user;
  }
  const user = await users.loadByUsernameOrEmail(usernameOrEmail);
  if (!user || !(await bcrypt.compare(password, user.password))) return null;
  return user;
}`,
    secretsLogin('UnauthorizedError'),
    // Re-sending within a signup session, which its id gates: not a verification mail to any address (Open Collective).
    `${express}router.post('/otp/resend', async function resendEmailVerificationOTP(req, res) {
  const session = await sessionCache.get(\`otp_signup_\${req.body.email}\`);
  if (!session || session.sessionId !== req.body.sessionId) return res.status(401).send({ error: 'No OTP request was found' });
  res.send({ ok: true });
});`,
    // Failures of the server, not of the account: a mail that could not be sent.
    ladForgotPassword("if (!mailer.ready) ctx.throw(503, 'Mail is down, try again later.');"),
    // A quiet answer for a known account too: the limit is kept without telling.
    ladForgotPassword('if (user.reset_token_expires_at > Date.now()) return;'),
    // An argument check in a password helper is no answer about an account (LibreChat's comparePassword).
    `import bcrypt from 'bcryptjs';
export async function comparePassword(user, candidatePassword) {
  if (!user) throw new Error('No user provided');
  return bcrypt.compare(candidatePassword, user.password);
}`,
    // A login by that name answering one way for every failure.
    `export async function tryLogin(request) {
  const user = await getUserByEmail(request.email);
  if (!user) throw new Error('Invalid email or password');
  return user;
}`,
    // The same member of the imported enum for every failure.
    errorCodeLogin('IncorrectEmailPassword'),
    // One message for both failures, from a message table.
    ghostCheck('invalidCredentials'),
    // One answer whether or not the address has an account.
    magicLinkSignIn("return res.status(201).end('Created.');"),
    sendVerificationCode('return'),
    // Ghost's word for an account, outside any authentication flow.
    `${express}router.delete('/teams/:team/members/:id', async (req, res) => {
  const member = await Member.findOne({ team: req.params.team, id: req.params.id });
  if (!member) return res.status(404).json({ message: 'Member not found' });
  await member.destroy();
  res.sendStatus(204);
});`,
    // Every caller passes the signed-in user's record, looked up by the session's id (immich).
    pinCodeReset('getForPinCode(auth.user.id)'),
    // A lookup by nothing the client gives (immich's one admin, \`getAdmin()\`) cannot enumerate either.
    FORGOT_BY_LOOKUP.replace('getEmailFromUsername(req.body.username)', 'getAdminEmail()'),
    // The two arms are two callbacks: the account arm's early \`return false\` never skips the other's check.
    { code: MATCH_ARMS, options: [{ checkTiming: true }] },
    // \`postRegister\` is a registration: its missing-account branch creates the account, no early failure.
    { code: POST_REGISTER, options: [{ checkTiming: true }] },
    // Imported and handed only the password, it cannot see an account: a policy check (budibase's \`validatePassword(pw)\`).
    IMPORTED_POLICY_CHECK,
    // Hashing the password for an unknown account takes as long as checking it.
    { code: dummyHashLogin('await hash(credentials.password, 12);'), options: [{ checkTiming: true }] },
    // A JWT strategy's \`validate(payload)\` checks a token, not a password.
    nestStrategy('passport-jwt'),
    // Both failures throw the same exception.
    ternaryLogin(`(await bcrypt.compare(pass, user.password)) ? user : (() => { throw new BadRequestException('Invalid credentials'); })()`),
    // A message about the input's format or a token, not the account: "Invalid email change token payload" (Flowise).
    `import jwt from 'jsonwebtoken';
export function verifyEmailChangeJwt(token: string, secret: string) {
  const payload = jwt.verify(token, secret) as jwt.JwtPayload;
  if (typeof payload.newEmail !== 'string') throw new jwt.JsonWebTokenError('Invalid email change token payload');
  return payload.newEmail;
}`,
    `${express}router.post('/login', async (req, res) => {
  if (!isEmail(req.body.email)) return res.status(400).json({ message: 'Invalid email format' });
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.password))) return res.status(401).json({ message: 'Invalid email or password' });
  res.json({ token: sign(user) });
});`,
    // An operator's command-line tool answers no remote client (Flowise's \`user\` command).
    `import { Command } from '@oclif/core';
export default class UserCommand extends Command {
${userResetMethods}`,
    // A compare of two plain values is no password check, so no timing report (strict).
    {
      code: `import Fastify from 'fastify';
import { compare } from './helpers/versions';
const fastify = Fastify();
fastify.post('/signin', async (request, reply) => {
  const user = await prisma.user.findFirst({ where: { username: request.body.username } });
  if (!user || compare(request.body.clientVersion, minimumVersion) < 0) return reply.code(401).send({ error: 'Please update the app.' });
  return { username: user.username };
});`,
      options: [{ checkTiming: true }],
    },
    // A password change by route path: the account comes from the session (fastify-demo).
    `import Fastify from 'fastify';
const fastify = Fastify();
fastify.put('/update-password', async function (request, reply) {
  const { newPassword, currentPassword } = request.body;
  const user = await usersRepository.findByEmail(request.session.user.email);
  if (!user) return reply.code(401).send({ message: 'User does not exist.' });
  if (!(await passwordManager.compare(currentPassword, user.password))) return reply.code(401).send({ message: 'Invalid current password.' });
  await usersRepository.updatePassword(user.email, await passwordManager.hash(newPassword));
  return { message: 'Password updated' };
});`,
    // Past a check of the token emailed for this address, a failure tells nothing to anyone without it (linkwarden).
    verifyEmailFlow('identifier: email, token: hash(token)'),
    // The account looked up by the address stored with the token, not one the client typed (cal.com's verify-email).
    verifyEmailFlow('token: hash(token)').replace('where: { email } });\n  if (!user)', 'where: { email: record.identifier } });\n  if (!user)'),
    verifyEmailFlow('token: hash(token)').replace('prisma.user.findUnique({ where: { email } });\n  if (!user)', 'users.findByEmail(record.identifier);\n  if (!user)'),
    // A signed-in user confirms their own password before changing the email: the account is known (kutt).
    `${express}router.post('/change-email', async (req, res) => {
  const { email, password } = req.body;
  const isMatch = await bcrypt.compare(password, req.user.password);
  if (!isMatch) return res.status(401).json({ error: 'Password is not correct.' });
  await requestEmailChange(req.user.id, email);
  res.json({ message: 'Verification link sent.' });
});`,
    // The same, with the session's account looked up first (hemmelig's account update).
    `import Fastify from 'fastify';
import { compare } from './helpers/password';
const fastify = Fastify();
fastify.put('/account/update', async (request, reply) => {
  const { currentPassword, newPassword, confirmNewPassword } = request.body;
  const user = await prisma.user.findFirst({ where: { username: request.user.username } });
  if (!currentPassword || !user || !(await compare(currentPassword, user.password))) return reply.code(401).send({ error: 'Incorrect password' });
  if (newPassword !== confirmNewPassword) return reply.code(400).send({ error: 'The password and confirmation password do not match.' });
  return prisma.user.update({ where: { username: request.user.username }, data: { password: await hash(newPassword) } });
});`,
    // An account found by its id (from the session) and its password confirmed before a change (docmost).
    `import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { comparePasswordHash } from '../../helpers';
@Injectable()
export class UserService {
  async update(dto: UpdateUserDto, userId: string, workspace: Workspace) {
    const user = await this.userRepo.findById(userId, workspace.id, { includePassword: true });
    if (!user) throw new NotFoundException('User not found');
    if (!(await comparePasswordHash(dto.confirmPassword, user.password))) throw new BadRequestException('You must provide the correct password to change your email');
    return this.userRepo.updateUser({ email: dto.email }, userId, workspace.id);
  }
}`,
    // A link's own password; the owner's id is only read after the failure (kutt).
    `export async function redirectProtected(req, res) {
  const link = await query.link.find({ uuid: req.params.id });
  if (!link || !link.password) throw new CustomError("Couldn't find the link.", 400);
  const matches = await bcrypt.compare(req.body.password, link.password);
  if (!matches) throw new CustomError('Password is not correct.', 401);
  if (link.user_id) await recordVisit(link);
  return res.status(200).send({ target: link.target });
}`,
    // Past the reset token's check, the account comes from the token record, not from the client (docmost).
    `import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
@Injectable()
export class AuthService {
  async passwordReset(dto: { token: string; newPassword: string }, workspaceId: string) {
    const userToken = await this.userTokenRepo.findById(dto.token, workspaceId);
    if (!userToken || userToken.expiresAt < new Date()) throw new BadRequestException('Invalid or expired token');
    const user = await this.userRepo.findById(userToken.userId, workspaceId);
    if (!user) throw new NotFoundException('User not found');
    await this.userRepo.updatePassword(user.id, dto.newPassword);
  }
}`,
    // The same with one message for both failures.
    unleashLogin('Invalid credentials'),
    // Single-user mode checks one shared password; the multi-user branch before it always returns (anything-llm).
    `${express}router.post('/request-token', async (req, res) => {
  if (await isMultiUser()) {
    const { username, password } = req.body;
    const user = await User.findOne({ username });
    if (!user || !(await bcrypt.compare(password, user.password))) return res.status(401).json({ message: 'Invalid login credentials.' });
    return res.json({ token: sign(user) });
  }
  if (!(await bcrypt.compare(req.body.password, process.env.AUTH_TOKEN_HASH))) {
    return res.status(401).json({ message: 'Invalid password provided' });
  }
  res.json({ token: sign({}) });
});`,
    // A reset checks the new password before it looks anything up; the account comes from the token.
    `export async function resetPassword(token, newPassword = '', confirmPassword = '') {
  if (!newPassword) throw new Error('Invalid password.');
  if (newPassword !== confirmPassword) throw new Error('Passwords do not match');
  const resetToken = await PasswordResetToken.findUnique({ where: { token: String(token) } });
  if (!resetToken) return { success: false, message: 'Invalid reset token' };
  await User.update(resetToken.userId, { password: newPassword });
  return { success: true };
}`,
    // One message for both failures, with an internal lookup method (\`_get\`).
    `${express}router.post('/login', async (req, res) => {
  const { username, password } = req.body;
  const user = await User._get({ username });
  if (!user) return res.status(401).json({ message: 'Invalid login credentials.' });
  if (!bcrypt.compareSync(password, user.password)) return res.status(401).json({ message: 'Invalid login credentials.' });
  res.json({ token: sign(user) });
});`,
    // One named status and one message for both failures.
    namedStatusLogin('UNAUTHORIZED', 'Invalid email or password'),
    // A dummy hash on the missing-account branch keeps the timing equal.
    {
      code: `${express}const DUMMY_HASH = '$2b$10$abcdefghijklmnopqrstuuO0e2dNn1Sy4g3E0ZkVwzvVNvZqkzDYy';
router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) {
    await bcrypt.compare(req.body.password, DUMMY_HASH);
    return res.status(401).json({ message: 'Invalid email or password' });
  }
  if (!(await bcrypt.compare(req.body.password, user.password))) {
    return res.status(401).json({ message: 'Invalid email or password' });
  }
  res.json({ token: sign(user) });
});`,
      options: [{ checkTiming: true }],
    },
    // The hash runs whether or not the account exists: a dummy hash for a missing one.
    {
      code: `${express}const DUMMY_HASH = '$2b$10$abcdefghijklmnopqrstuuO0e2dNn1Sy4g3E0ZkVwzvVNvZqkzDYy';
router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  const ok = await bcrypt.compare(req.body.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) return res.status(401).json({ message: 'Invalid email or password' });
  res.json({ token: sign(user) });
});`,
      options: [{ checkTiming: true }],
    },
    // The other arm does its own work (a dummy check): not provably faster.
    {
      code: `import Koa from 'koa';
import Router from '@koa/router';
const router = new Router();
router.post('/session', async (ctx) => {
  const user = await users.byEmail(ctx.request.body.email);
  const ok = user ? await user.checkPassword(ctx.request.body.password) : await checkDummy(ctx.request.body.password);
  ctx.assert(user && ok, 401, 'Invalid credentials');
  ctx.body = { token: sign(user) };
});`,
      options: [{ checkTiming: true }],
    },
    {
      code: `import { Strategy as LocalStrategy } from 'passport-local';
passport.use(new LocalStrategy({ usernameField: 'email' }, async (email, password, done) => {
  const user = await User.findOne({ email });
  let valid = false;
  if (user) {
    valid = await user.comparePassword(password);
  } else {
    await bcrypt.compare(password, DUMMY_HASH);
  }
  return valid ? done(null, user) : done(null, false, { message: 'Invalid email or password' });
}));`,
      options: [{ checkTiming: true }],
    },
    // Registration and login in one function (postiz): the registration arm's failures are not compared with the login's hash.
    {
      code: `export async function routeAuth(provider, body) {
  if (provider === 'local') {
    const user = await users.getUserByEmail(body.email);
    if (body instanceof CreateUserDto) {
      if (user) throw new Error('Registration failed');
      if (!(await canRegister(provider))) throw new Error('Registration is disabled');
      return register(body);
    }
    const valid = await bcrypt.compare(body.password, user?.password ?? DUMMY_HASH);
    if (!user || !valid) throw new Error('Invalid email or password');
    return sign(user);
  }
  return loginWithProvider(provider, body);
}`,
      options: [{ checkTiming: true }],
    },
    // A lookup by an id from the session cannot enumerate accounts, so skipping the check there is fine.
    {
      code: `${express}router.post('/login/confirm', async (req, res) => {
  const user = await User.findById(req.session.userId);
  if (!user || !(await bcrypt.compare(req.body.password, user.password))) {
    return res.status(401).json({ message: 'Invalid credentials' });
  }
  res.json({ ok: true });
});`,
      options: [{ checkTiming: true }],
    },
    // A short-circuited check without checkTiming (the recommended default).
    `${express}router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.password))) {
    return res.status(401).json({ message: 'Invalid email or password' });
  }
  res.json({ token: sign(user) });
});`,
    // Without checkTiming (the recommended default) an early return with the same answer is fine.
    `${express}router.post('/signin', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) return res.status(401).json({ message: 'Invalid email or password' });
  if (!(await user.comparePassword(req.body.password))) return res.status(401).json({ message: 'Invalid email or password' });
  res.json({ token: sign(user) });
});`,
    // Looking a user up is not authentication.
    `${express}router.get('/admin/users/:id', async (req, res) => {
  const user = await User.findById(req.params.id);
  if (!user) return res.status(404).json({ message: 'User not found' });
  res.json(user);
});`,
    // Password rules belong in registration and password changes.
    `${express}router.post('/register', async (req, res) => {
  if (req.body.password.length < 8) return res.status(400).json({ message: 'Password must be at least 8 characters' });
  const existing = await User.findOne({ email: req.body.email });
  if (existing) return res.status(409).json({ message: 'Email already in use' });
  res.status(201).json(await User.create(req.body));
});`,
    `export class AccountService {
  async changePassword(userId, current, next) {
    const user = await this.users.findById(userId);
    if (!(await bcrypt.compare(current, user.password))) throw new BadRequestException('Current password is incorrect');
    if (next.length < 12) throw new BadRequestException('Password must be at least 12 characters');
  }
}`,
    // A field of the lookup's result tested with \`?.\` answers as the result does: the same answer either way is safe.
    resetByOptionalEmail("return res.json({ message: 'If an account exists, we sent a link' })"),
    // Setting a password is no login, and checking the input's type before any password check tells nothing (overleaf, apostrophe).
    `export const AuthenticationManager = {
  async setUserPasswordInV2(user, password) {
    if (!user || !user.email || !user._id) throw new Error('invalid user object');
    const existing = await User.findOne({ _id: user._id });
    if (await bcrypt.compare(password, existing.hashedPassword)) throw new Error('password must be different');
    await User.updateOne({ _id: user._id }, { $set: { hashedPassword: await bcrypt.hash(password, 12) } });
  },
};`,
    `import crypto from 'node:crypto';
export async function verify(stored, input) {
  const { salt, hash } = JSON.parse(stored);
  if (typeof input !== 'string' || input.length === 0) throw new Error('Input password must be a non-empty string.');
  return crypto.timingSafeEqual(Buffer.from(hash), crypto.scryptSync(input, salt, 64));
}`,
    // The safe reset answer.
    `${express}router.post('/forgot-password', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (user) await sendResetLink(user);
  res.json({ message: 'If an account exists for this email, we sent a link' });
});`,
    // NestJS: one answer for every failure.
    `import { Injectable, UnauthorizedException } from '@nestjs/common';
@Injectable()
export class AuthService {
  async validateUser(email: string, pass: string) {
    const user = await this.usersService.findOne(email);
    if (user && (await bcrypt.compare(pass, user.password))) {
      const { password, ...result } = user;
      return result;
    }
    return null;
  }
  async login(dto) {
    const user = await this.validateUser(dto.email, dto.password);
    if (!user) throw new UnauthorizedException('Invalid credentials');
    return { access_token: this.jwt.sign({ sub: user.id }) };
  }
}`,
    mongooseLogin(401),
    hapiLogin('unauthorized'),
    resetElsewhere("res.json({ message: 'If an account exists, we sent a link' })"),
    // A catch that checks a dummy hash before it answers takes as long as a real check.
    { code: caughtLogin('await bcrypt.compare(password, DUMMY_HASH);'), options: [{ checkTiming: true }] },
    sensibleLogin("res.badRequest('Invalid username or password')"),
    // A password-protected file is no account (zipline).
    protectedRecord('file'),
    // passport with one message for both failures.
    `import { Strategy as LocalStrategy } from 'passport-local';
passport.use(new LocalStrategy((username, password, done) => {
  User.findOne({ username }, (err, user) => {
    if (err) return done(err);
    if (!user) return done(null, false, { message: 'Invalid username or password' });
    if (!user.verifyPassword(password)) return done(null, false, { message: 'Invalid username or password' });
    return done(null, user);
  });
}));`,
    // NextAuth authorize() returning null for every failure.
    `export const authOptions = { providers: [CredentialsProvider({
  async authorize(credentials) {
    const user = await prisma.user.findUnique({ where: { email: credentials.email } });
    if (!user) return null;
    const isValid = await compare(credentials.password, user.hashedPassword);
    if (!isValid) return null;
    return user;
  },
})] };`,
    // From real code: token checks with timingSafeEqual are not account lookups (hackathon-starter).
    {
      code: `userSchema.methods.verifyTokenAndIp = function (token, ip, tokenField, ipHashField) {
  const hashedIp = this.constructor.hashIP(ip);
  if (!this[tokenField] || !token || !this[ipHashField] || !hashedIp) return false;
  return crypto.timingSafeEqual(Buffer.from(this[tokenField]), Buffer.from(token));
};`,
      options: [{ checkTiming: true }],
    },
    // Blank-input checks before the lookup are not "account missing" (realworld).
    {
      code: `export const login = async (userPayload) => {
  const email = userPayload.email?.trim();
  const password = userPayload.password?.trim();
  if (!email) throw new HttpException(422, { errors: { email: ["can't be blank"] } });
  if (!password) throw new HttpException(422, { errors: { password: ["can't be blank"] } });
  const user = await prisma.user.findUnique({ where: { email } });
  const valid = await bcrypt.compare(password, user?.password ?? DUMMY_HASH);
  if (user && valid) return { token: sign(user) };
  throw new HttpException(403, { errors: { 'email or password': ['is invalid'] } });
};`,
      options: [{ checkTiming: true }],
    },
    // A throw caught in the same function and turned into one generic error.
    `export async function resetPassword(resetPasswordToken, newPassword) {
  try {
    const doc = await tokenService.verifyToken(resetPasswordToken, 'reset');
    const user = await userService.getUserByEmail(doc.email);
    if (!user) throw new Error();
    await userService.updateUserById(user.id, { password: newPassword });
  } catch (error) {
    throw new ApiError(401, 'Password reset failed');
  }
}`,
    // An authenticated profile update looks the user up by id, not by what a client typed.
    {
      code: `export class AuthService {
  async update(userJwtPayload, dto) {
    const currentUser = await this.usersService.findById(userJwtPayload.id);
    if (!currentUser) throw new UnauthorizedException();
    if (!(await bcrypt.compare(dto.oldPassword, currentUser.password))) throw new UnprocessableEntityException({ oldPassword: 'incorrectOldPassword' });
  }
}`,
      options: [{ checkTiming: true }],
    },
    // The same helper with the same details for both failures.
    `export class AuthService {
  async validateLogin(loginDto) {
    const user = await this.usersService.findByEmail(loginDto.email);
    if (!user) throw this.invalidLoginException({ credentials: 'invalid' });
    if (!(await bcrypt.compare(loginDto.password, user.password))) throw this.invalidLoginException({ credentials: 'invalid' });
    return user;
  }
}`,
    // Twins of the real-code cases below: one message for both failures.
    `passport.use(new LocalStrategy({ usernameField: 'email' }, (email, password, done) => {
  User.findOne({ email: email.toLowerCase() })
    .then((user) => {
      if (!user) return done(null, false, { msg: \`Invalid email or password.\` });
      if (!user.verifyPassword(password)) return done(null, false, { msg: \`Invalid email or password.\` });
      return done(null, user);
    });
}));`,
    `passport.use(new LocalStrategy((username, password, done) => {
  User.findOne({ username }, (err, user) => {
    if (!user) return done(null, false, { message: 'Invalid login' });
    user.comparePassword(password, (error, isMatch) => {
      if (isMatch) return done(null, user);
      return done(null, false, { message: 'Invalid login' });
    });
  });
}));`,
    `import { compare } from 'bcrypt-ts';
export async function authorize({ email, password }) {
  const user = await getUser(email);
  if (user.length === 0 || !(await compare(password, user[0].password))) return null;
  return user[0];
}`,
    // Throttling and lockout messages say nothing about the account.
    `${express}router.post('/login', async (req, res) => {
  if (await isRateLimited(req.ip)) return res.status(429).json({ message: 'Too many attempts, try again later' });
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.password))) return res.status(401).json({ message: 'Invalid credentials' });
  res.json({ token: sign(user) });
});`,
  ],
  invalid: [
    // \`helper.isEmpty(user)\` tests for the missing account like \`!user\`.
    {
      code: HEYFORM_LOGIN,
      errors: [
        { messageId: 'distinguishable', line: 12 },
        { messageId: 'distinguishable', line: 16 },
      ],
    },
    {
      code: HEYFORM_LOGIN.replace("NotFoundException('Invalid email or password')", "BadRequestException('Invalid email or password')"),
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timing', line: 12 }],
    },
    // The \`@User()\` account is the signed-in user only where the parameter is decorated so.
    {
      code: SAVE_PASSWORD_OF_ARGS,
      errors: [
        {
          messageId: 'revealingMessage',
          line: 13,
          suggestions: [{ messageId: 'useGenericLoginMessage', output: SAVE_PASSWORD_OF_ARGS.replace("'The password does not match'", `'${GENERIC_LOGIN_MESSAGE}'`) }],
        },
      ],
    },
    {
      code: FORGOT_WITH_ISNIL.replace('«MESSAGE»', 'The email address does not exist'),
      errors: [
        {
          messageId: 'revealingMessage',
          line: 11,
          suggestions: [{ messageId: 'useGenericResetMessage', output: FORGOT_WITH_ISNIL.replace('«MESSAGE»', GENERIC_RESET_MESSAGE) }],
        },
      ],
    },
    // Fastify answers with what the handler returns, with the status set before.
    {
      code: fastifyReturnLogin("reply.status(404);\n    return { message: 'User not found' };", 'Invalid password'),
      errors: [
        { messageId: 'revealingMessage', line: 8, suggestions: [{ messageId: 'useGenericLoginMessage', output: fastifyReturnLogin(`reply.status(404);\n    return { message: '${GENERIC_LOGIN_MESSAGE}' };`, 'Invalid password') }] },
        { messageId: 'revealingMessage', line: 12, suggestions: [{ messageId: 'useGenericLoginMessage', output: fastifyReturnLogin("reply.status(404);\n    return { message: 'User not found' };", GENERIC_LOGIN_MESSAGE) }] },
      ],
    },
    {
      code: fastifyReturnLogin("reply.status(404);\n    return { message: 'Invalid email or password' };", 'Invalid email or password'),
      errors: [
        { messageId: 'distinguishable', line: 8, data: { this: '404 "Invalid email or password"', other: '401 "Invalid email or password"', line: '12', difference: 'status code' } },
        { messageId: 'distinguishable', line: 12, data: { this: '401 "Invalid email or password"', other: '404 "Invalid email or password"', line: '8', difference: 'status code' } },
      ],
    },
    {
      code: fastifyReturnLogin("reply.status(401);\n    return { message: 'Invalid email or password' };", 'Invalid email or password'),
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timing', line: 8 }],
    },
    // --- Hono ---
    {
      code: honoLogin("{ error: 'User not found' }, 404", "{ error: 'Wrong password' }, 401"),
      errors: [
        { messageId: 'revealingMessage', line: 7, suggestions: [{ messageId: 'useGenericLoginMessage', output: honoLogin(`{ error: '${GENERIC_LOGIN_MESSAGE}' }, 404`, "{ error: 'Wrong password' }, 401") }] },
        { messageId: 'revealingMessage', line: 8, suggestions: [{ messageId: 'useGenericLoginMessage', output: honoLogin("{ error: 'User not found' }, 404", `{ error: '${GENERIC_LOGIN_MESSAGE}' }, 401`) }] },
      ],
    },
    {
      code: honoLogin("{ error: 'Invalid email or password' }, 404", "{ error: 'Invalid email or password' }, 401"),
      errors: [
        { messageId: 'distinguishable', line: 7, data: { this: '404 "Invalid email or password"', other: '401 "Invalid email or password"', line: '8', difference: 'status code' } },
        { messageId: 'distinguishable', line: 8, data: { this: '401 "Invalid email or password"', other: '404 "Invalid email or password"', line: '7', difference: 'status code' } },
      ],
    },
    {
      code: honoPageLogin('"User not found. Please register first."', '"Invalid password. Please try again."'),
      filename: 'routes/login.tsx',
      errors: [
        { messageId: 'revealingMessage', line: 7, suggestions: [{ messageId: 'useGenericLoginMessage', output: honoPageLogin(`"${GENERIC_LOGIN_MESSAGE}"`, '"Invalid password. Please try again."') }] },
        { messageId: 'revealingMessage', line: 8, suggestions: [{ messageId: 'useGenericLoginMessage', output: honoPageLogin('"User not found. Please register first."', `"${GENERIC_LOGIN_MESSAGE}"`) }] },
      ],
    },
    {
      code: openApiUserRoute('/auth/login'),
      errors: [{ messageId: 'revealingMessage', line: 6, suggestions: [{ messageId: 'useGenericLoginMessage', output: openApiUserRoute('/auth/login').replace("'User not found'", `'${GENERIC_LOGIN_MESSAGE}'`) }] }],
    },
    {
      code: nuxtLogin("{ statusCode: 404, statusMessage: 'User not found' }", "{ statusCode: 401, statusMessage: 'Wrong password' }"),
      filename: NUXT_LOGIN_FILE,
      errors: [
        { messageId: 'revealingMessage', line: 5, suggestions: [{ messageId: 'useGenericLoginMessage', output: nuxtLogin(`{ statusCode: 404, statusMessage: '${GENERIC_LOGIN_MESSAGE}' }`, "{ statusCode: 401, statusMessage: 'Wrong password' }") }] },
        { messageId: 'revealingMessage', line: 6, suggestions: [{ messageId: 'useGenericLoginMessage', output: nuxtLogin("{ statusCode: 404, statusMessage: 'User not found' }", `{ statusCode: 401, statusMessage: '${GENERIC_LOGIN_MESSAGE}' }`) }] },
      ],
    },
    {
      code: nuxtLogin("{ statusCode: 404, statusMessage: 'Invalid email or password' }", "{ statusCode: 401, statusMessage: 'Invalid email or password' }"),
      filename: NUXT_LOGIN_FILE,
      errors: [
        { messageId: 'distinguishable', line: 5, data: { this: 'createError 404 "Invalid email or password"', other: 'createError 401 "Invalid email or password"', line: '6', difference: 'status code' } },
        { messageId: 'distinguishable', line: 6, data: { this: 'createError 401 "Invalid email or password"', other: 'createError 404 "Invalid email or password"', line: '5', difference: 'status code' } },
      ],
    },
    // A Nuxt file route at an auth path is a login by its path alone.
    {
      code: NUXT_USER_ROUTE,
      filename: NUXT_LOGIN_FILE,
      errors: [{ messageId: 'revealingMessage', line: 4, suggestions: [{ messageId: 'useGenericLoginMessage', output: NUXT_USER_ROUTE.replace("'User not found'", `'${GENERIC_LOGIN_MESSAGE}'`) }] }],
    },
    // Cloudflare D1: \`prepare(sql).bind(email).first()\` looks the account up by the address typed.
    failsAtLookup(d1Login('SELECT id, password_hash FROM users WHERE email = ?1', 'email', 404), 7),
    {
      code: honoThrowingLogin("404, { message: 'Invalid email or password' }"),
      errors: [
        { messageId: 'distinguishable', line: 8, data: { this: 'HTTPException 404 "Invalid email or password"', other: 'HTTPException 401 "Invalid email or password"', line: '9', difference: 'status code' } },
        { messageId: 'distinguishable', line: 9, data: { this: 'HTTPException 401 "Invalid email or password"', other: 'HTTPException 404 "Invalid email or password"', line: '8', difference: 'status code' } },
      ],
    },
    {
      code: honoLogin("{ error: 'Invalid email or password' }, 401", "{ error: 'Invalid email or password' }, 401"),
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timing', line: 7 }],
    },
    // Without a message, the exception's code tells an account's state apart before the password is checked.
    {
      code: codedLogin('ErrorCode.EMAIL_IS_NOT_VERIFIED'),
      errors: [{ messageId: 'accountStateBeforePassword', line: 9 }],
    },
    {
      code: callbackLogin("'No such user'", "'Invalid password'"),
      errors: [
        { messageId: 'revealingMessage', line: 4, suggestions: [{ messageId: 'useGenericLoginMessage', output: callbackLogin(`'${GENERIC_LOGIN_MESSAGE}'`, "'Invalid password'") }] },
        { messageId: 'revealingMessage', line: 5, suggestions: [{ messageId: 'useGenericLoginMessage', output: callbackLogin("'No such user'", `'${GENERIC_LOGIN_MESSAGE}'`) }] },
      ],
    },
    // A text built with \`+\` reads like a template (NodeGoat).
    {
      code: `async function validateLogin(userName, password) {
  const user = await usersCol.findOne({ userName });
  if (!user) throw new Error('User: ' + userName + ' does not exist');
  if (!(await bcrypt.compare(password, user.password))) throw new Error('Invalid username or password');
  return user;
}`,
      errors: [
        { messageId: 'revealingMessage', line: 3, data: { text: 'User: ${userName} does not exist' } },
        { messageId: 'distinguishable', line: 4 },
      ],
    },
    {
      code: builderLogin('db.select().from(users).where(eq(users.email, email)).limit(1)', 'Session expired'),
      errors: [
        { messageId: 'distinguishable', line: 4 },
        { messageId: 'distinguishable', line: 5 },
      ],
    },
    // A server action answers its form with what it returns.
    {
      code: serverActionLogin("'use server';", 'No user with that email'),
      errors: [
        { messageId: 'revealingMessage', line: 5, suggestions: [{ messageId: 'useGenericLoginMessage', output: serverActionLogin("'use server';", GENERIC_LOGIN_MESSAGE) }] },
        { messageId: 'revealingMessage', line: 6, suggestions: [{ messageId: 'useGenericLoginMessage', output: serverActionLogin("'use server';", 'No user with that email').replace("'Wrong password'", `'${GENERIC_LOGIN_MESSAGE}'`) }] },
      ],
    },
    // The wrapper's first callback parameter is the client's input, not a signed-in account.
    {
      code: SERVER_ACTION_DELETE_ACCOUNT.replace('async (data, _, user) =>', 'async (user) =>').replace('data.password', 'user.typedPassword'),
      errors: [
        {
          messageId: 'revealingMessage',
          line: 4,
          suggestions: [
            {
              messageId: 'useGenericLoginMessage',
              output: SERVER_ACTION_DELETE_ACCOUNT.replace('async (data, _, user) =>', 'async (user) =>')
                .replace('data.password', 'user.typedPassword')
                .replace("'Incorrect password. Account deletion failed.'", `'${GENERIC_LOGIN_MESSAGE}'`),
            },
          ],
        },
      ],
    },
    // The failure shown on the page again.
    {
      code: pageLogin('Invalid username', 'Invalid password'),
      errors: [
        { messageId: 'revealingMessage', line: 6, suggestions: [{ messageId: 'useGenericLoginMessage', output: pageLogin(GENERIC_LOGIN_MESSAGE, 'Invalid password') }] },
        { messageId: 'revealingMessage', line: 7, suggestions: [{ messageId: 'useGenericLoginMessage', output: pageLogin('Invalid username', GENERIC_LOGIN_MESSAGE) }] },
      ],
    },
    {
      code: pageLogin('Invalid username or password', 'Invalid username or password').replace("res.status(401).render('login', { userName", "res.status(404).render('login', { userName"),
      errors: [
        { messageId: 'distinguishable', line: 6 },
        { messageId: 'distinguishable', line: 7 },
      ],
    },
    {
      code: sessionHandler('handleLoginRequest'),
      errors: [{ messageId: 'revealingMessage', line: 4, suggestions: [{ messageId: 'useGenericLoginMessage', output: sessionHandler('handleLoginRequest').replace('No such user', GENERIC_LOGIN_MESSAGE) }] }],
    },
    // A record looked up by what the client typed is no signed-in user's.
    {
      code: trpcPasswordCheck('eq(account.email, input.email)', "currentAuth?.password || ''").replace('Current password is incorrect', 'Wrong password'),
      errors: [
        {
          messageId: 'revealingMessage',
          line: 7,
          suggestions: [{ messageId: 'useGenericLoginMessage', output: trpcPasswordCheck('eq(account.email, input.email)', "currentAuth?.password || ''").replace('Current password is incorrect', GENERIC_LOGIN_MESSAGE) }],
        },
      ],
    },
    // The status's name comes first; the body says which failure it is.
    {
      code: statusNameLogin("APIError.from('UNAUTHORIZED', { message: 'Invalid email or password' })", "new APIError('UNAUTHORIZED', { message: 'Wrong password' })"),
      errors: [
        { messageId: 'distinguishable', line: 5, data: { this: 'APIError 401 "Invalid email or password"', other: 'APIError 401 "Wrong password"', line: '6', difference: 'message' } },
        {
          messageId: 'revealingMessage',
          line: 6,
          suggestions: [{ messageId: 'useGenericLoginMessage', output: statusNameLogin("APIError.from('UNAUTHORIZED', { message: 'Invalid email or password' })", `new APIError('UNAUTHORIZED', { message: '${GENERIC_LOGIN_MESSAGE}' })`) }],
        },
      ],
    },
    {
      code: optionsCheckLogin('ctx.context.password.verify({ hash: user.password, password: ctx.body.password })'),
      errors: [{ messageId: 'accountStateBeforePassword', line: 4 }],
    },
    // The check's own answer under a condition does not make it a dummy check.
    {
      code: `import bcrypt from 'bcryptjs';
export async function login(email: string, password: string) {
  const user = await prisma.user.findFirst({ where: { email } });
  if (!user) throw new Error('Invalid credentials');
  if (!user.isActive) throw new Error('Account is inactive');
  const ok = await bcrypt.compare(password, user.password);
  if (!ok) throw new Error('Invalid credentials');
  return user;
}`,
      errors: [{ messageId: 'accountStateBeforePassword', line: 5 }],
    },
    // A dummy check only evens out the time; the account's state is still answered before its password.
    { code: evenedOutLogin("This user doesn't have a password defined"), errors: [{ messageId: 'accountStateBeforePassword', line: 10 }] },
    // Entries of a failure table are told apart by their texts.
    { code: tableLogin('Errors.USE_SINGLE_SIGN_ON'), errors: [{ messageId: 'accountStateBeforePassword', line: 9 }] },
    { code: codedReset('ACCOUNT_LOCKED'), errors: [{ messageId: 'resetAccountState', line: 6 }] },
    // A lookup that throws for an unknown account fails before the password check, with another error.
    failsAtLookup(throwingLookupLogin('{ email }'), 4),
    // Mongoose's \`.orFail()\` throws DocumentNotFoundError for an unknown account.
    failsAtLookup(orFailLogin("User.findOne({ email }).select('+passwordHash').orFail()"), 4),
    // Caught and answered generically, it is still faster.
    { code: throwingLookupLogin('{ email }', 'logger.warn("login failed");'), options: [{ checkTiming: true }], errors: [{ messageId: 'timing', line: 5 }] },
    // An empty stored hash for a missing account fails at once (bcryptjs rejects anything but a 60-character hash).
    { code: fallbackHashLogin("user ? user.password : ''"), options: [{ checkTiming: true }], errors: [{ messageId: 'timingSkippedCheck', line: 4 }] },
    { code: fallbackHashLogin("!user ? null : user.password"), options: [{ checkTiming: true }], errors: [{ messageId: 'timingSkippedCheck', line: 4 }] },
    { code: fallbackHashLogin("user?.password || ''"), options: [{ checkTiming: true }], errors: [{ messageId: 'timingSkippedCheck', line: 4 }] },
    // The \`where\` of a query builder says what the lookup is by (Drizzle, knex, evershop's builder).
    ...[
      'db.select().from(users).where(eq(users.email, email)).limit(1)',
      "knex('users').where({ email }).limit(1)",
      "select().from('customer').where('email', 'ILIKE', email).load(pool)",
    ].map((lookup) => ({
      code: builderLogin(lookup, 'No user with that email'),
      errors: [
        { messageId: 'revealingMessage' as const, line: 4, suggestions: [{ messageId: 'useGenericLoginMessage' as const, output: builderLogin(lookup, GENERIC_LOGIN_MESSAGE) }] },
        { messageId: 'distinguishable' as const, line: 5 },
      ],
    })),
    // @fastify/sensible's reply helpers answer with the status their name says.
    {
      code: sensibleLogin("res.unauthorized('Invalid username or password')"),
      errors: [
        { messageId: 'distinguishable', line: 7, data: { this: '401 "Invalid username or password"', other: '400 "Invalid username or password"', line: '8', difference: 'status code' } },
        { messageId: 'distinguishable', line: 8, data: { this: '400 "Invalid username or password"', other: '401 "Invalid username or password"', line: '7', difference: 'status code' } },
      ],
    },
    {
      code: forgotPassword.replace('No account is registered with that email', 'User not exists'),
      errors: [{ messageId: 'revealingMessage', line: 6, suggestions: generic(forgotPassword.replace('No account is registered with that email', 'User not exists'), 'User not exists', 'reset') }],
    },
    // The message alone reveals the account, wherever the lookup is.
    {
      code: resetElsewhere("res.status(404).json({ message: 'We could not find an account with that email' })"),
      errors: [
        {
          messageId: 'revealingMessage',
          line: 4,
          suggestions: generic(resetElsewhere("res.status(404).json({ message: 'We could not find an account with that email' })"), 'We could not find an account with that email', 'reset'),
        },
      ],
    },
    // Boom's own names say the status too: \`badData\` is a 422.
    {
      code: hapiLogin('badData'),
      errors: [
        { messageId: 'distinguishable', line: 6, data: { this: 'badData 422 "Invalid email or password"', other: 'unauthorized 401 "Invalid email or password"', line: '7', difference: 'status code' } },
        { messageId: 'distinguishable', line: 7, data: { this: 'unauthorized 401 "Invalid email or password"', other: 'badData 422 "Invalid email or password"', line: '6', difference: 'status code' } },
      ],
    },
    // The same route over an account's password is a login, whose "Incorrect password." names the credential.
    {
      code: protectedRecord('account'),
      errors: [{ messageId: 'revealingMessage', line: 6, suggestions: generic(protectedRecord('account'), 'Incorrect password.') }],
    },
    // A Mongoose query's modifiers (\`.select()\`, \`.lean()\`, \`.exec()\`) keep its lookup.
    {
      code: mongooseLogin(404),
      errors: [
        { messageId: 'distinguishable', line: 6, data: { this: '404 "Invalid credentials"', other: '401 "Invalid credentials"', line: '7', difference: 'status code' } },
        { messageId: 'distinguishable', line: 7, data: { this: '401 "Invalid credentials"', other: '404 "Invalid credentials"', line: '6', difference: 'status code' } },
      ],
    },
    // The same "Invalid email" where the lookup found nothing names the failing credential.
    {
      code: invalidEmailLogin('!user'),
      errors: [
        { messageId: 'revealingMessage', line: 7, suggestions: generic(invalidEmailLogin('!user'), 'Invalid email') },
        { messageId: 'distinguishable', line: 8, data: { this: '401 "Invalid email or password"', other: '401 "Invalid email"', line: '7', difference: 'message' } },
      ],
    },
    // Logins named for their credential (\`signInWithEmail\`) or as a handler (\`handleSignIn\`).
    ...['signInWithEmail', 'handleSignIn'].map((name) => ({
      code: namedLookup(name),
      errors: [{ messageId: 'revealingMessage' as const, line: 3, suggestions: generic(namedLookup(name), 'User not found') }],
    })),
    // \`/auth/lostPassword\` is a recovery path (nocobase).
    {
      code: `${express}router.post('/auth/lostPassword', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) return res.status(401).json({ message: 'Could not send the link' });
  await sendResetMail(user);
  res.json({ message: 'Check your inbox' });
});`,
      errors: [{ messageId: 'resetRevealsAccount', line: 6 }],
    },
    // \`lostPassword\` is a recovery (nocobase).
    { code: namedLookup('lostPassword'), errors: [{ messageId: 'revealingMessage', line: 3, suggestions: generic(namedLookup('lostPassword'), 'User not found', 'reset') }] },
    // A use case's failed results are its answers: their texts and timing count.
    {
      code: signInUseCase("Result.fail('Could not find user')", "Result.fail('Invalid password')"),
      errors: [
        { messageId: 'revealingMessage', line: 5, suggestions: generic(signInUseCase("Result.fail('Could not find user')", "Result.fail('Invalid password')"), 'Could not find user') },
        { messageId: 'revealingMessage', line: 7, suggestions: generic(signInUseCase("Result.fail('Could not find user')", "Result.fail('Invalid password')"), 'Invalid password') },
      ],
    },
    {
      code: signInUseCase("{ success: false, errorMessage: 'Invalid email or password' }", "{ success: false, errorMessage: 'Invalid email or password' }"),
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timing', line: 5 }],
    },
    {
      code: credentialUseCase('SignIn', true),
      errors: [
        { messageId: 'revealingMessage', line: 5, suggestions: generic(credentialUseCase('SignIn', true), 'User not found.') },
        {
          messageId: 'distinguishable',
          line: 6,
          data: { this: '"The current password you entered is incorrect."', other: '"User not found."', line: '5', difference: 'message' },
        },
      ],
    },
    {
      code: credentialUseCase('RecoverAccount', false),
      errors: [{ messageId: 'revealingMessage', line: 5, suggestions: generic(credentialUseCase('RecoverAccount', false), 'User not found.', 'reset') }],
    },
    {
      code: verifyServerPassword('findOneByEmail(dto.email)'),
      errors: [{ messageId: 'revealingMessage', line: 7, suggestions: generic(verifyServerPassword('findOneByEmail(dto.email)'), 'User not found.') }],
    },
    {
      code: verifyServerPassword('findFirst({ where: eq(users.email, dto.email) }).execute()'),
      errors: [{ messageId: 'revealingMessage', line: 7, suggestions: generic(verifyServerPassword('findFirst({ where: eq(users.email, dto.email) }).execute()'), 'User not found.') }],
    },
    // A Hapi auth scheme's failed result (\`{ isValid: false }\`) before the hash.
    { code: hapiBasicValidate('return { isValid: false, credentials: null };'), options: [{ checkTiming: true }], errors: [{ messageId: 'timing', line: 5 }] },
    // An app's \`validateHash\` wrapper, or bcrypt itself, handed \`user?.password\`: no hash to check for an unknown account.
    ...['validateHash(dto.password, user?.password)', 'bcrypt.compare(dto.password, user?.password)'].map((check) => ({
      code: nestHashLogin(check),
      options: [{ checkTiming: true }] as [{ checkTiming: boolean }],
      errors: [{ messageId: 'timingSkippedCheck' as const, line: 6, data: { condition: 'user' } }],
    })),
    // \`return;\` in a function that returns the account otherwise is its failure, here before the hash.
    { code: findByCredentials('return;'), options: [{ checkTiming: true }], errors: [{ messageId: 'timing', line: 8 }] },
    // Next.js file routes name their flow: \`app/api/auth/login/route.ts\` is a login, \`pages/api/auth/unlock-account.ts\` a recovery (boxyhq).
    {
      code: nextRouteLookup,
      filename: '/project/app/api/auth/login/route.ts',
      errors: [{ messageId: 'revealingMessage', line: 5, suggestions: generic(nextRouteLookup, 'User not found') }],
    },
    {
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await getUser({ email: req.body.email });
  if (!user) return res.status(400).json({ error: { message: 'Could not unlock the account' } });
  await sendUnlockEmail(user);
  res.status(204).end();
}`,
      filename: '/project/pages/api/auth/unlock-account.ts',
      errors: [{ messageId: 'resetRevealsAccount', line: 4 }],
    },
    // Before the password check, an account's state tells anyone that the account exists.
    // Two members of an imported enum are two answers (cal.com).
    {
      code: errorCodeLogin('UserAccountLocked'),
      errors: [
        {
          messageId: 'accountStateBeforePassword',
          line: 8,
          data: { this: 'Error "ErrorCode.UserAccountLocked"', other: 'Error "ErrorCode.IncorrectEmailPassword"', line: '7' },
        },
      ],
    },
    {
      code: accountStateLogin('Account is inactive', 'before'),
      errors: [
        {
          messageId: 'accountStateBeforePassword',
          line: 5,
          data: { this: 'Error "Account is inactive"', other: 'Error "Invalid credentials"', line: '4' },
        },
      ],
    },
    // An account without a password answered like a wrong password: the missing account's difference is reported once, not again for the early answer (nestjs-boilerplate).
    {
      code: `import bcrypt from 'bcryptjs';
export async function validateLogin(dto) {
  const user = await this.users.findByEmail(dto.email);
  if (!user) throw new UnprocessableEntityException('email: notFound');
  if (!user.password) throw new UnprocessableEntityException('password: incorrectPassword');
  if (!(await bcrypt.compare(dto.password, user.password))) throw new UnprocessableEntityException('password: incorrectPassword');
  return user;
}`,
      errors: [
        {
          messageId: 'distinguishable',
          line: 4,
          data: { this: 'UnprocessableEntityException "email: notFound"', other: 'UnprocessableEntityException "password: incorrectPassword"', line: '6', difference: 'message' },
        },
        {
          messageId: 'distinguishable',
          line: 6,
          data: { this: 'UnprocessableEntityException "password: incorrectPassword"', other: 'UnprocessableEntityException "email: notFound"', line: '4', difference: 'message' },
        },
      ],
    },
    {
      code: FORGOT_BY_LOOKUP,
      errors: [
        {
          messageId: 'revealingMessage',
          line: 5,
          suggestions: [{ messageId: 'useGenericResetMessage', output: FORGOT_BY_LOOKUP.replace("'Could not find user for that name.'", `'${GENERIC_RESET_MESSAGE}'`) }],
        },
      ],
    },
    // Looked up by the address the client typed, its absence is what the text reveals.
    {
      code: resetWithIsNil('User.findOne({ email: req.body.email })'),
      errors: [
        {
          messageId: 'revealingMessage',
          line: 7,
          suggestions: [
            {
              messageId: 'useGenericResetMessage',
              output: resetWithIsNil('User.findOne({ email: req.body.email })').replace("'User not found'", `'${GENERIC_RESET_MESSAGE}'`),
            },
          ],
        },
      ],
    },
    // In the arm that checks the password, the early return skips it.
    {
      code: MATCH_ARMS.replace("      const passwordUser = await getUserByEmail(recipient.email);\n", "      const passwordUser = await getUserByEmail(recipient.email);\n      if (!passwordUser) return false;\n"),
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timing', line: 15 }],
    },
    // A password module's \`compare\`, handed the account, is a check; so is one named in \`passwordChecks\` with its object.
    { code: PASSWORD_MODULE_LOGIN, options: [{ checkTiming: true }], errors: [{ messageId: 'timing', line: 11 }] },
    {
      code: PASSWORD_MODULE_LOGIN.replace(/passwordUtils/g, 'utils'),
      options: [{ checkTiming: true, passwordChecks: ['utils.compare'] }],
      errors: [{ messageId: 'timing', line: 11 }],
    },
    // Named as a login, the check that an unknown account skips is a timing oracle.
    {
      code: POST_REGISTER.replace('postRegister', 'postLogin'),
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timingSkippedCheck', line: 7 }],
    },
    // So can a function handed an object with the password (\`verifyPassword({ userId, password })\`).
    {
      code: IMPORTED_POLICY_CHECK.replace('!isValidPassword(password)', '!isValidPassword({ email, password })'),
      errors: [{ messageId: 'passwordPolicyOnLogin', line: 4, data: { text: 'Password needs to be at least 8 characters long.' } }],
    },
    // A method of an object handed the password can be the account's own check (\`user.comparePassword(pw)\`).
    {
      code: IMPORTED_POLICY_CHECK.replace('!isValidPassword(password)', '!security.isValidPassword(password)'),
      errors: [{ messageId: 'passwordPolicyOnLogin', line: 4, data: { text: 'Password needs to be at least 8 characters long.' } }],
    },
    // The same helper comparing with a stored hash is a password check: the registration's policy text becomes a login's.
    {
      code: passwordPolicyHelper('bcrypt.compareSync(password, STORED_HASH)'),
      errors: [{ messageId: 'passwordPolicyOnLogin', line: 3, data: { text: 'Password needs to be at least 8 characters long.' } }],
    },
    { code: dummyHashLogin('log.info(credentials.email);'), options: [{ checkTiming: true }], errors: [{ messageId: 'timing', line: 8 }] },
    // A NestJS passport-local strategy's \`validate()\` is a login.
    {
      code: nestStrategy('passport-local'),
      errors: [{ messageId: 'revealingMessage', line: 8, suggestions: generic(nestStrategy('passport-local'), 'Incorrect password.') }],
    },
    // The empty arm of a returned conditional is the wrong-password answer.
    {
      code: ternaryLogin('(await bcrypt.compare(pass, user.password)) ? user : null'),
      errors: [
        { messageId: 'distinguishable', line: 7, data: { this: 'BadRequestException "Invalid credentials"', other: '"null"', line: '8', difference: 'kind (a response, a throw, a callback or a return)' } },
        { messageId: 'distinguishable', line: 8, data: { this: '"null"', other: 'BadRequestException "Invalid credentials"', line: '7', difference: 'kind (a response, a throw, a callback or a return)' } },
      ],
    },
    // A template's named value says what was not found: \`${email} not registered\`.
    {
      code: `export async function signIn(email: string, password: string) {
  const user = await users.findOne({ where: { email } });
  if (!user) throw new BadRequestException(\`\${email} not registered\`);
  if (!(await bcrypt.compare(password, user.password))) throw new BadRequestException('Invalid email or password');
  return user;
}`,
      errors: [
        { messageId: 'revealingMessage', line: 3, data: { text: '${email} not registered' } },
        { messageId: 'distinguishable', line: 4, data: { this: 'BadRequestException "Invalid email or password"', other: 'BadRequestException "${email} not registered"', line: '3', difference: 'message' } },
      ],
    },
    // An app's own wrapper handed the stored hash with a fallback (\`?? ''\`), and a login named for its credential (openpanel).
    {
      code: signInWithFallbackHash,
      errors: [
        { messageId: 'revealingMessage', line: 3, suggestions: generic(signInWithFallbackHash, 'Email not registered') },
        { messageId: 'distinguishable', line: 5, data: { this: 'TRPCAccessError "Incorrect email or password"', other: 'TRPCNotFoundError "Email not registered"', line: '3', difference: 'exception class' } },
      ],
    },
    // \`passwordMatch()\` checks the password, and \`!user ||\` skips it (overseerr).
    {
      code: `${express}router.post('/login', async (req, res) => {
  const user = await userRepository.findOne({ where: { email: req.body.email } });
  if (!user || !(await user.passwordMatch(req.body.password))) return res.status(403).json({ title: 'Access denied.' });
  res.json({ id: user.id });
});`,
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timingSkippedCheck', line: 6, data: { condition: '!user' } }],
    },
    // 1. Revealing text.
    {
      code: revealingLogin,
      errors: [
        { messageId: 'revealingMessage', line: 7, suggestions: generic(revealingLogin, 'User not found') },
        { messageId: 'revealingMessage', line: 9, suggestions: generic(revealingLogin, 'Incorrect password') },
      ],
    },
    {
      code: passportStrategy,
      errors: [
        { messageId: 'revealingMessage', line: 6, suggestions: generic(passportStrategy, 'Incorrect username.') },
        { messageId: 'revealingMessage', line: 7, suggestions: generic(passportStrategy, 'Incorrect password.') },
      ],
    },
    {
      code: nextAuth,
      errors: [
        { messageId: 'revealingMessage', line: 8, suggestions: generic(nextAuth, 'No user found with this email') },
        { messageId: 'revealingMessage', line: 10, suggestions: generic(nextAuth, 'Invalid password') },
      ],
    },
    // The multi-user branch does not return, so the account named there is in play when the shared check fails.
    {
      code: lookupThenSharedCheck,
      errors: [{ messageId: 'revealingMessage', line: 11, suggestions: generic(lookupThenSharedCheck, 'Invalid password provided') }],
    },
    // A login's "Invalid password." still reveals the account (the reset case above does not).
    {
      code: loginInvalidPassword,
      errors: [{ messageId: 'revealingMessage', line: 3, suggestions: generic(loginInvalidPassword, 'Invalid password.') }],
    },
    // The status as a named constant before the message (Flowise): 404 and 401 tell the accounts apart.
    {
      code: namedStatusLogin('NOT_FOUND', 'User not found'),
      errors: [
        { messageId: 'revealingMessage', line: 6, suggestions: generic(namedStatusLogin('NOT_FOUND', 'User not found'), 'User not found') },
        { messageId: 'distinguishable', line: 7, data: { this: 'AppError 401 "Invalid email or password"', other: 'AppError 404 "User not found"', line: '6', difference: 'status code' } },
      ],
    },
    // The same method in a service that a route calls does answer clients.
    {
      code: `import { Injectable } from '@nestjs/common';
@Injectable()
export class UserService {
${userResetMethods}`,
      errors: [{ messageId: 'revealingMessage', line: 10, suggestions: [] }],
    },
    // An account created only after the missing-account failure: that failure still answers an unknown address (Open Collective).
    {
      code: `import bcrypt from 'bcryptjs';
export async function signin(email, password, createProfile) {
  let user = await users.findByEmail(email);
  if (!user && !createProfile) throw new BadRequestError('Invalid credentials');
  if (!user) user = await createUserWithCollective(email);
  if (!(await bcrypt.compare(password, user.passwordHash))) throw new UnauthorizedError('Invalid credentials');
  return user;
}`,
      errors: [
        { messageId: 'distinguishable', line: 4 },
        { messageId: 'distinguishable', line: 6 },
      ],
    },
    // A check in an array method's callback belongs to the flow around it.
    {
      code: secretsLogin('NotFoundError'),
      errors: [
        { messageId: 'distinguishable', line: 4 },
        { messageId: 'distinguishable', line: 7 },
      ],
    },
    // The same helper saying that no account was found.
    {
      code: `import bcrypt from 'bcryptjs';
export async function comparePassword(user, candidatePassword) {
  if (!user) throw new Error('No user found');
  return bcrypt.compare(candidatePassword, user.password);
}`,
      errors: [{ messageId: 'revealingMessage', line: 3, suggestions: generic(`import bcrypt from 'bcryptjs';
export async function comparePassword(user, candidatePassword) {
  if (!user) throw new Error('No user found');
  return bcrypt.compare(candidatePassword, user.password);
}`, 'No user found') }],
    },
    // \`tryLogin\`, \`attemptLogin\`: logins by name (medplum).
    {
      code: `export async function tryLogin(request) {
  const user = await getUserByEmail(request.email);
  if (!user) throw new Error('User not found');
  return user;
}`,
      errors: [{ messageId: 'revealingMessage', line: 3, suggestions: generic(`export async function tryLogin(request) {
  const user = await getUserByEmail(request.email);
  if (!user) throw new Error('User not found');
  return user;
}`, 'User not found') }],
    },
    // Only known addresses can hit the rate limit: two requests tell whether an account exists (lad).
    {
      code: ladForgotPassword("if (user.reset_token_expires_at > Date.now()) throw Boom.badRequest('You can only request a password reset every 30 minutes.');"),
      errors: [{ messageId: 'resetAccountState', line: 8 }],
    },
    // Without the token, the lookup is by the address alone.
    {
      code: ladResetStep(['[config.userFields.email] = body.email']),
      errors: [{ messageId: 'resetRevealsAccount', line: 7 }],
    },
    // The text filled in by \`tpl()\` is the table's.
    {
      code: ghostCheck('noUserWithEnteredEmailAddr'),
      errors: [
        { messageId: 'revealingMessage', line: 10 },
        { messageId: 'distinguishable', line: 11 },
      ],
    },
    // Passwordless sign-in and verification mail answer an unknown address differently (Ghost, infisical).
    {
      code: magicLinkSignIn("return res.status(400).end('No member exists with this e-mail address.');"),
      errors: [{ messageId: 'revealingMessage', line: 9, suggestions: generic(magicLinkSignIn("return res.status(400).end('No member exists with this e-mail address.');"), 'No member exists with this e-mail address.', 'reset') }],
    },
    {
      code: sendVerificationCode("throw new NotFoundError('Failed to find user')"),
      errors: [{ messageId: 'revealingMessage', line: 3, suggestions: generic(sendVerificationCode("throw new NotFoundError('Failed to find user')"), 'Failed to find user', 'reset') }],
    },
    // A caller that passes an account looked up by the address the client typed: a login's "Wrong password".
    {
      code: pinCodeReset('getByEmail(dto.email)'),
      errors: [{ messageId: 'revealingMessage', line: 11, suggestions: generic(pinCodeReset('getByEmail(dto.email)'), 'Wrong password') }],
    },
    // A token that is not bound to the address: any valid token lets the client try every email.
    {
      code: verifyEmailFlow('token: hash(token)'),
      errors: [{ messageId: 'revealingMessage', line: 5, suggestions: generic(verifyEmailFlow('token: hash(token)'), 'Invalid email.', 'reset') }],
    },
    // A lookup by the username the client sends is a login: "Incorrect password" names the credential.
    {
      code: accountUpdateByTypedName,
      errors: [{ messageId: 'revealingMessage', line: 6, suggestions: generic(accountUpdateByTypedName, 'Incorrect password') }],
    },
    // The lookup assigned to a \`let\` inside a try, and a query held in a \`const\` (Unleash's loginUser).
    {
      code: unleashLogin('Invalid credentials.'),
      errors: [
        { messageId: 'distinguishable', line: 7 },
        { messageId: 'distinguishable', line: 8 },
      ],
    },
    // An internal lookup method (\`_get\`) is still a lookup: two answers tell the accounts apart (anything-llm).
    {
      code: `${express}router.post('/login', async (req, res) => {
  const { username, password } = req.body;
  const user = await User._get({ username });
  if (!user) return res.status(401).json({ message: '[001] Invalid login credentials.' });
  if (!bcrypt.compareSync(password, user.password)) return res.status(401).json({ message: '[002] Invalid login credentials.' });
  res.json({ token: sign(user) });
});`,
      errors: [
        { messageId: 'distinguishable', line: 7 },
        { messageId: 'distinguishable', line: 8 },
      ],
    },
    {
      code: `import Router from '@koa/router';
const router = new Router();
router.post('/session', async (ctx) => {
  const user = await users.byEmail(ctx.request.body.email);
  ctx.assert(user, 401, 'Unknown email');
  ctx.body = { token: await issue(user, ctx.request.body.password) };
});`,
      errors: [
        {
          messageId: 'revealingMessage',
          line: 5,
          suggestions: [{ messageId: 'useGenericLoginMessage', output: `import Router from '@koa/router';
const router = new Router();
router.post('/session', async (ctx) => {
  const user = await users.byEmail(ctx.request.body.email);
  ctx.assert(user, 401, '${GENERIC_LOGIN_MESSAGE}');
  ctx.body = { token: await issue(user, ctx.request.body.password) };
});` }],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.post('/auth/token', async (request, reply) => {
  const account = await accounts.find(request.body.username);
  if (!account || !(await argon2.verify(account.hash, request.body.password))) {
    return reply.code(401).send({ error: "Wrong password" });
  }
  return { token: sign(account) };
});`,
      errors: [
        {
          messageId: 'revealingMessage',
          line: 6,
          suggestions: [{ messageId: 'useGenericLoginMessage', output: `import Fastify from 'fastify';
const app = Fastify();
app.post('/auth/token', async (request, reply) => {
  const account = await accounts.find(request.body.username);
  if (!account || !(await argon2.verify(account.hash, request.body.password))) {
    return reply.code(401).send({ error: "${GENERIC_LOGIN_MESSAGE}" });
  }
  return { token: sign(account) };
});` }],
        },
      ],
    },
    // "Invalid user name" alone names the credential that was wrong.
    {
      code: `export async function login(body) {
  const user = await users.getUserByEmail(body.email);
  if (!user) throw new Error('Invalid user name');
  if (!comparePassword(body.password, user.password)) throw new Error('Invalid user name or password');
  return sign(user);
}`,
      errors: [
        {
          messageId: 'revealingMessage',
          line: 3,
          suggestions: [{ messageId: 'useGenericLoginMessage', output: `export async function login(body) {
  const user = await users.getUserByEmail(body.email);
  if (!user) throw new Error('${GENERIC_LOGIN_MESSAGE}');
  if (!comparePassword(body.password, user.password)) throw new Error('Invalid user name or password');
  return sign(user);
}` }],
        },
        {
          messageId: 'distinguishable',
          line: 4,
          data: { this: 'Error "Invalid user name or password"', other: 'Error "Invalid user name"', line: '3', difference: 'message' },
        },
      ],
    },
    // passport's done(undefined, false, …) is a failure too (Microsoft's TypeScript-Node-Starter).
    {
      code: `import passportLocal from 'passport-local';
const LocalStrategy = passportLocal.Strategy;
passport.use(new LocalStrategy({ usernameField: 'email' }, (email, password, done) => {
  User.findOne({ email: email.toLowerCase() }, (err, user) => {
    if (err) { return done(err); }
    if (!user) {
      return done(undefined, false, { message: \`Email \${email} not found.\` });
    }
    user.comparePassword(password, (err, isMatch) => {
      if (err) { return done(err); }
      if (isMatch) { return done(undefined, user); }
      return done(undefined, false, { message: 'Invalid email or password.' });
    });
  });
}));`,
      errors: [
        { messageId: 'revealingMessage', line: 7, data: { text: 'Email ${email} not found.' } },
        { messageId: 'distinguishable', line: 12 },
      ],
    },
    // The same with an account the client names: it tells which credential was wrong.
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.post('/signin', async (request, reply) => {
  const { email, password } = request.body;
  if (email !== config.adminEmail || password !== config.adminPassword) {
    return reply.status(401).send({ error: 'Invalid password.' });
  }
  request.session.set(SESSION_KEY, true);
  return reply.status(200).send();
});`,
      errors: [
        {
          messageId: 'revealingMessage',
          line: 6,
          suggestions: [{ messageId: 'useGenericLoginMessage', output: `import Fastify from 'fastify';
const app = Fastify();
app.post('/signin', async (request, reply) => {
  const { email, password } = request.body;
  if (email !== config.adminEmail || password !== config.adminPassword) {
    return reply.status(401).send({ error: '${GENERIC_LOGIN_MESSAGE}' });
  }
  request.session.set(SESSION_KEY, true);
  return reply.status(200).send();
});` }],
        },
      ],
    },
    // 2. Distinguishable failures: status, message (a trailing period), shape, class, kind.
    {
      code: `${express}router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) return res.status(404).json({ message: 'Invalid credentials' });
  const valid = await bcrypt.compare(req.body.password, user.password);
  if (!valid) return res.status(401).json({ message: 'Invalid credentials' });
  res.json({ token: sign(user) });
});`,
      errors: [
        { messageId: 'distinguishable', line: 6, data: { this: '404 "Invalid credentials"', other: '401 "Invalid credentials"', line: '8', difference: 'status code' } },
        { messageId: 'distinguishable', line: 8, data: { this: '401 "Invalid credentials"', other: '404 "Invalid credentials"', line: '6', difference: 'status code' } },
      ],
    },
    {
      code: `${express}router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) return res.status(401).json({ message: 'Invalid credentials.' });
  if (!(await bcrypt.compare(req.body.password, user.password))) return res.status(401).json({ message: 'Invalid credentials' });
  res.json({ token: sign(user) });
});`,
      errors: [
        { messageId: 'distinguishable', line: 6, data: { this: '401 "Invalid credentials."', other: '401 "Invalid credentials"', line: '7', difference: 'message' } },
        { messageId: 'distinguishable', line: 7, data: { this: '401 "Invalid credentials"', other: '401 "Invalid credentials."', line: '6', difference: 'message' } },
      ],
    },
    {
      code: `${express}router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) return res.status(401).json({ message: 'Invalid credentials' });
  if (!(await bcrypt.compare(req.body.password, user.password))) return res.status(401).json({ error: 'Invalid credentials', code: 'AUTH' });
  res.json({ token: sign(user) });
});`,
      errors: [
        { messageId: 'distinguishable', line: 6, data: { this: '401 "Invalid credentials"', other: '401 "Invalid credentials"', line: '7', difference: 'body shape' } },
        { messageId: 'distinguishable', line: 7, data: { this: '401 "Invalid credentials"', other: '401 "Invalid credentials"', line: '6', difference: 'body shape' } },
      ],
    },
    {
      code: `import { Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
@Injectable()
export class AuthService {
  async validateUser(email: string, pass: string) {
    const user = await this.usersService.findOne(email);
    if (!user) throw new NotFoundException('Invalid credentials');
    const ok = await bcrypt.compare(pass, user.password);
    if (!ok) throw new UnauthorizedException('Invalid credentials');
    return user;
  }
}`,
      errors: [
        { messageId: 'distinguishable', line: 6, data: { this: 'NotFoundException "Invalid credentials"', other: 'UnauthorizedException "Invalid credentials"', line: '8', difference: 'exception class' } },
        { messageId: 'distinguishable', line: 8, data: { this: 'UnauthorizedException "Invalid credentials"', other: 'NotFoundException "Invalid credentials"', line: '6', difference: 'exception class' } },
      ],
    },
    {
      code: `import { Injectable, UnauthorizedException } from '@nestjs/common';
@Injectable()
export class AuthService {
  async validateUser(email: string, pass: string) {
    const user = await this.usersService.findOne(email);
    if (!user) throw new UnauthorizedException('Invalid credentials');
    if (!(await bcrypt.compare(pass, user.password))) return null;
    return user;
  }
}`,
      errors: [
        { messageId: 'distinguishable', line: 6, data: { this: 'UnauthorizedException "Invalid credentials"', other: '"null"', line: '7', difference: 'kind (a response, a throw, a callback or a return)' } },
        { messageId: 'distinguishable', line: 7, data: { this: '"null"', other: 'UnauthorizedException "Invalid credentials"', line: '6', difference: 'kind (a response, a throw, a callback or a return)' } },
      ],
    },
    {
      code: `import { NextResponse } from 'next/server';
export async function POST(request: Request) {
  const { email, password } = await request.json();
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return NextResponse.json({ error: 'Invalid credentials' }, { status: 404 });
  if (!(await bcrypt.compare(password, user.password))) return NextResponse.json({ error: 'Invalid credentials' }, { status: 401 });
  return NextResponse.json({ ok: true });
}`,
      filename: '/app/app/api/auth/login/route.ts',
      errors: [
        { messageId: 'distinguishable', line: 5, data: { this: '404 "Invalid credentials"', other: '401 "Invalid credentials"', line: '6', difference: 'status code' } },
        { messageId: 'distinguishable', line: 6, data: { this: '401 "Invalid credentials"', other: '404 "Invalid credentials"', line: '5', difference: 'status code' } },
      ],
    },
    {
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async function login(ctx) {
  const user = await users.byEmail(ctx.request.body.email);
  if (!user) ctx.throw(404, 'Invalid credentials');
  if (!(await user.checkPassword(ctx.request.body.password))) ctx.throw(401, 'Invalid credentials');
  ctx.body = { token: sign(user) };
});`,
      errors: [
        { messageId: 'distinguishable', line: 5, data: { this: '404 "Invalid credentials"', other: '401 "Invalid credentials"', line: '6', difference: 'status code' } },
        { messageId: 'distinguishable', line: 6, data: { this: '401 "Invalid credentials"', other: '404 "Invalid credentials"', line: '5', difference: 'status code' } },
      ],
    },
    // 3. Timing oracle (checkTiming, on in the strict config).
    {
      code: `${express}router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) return res.status(401).json({ message: 'Invalid email or password' });
  if (!(await bcrypt.compare(req.body.password, user.password))) return res.status(401).json({ message: 'Invalid email or password' });
  res.json({ token: sign(user) });
});`,
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timing', line: 6 }],
    },
    // A throw that the catch answers for still leaves before the password check.
    { code: caughtLogin('this.logger.warn(\'login failed\');'), options: [{ checkTiming: true }], errors: [{ messageId: 'timing', line: 8 }] },
    // Under a condition that is not about the account (the provider), the early return is still an oracle.
    {
      code: `export async function routeAuth(provider, body) {
  if (provider === 'local') {
    const user = await users.getUserByEmail(body.email);
    if (!user) throw new Error('Invalid email or password');
    if (!(await bcrypt.compare(body.password, user.password))) throw new Error('Invalid email or password');
    return sign(user);
  }
  return loginWithProvider(provider, body);
}`,
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timing', line: 4 }],
    },
    // The app's own wrapper around bcrypt, handed the stored hash (hemmelig).
    {
      code: `import Fastify from 'fastify';
import { compare } from './helpers/password';
const fastify = Fastify();
fastify.post('/signin', async (request, reply) => {
  const { username, password } = request.body;
  const user = await prisma.user.findFirst({ where: { username } });
  if (!user || !(await compare(password, user.password))) return reply.code(401).send({ error: 'Incorrect username or password.' });
  return { username };
});`,
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timingSkippedCheck', line: 7, data: { condition: '!user' } }],
    },
    // A wrapper named for what it does, handed the stored hash (docmost's comparePasswordHash).
    {
      code: `import { Injectable, UnauthorizedException } from '@nestjs/common';
import { comparePasswordHash } from '../../common/helpers';
@Injectable()
export class AuthService {
  async login(dto) {
    const user = await this.userRepo.findByEmail(dto.email);
    if (!user || isUserDisabled(user)) throw new UnauthorizedException('Email or password does not match');
    if (!(await comparePasswordHash(dto.password, user.password))) throw new UnauthorizedException('Email or password does not match');
    return user;
  }
}`,
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timing', line: 7 }],
    },
    // The same oracle without an early return: the missing account short-circuits the hash.
    {
      // From real code (realworld, Prisma): blank-input checks first, then a check the missing account skips.
      code: `export const login = async (userPayload) => {
  const email = userPayload.email?.trim();
  const password = userPayload.password?.trim();
  if (!email) throw new HttpException(422, { errors: { email: ["can't be blank"] } });
  if (!password) throw new HttpException(422, { errors: { password: ["can't be blank"] } });
  const user = await prisma.user.findUnique({ where: { email } });
  if (user && (await bcrypt.compare(password, user.password))) return { token: sign(user) };
  throw new HttpException(403, { errors: { 'email or password': ['is invalid'] } });
};`,
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timingSkippedCheck', line: 7, data: { condition: 'user' } }],
    },
    {
      code: `${express}router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.password))) {
    return res.status(401).json({ message: 'Invalid email or password' });
  }
  res.json({ token: sign(user) });
});`,
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timingSkippedCheck', line: 6, column: 24, data: { condition: '!user' } }],
    },
    {
      code: `${express}router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  const ok = user && user.active && (await bcrypt.compare(req.body.password, user.password));
  if (!ok) return res.status(401).json({ message: 'Invalid email or password' });
  res.json({ token: sign(user) });
});`,
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timingSkippedCheck', line: 6, data: { condition: 'user && user.active' } }],
    },
    {
      code: `import Koa from 'koa';
import Router from '@koa/router';
const router = new Router();
router.post('/session', async (ctx) => {
  const user = await users.byEmail(ctx.request.body.email);
  const ok = user ? await user.checkPassword(ctx.request.body.password) : false;
  ctx.assert(ok, 401, 'Invalid credentials');
  ctx.body = { token: sign(user) };
});`,
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timingSkippedCheck', line: 6, data: { condition: 'user' } }],
    },
    {
      code: `import { Strategy as LocalStrategy } from 'passport-local';
passport.use(new LocalStrategy({ usernameField: 'email' }, async (email, password, done) => {
  const user = await User.findOne({ email });
  let valid = false;
  if (user) {
    valid = await user.comparePassword(password);
  }
  return valid ? done(null, user) : done(null, false, { message: 'Invalid email or password' });
}));`,
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timingSkippedCheck', line: 6, data: { condition: 'user' } }],
    },
    {
      code: `${express}router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!(await user?.comparePassword(req.body.password))) return res.status(401).json({ message: 'Invalid email or password' });
  res.json({ token: sign(user) });
});`,
      options: [{ checkTiming: true }],
      errors: [{ messageId: 'timingSkippedCheck', line: 6, data: { condition: 'user' } }],
    },
    // A use case class (`execute()`) is named by its class: a forgot-password use case is a reset flow.
    {
      code: `export class ForgotPasswordUseCase {
  async execute({ email }) {
    const user = await this.users.findOne({ email });
    if (!user) throw new NotFoundException('No account with that email');
    await this.mailer.sendResetLink(user);
  }
}`,
      errors: [{ messageId: 'revealingMessage', line: 4, suggestions: [{ messageId: 'useGenericResetMessage', output: `export class ForgotPasswordUseCase {
  async execute({ email }) {
    const user = await this.users.findOne({ email });
    if (!user) throw new NotFoundException('${GENERIC_RESET_MESSAGE}');
    await this.mailer.sendResetLink(user);
  }
}` }] }],
    },
    // 4. Reset flows.
    // \`if (account?.email)\` is false for unknown accounts, which get a different answer (atproto).
    {
      code: resetByOptionalEmail("return res.status(400).json({ error: 'account does not have an email address' })"),
      errors: [{ messageId: 'resetRevealsAccount', line: 10, data: { this: 'account does not have an email address' } }],
    },
    // A Prisma lookup whose where clause has the client's email (or an OR of identifiers) still counts.
    {
      code: `export const resetPassword = async ({ email }) => {
  const user = await prisma.user.findFirst({ where: { OR: [{ email }, { username: email }] }, select: { id: true } });
  if (!user) throw new AppError('NOT_FOUND');
  return sendResetLink(user);
};`,
      errors: [{ messageId: 'resetRevealsAccount', line: 3, data: { this: 'NOT_FOUND' } }],
    },
    {
      code: forgotPassword,
      errors: [{ messageId: 'revealingMessage', line: 6, suggestions: generic(forgotPassword, 'No account is registered with that email', 'reset') }],
    },
    {
      code: `${express}router.post('/password/reset-request', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) return res.status(404).json({ message: 'Could not send the link' });
  await sendResetLink(user);
  res.json({ message: 'Could not send the link' === '' ? '' : 'Sent' });
});`,
      errors: [{ messageId: 'resetRevealsAccount', line: 6, data: { this: 'Could not send the link' } }],
    },
    {
      code: `${express}router.post('/register', async (req, res) => {
  const existing = await User.findOne({ email: req.body.email });
  if (existing) return res.status(409).json({ message: 'Email already in use' });
  res.status(201).json(await User.create(req.body));
});`,
      options: [{ checkRegistration: true }],
      errors: [{ messageId: 'registrationRevealsAccount', line: 6, data: { this: 'Email already in use' } }],
    },
    // 5. Password policy in a login failure.
    {
      code: `${express}router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.password))) {
    return res.status(401).json({ message: 'Password must be at least 8 characters and contain a digit' });
  }
  res.json({ token: sign(user) });
});`,
      errors: [{ messageId: 'passwordPolicyOnLogin', line: 7 }],
    },
    // From real code: a template message in a promise chain (hackathon-starter).
    {
      code: `passport.use(new LocalStrategy({ usernameField: 'email' }, (email, password, done) => {
  User.findOne({ email: email.toLowerCase() })
    .then((user) => {
      if (!user) return done(null, false, { msg: \`Email \${email} not found.\` });
      return done(null, user);
    });
}));`,
      errors: [{ messageId: 'revealingMessage', line: 4, suggestions: [] }],
    },
    // next(new ErrorResponse(...)) answers the client too (devcamper-api).
    {
      code: `exports.forgotPassword = asyncHandler(async (req, res, next) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) {
    return next(new ErrorResponse('There is no user with that email', 404));
  }
  res.status(200).json({ success: true, data: 'Email sent' });
});`,
      errors: [
        {
          messageId: 'revealingMessage',
          line: 4,
          suggestions: [
            {
              messageId: 'useGenericResetMessage',
              output: `exports.forgotPassword = asyncHandler(async (req, res, next) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) {
    return next(new ErrorResponse('${GENERIC_RESET_MESSAGE}', 404));
  }
  res.status(200).json({ success: true, data: 'Email sent' });
});`,
            },
          ],
        },
      ],
    },
    // A wrong password that falls through after the success exit.
    {
      code: `passport.use(new LocalStrategy((username, password, done) => {
  User.findOne({ username }, (err, user) => {
    if (!user) return done(null, false, { message: 'Invalid login' });
    user.comparePassword(password, (error, isMatch) => {
      if (isMatch) return done(null, user);
      return done(null, false, { message: 'Invalid login.' });
    });
  });
}));`,
      errors: [
        { messageId: 'distinguishable', line: 3, data: { this: '"Invalid login"', other: '"Invalid login."', line: '6', difference: 'message' } },
        { messageId: 'distinguishable', line: 6, data: { this: '"Invalid login."', other: '"Invalid login"', line: '3', difference: 'message' } },
      ],
    },
    // SQL rows: an empty result is a missing account.
    {
      code: `import { compare } from 'bcrypt-ts';
export async function authorize({ email, password }) {
  const user = await getUser(email);
  if (user.length === 0) return null;
  const passwordsMatch = await compare(password, user[0].password);
  if (!passwordsMatch) throw new Error('Invalid credentials');
  return user[0];
}`,
      errors: [
        { messageId: 'distinguishable', line: 4, data: { this: '"null"', other: 'Error "Invalid credentials"', line: '6', difference: 'kind (a response, a throw, a callback or a return)' } },
        { messageId: 'distinguishable', line: 6, data: { this: 'Error "Invalid credentials"', other: '"null"', line: '4', difference: 'kind (a response, a throw, a callback or a return)' } },
      ],
    },
    // Failures built by a helper with different details (nestjs-boilerplate).
    {
      code: `export class AuthService {
  async validateLogin(loginDto) {
    const user = await this.usersService.findByEmail(loginDto.email);
    if (!user) throw this.invalidLoginException({ email: 'notFound' });
    const isValidPassword = await bcrypt.compare(loginDto.password, user.password);
    if (!isValidPassword) throw this.invalidLoginException({ password: 'incorrectPassword' });
    return user;
  }
}`,
      errors: [
        { messageId: 'distinguishable', line: 4, data: { this: 'invalidLoginException "email: notFound"', other: 'invalidLoginException "password: incorrectPassword"', line: '6', difference: 'message' } },
        { messageId: 'distinguishable', line: 6, data: { this: 'invalidLoginException "password: incorrectPassword"', other: 'invalidLoginException "email: notFound"', line: '4', difference: 'message' } },
      ],
    },
    // Extension points: custom password checks and login function names.
    {
      code: `export async function authenticateOperator(login, secret) {
  const operator = await operators.get(login);
  if (!operator) throw new AuthError('Operator not found');
  if (!checkSecret(operator, secret)) throw new AuthError('Operator not found.');
  return operator;
}`,
      options: [{ passwordChecks: ['checkSecret'] }],
      errors: [
        { messageId: 'distinguishable', line: 3, data: { this: 'AuthError "Operator not found"', other: 'AuthError "Operator not found."', line: '4', difference: 'message' } },
        { messageId: 'distinguishable', line: 4, data: { this: 'AuthError "Operator not found."', other: 'AuthError "Operator not found"', line: '3', difference: 'message' } },
      ],
    },
  ],
});

createJavaScriptRuleTester().run('no-user-enumeration (espree)', rule, {
  valid: [
    `exports.login = async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await user.matchPassword(req.body.password))) return res.status(401).json({ message: 'Invalid email or password' });
  res.json({ token: user.getSignedJwtToken() });
};`,
  ],
  invalid: [
    {
      code: `exports.login = async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) return res.status(401).json({ message: 'Invalid email or password' });
  const isMatch = await user.matchPassword(req.body.password);
  if (!isMatch) return res.status(400).json({ message: 'Invalid email or password' });
  res.json({ token: user.getSignedJwtToken() });
};`,
      errors: [
        { messageId: 'distinguishable', line: 3, data: { this: '401 "Invalid email or password"', other: '400 "Invalid email or password"', line: '5', difference: 'status code' } },
        { messageId: 'distinguishable', line: 5, data: { this: '400 "Invalid email or password"', other: '401 "Invalid email or password"', line: '3', difference: 'status code' } },
      ],
    },
  ],
});
