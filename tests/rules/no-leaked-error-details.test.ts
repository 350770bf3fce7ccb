import path from 'node:path';

import rule from '../../src/rules/no-leaked-error-details';
import { leakCase } from '../leak-case';
import { createJavaScriptRuleTester, createRuleTester, createTypedRuleTester } from '../rule-tester';

/** A Fastify app with @fastify/sensible whose routes answer a failed import with `answer` and `thrown`. */
function sensibleFeeds(answer: string, thrown: string): string {
  return `import Fastify from 'fastify';
import fastifySensible from '@fastify/sensible';
const app = Fastify();
app.register(fastifySensible);
app.post('/feeds/import', async (request, reply) => {
  try { return await importFeed(request.body); } catch (err) {
    request.log.error(err);
    return reply.badRequest(${answer});
  }
});
app.get('/feeds/:id', async (request) => {
  try { return await loadFeed(request.params); } catch (err) {
    request.log.error(err);
    throw app.httpErrors.internalServerError(${thrown});
  }
});`;
}

/** A Fastify upload route that answers `reply.badRequest(e)` when `test` holds for what `handleChunk` threw (zipline). */
function chunkUpload(test: string): string {
  return `import Fastify from 'fastify';
const app = Fastify();
app.post('/upload/partial', async (request, reply) => {
  try { return await handleChunk(request.body); } catch (e) {
    request.log.error(e);
    if (${test}) return reply.badRequest(«e»);
    return reply.internalServerError();
  }
});`;
}

/** A \`(req, res)\` controller gathered, wrapped, in an object; \`exported\` ends the module (overleaf). */
function wrappedController(exported: string): string {
  return `import { expressify } from '@overleaf/promise-utils';
async function exportProject(req, res) {
  try { res.json(await convert(req.params.id)); } catch (error) {
    logger.warn({ error }, 'export failed');
    return res.status(422).json({ error: «error.message» });
  }
}
const Controller = { exportProject: expressify(exportProject) };
${exported}`;
}

/** An SSE helper that sends its payload, built from two of its parameters (hackathon-starter); \`answer\` is the error's value. */
function sseChat(answer: string): string {
  return `${express}function sendSSE(res, eventType, data) {
  const payload = JSON.stringify({ type: eventType, ...data });
  res.write(\`data: \${payload}\\n\\n\`);
}
app.post('/chat', async (req, res) => {
  try {
    await runAgent(req.body.message);
  } catch (error) {
    logger.error(error);
    sendSSE(res, 'error', { error: ${answer} });
  }
  res.end();
});`;
}

/** A server from \`createServer\` imported by name from node:http (better-auth's test server), answering \`answer\`. */
function namedHttpServer(answer: string): string {
  return `import { createServer } from 'node:http';
createServer(async (req, res) => {
  try {
    await route(req, res);
  } catch (e) {
    console.error(e);
    res.statusCode = 500;
    res.end(${answer});
  }
}).listen(3000);`;
}

/** A Koa route that throws an http-errors error with \`status\` and \`message\` when verification fails (outline). */
function httpErrorsRoute(status: number | string, message: string): string {
  return `import Router from '@koa/router';
import createError from 'http-errors';
const router = new Router();
router.post('/passkeys.verify', async (ctx) => {
  try { ctx.body = { data: await verify(ctx.request.body) }; } catch (error) {
    ctx.log.warn(error);
    throw createError(${status}, ${message});
  }
});`;
}

/** A function that renames a team and answers a failure with \`{ error: failure }\`; \`directive\` opens the file. */
function renameTeam(directive: string, failure: string): string {
  return `${directive}
import { revalidatePath } from 'next/cache';
export async function updateTeamName(formData: FormData) {
  try {
    await prisma.team.update({ where: { id: String(formData.get('id')) }, data: { name: String(formData.get('name')) } });
    revalidatePath('/settings');
    return { success: true };
  } catch (e) {
    console.error(e);
    return { error: ${failure} };
  }
}`;
}

/** A batch route that collects \`noted\` for each document that fails and sends the list (papermark). */
function batchIndexing(noted: string): string {
  return `import { NextResponse } from 'next/server';
export async function POST() {
  const errors: string[] = [];
  for (const doc of await listDocuments()) {
    try { await indexDocument(doc.id); } catch (error) {
      console.error(error);
      errors.push(${noted});
    }
  }
  return NextResponse.json({ indexed: true, «errors» }, { status: 207 });
}`;
}

/** A NestJS service whose `method` throws the storage client's `error` as an `InternalServerErrorException`. */
function nestStorageService(method: string, error: string): string {
  return `import { Injectable, InternalServerErrorException, OnModuleInit } from '@nestjs/common';
@Injectable()
export class StorageService implements OnModuleInit {
  async ${method}() {
    try {
      if (!(await this.client.bucketExists('uploads'))) await this.client.makeBucket('uploads');
    } catch (error) {
      throw new InternalServerErrorException(${error});
    }
  }
}`;
}

/** A pages/api route that answers 400 with the details of an error \`guard\` narrows, after \`imports\` (langfuse, teable). */
function narrowedRoute(imports: string, guard: string): string {
  return `${imports}
export default async function handler(req, res) {
  try { return res.json(await handle(req)); } catch (error) {
    if (${guard}) return res.status(400).json({ message: 'Invalid request', error: «error.message» });
    console.error(error);
    return res.status(500).json({ message: 'Internal Server Error' });
  }
}`;
}

/** next-safe-action's client, imported from \`source\`, whose \`handleServerError\` answers with \`answer\` (dub). */
function safeActionClient(source: string, answer: string): string {
  return `import { createSafeActionClient } from '${source}';
export const actionClient = createSafeActionClient({
  handleServerError: async (e) => {
    console.error('Server action error:', e);
    if (e instanceof Error) return ${answer};
    return 'An unknown error occurred.';
  },
});`;
}

/** A gateway that copies the header \`name\` of a failed upstream call onto its answer (standard notes). */
function upstreamHeader(name: string): string {
  return `import express from 'express';
const app = express();
app.get('/proxy', async (req, res) => {
  try { res.json((await axios.get(UPSTREAM)).data); } catch (error) {
    console.error('upstream failed', error);
    res.setHeader('${name}', «error.response?.headers['${name}']»);
    res.status(502).send('Bad gateway');
  }
});`;
}

/** A \`(req, res, note)\` helper, \`exported\` or not, that answers a failed conversion with the error's message (codimd). */
function noteAction(exported: string): string {
  return `${exported}async function actionPandoc(req, res, note) {
  try { res.send(await convert(note.content)); } catch (err) {
    logger.error(err);
    res.status(500).json({ message: «err.message» });
  }
}`;
}

/** Hapi handlers outside an inline \`server.route({…})\`, each answering a failed load with \`answer\` (hapi survey). */
function hapiLayouts(answer: string): string[] {
  const fail = (value: string): string => `try { return await load(); } catch (err) { request.log(['error'], err); ${value} }`;
  return [
    // A route module: \`module.exports = [{ method, path, options: { handler } }]\`.
    `module.exports = [{ method: 'GET', path: '/items', options: { handler: async (request, h) => {
  ${fail(`return h.response({ error: ${answer} }).code(500);`)}
} } }];`,
    // A route table held in a \`const\`, then \`server.route(routes)\`.
    `import Hapi from '@hapi/hapi';
const server = Hapi.server();
const routes = [{ method: 'GET', path: '/items', handler: async (request, h) => {
  ${fail(`return { error: ${answer} };`)}
} }];
server.route(routes);`,
    // A controller exported with Hapi's \`(request, h)\` signature.
    `exports.getItems = async (request, h) => {
  ${fail(`return h.response({ error: ${answer} }).code(500);`)}
};`,
  ];
}

/** An app's own table of Express route configs, wired up in another file, answering a failed load with \`answer\`. */
function expressRouteTable(answer: string): string {
  return `module.exports = [{ method: 'get', path: '/items', handler: async (req, res) => {
  try { res.json(await load()); } catch (err) { logger.error(err); res.status(500).json({ error: ${answer} }); }
} }];`;
}

/** A Koa middleware that hands \`ctx\` to a same-file limiter helper, which sets \`header\` from what the limiter rejected with (outline). */
function koaLimiter(header: string, value: string): string {
  return `import Koa from 'koa';
const app = new Koa();
async function consume(ctx, key) {
  try { await limiter.consume(key); } catch (rateLimiterRes) {
    ctx.set('${header}', \`\${${value}}\`);
    ctx.status = 429;
  }
}
app.use(async (ctx, next) => { await consume(ctx, ctx.ip); await next(); });`;
}

/** Fastify route-option hooks (untyped, as a \`const\` and in an array) that answer a failed check with \`answer\` (palmr). */
function fastifyRouteHooks(answer: string): string {
  return `import Fastify from 'fastify';
const app = Fastify();
const preValidation = async (request, reply) => {
  try { await request.jwtVerify(); } catch (err) {
    request.log.error(err);
    return reply.status(401).send({ error: ${answer} });
  }
};
app.get('/users', { preValidation }, async () => listUsers());
app.route({ method: 'POST', url: '/providers', preHandler: [app.authenticate, async (request, reply) => {
  try { await checkAdmin(request); } catch (err) {
    request.log.error(err);
    return reply.status(403).send({ error: ${answer} });
  }
}], handler: async () => createProvider() });`;
}

/** Koa \`(ctx)\` controllers, wired up in another file, answering a failed load with \`answer\`; \`exported\` ends the module (yapi). */
function koaControllers(answer: string, exported: string): string {
  return `export const avatar = async (ctx) => {
  try { ctx.body = await loadAvatar(ctx.query.uid); } catch (err) {
    ctx.log.error(err);
    ctx.body = { errmsg: ${answer} };
  }
};
class UserController {
  async study(ctx) {
    try { ctx.body = await saveStudy(ctx.request.body); } catch (err) {
      ctx.log.error(err);
      ctx.body = { errmsg: ${answer} };
    }
  }
}
${exported}`;
}

/** next-safe-action's handler answering with the error's code when \`test\` holds (rallly). */
function codeAnswer(test: string): string {
  return `import { createSafeActionClient } from 'next-safe-action';
export const actionClient = createSafeActionClient({
  handleServerError: async (e) => {
    console.error(e);
    if (${test}) return «e.code»;
    return 'Something went wrong';
  },
});`;
}

/** cal.com's booking controller: answers with the error's message when \`known\` lists it. */
function knownMessage(header: string, known: string): string {
  return `import { HttpException, InternalServerErrorException } from '@nestjs/common';
${header}
export class BookingsController {
  async create(body: unknown) {
    try {
      return await this.book(body);
    } catch (err) {
      console.error(err);
      if (err instanceof Error && ${known}.includes(err.message as any)) throw new HttpException(«err.message», 400);
      throw new InternalServerErrorException('Could not create the booking.');
    }
  }
}`;
}

/** medplum's key-value route: answers a failed read with \`described\`, the caught error turned into text. */
function describedError(header: string, described: string): string {
  return `import { Router } from 'express';
${header}
export const keyValueRouter = Router();
keyValueRouter.get('/:key', async (req, res) => {
  try {
    res.json(await getValue(req.params.key));
  } catch (err) {
    console.error(err);
    res.status(400).json({ error: 'invalid_request', error_description: ${described} });
  }
});`;
}

/** A NestJS exception filter for \`caught\` that answers with the exception's message (cal.com's API v2). */
function catchFilter(caught: string): string {
  return `import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import { Response } from 'express';
@Catch(${caught})
export class HttpExceptionFilter implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    response.status(exception.getStatus()).json({ error: { message: «exception.message» } });
  }
}`;
}

/** LibreChat's logout: a same-file service answers its own failure with \`failure\`; the route sends \`sent\`. */
function serviceResult(failure: string, sent: string): string {
  return `const express = require('express');
const router = express.Router();
const logoutUser = async (refreshToken) => {
  try {
    await deleteSession(refreshToken);
    return { status: 200, message: 'Logout successful' };
  } catch (err) {
    return ${failure};
  }
};
router.post('/logout', async (req, res) => {
  const result = await logoutUser(req.cookies.refreshToken);
  return res.status(result.status).send(${sent});
});
module.exports = router;`;
}

/** LibreChat's job route: answers a job conflict with a field of the error, kept only when \`typeof\` finds it a \`type\`. */
function typedField(type: string): string {
  return `import type { Request, Response } from 'express';
export async function startGeneration(req: Request, res: Response) {
  try {
    res.json(await jobs.create(req.body));
  } catch (error: any) {
    console.error(error);
    return res.status(409).json({ code: 'CONFLICT', limit: typeof error?.limit === '${type}' ? «error.limit» : undefined });
  }
}`;
}

/** An Express error handler that answers each known code with its own body (medusa); `cases` are `switch (err.code)`'s. */
function codeSwitch(cases: string): string {
  return `import type { NextFunction, Request, Response } from 'express';
export function errorHandler(err: any, req: Request, res: Response, next: NextFunction) {
  console.error(err);
  switch (err.code) {
    ${cases}
  }
}`;
}

/** The same handler narrowing a destructured code with `test` (medusa). */
function aliasedCode(test: string): string {
  return `import type { NextFunction, Request, Response } from 'express';
export function errorHandler(err: any, req: Request, res: Response, next: NextFunction) {
  console.error(err);
  const { code } = err;
  if (${test}) return res.status(405).json({ type: «code.toLowerCase()», title: 'Not allowed' });
  res.status(500).json({ type: 'unknown_error', title: 'Unknown error' });
}`;
}

/** An Express route that writes the error into a field of its answer (\`write\`), then ends the catch with \`end\`; \`after\` follows the try. */
function fieldWritten(write: string, end: string, after: string): string {
  return `import express from 'express';
const app = express();
app.get('/import', async (req, res) => {
  const body: any = { ok: false };
  try {
    await runImport(req.query.path);
  } catch (err: any) {
    ${write}
    ${end}
  }
  ${after}
});`;
}

/** Ghost's members controller: a class whose \`(req, res)\` methods are routes mounted in another file; \`exported\` says how the class leaves. */
function expressControllerClass(answer: string, exported: string): string {
  return `${exported.startsWith('module.exports =') ? exported : ''}class MemberController {
  async updateSubscription(req, res) {
    try {
      await this.members.updateSubscription(req.params.id, req.body);
      res.writeHead(204);
      res.end();
    } catch (err) {
      console.error(err);
      res.writeHead(err.statusCode || 500);
      res.end(${answer});
    }
  }
};
${exported.startsWith('module.exports =') ? '' : exported}`;
}

/** A Fastify plugin whose instance is typed \`type\`, an app's global alias of FastifyInstance (infisical), with a hook answering \`answer\`. */
function aliasedFastifyHook(type: string, answer: string): string {
  return `import jwt from 'jsonwebtoken';
export const registerMfaRouter = async (server: ${type}) => {
  server.addHook('preParsing', async (req, res) => {
    try {
      jwt.verify(String(req.headers.authorization), process.env.SECRET);
    } catch (err) {
      req.log.warn(err);
      return res.status(401).send({ error: ${answer} });
    }
  });
};`;
}

/** A Fastify error handler that picks the answer's text in an immediately invoked function ending with \`fallback\` (infisical). */
function pickedMessage(fallback: string): string {
  return `import Fastify from 'fastify';
const app = Fastify();
app.setErrorHandler((error, req, reply) => {
  req.log.error(error);
  const message = (() => {
    if (error.message === 'jwt expired') return 'Your token has expired.';
    return ${fallback};
  })();
  void reply.status(403).send({ error: 'TokenError', message: «message» });
});`;
}

/** An Express app built as a fixture of a route test (LibreChat's oauth.test.js). */
const FIXTURE_APP = `import express from 'express';
const app = express();
app.get('/oauth/callback', async (req, res) => {
  try { res.json(await exchange(req.query.code)); } catch (err) {
    res.status(500).json({ error: «err.message» });
  }
});
export default app;`;

/** lad's Koa middleware that flashes \`flashed\` onto the login page when an OAuth step fails. */
function ladCatchError(flashed: string): string {
  return `const Router = require('@koa/router');
const router = new Router();
async function catchError(ctx, next) {
  try {
    await next();
  } catch (err) {
    ctx.logger.error(err);
    ctx.flash('error', ${flashed});
    ctx.redirect('/login');
  }
}
router.get('/auth/:provider/ok', catchError, (ctx, next) => passport.authenticate(ctx.params.provider)(ctx, next));
module.exports = router;`;
}

/** A Next.js route that builds a failure record from the error and the request, and answers with \`fields\` of it (cal.com). */
function failureRecord(fields: string, after = ''): string {
  return `import { NextResponse, type NextRequest } from 'next/server';
export async function GET(req: NextRequest) {
  try {
    return NextResponse.json(await load());
  } catch (error) {
    const failure = { message: (error as Error).message, url: req.url, method: req.method };
    console.error(error);${after}
    return NextResponse.json({ ${fields} }, { status: 500 });
  }
}`;
}

/** Routes registered with a computed method on a known router, answering a failed report with \`answer\` (yapi). */
function computedMethodRoutes(answer: string): string {
  return `import Router from '@koa/router';
const router = new Router();
for (const method of ['get', 'post']) {
  router[method]('/api/report', async (ctx) => {
    try { ctx.body = await buildReport(ctx.query); } catch (err) {
      ctx.log.error(err);
      ctx.body = { message: ${answer} };
    }
  });
}
export default router;`;
}

/** A Koa error handler class whose middleware hands errors to a method through \`self\`, which answers with \`answer\` (nocobase). */
function classErrorHandler(answer: string): string {
  return `export class ErrorHandler {
  render(err, ctx) {
    ctx.status = err.status || 500;
    ctx.body = { errors: [{ message: ${answer} }] };
  }
  middleware() {
    const self = this;
    return async function errorHandler(ctx, next) {
      try { await next(); } catch (err) {
        ctx.log.error(err);
        self.render(«err», ctx);
      }
    };
  }
}`;
}

/** A payment route that answers a Stripe error's message when \`condition\` holds. */
function stripeCharge(condition: string): string {
  return `import express from 'express';
const app = express();
app.post('/charge', async (req, res) => {
  try {
    res.json(await stripe.paymentIntents.create(req.body));
  } catch (err) {
    logger.error(err);
    if (${condition}) return res.status(402).json({ message: «err.message» });
    res.status(500).json({ message: 'Payment failed' });
  }
});`;
}

/** A NestJS controller that hands its `@Res()` response to a method of its own class (heyform's social login). */
function nestResponseHelper(caller: string): string {
  return `import { Controller, Get, Query, Res } from '@nestjs/common';

@Controller()
export class SocialLoginController {
  @Get('/connect/callback')
  async callback(@Query() query: any, @Res() res: any) {
    await this.handleCallback(query, res);
  }

  ${caller}

  private async handleCallback(query: any, res: any) {
    try {
      await this.service.authCallback(query.code);
      res.redirect('/');
    } catch (err) {
      this.logger.error(err);
      res.status(500).json({ error: «err.message» });
    }
  }
}`;
}

const ruleTester = createRuleTester();
const CATALOG_SETTINGS = { 'safe-errors': { catalog: 'tests/fixtures/errors.catalog.json' } };

const express = `import express from 'express';
const app = express();
`;

/** An app whose handler a same-file wrapper returns; the wrapper answers failures with `errorType`. */
function wrappedHandlerApp(errorType: string): string {
  return `${express}function handleError(func) {
  return (req, res) => {
    func(req, res).catch((err) => {
      console.log('Error', req.originalUrl, err);
      res.status(500).send({ error_code: 'INTERNAL_ERROR', error_type: ${errorType} });
    });
  };
}
app.post('/accounts', handleError(async (req, res) => {
  res.send({ status: 'ok', data: await loadAccounts(req.body) });
}));`;
}

/** A Hono app whose route answers a failed load with \`answer\` (openstatus, Hono's examples); \`imports\` go first. */
/**
 * A Nuxt server route (\`server/api/products/[id].get.ts\`) that uses h3's auto-imports, answering a failed lookup
 * with \`answer\`; \`imports\` goes first when the file imports h3 itself.
 */
function nuxtProductRoute(answer: string, imports = ''): string {
  return `${imports}export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  try {
    const product = await db.product.findUnique({ where: { id } });
    if (!product) throw createError({ statusCode: 404, statusMessage: 'Product not found' });
    return product;
  } catch (error: any) {
    console.error(error);
    ${answer}
  }
});`;
}

/**
 * A socket.io server whose \`replay\` event answers a failure with \`answer\` (its socket is \`socket\`, its
 * acknowledgement \`callback\`); \`server\` creates \`io\`.
 */
function socketReplay(answer: string, server = "import { Server } from 'socket.io';\nconst io = new Server(3000);"): string {
  return `${server}
io.on('connection', (socket) => {
  socket.on('replay', async (data, callback) => {
    try {
      callback({ ok: true, replayId: await createReplay(data.sessionId) });
    } catch (error) {
      console.error(error);
      ${answer}
    }
  });
});`;
}

/** socket.io middleware that checks a connection's token and refuses it with \`refusal\` when the check throws. */
function socketAuthMiddleware(refusal: string): string {
  return `import { Server } from 'socket.io';
const io = new Server(3000);
io.use(async (socket, next) => {
  try {
    socket.data.user = await verifySession(socket.handshake.auth.token);
    next();
  } catch (err) {
    console.error(err);
    ${refusal}
  }
});`;
}

/** A NestJS gateway (a socket typed \`Socket\`) that answers a failed replay with \`emitted\` and \`thrown\`. */
function replayGateway(emitted: string, thrown: string): string {
  return `import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, WsException } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
@WebSocketGateway()
export class ReplayGateway {
  @SubscribeMessage('replay')
  async replay(@MessageBody() data: { sessionId: string }, @ConnectedSocket() client: Socket) {
    try {
      return await this.replays.create(data.sessionId);
    } catch (error) {
      console.error(error);
      ${emitted}
      ${thrown}
    }
  }
}`;
}

/** A socket.io event handler in a file of its own, handed the socket by the file that registered it (BakaTV); \`extra\` runs first. */
function socketSearchHandler(extra: string): string {
  return `module.exports = async (query, socket) => {
  ${extra}
  try {
    socket.emit('searchFilms', await searchFilms(query));
  } catch (err) {
    socket.emit('err', 'Search error: ' + err.message);
  }
};`;
}

/** A Nuxt route that answers from a \`.then(…)\` callback of \`query\` (supabase-js), throwing \`thrown\` when it failed. */
function nuxtThenQuery(query: string, thrown: string): string {
  return `export default defineEventHandler(async (event) => {
  const client = await serverSupabaseClient(event);
  return ${query}.then(({ data, error }) => {
    if (error) throw createError({ statusCode: 500, statusMessage: ${thrown} });
    return data;
  });
});`;
}

/** A Nuxt server helper (\`server/utils/…\`) with no handler in it: only its place makes \`createError\` h3's. */
const NUXT_SERVER_UTIL = `export async function loadOrFail(id: string) {
  try {
    return await db.product.findUniqueOrThrow({ where: { id } });
  } catch (error: any) {
    throw createError({ statusCode: 500, statusMessage: «error.message» });
  }
}`;

/** Nitro's error handler (\`server/error.ts\`), answering every error with \`answer\`. */
function nitroErrorHandler(answer: string): string {
  return `export default defineNitroErrorHandler((error, event) => {
  console.error(error);
  setResponseStatus(event, 500);
  return send(event, ${answer});
});`;
}

function honoItems(answer: string, imports = ''): string {
  return `import { Hono } from 'hono';
${imports}const app = new Hono();
app.get('/items', async (c) => {
  try { return c.json(await loadItems()); } catch (err) {
    console.error(err);
    ${answer}
  }
});`;
}

/** A Hono error handler, \`app.onError\`, that answers with \`answer\` after \`narrowing\` (a line, or empty). */
function honoOnError(narrowing: string, answer: string): string {
  return `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
class ApiError extends HTTPException {}
const app = new Hono();
app.onError((err, c) => {
  ${narrowing}
  console.error(err);
  ${answer}
});`;
}

/** A Hono app built as one chain, ending in an error handler (Zero); \`app\` starts the chain. */
function honoChain(app: string, imports = "import { Hono } from 'hono';\n"): string {
  return `${imports}const api = ${app}
  .use(logger())
  .get('/health', (c) => c.text('ok'))
  .onError((err, c) => {
    console.error(err);
    return c.json({ error: 'Internal Server Error', message: «err.message» }, 500);
  });
export default api;`;
}

/** A Hono middleware typed \`type\`, made by a factory declared to return it (midday), with a context alias \`alias\` (Zero). */
function honoScopedMiddleware(type: string, alias: string, honoImport = "import type { Context, MiddlewareHandler } from 'hono';\n"): string {
  return `${honoImport}import type { AppContext, Middleware } from './app';
type ScopedContext = ${alias};
export const withScope = (...scopes: string[]): ${type} => {
  return async (c, next) => {
    try { checkScopes(c.get('scopes'), scopes); } catch (err) {
      console.error(err);
      return c.json({ error: 'Forbidden', description: «(err as Error).message» }, 403);
    }
    await next();
  };
};
export async function chatHandler(c: ScopedContext) {
  try { return c.json(await chat(c.get('session'))); } catch (err) {
    console.error(err);
    return c.json({ error: 'Chat failed', detail: «String(err)» }, 500);
  }
}`;
}

/** A Next.js route that saves an order with supabase-js; \`save\` runs the query, \`answer\` answers its \`error\`. */
function supabaseOrder(save: string, answer: string): string {
  return `import { NextResponse } from 'next/server';
import { supabase } from '@/lib/supabase';
export async function POST(request: Request) {
  const order = await request.json();
  ${save}
  if (error) {
    ${answer}
  }
  return NextResponse.json(data, { status: 201 });
}`;
}

/** Hono middleware and handlers made by a \`createFactory()\` imported from \`source\` (capgo). */
function honoFactoryHandlers(source: string): string {
  return `import { createFactory } from '${source}';
const factory = createFactory();
export const session = factory.createMiddleware(async (c, next) => {
  try { await next(); } catch (e) {
    console.error(e);
    return c.json({ error: «(e as Error).message» }, 500);
  }
});
export const handlers = factory.createHandlers(async (c) => {
  try { return c.json(await work()); } catch (e) {
    console.error(e);
    return c.text(«String(e)», 500);
  }
});`;
}

/** A server action that redirects with \`location\` when saving fails; \`directive\` opens the module. */
function redirectingAction(directive: string, location: string): string {
  return `${directive}
import { redirect } from 'next/navigation';
export async function savePost(formData: FormData) {
  try { await posts.save(formData); } catch (error) {
    console.error(error);
    redirect(${location});
  }
  redirect('/posts');
}`;
}

/** A Hono route that streams its answer with hono/streaming (or \`source\`): \`written\` when the work fails, \`writtenOnError\` from the error callback (documenso). */
function honoStream(written: string, writtenOnError: string, source = 'hono/streaming'): string {
  return `import { Hono } from 'hono';
import { streamSSE } from '${source}';
const app = new Hono();
app.get('/events', (c) =>
  streamSSE(
    c,
    async (stream) => {
      try { await stream.writeSSE({ data: JSON.stringify(await nextEvent()) }); } catch (err) {
        console.error(err);
        await stream.writeSSE({ event: 'error', data: ${written} });
      }
    },
    async (failure, stream) => {
      console.error(failure);
      await stream.writeln(${writtenOnError});
    },
  ),
);`;
}

/** Hono handlers exported for a routes file elsewhere (TCGToolWS), in a module that starts with \`imports\`. */
function exportedHonoHandlers(imports: string): string {
  return `${imports}
export const sendCode = async (c) => {
  try { await c.env.DB.prepare('INSERT INTO pending (email) VALUES (?1)').bind((await c.req.json()).email).run(); return c.json({ success: true }); } catch (error) {
    console.error(error);
    return c.json({ error: «error.message» }, 500);
  }
};
export const authMiddleware = async (c, next) => {
  try { c.set('jwtPayload', await verify(c.req.header('Authorization'), c.env.JWT_SECRET)); } catch (error) {
    console.error(error);
    return c.json({ error: \`Unauthorized: \${«error.message»}\` }, 401);
  }
  await next();
};`;
}

ruleTester.run('no-leaked-error-details', rule, {
  valid: [
    // Stripe writes card errors' messages for the card holder; its documented check is \`err.type\`.
    ...["err.type === 'StripeCardError'", 'err instanceof Stripe.errors.StripeCardError', "'StripeCardError' === err.type"].map((condition) =>
      stripeCharge(condition).replace(/[«»]/g, ''),
    ),
    nestResponseHelper('').replace(/[«»]/g, '').replace('{ error: err.message }', "{ error: 'Could not connect' }"),
    // Called only with something that is no response: a plain parameter of a method that is no route.
    nestResponseHelper('').replace(/[«»]/g, '').replace("@Get('/connect/callback')\n  ", '').replace('@Res() res: any', 'res: any'),
    // \`other.handleCallback(…)\` is another object's method, not this class's.
    nestResponseHelper('').replace(/[«»]/g, '').replace('await this.handleCallback(query, res);', 'await other.handleCallback(query, res);'),
    classErrorHandler("'Internal Server Error'").replace(/[«»]/g, ''),
    // A \`self\` that is another object is not this class: its \`render\` is unknown here.
    classErrorHandler('err.message').replace('const self = this;', 'const self = this.renderer;').replace(/[«»]/g, ''),
    computedMethodRoutes("'Could not build the report'"),
    // The field is written where the catch then returns: the answer after the try never has it.
    fieldWritten('body.detail = err.message;', "logger.error(body);\n    return res.status(500).json({ ok: false });", 'res.json(body);'),
    // Another field of the object than the one the error was written to (overleaf's userEmailsData).
    fieldWritten('body.detail = err.message;', 'console.error(err);', 'res.json({ ok: body.ok });'),
    fieldWritten('body.detail = err.message;', 'console.error(err);', 'const { ok } = body;\n  res.json({ ok });'),
    // Written after the answer was sent, for the log.
    fieldWritten('res.status(500).json(body);', 'body.detail = err.message;\n    logger.error(body);', ''),
    // Written under a development guard.
    fieldWritten("if (process.env.NODE_ENV === 'development') body.stack = err.stack;", "console.error(err);", 'res.status(500).json(body);'),
    expressControllerClass("'Could not update the subscription'", 'module.exports = '),
    // A class nobody exports may be anything: its \`(req, res)\` are not known to be a request and a response.
    expressControllerClass('err.message', ''),
    aliasedFastifyHook('FastifyZodProvider', "'Invalid token'"),
    // An instance of a type not named for Fastify is not known to be one.
    aliasedFastifyHook('AppServer', '(err as Error).message'),
    // Every text the function returns is written here, or is the compared literal.
    pickedMessage("'The token is not valid.'").replace(/[«»]/g, ''),
    // A test's server answers the test, in a file named like one or importing a test runner.
    { code: FIXTURE_APP.replace(/[«»]/g, ''), filename: '/project/api/server/routes/__tests__/oauth.test.ts' },
    { code: FIXTURE_APP.replace(/[«»]/g, ''), filename: '/project/api/server/routes/oauth.spec.ts' },
    `import { describe, it } from 'vitest';
${FIXTURE_APP.replace(/[«»]/g, '')}`,
    ladCatchError("'Could not sign you in'").replace(/[«»]/g, ''),
    // A Boom error's message is written for the client.
    ladCatchError("err.isBoom ? err.message : 'Could not sign you in'").replace(/[«»]/g, ''),
    // The service logs its error and returns a written message; or the route reads a field the error never fills.
    serviceResult("(console.error(err), { status: 500, message: 'Logout failed' })", 'result'),
    serviceResult('{ status: 500, message: err.message }', '{ status: result.status }'),
    // A same-file describer is read, not taken at its name: this one answers with a written text.
    describedError("function getErrorMessage(err) {\n  return err instanceof Error ? 'The value could not be read' : 'Unknown error';\n}", 'getErrorMessage(err)'),
    // Checked against a list of the app's own texts, the message can only be one of them.
    knownMessage("const KNOWN = ['booking_seats_full_error', 'no_available_users_found_error'] as const;", 'KNOWN').replace(/[«»]/g, ''),
    knownMessage('', "['booking_seats_full_error', 'no_available_users_found_error']").replace(/[«»]/g, ''),
    knownMessage("import { ErrorCode } from '@calcom/platform-libraries';", 'Object.values(ErrorCode)').replace(/[«»]/g, ''),
    // NestJS hands a filter only the exceptions its @Catch names.
    catchFilter('HttpException').replace(/[«»]/g, ''),
    catchFilter('HttpException, BadRequestException').replace(/[«»]/g, ''),
    // A boolean or a number carries no text.
    typedField('number').replace(/[«»]/g, ''),
    typedField('boolean').replace(/[«»]/g, ''),
    // Fields of a failure record that come from the request, not from the error.
    failureRecord("message: 'Something went wrong', url: failure.url, method: failure.method"),
    // Compared with a literal, the code can only be that literal.
    codeSwitch(`case 'NOT_ALLOWED':
      res.status(405).json({ type: err.code.toLowerCase(), title: 'Not allowed' });
      break;
    case 'CONFLICT':
    case 'DUPLICATE':
      return res.status(409).json({ type: err.code, title: 'Conflict' });
    default:
      res.status(500).json({ type: 'unknown_error', title: 'Unknown error' });`),
    aliasedCode("code === 'NOT_ALLOWED'").replace(/[«»]/g, ''),
    codeAnswer("e instanceof AppError && e.code === 'SERVICE_UNAVAILABLE'").replace(/[«»]/g, ''),
    koaControllers("'Could not load'", 'module.exports.UserController = UserController;'),
    // getServerSideProps answering its failure without the error's text.
    `export async function getServerSideProps(ctx) {
  try { return { props: { post: await loadPost(ctx.params.id) } }; } catch (err) {
    console.error(err);
    ctx.res.statusCode = 500;
    return { props: {} };
  }
}`,
    fastifyRouteHooks("'Not allowed'"),
    ...hapiLayouts("'Could not load the items'"),
    // A table of \`(req, res)\` route configs answering with a generic text.
    expressRouteTable("'Could not load the items'").replace(/[«»]/g, ''),
    // Neither exported nor handed a response: nothing shows \`res\` is one.
    noteAction('').replace(/[«»]/g, ''),
    // The upstream's Content-Type is a MIME type, not error text.
    upstreamHeader('content-type').replace(/[«»]/g, ''),
    // A same-file type predicate for a safe class works like \`instanceof\` (langfuse's isZodError).
    narrowedRoute(`import type { ZodError } from 'zod';
export function isZodError(error: any): error is ZodError {
  return error instanceof Object && error.constructor.name === 'ZodError';
}`, 'isZodError(error)').replace(/[«»]/g, ''),
    // Client-facing error classes of tRPC and oauth2orize, imported from their packages.
    narrowedRoute("import { TRPCError } from '@trpc/server';", 'error instanceof TRPCError').replace(/[«»]/g, ''),
    narrowedRoute("import oauth2orize from 'oauth2orize';", 'error instanceof oauth2orize.AuthorizationError').replace(/[«»]/g, ''),
    // An imported type predicate named for a configured safe class narrows like \`instanceof\` (directus's isDirectusError).
    {
      code: narrowedRoute("import { isDirectusError } from '@directus/errors';", 'isDirectusError(error)').replace(/[«»]/g, ''),
      settings: { 'safe-errors': { safeErrorClasses: ['DirectusError'] } },
    },
    // multer's upload errors, by class or by the name multer gives them (LibreChat).
    narrowedRoute("import multer from 'multer';", 'error instanceof multer.MulterError').replace(/[«»]/g, ''),
    narrowedRoute('', "error.name === 'MulterError'").replace(/[«»]/g, ''),
    // The predicate required in CommonJS.
    {
      code: narrowedRoute("const { isDirectusError } = require('@directus/errors');", 'isDirectusError(error)').replace(/[«»]/g, ''),
      settings: { 'safe-errors': { safeErrorClasses: ['DirectusError'] } },
    },
    // CASL's ForbiddenError names the permission the user lacks (infisical).
    narrowedRoute("import { ForbiddenError } from '@casl/ability';", 'error instanceof ForbiddenError').replace(/[«»]/g, ''),
    // An error class whose name declares its message fit for clients (inbox-zero's SafeError).
    narrowedRoute("import { SafeError } from '@/utils/error';", 'error instanceof SafeError').replace(/[«»]/g, ''),
    // next-safe-action's handler answering with a generic text, and a same-named function of another package.
    safeActionClient('next-safe-action', "'Something went wrong'"),
    safeActionClient('./my-actions', 'e.message'),
    // A list of what failed, without the errors' text; or with it only for vetted errors.
    batchIndexing('`Failed to index ${doc.name}`').replace(/[«»]/g, ''),
    batchIndexing("error instanceof ZodError ? error.message : 'Could not index'").replace(/[«»]/g, ''),
    // A server action that answers a generic message; a plain module function's return value goes to its caller.
    renameTeam("'use server';", "'Could not rename the team'"),
    renameTeam("import 'server-only';", '(e as Error).message'),
    // http-errors hides the message of 5xx errors; a literal message is vetted.
    httpErrorsRoute(500, '(error as Error).message'),
    httpErrorsRoute(400, "'The passkey could not be verified'"),
    httpErrorsRoute('HTTP_STATUS.INTERNAL_SERVER_ERROR', '(error as Error).message'),
    `import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
export const errorHandler = async (error: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<void> => {
  request.log.error(error);
  await reply.status(error.statusCode ?? 500).send({ message: 'Something went wrong', statusCode: error.statusCode });
};`,
    `import Fastify from 'fastify';
const fastify = Fastify();
fastify.setErrorHandler(async (error, request, reply) => {
  request.log.error(error);
  reply.code(500);
  return reply.view('error', { id: request.id });
});`,
    // A tRPC error with a message of its own does not send its cause's; an oRPC error's cause stays on the server.
    `import { TRPCError } from '@trpc/server';
import { ORPCError } from '@orpc/server';
export async function exchange(code: string) {
  try {
    return await exchangeCode(code);
  } catch (err) {
    if (code === 'a') throw new TRPCError({ code: 'BAD_REQUEST', message: 'The code was not accepted', cause: err });
    throw new ORPCError('BAD_GATEWAY', { message: 'The provider did not answer', cause: err });
  }
}`,
    // A status and a written body; another package's APIError.
    `import { APIError } from 'better-call';
export async function verify(ctx) {
  try { return await ctx.context.internalAdapter.createUser(ctx.body); } catch (error) {
    console.error(error);
    if (ctx.body.strict) throw APIError.from('UNAUTHORIZED', { message: 'Something went wrong', code: 'VERIFY_FAILED' });
    // An Error as the cause serialises to {} (better-auth's OAuth state).
    throw new APIError('INTERNAL_SERVER_ERROR', { message: 'Unable to create verification', cause: error });
  }
}`,
    `import { APIError } from './errors';
export function fail(err: Error) { throw APIError.from('BAD_REQUEST', { message: err.message }); }`,
    // The twins of this session's leak cases, answering a written text: the SSE helper, the named createServer,
    // and a serializeError that is not serialize-error's.
    sseChat("'The assistant could not answer'"),
    namedHttpServer("'Internal Server Error'"),
    `import { serializeError } from './errors';
${express}app.get('/h', async (req, res) => {
  try { await work(); } catch (err) {
    logger.error(err);
    res.status(500).json({ error: serializeError(err) });
  }
});`,
    // An app's own UserError may be anything until it is answered.
    `import { UserError } from './errors';
export async function ban(id: string) {
  try { await deleteUser(id); } catch (err) { throw new UserError((err as Error).message); }
}`,
    // Another package's TRPCError is not tRPC's.
    `import { TRPCError } from './errors';
export function fail(err: Error) { throw new TRPCError({ code: 'BAD_REQUEST', message: err.message }); }`,
    // Two parameters named like a request and a response are no handler unless the module exports them.
    wrappedController('Controller.exportProject.name;').replace(/[«»]/g, ''),
    // A thrown string is the app's own message (libraries throw Errors), and so is a message equal to a literal (zipline, papermark).
    chunkUpload("typeof e === 'string'").replace(/[«»]/g, ''),
    `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    await prisma.$transaction(async (tx) => { if ((await tx.folder.count()) > 5) throw new Error('Too many folders'); });
    return res.status(200).json({ message: 'ok' });
  } catch (error) {
    if (error instanceof Error && error.message === 'Too many folders') return res.status(409).json({ message: error.message });
    return res.status(500).json({ message: 'Internal Server Error' });
  }
}`,
    // @fastify/sensible's helpers with generic messages.
    sensibleFeeds("'The feed could not be imported'", ''),
    // A typed response in the fourth place makes no error middleware: its first parameter is data (papermark).
    {
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
async function handleLinkCreate(data: { targetId: string; linkType: string }, teamId: string, token: string, res: NextApiResponse) {
  const { targetId, linkType } = data;
  const link = await prisma.link.create({ data: { targetId, linkType, teamId } });
  return res.status(200).json({ linkId: link.id, targetId, linkType });
}
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  return handleLinkCreate(req.body, 'team_1', 'tok', res);
}`,
      filename: '/project/pages/api/links.ts',
    },
    // NestJS runs lifecycle hooks at start-up and shutdown: their exceptions reach no client (reactive-resume).
    nestStorageService('onModuleInit', 'error'),
    // Logged in full, answered with a generic message.
    `${express}app.get('/users', async (req, res) => {
  try {
    res.json(await loadUsers());
  } catch (err) {
    console.error(err);
    res.status(500).json({ message: 'Internal Server Error' });
  }
});`,
    // Logger calls of any kind may carry everything.
    `${express}app.get('/orders', async (req, res) => {
  try {
    res.json(await loadOrders());
  } catch (err) {
    req.log.error({ err, stack: err.stack }, 'orders failed');
    logger.error(\`orders failed: \${err.message}\`);
    res.status(500).json({ error: 'Could not load orders' });
  }
});`,
    // Status fields of the error are not details.
    `${express}app.get('/a', async (req, res) => {
  try { await work(); } catch (err) {
    res.status(err.status || 500).json({ status: err.statusCode, message: 'Request failed' });
  }
});`,
    // Development-only guards.
    `${express}app.use((err, req, res, next) => {
  if (process.env.NODE_ENV !== 'production') {
    return res.status(500).json({ message: err.message, stack: err.stack });
  }
  res.status(500).json({ message: 'Internal Server Error' });
});`,
    `${express}app.use((err, req, res, next) => {
  res.status(500).json({
    message: 'Internal Server Error',
    stack: process.env.NODE_ENV === 'development' ? err.stack : undefined,
  });
});`,
    // The Express generator's error handler, minus its \`res.locals.message = err.message\`.
    `${express}app.use((err, req, res, next) => {
  res.locals.error = req.app.get('env') === 'development' ? err : {};
  res.status(500);
  res.render('error');
});`,
    `${express}app.use((err, req, res, next) => {
  if (app.get('env') === 'development') res.status(500).send(err.stack);
  else res.sendStatus(500);
});`,
    `${express}const isDev = process.env.NODE_ENV !== 'production';
app.use((err, req, res, next) => {
  res.status(500).json({ message: 'Internal Server Error', ...(isDev && { stack: err.stack }) });
});`,
    `${express}app.use((err, req, res, next) => {
  if (process.env.NODE_ENV === 'production') {
    return res.status(500).json({ message: 'Internal Server Error' });
  }
  res.status(500).json({ message: err.message, stack: err.stack });
});`,
    `${express}app.use((err, req, res, next) => {
  if (import.meta.env.DEV) res.status(500).send(err.stack);
  if (__DEV__) res.status(500).send(err.message);
});`,
    {
      code: `${express}app.use((err, req, res, next) => {
  if (config.debug) res.status(500).send(err.stack);
  else res.sendStatus(500);
});`,
      settings: { 'safe-errors': { devGuards: ['config.debug'] } },
    },
    // A configured guard may be a call.
    {
      code: `${express}app.use((err, req, res, next) => {
  if (isDevelopment()) res.status(500).send(err.stack);
  else res.sendStatus(500);
});`,
      settings: { 'safe-errors': { devGuards: ['isDevelopment()'] } },
    },
    // Errors whose message is vetted: http-errors / Koa expose, catalog and safe classes.
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try { await next(); } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { message: err.expose ? err.message : 'Internal Server Error' };
  }
});`,
    `import { HttpException } from '@nestjs/common';
${express}app.use((err, req, res, next) => {
  if (err instanceof HttpException) {
    return res.status(err.getStatus()).json({ message: err.message });
  }
  res.status(500).json({ message: 'Internal Server Error' });
});`,
    {
      code: `${express}app.use((err, req, res, next) => {
  if (!(err instanceof NotFoundError)) {
    return res.status(500).json({ message: 'Internal Server Error' });
  }
  res.status(404).json({ message: err.message });
});`,
      settings: CATALOG_SETTINGS,
    },
    {
      code: `${express}app.use((err, req, res, next) => {
  if (err instanceof DomainError) return res.status(422).json({ message: err.message });
  next(err);
});`,
      settings: { 'safe-errors': { safeErrorClasses: ['DomainError'] } },
    },
    // A configured class under a namespace, by its full path (parse-server's error middleware).
    {
      code: `${express}export function handleParseErrors(err, req, res, next) {
  if (err instanceof Parse.Error) {
    res.status(400);
    res.json({ code: err.code, error: err.message });
  } else next(err);
}`,
      settings: { 'safe-errors': { safeErrorClasses: ['Parse.Error'] } },
    },
    // A validation library's error class: its messages describe the client's input (screwdriver, Hapi + Joi).
    `const Boom = require('@hapi/boom');
const { ValidationError } = require('joi');
exports.register = (server) => server.route({
  method: 'POST',
  path: '/webhooks',
  handler: async (request, h) => {
    try { return await startHookEvent(request, h); } catch (err) {
      request.log(['error'], err);
      if (err instanceof ValidationError) throw Boom.badData(err.message);
      throw Boom.internal();
    }
  },
});`,
    `${express}import * as yup from 'yup';
app.post('/signup', async (req, res) => {
  try { await schema.validate(req.body); } catch (err) {
    if (err instanceof yup.ValidationError) return res.status(422).json({ message: err.message });
    res.status(500).json({ message: 'Internal Server Error' });
  }
});`,
    // A rate limiter's wait time is meant for the client (wekan's login route; rate-limiter-flexible).
    `${express}app.post('/api/login', async (req, res) => {
  try { res.json(await login(req.body)); } catch (err) {
    res.set('Retry-After', String(err.retryAfterSeconds ?? Math.ceil(err.msBeforeNext / 1000)));
    res.status(429).json({ message: 'Too many attempts' });
  }
});`,
    // …and its quota left.
    koaLimiter('RateLimit-Remaining', 'rateLimiterRes.remainingPoints').replace(/[«»]/g, ''),
    // A reference id attached to the error earlier is what require-error-reference asks to send.
    `${express}app.use((err, req, res, next) => {
  logger.error({ err, errorId: err.errorId });
  res.status(500).json({ title: 'Internal Server Error', instance: \`urn:uuid:\${err.errorId}\`, traceId: err.traceId });
});`,
    // Sanitizers.
    {
      code: `${express}app.use((err, req, res, next) => {
  res.status(500).json(toPublicError(err));
});`,
      settings: { 'safe-errors': { sanitizers: ['toPublicError'] } },
    },
    // Validation results that were never thrown are not caught errors.
    `${express}app.post('/users', (req, res) => {
  const { error, value } = schema.validate(req.body);
  if (error) return res.status(400).json({ message: error.details[0].message });
  res.status(201).json(value);
});`,
    // A caught error replaced before it is sent.
    `${express}app.get('/b', async (req, res) => {
  try { await work(); } catch (err) {
    err = new PublicError('Could not load');
    res.status(500).json({ message: err.message });
  }
});`,
    `${express}app.get('/c', async (req, res) => {
  try { await work(); } catch (err) {
    const publicError = toProblem(err);
    res.status(publicError.status).json(publicError);
  }
});`,
    // Handing the error to the framework's own handler is fine.
    `${express}app.get('/d', async (req, res, next) => {
  try { await work(); } catch (err) { next(err); }
});`,
    // Outgoing HTTP client calls are not server responses.
    `import https from 'https';
export function fetchStatus(url, callback) {
  https.get(url, (res) => {
    res.on('error', (err) => callback(err.message));
  });
  request(url).end((err, res) => {
    if (err) return callback(err.message);
    res.send(err && err.message);
  });
}`,
    `export async function load(url) {
  const res = await fetch(url).catch((err) => ({ json: () => ({ error: err.message }) }));
  return res.json();
}`,
    // A function with a \`res\` parameter but no framework evidence.
    `function fill(res, err) {
  res.write(err.message);
}`,
    // Array callbacks: \`e\` is an element, not an error.
    `${express}app.get('/list', (req, res) => {
  items.forEach((e) => res.write(e.name));
  res.end();
});`,
    // Koa and Hapi hide 5xx messages themselves.
    `import Router from '@koa/router';
const router = new Router();
router.get('/x', async (ctx) => {
  try { await work(); } catch (err) { ctx.throw(500, err.message); }
});`,
    // A 5xx fallback: errors without a status are hidden too.
    `import Router from '@koa/router';
const router = new Router();
router.get('/x', async (ctx) => {
  try { await work(); } catch (err) { ctx.throw(err.status || 500, err.message); }
});`,
    `import Boom from '@hapi/boom';
import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'GET', path: '/x', handler: async (request, h) => {
  try { return await work(); } catch (err) { throw Boom.badImplementation(err.message); }
} });`,
    // Options.
    {
      code: `${express}app.get('/e', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).json({ code: err.code }); }
});`,
      options: [{ allowedProperties: ['code'] }],
    },
    {
      code: `${express}app.get('/f', async (req, res) => {
  try { await work(); } catch (err) { res.set('X-Error', err.message).sendStatus(500); }
});`,
      options: [{ checkHeaders: false }],
    },
    {
      code: `${express}app.get('/g', async (req, res) => {
  try { await work(); } catch (err) { res.redirect('/login?error=' + err.message); }
});`,
      options: [{ checkRedirects: false }],
    },
    // An encoded constant or a local function of the same name is no error text.
    `${express}app.get('/sso/callback', async (req, res) => {
  try { await finishLogin(req); res.redirect('/'); } catch (err) {
    logger.error(err);
    res.redirect(\`/signin?error=\${encodeURIComponent('Sign-in failed')}\`);
  }
});`,
    `${express}const escape = (text) => 'Sign-in failed';
app.get('/sso/callback2', async (req, res) => {
  try { await finishLogin(req); res.redirect('/'); } catch (err) {
    logger.error(err);
    res.redirect('/signin?error=' + escape(err.message));
  }
});`,
    // Hooks and decorators that cannot answer, or are not Fastify's: no response here.
    `import fp from 'fastify-plugin';
export default fp(async (fastify) => {
  fastify.addHook('onResponse', async (request, reply) => {
    try { await audit(request); } catch (err) { metrics.send(err.message); }
  });
  fastify.decorate('describe', (error, output) => output.send(error.message));
});`,
    `import fp from 'fastify-plugin';
export default fp(async (fastify) => {
  fastify.addHook('preHandler', async (request, reply) => {
    try { await request.jwtVerify(); } catch (err) {
      request.log.error(err);
      return reply.code(401).send({ error: 'Unauthorized' });
    }
  });
});`,
    `const hooks = createHookRegistry();
hooks.addHook('preHandler', async (request, reply) => {
  try { await load(request); } catch (err) { reply.send(err.message); }
});`,
    // Only the configured helper's body argument is sent; other methods of the module are not helpers.
    {
      code: `const apiUtils = require('./util');
${express}app.get('/flows', async (req, res) => {
  try { res.json(await load()); } catch (err) { apiUtils.logFailure(req, res, err); apiUtils.rejectHandler(req, res, new Error('Could not load flows')); }
});`,
      settings: { 'safe-errors': { responseHelpers: [{ name: 'rejectHandler', response: 1, body: 2 }] } },
    },
    // A template filled with the error's status only; the error text goes to the log.
    `${express}app.use((err, req, res, next) => {
  logger.error(err);
  res.status(500).send(errorPage.replace('{{STATUS}}', String(err.status ?? 500)).replace(err.message, ''));
});`,
    // A URIError only repeats the client's own URL (NodeBB's 400 page).
    `${express}app.use((err, req, res, next) => {
  if (err instanceof URIError) return res.status(400).render('400', { error: err.message });
  logger.error(err);
  res.status(500).render('500', { error: 'Internal Server Error' });
});`,
    // The same wrapper answering a generic message after logging the error.
    wrappedHandlerApp("'Internal Server Error'"),
    // A subclass with a constructor of its own decides its message; other classes are no sinks.
    `import { GraphQLError } from 'graphql';
class InternalServerError extends GraphQLError {
  constructor(cause) {
    super('Internal server error', { originalError: cause });
  }
}
class RetryableJobError extends Error {}
export async function save(input) {
  try { return await repository.save(input); } catch (err) {
    if (err.code === 'ETIMEDOUT') throw new RetryableJobError(err.message);
    throw new InternalServerError(err.message);
  }
}`,
    // A const holding the result of another call on the response is no response.
    `${express}app.use((err, req, res, next) => {
  console.error(err);
  const sent = res.headersSent;
  const label = res.get('X-Label');
  audit.send(label, err.message, sent);
  res.status(500).send('Internal Server Error');
});`,
    // A Nest method that answers through @Res(), a generic answer, and a service method whose caller decides.
    `import { Controller, Get, Injectable, Res } from '@nestjs/common';
import type { Response } from 'express';
@Controller('reports')
export class ReportController {
  @Get('raw')
  async raw(@Res() res: Response) {
    try { res.json(await this.reports.raw()); } catch (e) {
      this.logger.error(e);
      res.status(500).json({ message: 'Could not build the report' });
      return e.message;
    }
  }
  @Get()
  async list() {
    try { return await this.reports.list(); } catch (e) {
      this.logger.error(e);
      return { ok: false, error: 'Could not list the reports' };
    }
  }
}
@Injectable()
export class ReportService {
  async build() {
    try { return await this.db.run(); } catch (e) { return { ok: false, error: e.message }; }
  }
}`,
    // A same-file helper that sends only generic text.
    `${express}function sendFailure(res, err) {
  console.error(err);
  res.status(500).json({ message: 'Internal Server Error' });
}
app.get('/h', async (req, res) => {
  try { await work(); } catch (err) { sendFailure(res, err); }
});`,
    // Valid twins of the framework cases below.
    `import Fastify from 'fastify';
const fastify = Fastify();
fastify.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  reply.status(error.statusCode ?? 500).send({ error: 'Internal Server Error', requestId: request.id });
});
fastify.get('/items', async (request, reply) => {
  try { return await listItems(); } catch (err) {
    request.log.error(err);
    return reply.code(503).send({ error: 'Service unavailable' });
  }
});`,
    `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server();
server.route({ method: 'POST', path: '/orders', handler: async (request, h) => {
  try { return await orders.create(request.payload); } catch (err) {
    request.log(['error'], err);
    if (err.isBoom) throw err;
    throw Boom.badRequest('The order could not be created');
  }
} });`,
    `import { NextResponse } from 'next/server';
export async function POST(request: Request) {
  try {
    return NextResponse.json(await save(await request.json()), { status: 201 });
  } catch (error) {
    console.error(error);
    return NextResponse.json({ error: 'Could not save' }, { status: 500 });
  }
}`,
    {
      code: `export default async function handler(req, res) {
  try { res.status(200).json(await load()); } catch (err) {
    console.error(err);
    res.status(500).json({ error: 'Could not load' });
  }
}`,
      filename: '/project/pages/api/users.js',
    },
    `import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      return response.status(exception.getStatus()).json({ message: exception.message });
    }
    this.logger.error(exception);
    response.status(500).json({ message: 'Internal Server Error' });
  }
}`,
    `import { ConflictException, Injectable } from '@nestjs/common';
@Injectable()
export class UsersService {
  async create(dto) {
    try { return await this.repo.save(dto); } catch (error) {
      this.logger.error(error);
      throw new ConflictException('A user with this email already exists', { cause: error });
    }
  }
}`,
    // An exception caught in the same function and replaced by a generic answer never reaches a client,
    // also when it is thrown in an awaited callback (hoppscotch's Prisma transactions).
    `import { ConflictException, Injectable } from '@nestjs/common';
@Injectable()
export class CollectionService {
  async importCollections(data) {
    try {
      await this.prisma.$transaction(async (tx) => {
        try { await tx.collection.create({ data }); } catch (error) {
          throw new ConflictException(error);
        }
      });
    } catch (error) {
      console.error('import failed', error);
      return E.left(COLLECTION_CREATION_FAILED);
    }
  }
  async rename(id, title) {
    try {
      try { await this.prisma.collection.update({ where: { id }, data: { title } }); } catch (error) {
        throw new ConflictException(error.message);
      }
    } catch (e) {
      return E.left(COLLECTION_NOT_FOUND);
    }
  }
}`,
    `import { GraphQLError } from 'graphql';
export const resolvers = { Query: { async user(_, { id }) {
  try { return await users.find(id); } catch (err) {
    logger.error(err);
    throw new GraphQLError('Could not load the user', { originalError: err });
  }
} } };`,
    `import http from 'node:http';
http.createServer(async (req, res) => {
  try { await route(req, res); } catch (e) {
    console.error(e);
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end('Internal Server Error');
  }
});`,
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try { await next(); } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: 'Internal Server Error' };
    ctx.app.emit('error', err, ctx);
  }
});
app.on('error', (err, ctx) => {
  console.error('server error', err, ctx.path);
});`,
    `${express}app.get('/j', (req, res) => {
  work().then((data) => res.json(data), (e) => {
    console.error(e);
    res.status(500).json({ error: 'Could not load' });
  });
});`,
    `import fs from 'fs';
${express}app.get('/file', (req, res) => {
  fs.readFile('data.json', 'utf8', (err, data) => {
    if (err) {
      console.error(err);
      return res.status(500).send('Could not read data');
    }
    res.type('json').send(data);
  });
});`,
    {
      code: `export async function parse(body) {
  try { return JSON.parse(body); } catch (e) {
    logger.warn(e);
    if (strict) throw new ValidationError();
    throw new ValidationError({ cause: e });
  }
}`,
      settings: CATALOG_SETTINGS,
    },
    // The error itself under \`error\` or \`err\` is the wrapped cause too (infisical's \`DatabaseError({ error, name })\`, Ghost's \`{ err }\`).
    ...['{ error, name: "Find by id" }', "{ message: 'Could not parse the body', err: error }", 'errors.ValidationError({ error })'].map((options) => ({
      code: `export async function parse(body) {
  try { return JSON.parse(body); } catch (error) {
    throw new ${options.startsWith('errors.') ? options : `ValidationError(${options})`};
  }
}`,
      settings: CATALOG_SETTINGS,
    })),
    // The error decides which vetted message is sent; none of its text is.
    `${express}app.get('/k', async (req, res) => {
  try { await work(); } catch (err) {
    logger.error(err);
    res.status(500).json({
      error: err.name === 'TimeoutError' ? 'Timed out' : 'Failed',
      retry: err.message.includes('ECONNRESET') ? 'now' : 'later',
      known: err instanceof TypeError ? 'bug' : 'failure',
      failed: Boolean(err),
      ok: !err,
    });
  }
});`,
    `${express}function respond(res, body) {
  res.json(body);
}
app.get('/l', async (req, res) => {
  try { respond(res, await work()); } catch (err) {
    logger.error(err);
    respond(res, { message: 'Failed' });
  }
});`,
    // Route handlers in files without a Fastify or Hapi import that log and answer generically.
    `export default async function routes(app) {
  app.get('/items', async (request, reply) => {
    try {
      return await loadItems();
    } catch (err) {
      request.log.error(err);
      return { error: 'Could not load the items' };
    }
  });
}`,
    // A \`reply\` parameter alone makes no handler: this helper returns to its caller, not to a client.
    `export function toReply(err, reply) {
  return { error: err.message, reply };
}`,
    // From real code: only 4xx messages are exposed (fastify/demo).
    `import Fastify from 'fastify';
const fastify = Fastify();
fastify.setErrorHandler((err, request, reply) => {
  fastify.log.error({ err, request: { method: request.method, url: request.url } }, 'Unhandled error occurred');
  reply.code(err.statusCode ?? 500);
  let message = 'Internal Server Error';
  if (err.statusCode && err.statusCode < 500) {
    message = err.message;
  }
  return { message };
});`,
    `import Fastify from 'fastify';
const fastify = Fastify();
fastify.setErrorHandler((err, request, reply) => {
  reply.status(err.statusCode ?? 500).send({ message: err.statusCode >= 500 ? 'Internal Server Error' : err.message });
});`,
    // From real code (node-express-boilerplate): unexpected errors are replaced in production,
    // operational errors carry messages written on purpose, res.locals only feeds the request log.
    `const errorHandler = (err, req, res, next) => {
  let { statusCode, message } = err;
  if (config.env === 'production' && !err.isOperational) {
    statusCode = 500;
    message = 'Internal Server Error';
  }
  res.locals.errorMessage = err.message;
  const response = { code: statusCode, message, ...(config.env === 'development' && { stack: err.stack }) };
  if (config.env === 'development') logger.error(err);
  res.status(statusCode).send(response);
};
module.exports = { errorHandler };`,
    // Success bodies unrelated to any error.
    `${express}app.get('/i', async (req, res) => {
  const message = await greeting();
  res.json({ message });
});`,
    // --- Hono ---
    honoItems("return c.json({ error: 'Internal Server Error' }, 500);"),
    // `c.set()` stores a variable for later middleware, not a header.
    honoItems("c.set('error', err.message);\n    return c.json({ error: 'Internal Server Error' }, 500);"),
    honoItems("if (process.env.NODE_ENV === 'development') return c.json({ error: err.message }, 500);\n    return c.json({ error: 'Internal Server Error' }, 500);"),
    // The cause stays on the server; the message is written.
    honoItems("throw new HTTPException(500, { message: 'The items could not be loaded', cause: err });", "import { HTTPException } from 'hono/http-exception';\n"),
    // An app's own HTTPException is not Hono's.
    honoItems('throw new HTTPException(500, { message: err.message });', "import { HTTPException } from './errors';\n"),
    // Hono answers an HTTPException with its message itself; a same-file subclass alike (openstatus).
    honoOnError('if (err instanceof HTTPException) return c.json({ error: err.message }, err.status);', "return c.json({ error: 'Internal Server Error' }, 500);"),
    honoOnError('if (err instanceof ApiError) return c.json({ error: err.message }, err.status);', "return c.json({ error: 'Internal Server Error' }, 500);"),
    // A JSX page's props and children from written text, and another page's props that are no error.
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.post('/settings', async (c) => {
  try { await save(await c.req.parseBody()); return c.redirect('/settings'); } catch (e) {
    console.error(e);
    return c.html(<SettingsPage error="The settings could not be saved" retryAfter={(e as RateLimitError).retryAfter} />, 500);
  }
});`,
      filename: 'routes/settings.tsx',
    },
    // --- supabase-js ---
    supabaseOrder("const { data, error } = await supabase.from('orders').insert(order).select().single();", "console.error(error);\n    return NextResponse.json({ error: 'The order could not be saved' }, { status: 500 });"),
    // Not a query: a file upload, a sign-in (whose messages are written for the user), and another library's result.
    supabaseOrder("const { data, error } = await supabase.storage.from('receipts').update(order.path, order.file);", 'return NextResponse.json({ error: error.message }, { status: 500 });'),
    supabaseOrder("const receiptStorage = supabase.storage;\n  const { data, error } = await receiptStorage.from('receipts').update(order.path, order.file);", 'return NextResponse.json({ error: error.message }, { status: 500 });'),
    supabaseOrder("const { data, error } = await supabase.auth.signInWithPassword(order.credentials);", 'return NextResponse.json({ error: error.message }, { status: 401 });'),
    supabaseOrder("const { data, error } = await validateOrder(order);", 'return NextResponse.json({ error: error.message }, { status: 400 });'),
    supabaseOrder("const { data, error } = await mailer.from('billing@acme.test').send(order.receipt);", 'return NextResponse.json({ error: error.message }, { status: 502 });'),
    // A query variable given something else than a filter of the same query.
    supabaseOrder("let query = supabase.from('orders').insert(order).select();\n  if (order.draft) query = drafts.save(order);\n  const { data, error } = await query;", 'return NextResponse.json({ error: error.message }, { status: 500 });'),
    // In a \`'use client'\` module the error is the browser's own.
    redirectingAction("'use client';", '`/posts?error=${encodeURIComponent((error as Error).message)}`'),
    redirectingAction("'use server';", "'/posts?error=save-failed'"),
    honoFactoryHandlers('./factory').replace(/[«»]/g, ''),
    // An exported \`(c)\` in a module that does not import Hono says nothing.
    exportedHonoHandlers("import { verify } from './jwt';").replace(/[«»]/g, ''),
    honoStream("'The event stream failed'", "'The event stream failed'"),
    honoStream('String(err)', 'String(failure)', './streaming'),
    // A chain on an app from another module, a factory's own return type and an alias of another type: no evidence.
    honoChain('createApi()', "import { createApi } from './api';\n").replace(/[«»]/g, ''),
    honoScopedMiddleware('Middleware', 'AppContext<{ Variables: { scopes: string[] } }>', '').replace(/[«»]/g, ''),
    // Without a registration, \`c\` is no context: a callback over a list.
    `export function render(items, err) {
  items.forEach((c) => c.json({ error: err.message }));
}`,
    // --- socket.io ---
    socketReplay("socket.emit('error', { message: 'The replay could not be created' });"),
    socketReplay("callback({ ok: false, error: 'The replay could not be created' });"),
    // Not socket.io: a Node EventEmitter, and a callback of a plain function.
    socketReplay("socket.emit('error', { message: error.message });", "import { EventEmitter } from 'node:events';\nconst io = new EventEmitter();"),
    `import { EventEmitter } from 'node:events';
const bus = new EventEmitter();
export function run(callback: (result: unknown) => void) {
  try { work(); } catch (error: any) {
    bus.emit('error', { message: error.message });
    callback({ error: error.message });
  }
}`,
    // Handed over from another file, a parameter is a socket only by socket.io's own API.
    socketSearchHandler("socket.emit('searching', query);"),
    socketSearchHandler("socket.join(query.room);"),
    // A mail builder addressed with \`to()\` is no socket.
    `module.exports = async (query, mail) => {
  try {
    await searchFilms(query);
  } catch (err) {
    mail.to(query.owner).subject('Search failed');
    mail.send('Search error: ' + err.message);
  }
};`,
    socketAuthMiddleware("next(new Error('Authentication failed'));"),
    // Express middleware beside a socket server: its \`next(err)\` goes to the error handler, not to a client.
    `import express from 'express';
import { Server } from 'socket.io';
const app = express();
const io = new Server(3001);
app.use(async (req, res, next) => {
  try { req.user = await verifySession(req.headers.authorization); next(); } catch (err) { next(err); }
});`,
    // A NestJS gateway that logs and answers with a written message.
    replayGateway("client.emit('replay_failed', 'The replay could not be created');", "throw new WsException('The replay could not be created');"),
    // Another event's handler on the server, not on a socket: no acknowledgement.
    socketReplay("socket.emit('error', { message: 'The replay could not be created' });").replace("socket.on('replay'", "io.on('replay'"),
    // --- h3 (Nuxt, Nitro) ---
    { code: nuxtProductRoute("throw createError({ statusCode: 500, statusMessage: 'The product could not be loaded' });"), filename: '/app/server/api/products/[id].get.ts' },
    // The cause stays on the server; only the message, status text and data are sent.
    { code: nuxtProductRoute("throw createError({ statusCode: 500, statusMessage: 'The product could not be loaded', cause: error });"), filename: '/app/server/api/products/[id].get.ts' },
    { code: nuxtProductRoute("if (process.env.NODE_ENV !== 'production') throw createError({ statusCode: 500, statusMessage: error.message });\n    throw createError({ statusCode: 500 });"), filename: '/app/server/api/products/[id].get.ts' },
    { code: nuxtProductRoute("setResponseStatus(event, 500);\n    return { error: 'The product could not be loaded' };"), filename: '/app/server/api/products/[id].get.ts' },
    // A \`.then(…)\` of something else than a query: its \`error\` is not PostgREST's.
    { code: nuxtThenQuery('schema.validateAsync(await readBody(event))', 'error.message'), filename: '/app/server/api/areas.get.ts' },
    { code: nuxtThenQuery("client.storage.from('areas').update(path, file)", 'error.message'), filename: '/app/server/api/areas.get.ts' },
    { code: nuxtProductRoute("return sendRedirect(event, '/products?error=load_failed');"), filename: '/app/server/api/products/[id].get.ts' },
    { code: nuxtProductRoute("throw new H3Error('The product could not be loaded');", "import { H3Error } from 'h3';\n"), filename: '/app/server/api/products/[id].get.ts' },
    `export default cachedEventHandler(async () => {
  try {
    return await fetchSponsors();
  } catch (e: any) {
    console.warn(e);
    return { tiers: [], error: 'Sponsors are unavailable' };
  }
});`,
    // Nuxt's and Nitro's development flags.
    { code: nuxtProductRoute("if (import.meta.dev) throw createError({ statusCode: 500, statusMessage: error.message });\n    throw createError({ statusCode: 500 });"), filename: '/app/server/api/products/[id].get.ts' },
    { code: nuxtProductRoute("throw createError({ statusCode: 500, statusMessage: process.dev ? error.message : 'Internal Server Error' });"), filename: '/app/server/api/products/[id].get.ts' },
    // Outside a Nuxt server directory, an undeclared \`createError\` with nothing else of h3 is no evidence.
    { code: NUXT_SERVER_UTIL.replace(/[«»]/g, ''), filename: '/app/src/lib/products.ts' },
    // A \`createError\` the file declares itself is not h3's, even in Nuxt's server directory.
    {
      code: `function createError(input: { statusCode: number; statusMessage: string }) {
  return Object.assign(new Error(input.statusMessage), input);
}
${NUXT_SERVER_UTIL.replace(/[«»]/g, '')}`,
      filename: '/app/server/utils/products.ts',
    },
    { code: nitroErrorHandler("JSON.stringify({ error: 'Internal Server Error' })"), filename: '/app/server/error.ts' },
    {
      code: `export default defineNitroErrorHandler((error, event) => {
  console.error(error);
  event.node.res.writeHead(500, { 'Content-Type': 'text/plain' });
  event.node.res.end('Internal Server Error');
});`,
      filename: '/app/server/error.ts',
    },
  ],
  invalid: [
    // --- Sources ---
    leakCase(
      `${express}app.get('/users', async (req, res) => {
  try {
    res.json(await loadUsers());
  } catch (err) {
    res.status(500).json({ message: «err.message» });
  }
});`,
      { log: { error: 'err', before: 'res.status(500)' } },
    ),
    leakCase(
      `${express}app.get('/users', async (req, res) => {
  try { await work(); } catch ({ message, stack }) {
    res.status(500).send(«stack»);
  }
});`,
      { log: { error: 'stack', before: 'res.status(500)' } },
    ),
    leakCase(
      `${express}app.get('/p', (req, res) => {
  work().then((data) => res.json(data)).catch((e) => res.status(500).send(«e.message»));
});`,
    ),
    leakCase(
      `${express}app.get('/q', (req, res) => {
  work().then((data) => res.json(data), (e) => res.status(500).json({ error: «e.toString()» }));
});`,
    ),
    leakCase(
      `import fs from 'fs';
${express}app.get('/file', (req, res) => {
  fs.readFile(req.query.path, 'utf8', (err, data) => {
    if (err) return res.status(500).send(«err.message»);
    res.send(data);
  });
});`,
      { log: { error: 'err', before: 'if (err)' } },
    ),
    leakCase(
      `${express}app.use((err, req, res, next) => {
  console.error(err);
  res.status(err.status || 500).json({ error: «err.message» });
});`,
    ),
    leakCase(
      `import type { ErrorRequestHandler } from 'express';
export const errorHandler: ErrorRequestHandler = (error, _req, response, _next) => {
  response.status(500).json({ error: «error» });
};`,
      { log: { error: 'error', before: 'response.status' } },
    ),
    leakCase(
      `module.exports = function errorHandler(err, req, res, next) {
  res.status(500).send({ message: «err.message», stack: «err.stack» });
};`,
      { log: { error: 'err', before: 'res.status' } },
    ),
    // Unused parameters marked with an underscore (kutt), and controllers exported through an alias of module.exports (NodeBB).
    leakCase(
      `exports.error = (error, _req, res, _next) => {
  res.status(500).json({ error: «error.message» });
};`,
      { log: { error: 'error', before: 'res.status' } },
    ),
    leakCase(
      `const authController = module.exports;
authController.logout = async function (req, res) {
  try { await users.revokeSession(req.sessionID); res.send({ next: '/' }); } catch (err) {
    console.error(err);
    res.status(500).send(«err.message»);
  }
};`,
    ),
    // --- Propagation ---
    // Two errors in one fallback chain or \`?:\` are two reports; one error's two forms (\`err.message || err\`) are one.
    leakCase(
      `${express}app.get('/retry', async (req, res) => {
  try { await work(); } catch (first) {
    try { await retry(); } catch (second) {
      logger.error({ first, second });
      res.status(500).json({ error: «first.message» || «second.message», last: retried ? «second.message» : «first.message» });
    }
  }
});`,
    ),
    leakCase(
      `import util from 'util';
${express}app.get('/r', async (req, res) => {
  try { await work(); } catch (err) {
    logger.error(err);
    res.status(500).json({
      a: «String(err)»,
      b: \`Failed: \${«err»}\`,
      c: 'Failed: ' + «err»,
      d: «JSON.stringify(err)»,
      u: «safeStringify(err)»,
      e: «util.inspect(err)»,
      f: «util.format('%s', err)»,
      g: «Object.assign({}, err)»,
      h: { cause: «err» },
      i: [«err.message»],
      j: «err.message.trim()»,
      k: «err.stack.slice(0, 100)»,
      l: «'x'.concat(err.message)»,
      o: «encodeURIComponent(err.message)»,
      q: «err.message || err»,
      r: «err instanceof Error ? err.message : String(err)»,
      s: «req.__('Could not save: %s', err.message)»,
      t: req.__('Could not save the user'),
      p: «'<p>{{MSG}}</p>'.replace('{{MSG}}', err.message)»,
      m: «err.message» || 'fallback',
      n: ok ? «err.message» : 'fallback',
    });
  }
});`,
    ),
    // A helper's payload built from two parameters: the second is sent too (hackathon-starter's sendSSE).
    leakCase(sseChat('«error.message»')),
    // An exported Fastify error handler, known by its types (activepieces), and @fastify/view's reply.view (misskey).
    leakCase(
      `import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
export const errorHandler = async (error: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<void> => {
  request.log.error(error);
  await reply.status(error.statusCode ?? 500).send({ message: «error.message» });
};`,
    ),
    leakCase(
      `import Fastify from 'fastify';
const fastify = Fastify();
fastify.setErrorHandler(async (error, request, reply) => {
  request.log.error(error);
  reply.code(500);
  return reply.view('error', { message: «error.message», id: request.id });
});`,
    ),
    // graphql-errors' UserError is sent to the client by the formatter it comes with (spectrum).
    leakCase(
      `import { UserError } from 'graphql-errors';
export const resolvers = {
  Mutation: {
    banUser: async (_, { id }) => {
      try {
        await deleteUser(id);
        return true;
      } catch (err) {
        console.error(err);
        throw new UserError(«err.message»);
      }
    },
  },
};`,
    ),
    // better-call's APIError sends its whole body (better-auth's plugins).
    leakCase(
      `import { APIError } from 'better-call';
export async function verify(ctx) {
  try {
    return await ctx.context.internalAdapter.createUser(ctx.body);
  } catch (error) {
    console.error(error);
    if (ctx.body.strict) throw new APIError('INTERNAL_SERVER_ERROR', { message: «error.message» });
    throw APIError.fromStatus('UNAUTHORIZED', { message: 'Something went wrong', error: «String(error)» });
  }
}`,
    ),
    // node:http's createServer imported by name (better-auth's test server).
    leakCase(namedHttpServer('«e.message»')),
    // tRPC and oRPC send their errors' messages (and oRPC its data) to the caller (typebot).
    leakCase(
      `import { TRPCError } from '@trpc/server';
import { ORPCError } from '@orpc/server';
export async function exchange(code: string) {
  try {
    return await exchangeCode(code);
  } catch (err) {
    console.error(err);
    if (code === 'a') throw new TRPCError({ code: 'BAD_REQUEST', message: «(err as Error).message» });
    if (code === 'b') throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: «err» });
    if (code === 'c') throw new ORPCError('BAD_REQUEST', { message: «String(err)» });
    throw new ORPCError('BAD_GATEWAY', { message: 'The provider did not answer', data: { reason: «(err as Error).message» } });
  }
}`,
    ),
    // HTML escapers stop injection, not disclosure (evershop's error middleware).
    leakCase(
      `import { encode } from 'html-entities';
import escapeHtml from 'escape-html';
import he from 'he';
import _ from 'lodash';
import { serializeError } from 'serialize-error';
${express}app.get('/h', async (req, res) => {
  try { await work(); } catch (err) {
    logger.error(err);
    res.status(500).json({
      a: «encode(err.message)»,
      b: «escapeHtml(err.message)»,
      c: «he.encode(err.stack)»,
      d: «_.escape(err.message)»,
      i: «serializeError(err)»,
      e: «err.response?.data»,
      f: err.response?.status,
      g: err.httpStatusCode,
      h: err.response.statusCode,
    });
  }
});`,
    ),
    leakCase(
      `${express}app.get('/s', async (req, res) => {
  try { await work(); } catch (err) {
    logger.error(err);
    res.status(500).json({ ...«err» });
  }
});`,
      { replacement: "message: 'Internal Server Error'" },
    ),
    leakCase(
      `${express}app.get('/t', async (req, res) => {
  try { await work(); } catch (err) {
    logger.error(err);
    const detail = err.message;
    let text = 'Failed: ';
    text += err.stack;
    res.status(500).json({ detail: «detail», text: «text» });
  }
});`,
    ),
    leakCase(
      `${express}function describe(e) {
  return \`\${e.name}: \${e.message}\`;
}
app.get('/u', async (req, res) => {
  try { await work(); } catch (err) {
    logger.error(err);
    res.status(500).json({ message: «describe(err)» });
  }
});`,
    ),
    leakCase(
      `${express}async function handle(req, res) {
  try { await work(); } catch (err) {
    console.error(err);
    const { message } = err;
    res.status(500).json({ «message» });
  }
}
app.get('/v', handle);`,
      { replacement: "message: 'Internal Server Error'" },
    ),
    // Same-file helpers that send a parameter: reported at the call.
    leakCase(
      `${express}function sendFailure(res, err) {
  res.status(500).json({ message: err.message });
}
app.get('/w', async (req, res) => {
  try { await work(); } catch (err) { console.error(err); sendFailure(res, «err»); }
});`,
    ),
    {
      ...leakCase(
        `${express}app.get('/x', async (req, res) => {
  try { await work(); } catch (err) { console.error(err); sendError(res, «err.message»); }
});`,
      ),
      settings: { 'safe-errors': { responseHelpers: [{ name: 'sendError', response: 0, body: 1 }] } },
    },
    // A configured helper called on its module (node-red's \`apiUtils.rejectHandler\`).
    {
      ...leakCase(
        `const apiUtils = require('./util');
${express}app.get('/flows', async (req, res) => {
  try { res.json(await load()); } catch (err) { console.error(err); apiUtils.rejectHandler(req, res, «err»); }
});`,
      ),
      settings: { 'safe-errors': { responseHelpers: [{ name: 'rejectHandler', response: 1, body: 2 }] } },
    },
    // A configured helper that builds and returns the response has no response argument (formbricks).
    {
      ...leakCase(
        `import { responses } from '@/app/lib/api/response';
export async function POST(request: Request) {
  try {
    return responses.successResponse(await createSurvey(await request.json()));
  } catch (error) {
    console.error(error);
    return responses.badRequestResponse(«error.message»);
  }
}`,
      ),
      settings: { 'safe-errors': { responseHelpers: [{ name: 'responses.badRequestResponse', body: 0 }] } },
    },
    // Other upstream headers can tell the upstream's software and version.
    leakCase(upstreamHeader('x-powered-by')),
    // Exported, a \`(req, res, …)\` function answers for a route of another file.
    leakCase(noteAction('export ')),
    ...hapiLayouts('«err.message»').map((code) => leakCase(code)),
    leakCase(expressRouteTable('«err.message»')),
    // The helper handed the middleware's \`ctx\` answers through it.
    leakCase(koaLimiter('X-Limiter-Error', '«rateLimiterRes.message»'), { log: { before: "ctx.set('X-Limiter-Error'", error: 'rateLimiterRes' } }),
    // Fastify hooks given in a route's options answer with \`reply\` like \`addHook\`'s.
    leakCase(fastifyRouteHooks('«err.message»')),
    // Exported \`(ctx)\` functions and \`(ctx)\` methods of an exported class are Koa controllers.
    leakCase(koaControllers('«err.message»', 'module.exports.UserController = UserController;')),
    leakCase(koaControllers('«err.message»', 'export { UserController };')),
    // Any other code is the library's: a driver's or the file system's.
    leakCase(codeAnswer("e.code !== 'SERVICE_UNAVAILABLE'")),
    leakCase(aliasedCode("code !== 'NOT_ALLOWED'")),
    leakCase(failureRecord('message: «failure.message», url: failure.url')),
    leakCase(typedField('string')),
    // A list built at run time may hold anything.
    leakCase(knownMessage('', 'allowedMessages()')),
    leakCase(knownMessage('const KNOWN = loadKnownMessages();', 'KNOWN')),
    // An imported function named for an error's text returns it (medplum's normalizeErrorString).
    leakCase(describedError("import { normalizeErrorString } from '@medplum/core';", '«normalizeErrorString(err)»')),
    leakCase(describedError("import * as errors from './errors';", '«errors.getErrorMessage(err)»')),
    // A filter for every exception, or for one class that is no client error.
    leakCase(catchFilter(''), { log: { error: 'exception', before: 'const response' } }),
    leakCase(catchFilter('HttpException, TypeError'), { log: { error: 'exception', before: 'const response' } }),
    // What a same-file service returns from its own catch reaches the route's answer (LibreChat's logoutUser).
    leakCase(serviceResult('{ status: 500, message: err.message }', '«result»'), { log: { error: 'err', before: 'return { status: 500' } }),
    leakCase(serviceResult('{ status: 500, message: err.message }', '{ message: «result.message» }'), { log: { error: 'err', before: 'return { status: 500' } }),
    leakCase(serviceResult('err.message', '«result»'), { log: { error: 'err', before: 'return err.message' } }),
    // The same app outside a test.
    { ...leakCase(FIXTURE_APP, { log: { error: 'err', before: 'res.status' } }), filename: '/project/api/server/routes/oauth.ts' },
    // Koa's flash (koa-connect-flash) shows the message on the next page, like Express's \`req.flash\` (lad).
    leakCase(ladCatchError('«err.message»')),
    leakCase(aliasedFastifyHook('FastifyZodProvider', '«(err as Error).message»')),
    leakCase(expressControllerClass('«err.message»', 'module.exports = ')),
    leakCase(expressControllerClass('«err.message»', 'module.exports = { MemberController };')),
    // The fallback of an immediately invoked function is the library's text.
    leakCase(pickedMessage('error.message')),
    // An answer given error details as a field (immich's \`validation.message = String(error)\`).
    leakCase(fieldWritten('body.detail = err.message;', 'console.error(err);\n    return res.status(500).json(«body»);', 'res.json(body);')),
    leakCase(fieldWritten('body.detail = err.message;', 'console.error(err);', 'res.json(«body»);')),
    leakCase(fieldWritten('body.detail = err.message;', 'console.error(err);', 'res.json({ detail: «body.detail» });')),
    leakCase(fieldWritten('body.detail = err.message;', 'console.error(err);', 'const { detail } = body;\n  res.json({ «detail» });'), { replacement: "detail: 'Internal Server Error'" }),
    // A field written later may hold the error's text.
    leakCase(failureRecord('url: «failure.url»', '\n    failure.url = String(error);')),
    leakCase(failureRecord('url: «failure.url»').replace('method: req.method }', 'method: req.method, ...(error as any).request }')),
    // The default case, and a case it falls into, can hold any code.
    leakCase(
      codeSwitch(`case 'NOT_ALLOWED':
      return res.status(405).json({ type: err.code, title: 'Not allowed' });
    default:
      res.status(500).json({ type: «err.code», title: 'Unknown error' });`),
    ),
    leakCase(
      codeSwitch(`default:
      console.warn('unknown code');
    case 'CONFLICT':
      res.status(409).json({ type: «err.code», title: 'Conflict' });`),
    ),
    // A case of another expression pins that one, not the code.
    leakCase(codeSwitch(`case 'NOT_ALLOWED':
      return res.status(405).json({ type: «err.type», title: 'Not allowed' });`).replace('switch (err.code)', 'switch (err.status)')),
    // \`router[method](path, handler)\` on a known router registers a route like \`router.get\`.
    leakCase(computedMethodRoutes("'Server error: ' + «err.message»")),
    // A method reached through \`const self = this\` is a same-file helper like a function.
    leakCase(classErrorHandler('err.message')),
    // Other Stripe errors say which customer or key was wrong: "No such customer: cus_…".
    leakCase(stripeCharge("err.type === 'StripeInvalidRequestError'")),
    leakCase(stripeCharge("err.code === 'StripeCardError'")),
    // A name says less than \`instanceof\`: mongoose's errors are named \`ValidationError\` too.
    leakCase(stripeCharge("err.name === 'ZodError'")),
    // A NestJS \`@Res()\` response handed to \`this.handleCallback(…)\`: the method's parameter is that response.
    leakCase(nestResponseHelper('')),
    // Next.js's exported \`getServerSideProps(ctx)\`: \`ctx.res\` is the Node response, like a Koa context's.
    leakCase(`export async function getServerSideProps(ctx) {
  try { return { props: { post: await loadPost(ctx.params.id) } }; } catch (err) {
    console.error(err);
    ctx.res.statusCode = 500;
    ctx.res.end(«err.message»);
    return { props: {} };
  }
}`),
    // --- Express sinks ---
    leakCase(
      `${express}app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    logger.error(err);
    res.render('error', { message: «err.message» });
    res.locals.error = «err»;
    res.set('X-Error', «err.message»);
    res.setHeader('X-Error', «err.message»);
    res.set('Retry-After', «err.retryAt»);
    res.set('X-Error-Detail', «err.errorDetail»);
    res.append('Warning', «err.message»);
    res.redirect('/login?error=' + «err.message»);
    req.flash('error', «err.message»);
    res.jsonp({ error: «err.message» });
    res.write(«err.stack»);
    res.end(«err.stack»);
  }
});`,
    ),
    // --- node:http ---
    leakCase(
      `import http from 'node:http';
http.createServer(async (req, res) => {
  try { await route(req, res); } catch (e) {
    res.writeHead(500, { 'X-Error': «e.message» });
    res.end(«e.stack»);
  }
}).listen(3000);`,
      { log: { error: 'e', before: 'res.writeHead' } },
    ),
    // Other built-in errors are not vetted: a TypeError's message names the server's code.
    leakCase(
      `${express}app.use((err, req, res, next) => {
  if (err instanceof TypeError) return res.status(400).render('400', { error: «err.message» });
  logger.error(err);
  res.status(500).render('500', { error: 'Internal Server Error' });
});`,
    ),
    // A handler mounted with a path on an app handed in by a hook (etherpad), and one returned by a wrapper (actual).
    leakCase(
      `import type { Express } from 'express';
export const expressPreSession = async (hookName: string, { app }: { app: Express }) => {
  app.use('/api/1', async (req, res) => {
    try { res.send(await handle(req)); } catch (err: any) {
      console.error(err);
      res.status(500).send({ code: 2, message: «err.message», data: null });
    }
  });
};`,
    ),
    leakCase(wrappedHandlerApp('«err.message»')),
    // The response a status call returns, kept in a const (saltcorn's error middleware).
    leakCase(
      `${express}app.use((err, req, res, next) => {
  console.error(err);
  const _res = res.status(err.httpCode || 500);
  _res.send(\`<h2>\${«err.message»}</h2>\`);
});`,
    ),
    // Chained: writeHead() and setHeader() return the response (etherpad).
    leakCase(
      `import http from 'node:http';
http.createServer(async (req, res) => {
  try { await route(req, res); } catch (e) {
    console.error(e);
    if (req.url === '/a') res.writeHead(500).end(«e.message»);
    else res.setHeader('Content-Type', 'text/plain').end(«e.message»);
  }
}).listen(3000);`,
    ),
    // Koa's error event hands over the context too.
    leakCase(
      `import Koa from 'koa';
const app = new Koa();
app.on('error', (err, ctx) => {
  console.error(err);
  if (!ctx.headerSent) ctx.body = { detail: «err.message» };
});`,
    ),
    // await passes details through.
    leakCase(
      `${express}app.get('/aw', async (req, res) => {
  try { await work(); } catch (err) {
    logger.error(err);
    const detail = await err.message;
    res.status(500).json({ detail: «detail» });
  }
});`,
    ),
    // --- Koa ---
    leakCase(
      `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try { await next(); } catch (err) {
    ctx.status = 500;
    ctx.body = { error: «err.message» };
    ctx.message = «err.message»;
    ctx.response.body = «err.stack»;
  }
});`,
      { log: { error: 'err', before: 'ctx.status' } },
    ),
    leakCase(
      `import Router from '@koa/router';
const router = new Router();
router.post('/orders', async (ctx) => {
  try { await createOrder(ctx.request.body); } catch (err) {
    ctx.throw(400, «err.message»);
  }
});
router.put('/orders', async (ctx) => {
  try { await updateOrder(ctx.request.body); } catch (err) {
    ctx.assert(false, 422, «err.message»);
  }
});
// Errors without a status fall back to 400, whose message Koa sends (budibase).
router.patch('/orders', async (ctx) => {
  try { await patchOrder(ctx.request.body); } catch (err) {
    ctx.throw(err.status || 400, «err.message»);
  }
});`,
      { log: { error: 'err', before: 'ctx.' } },
    ),
    // A Koa error middleware in its own file: \`(ctx, next)\` is the evidence.
    leakCase(
      `module.exports = async function errors(ctx, next) {
  try { await next(); } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { message: «err.message» };
  }
};`,
      { log: { error: 'err', before: 'ctx.status' } },
    ),
    // --- Fastify ---
    // Request hooks and decorators answer too, also inside a fastify-plugin (hemmelig).
    leakCase(
      `import fp from 'fastify-plugin';
export default fp(async (fastify) => {
  fastify.addHook('preHandler', async (request, reply) => {
    try { await request.jwtVerify(); } catch (err) {
      request.log.error(err);
      return reply.code(401).send({ error: «err.message» });
    }
  });
  fastify.decorate('authenticate', async (request, reply) => {
    try { await request.jwtVerify(); } catch (err) {
      request.log.error(err);
      return reply.code(401).send({ error: «err.message» });
    }
  });
});`,
    ),
    leakCase(
      `import Fastify from 'fastify';
const fastify = Fastify();
fastify.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  reply.status(500).send(«error»);
});
fastify.get('/items', async (request, reply) => {
  try { return await listItems(); } catch (err) {
    request.log.error(err);
    reply.code(500).send({ error: «err.message» });
  }
});
fastify.get('/other', async (request, reply) => {
  try { return await other(); } catch (err) {
    request.log.error(err);
    return { error: «err.message» };
  }
});`,
    ),
    leakCase(
      `import type { FastifyInstance } from 'fastify';
export default async function routes(app: FastifyInstance) {
  app.get('/health', async (request, reply) => {
    try { return await check(); } catch (err) {
      app.log.error(err);
      return reply.status(503).send({ detail: «err.message» });
    }
  });
}`,
    ),
    // --- Hapi ---
    leakCase(
      `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/users',
  handler: async (request, h) => {
    try { return await users(); } catch (err) {
      request.log(['error'], err);
      if (bad) throw Boom.badRequest(«err.message»);
      if (other) return h.response({ error: «err.message» }).code(500);
      return { error: «err.message» };
    }
  },
});`,
    ),
    // A ValidationError of the app or of the ORM is not a validation library's: its message may carry SQL details.
    leakCase(
      `import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
import { ValidationError } from 'sequelize';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'POST',
  path: '/users',
  handler: async (request, h) => {
    try { return await createUser(request.payload); } catch (err) {
      request.log(['error'], err);
      if (err instanceof ValidationError) throw Boom.badData(«err.message»);
      throw Boom.internal();
    }
  },
});`,
    ),
    // --- Hono ---
    leakCase(honoItems('return c.json({ error: «err.message» }, 500);')),
    leakCase(honoItems('return c.text(«err.stack», 500);')),
    leakCase(honoItems("c.header('X-Error', «err.message»);\n    return c.body(null, 500);")),
    leakCase(honoItems('throw new HTTPException(500, { message: «err.message», cause: err });', "import { HTTPException } from 'hono/http-exception';\n")),
    leakCase(honoOnError('', 'return c.json({ error: «err.message» }, 500);')),
    leakCase(honoOnError('if (err instanceof HTTPException) return err.getResponse();', 'return c.json({ error: «err.message» }, 500);')),
    // A vetted class speaks for its message, not for what it wraps or where it was thrown (capgo's \`cause\`).
    leakCase(
      honoOnError(
        'if (err instanceof HTTPException) {\n    const cause = err.cause as { detail?: string };\n    return c.json({ error: err.message, detail: «cause.detail», stack: «err.stack» }, err.status);\n  }',
        "return c.json({ error: 'Internal Server Error' }, 500);",
      ),
    ),
    // An error handler registered in another file (openstatus), middleware, OpenAPI routes and \`app.on\`.
    leakCase(
      `import type { Context } from 'hono';
export function handleError(err: Error, c: Context): Response {
  console.error(err);
  return c.json({ code: 'INTERNAL_SERVER_ERROR', message: «err.message» }, { status: 500 });
}`,
    ),
    leakCase(
      `import { createMiddleware } from 'hono/factory';
export const session = createMiddleware(async (c, next) => {
  try { c.set('user', await loadUser(c.req.header('cookie'))); } catch (err) {
    console.error(err);
    return c.json({ error: «err.message» }, 401);
  }
  await next();
});`,
    ),
    leakCase(
      `import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
const app = new OpenAPIHono();
const route = createRoute({ method: 'post', path: '/reports', responses: {} });
app.openapi(route, async (c) => {
  try { return c.json(await createReport(c.req.valid('json')), 201); } catch (err) {
    console.error(err);
    return c.json({ error: «err.message» }, 500);
  }
});
app.on('POST', '/exports', async (c) => {
  try { return c.json(await createExport()); } catch (err) {
    console.error(err);
    return c.json({ error: «err.message» }, 500);
  }
});`,
    ),
    leakCase(honoChain('new Hono()')),
    leakCase(honoFactoryHandlers('hono/factory')),
    leakCase(exportedHonoHandlers("import { verify } from 'hono/jwt';")),
    // hono/streaming: the writer of \`stream\`, \`streamText\` and \`streamSSE\`, and their error callback.
    leakCase(honoStream('«String(err)»', '«String(failure)»')),
    // The app a chain returns, kept in a variable (documenso).
    leakCase(
      `import { Hono } from 'hono';
export const api = new Hono().basePath('/api').route('/auth', auth);
api.onError((err, c) => {
  console.error(err);
  return c.text(\`Failed: \${«err.stack»}\`, 500);
});`,
    ),
    leakCase(honoScopedMiddleware('MiddlewareHandler', 'Context<{ Variables: { scopes: string[] } }>')),
    // A router imported from another file: a route with a path, and Hono's \`c\`.
    leakCase(
      `import { app } from './app';
app.post('/items', async (c) => {
  try { return c.json(await saveItem(await c.req.json()), 201); } catch (err) {
    console.error(err);
    return c.json({ error: «err.message» }, 500);
  }
});`,
    ),
    // Hono JSX pages: the props and children of what \`c.html()\` and \`c.render()\` answer with (ns-user).
    leakCase(
      `import { Hono } from 'hono';
const app = new Hono();
app.post('/settings', async (c) => {
  try { await save(await c.req.parseBody()); return c.redirect('/settings'); } catch (e) {
    console.error(e);
    return c.html(<SettingsPage error={«(e as Error).message»} />, 500);
  }
});
app.get('/report', async (c) => {
  try { return c.render(<Report data={await load()} />); } catch (e) {
    console.error(e);
    return c.render(<p>Failed: {«String(e)»}</p>);
  }
});`,
      { filename: 'routes/settings.tsx' },
    ),
    // --- supabase-js: a query's result error carries Postgres's own text ---
    leakCase(supabaseOrder("const { data, error } = await supabase.from('orders').insert(order).select().single();", 'console.error(error);\n    return NextResponse.json({ error: «error.message», hint: «error.hint» }, { status: 500 });')),
    leakCase(supabaseOrder("const { data, error: rpcError } = await supabase.rpc('place_order', order);\n  const error = rpcError;", 'console.error(error);\n    return NextResponse.json({ error: «error.message» }, { status: 500 });')),
    leakCase(supabaseOrder("const { data, error: { message } = {} } = await supabase.from('orders').upsert(order);\n  const error = message;", 'console.error(error);\n    return NextResponse.json({ error: «error» }, { status: 500 });')),
    // A query built in a variable, a result kept whole, a \`let\` only queries write, a table named by a constant.
    leakCase(supabaseOrder("let query = supabase.from('orders').insert(order).select();\n  if (order.single) query = query.single();\n  const { data, error } = await query;", 'console.error(error);\n    return NextResponse.json({ error: «error.message» }, { status: 500 });')),
    leakCase(supabaseOrder("const saved = await supabase.from(TABLES.orders).insert(order).select();\n  const { data } = saved;\n  const error = saved.error;", 'console.error(error);\n    return NextResponse.json({ error: «saved.error.message» }, { status: 500 });')),
    leakCase(supabaseOrder("let { data, error } = await supabase.from('orders').upsert(order).select();\n  if (!data) ({ data, error } = await supabase.from('orders_archive').upsert(order).select());", 'console.error(error);\n    return NextResponse.json({ error: «error.message» }, { status: 500 });')),
    // next/navigation's \`redirect()\` puts the text in the URL the browser is sent to.
    leakCase(redirectingAction("'use server';", '`/posts?error=${«encodeURIComponent((error as Error).message)»}`')),
    // --- Next.js ---
    leakCase(
      `import { NextResponse } from 'next/server';
export async function GET(request: Request) {
  try {
    return NextResponse.json(await load());
  } catch (error) {
    console.error(error);
    if (a) return NextResponse.json({ error: «(error as Error).message» }, { status: 500 });
    if (b) return Response.json({ error: «String(error)» }, { status: 500 });
    if (c) return new NextResponse(«(error as Error).stack», { status: 500 });
    return new Response(\`Failed: \${«error»}\`, { status: 500 });
  }
}`,
    ),
    {
      ...leakCase(
        `export default async function handler(req, res) {
  try { res.status(200).json(await load()); } catch (err) {
    res.status(500).json({ error: «err.message» });
  }
}`,
        { log: { error: 'err', before: 'res.status(500)' } },
      ),
      filename: '/project/pages/api/users.js',
    },
    // @fastify/sensible sends its helpers' messages: \`reply.badRequest(msg)\`, \`fastify.httpErrors.notFound(msg)\` (zipline).
    leakCase(sensibleFeeds('«(err as Error).message»', '«String(err)»')),
    leakCase(chunkUpload("typeof e === 'object'")),
    leakCase(chunkUpload("e.message !== 'Chunk too large'")),
    leakCase(wrappedController('export default Controller;')),
    leakCase(wrappedController('module.exports = Controller;')),
    // A 4xx http-errors error is exposed: Koa and most error handlers send its message (outline).
    leakCase(httpErrorsRoute(400, '«(error as Error).message»')),
    // Also with a named status, from a module's own table (verdaccio's HTTP_STATUS).
    leakCase(httpErrorsRoute('HTTP_STATUS.UNAUTHORIZED', '«(error as Error).message»')),
    // Next.js serialises what a server action returns to the browser: a \`'use server'\` file's exports, or a function that starts with it.
    leakCase(renameTeam("'use server';", '«(e as Error).message»')),
    leakCase(
      `export default function Settings() {
  async function rename(formData: FormData) {
    'use server';
    try { await saveName(formData); } catch (e) {
      return { error: «String(e)» };
    }
  }
  return <form action={rename} />;
}`,
      { log: { error: 'e', before: 'return { error' }, filename: '/project/app/settings/page.tsx' },
    ),
    // A list that collects errors' text carries it.
    leakCase(batchIndexing('`${doc.name}: ${(error as Error).message}`'), { replacement: "errors: 'Internal Server Error'" }),
    // --- NestJS ---
    // An exception from a request path reaches the client; from a start-up hook it aborts start-up (below).
    leakCase(nestStorageService('ensureBucket', '«error»'), { log: { error: 'error', before: 'throw new' } }),
    leakCase(
      `import { BadRequestException, Injectable, InternalServerErrorException } from '@nestjs/common';
@Injectable()
export class UsersService {
  async create(dto: CreateUserDto) {
    try { return await this.repo.save(dto); } catch (error) {
      this.logger.error(error);
      if (error.code === '23505') throw new BadRequestException(«error.detail»);
      throw new InternalServerErrorException(«error.message»);
    }
  }
}`,
    ),
    // Caught, but rethrown as it is, or thrown in a callback nobody awaits: it still reaches the client.
    leakCase(
      `import { ConflictException, Injectable } from '@nestjs/common';
@Injectable()
export class CollectionService {
  async importCollections(data) {
    try {
      await this.prisma.$transaction(async (tx) => {
        try { await tx.collection.create({ data }); } catch (error) {
          throw new ConflictException(«error.message»);
        }
      });
    } catch (error) {
      console.error('import failed', error);
      throw error;
    }
  }
  async rename(id, title) {
    try {
      this.queue.push(async () => {
        try { await this.prisma.collection.update({ where: { id }, data: { title } }); } catch (error) {
          throw new ConflictException(«error.message»);
        }
      });
    } catch (e) {
      return E.left(COLLECTION_NOT_FOUND);
    }
  }
}`,
      { log: { error: 'error', before: 'throw new ConflictException' } },
    ),
    leakCase(
      `import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    response.status(500).json({ message: «(exception as Error).message» });
  }
}`,
      { log: { error: 'exception', before: 'const ctx' } },
    ),
    leakCase(
      `import { Controller, Get, Res } from '@nestjs/common';
@Controller('files')
export class FilesController {
  @Get()
  async list(@Res() res) {
    try { res.json(await this.files.list()); } catch (err) {
      this.logger.error(err);
      res.status(500).send(«err.message»);
    }
  }
}`,
    ),
    // NestJS sends what a controller or resolver method returns (vendure's resolvers).
    leakCase(
      `import { Body, Controller, Post } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
@Controller('imports')
export class ImportController {
  @Post()
  async create(@Body() body: ImportDto) {
    try { return await this.imports.run(body); } catch (e) {
      this.logger.error(e);
      return { ok: false, error: «e.message» };
    }
  }
}
@Resolver()
export class SettingsResolver {
  @Mutation()
  async setSettingsStoreValue(@Args() args: SetValueArgs) {
    try { return await this.store.set(args); } catch (error) {
      this.logger.error(error);
      return { result: false, error: «error.message» };
    }
  }
}`,
    ),
    // --- GraphQL ---
    // A same-file subclass that keeps GraphQLError's constructor sends its message too (vendure).
    leakCase(
      `import { GraphQLError } from 'graphql';
import { BadRequestException } from '@nestjs/common';
class I18nError extends GraphQLError {}
class InternalServerError extends I18nError {}
class InvalidInput extends BadRequestException {}
export async function save(input) {
  try { return await repository.save(input); } catch (err) {
    logger.error(err);
    if (err.code === '23505') throw new InvalidInput(«err.detail»);
    throw new InternalServerError(«err.message»);
  }
}`,
    ),
    leakCase(
      `import { GraphQLError } from 'graphql';
export const resolvers = {
  Query: {
    async user(_, { id }) {
      try { return await users.find(id); } catch (err) {
        logger.error(err);
        throw new GraphQLError(«err.message»);
      }
    },
  },
};`,
    ),
    leakCase(
      `${express}app.get('/m', async (req, res) => {
  try { await work(); } catch (err) {
    logger.error(err);
    let msg = 'Failed';
    msg = err.message;
    res.status(500).json({ errors: [{ detail: «msg» }, «err»], hint: «err.message.replace(/\\/home\\/\\w+/g, '~')» });
  }
});`,
    ),
    leakCase(
      `import type { Request, Response } from 'express';
export class OrdersController {
  async create(req: Request, res: Response) {
    try { res.status(201).json(await this.orders.create(req.body)); } catch (error) {
      this.logger.error(error);
      this.handleError(res, «error»);
    }
  }
  private handleError(res: Response, error: unknown) {
    res.status(500).json({ message: (error as Error).message });
  }
}`,
    ),
    leakCase(
      `import Fastify from 'fastify';
const app = Fastify();
app.get('/raw', (request, reply) => {
  stream().catch((err) => {
    request.log.error(err);
    reply.raw.end(«err.message»);
  });
});`,
    ),
    leakCase(
      `import { ApolloError } from 'apollo-server-express';
export async function load(id) {
  try { return await db.find(id); } catch (e) {
    log.error(e);
    throw new ApolloError(«e.message», 'LOAD_FAILED');
  }
}`,
    ),
    // Fastify sends what an error handler returns.
    leakCase(
      `import Fastify from 'fastify';
const fastify = Fastify();
fastify.setErrorHandler(async (err, request, reply) => {
  request.log.error(err);
  return { message: «err.message» };
});`,
    ),
    // Route handlers that answer with their return value, in files that do not import Fastify or
    // Hapi (plugins that get the instance as a parameter): the evidence is the call or the names.
    leakCase(
      `export default async function plugin(app) {
  app.setErrorHandler(async (err, request) => {
    return { message: «err.message» };
  });
}`,
      { log: { error: 'err', before: 'return { message' } },
    ),
    leakCase(
      `export default async function routes(app) {
  app.get('/items', async (request, reply) => {
    try {
      return await loadItems();
    } catch (err) {
      return { error: «err.message» };
    }
  });
}`,
      { log: { error: 'err', before: 'return { error' } },
    ),
    leakCase(
      `export function register(server) {
  server.route({
    method: 'GET',
    path: '/items',
    handler: async (request, h) => {
      try {
        return await loadItems();
      } catch (err) {
        return { error: «err.message» };
      }
    },
  });
}`,
      { log: { error: 'err', before: 'return { error' } },
    ),
    // The same handler without the production overwrite leaks.
    leakCase(
      `const errorHandler = (err, req, res, next) => {
  let { statusCode, message } = err;
  if (!err.isOperational) {
    statusCode = 500;
  }
  logger.error(err);
  res.status(statusCode).send({ code: statusCode, «message» });
};
module.exports = { errorHandler };`,
      { replacement: "message: 'Internal Server Error'" },
    ),
    // A broken configuration becomes one message per problem, on line 1.
    {
      code: `const answer = 42;`,
      settings: { 'safe-errors': { sanitisers: ['x'] } },
      errors: [
        {
          messageId: 'invalidSettings',
          line: 1,
          column: 1,
          data: {
            problem:
              "settings['safe-errors'].sanitisers is not a known setting. Known settings: catalog, devGuards, sanitizers, safeErrorClasses, responseHelpers.",
          },
        },
      ],
    },
    {
      code: `const answer = 42;`,
      settings: { 'safe-errors': { catalog: 'tests/fixtures/no-such.catalog.json' } },
      errors: [
        {
          messageId: 'invalidCatalog',
          line: 1,
          column: 1,
          data: {
            problem: `${path.resolve('tests/fixtures/no-such.catalog.json')}: the error catalog cannot be read (file not found). Check settings['safe-errors'].catalog, which is relative to the working directory.`,
          },
        },
      ],
    },
    // A predicate for a class that is not vetted, and an \`AuthorizationError\` of the app's own.
    leakCase(
      narrowedRoute(`import type { PrismaClientKnownRequestError } from '@prisma/client/runtime/library';
export function isPrismaError(error: any): error is PrismaClientKnownRequestError {
  return error?.name === 'PrismaClientKnownRequestError';
}`, 'isPrismaError(error)'),
    ),
    leakCase(narrowedRoute("import { AuthorizationError } from './errors';", 'error instanceof AuthorizationError')),
    leakCase(narrowedRoute("import { ForbiddenError } from './errors';", 'error instanceof ForbiddenError')),
    // A name that many libraries and apps give their errors says less than \`instanceof\`.
    leakCase(narrowedRoute('', "error.name === 'ValidationError'")),
    // The class is not known to be safe; or the predicate is not imported, so its body would tell what it checks.
    leakCase(narrowedRoute("import { isDirectusError } from '@directus/errors';", 'isDirectusError(error)')),
    {
      ...leakCase(narrowedRoute("import { isHttpError } from './errors';", 'isHttpError(error)')),
      settings: { 'safe-errors': { safeErrorClasses: ['DirectusError'] } },
    },
    {
      ...leakCase(narrowedRoute('declare function isDirectusError(e: unknown): boolean;', 'isDirectusError(error)')),
      settings: { 'safe-errors': { safeErrorClasses: ['DirectusError'] } },
    },
    // next-safe-action sends what \`handleServerError\` returns to the browser (dub).
    leakCase(safeActionClient('next-safe-action', '«e.message»')),
    // --- A catalog exception built from raw error text ---
    {
      ...leakCase(
        `export async function parse(body) {
  try { return JSON.parse(body); } catch (e) {
    logger.warn(e);
    throw new ValidationError(«e.message»);
  }
}`,
        { messageId: 'launderedIntoCatalogError' },
      ),
      settings: CATALOG_SETTINGS,
    },
    // Its text under a cause's key is still text; a catalog class reached through its module counts too (Ghost's \`errors.X\`).
    ...['ValidationError({ error: «error.message» })', 'errors.ValidationError({ message: \'Could not parse\', context: «error.message», err: error })'].map((call) => ({
      ...leakCase(
        `export async function parse(body) {
  try { return JSON.parse(body); } catch (error) {
    logger.warn(error);
    throw new ${call};
  }
}`,
        { messageId: 'launderedIntoCatalogError' },
      ),
      settings: CATALOG_SETTINGS,
    })),
    // The catalog's \`baseClass\` too: handlers answer with its message (amplication).
    {
      ...leakCase(
        `export async function track(body) {
  try { return await send(body); } catch (error) {
    logger.warn(error);
    throw new AppError(«error.message»);
  }
}`,
        { messageId: 'launderedIntoCatalogError' },
      ),
      settings: CATALOG_SETTINGS,
    },
    // --- socket.io ---
    leakCase(socketReplay("socket.emit('error', { message: «error.message» });")),
    leakCase(socketReplay('callback({ ok: false, error: «error.message» });')),
    // To a room, to everyone else, to the whole namespace: still clients.
    leakCase(socketReplay("socket.to(data.room).emit('replay_failed', «String(error)»);\n      io.of('/admin').emit('replay_failed', { reason: «error.message» });")),
    leakCase(socketReplay("socket.broadcast.emit('replay_failed', «error.stack»);", "const io = require('socket.io')(httpServer);")),
    leakCase(socketSearchHandler("socket.broadcast.emit('searching', query);").replace("+ err.message", "+ «err.message»"), { log: { error: 'err', before: "socket.emit('err'" } }),
    leakCase(socketSearchHandler("socket.to(query.room).emit('searching', query);").replace("+ err.message", "+ «err.message»"), { log: { error: 'err', before: "socket.emit('err'" } }),
    // Also under another name than \`socket\`.
    leakCase(socketSearchHandler("client.broadcast.emit('searching', query);").replace(/socket/g, 'client').replace("+ err.message", "+ «err.message»"), { log: { error: 'err', before: "client.emit('err'" } }),
    leakCase(socketSearchHandler("peer.to(query.room).emit('searching', query);").replace(/socket/g, 'peer').replace("+ err.message", "+ «err.message»"), { log: { error: 'err', before: "peer.emit('err'" } }),
    leakCase(socketSearchHandler("if (!socket.handshake.auth.token) return;").replace("+ err.message", "+ «err.message»"), { log: { error: 'err', before: "socket.emit('err'" } }),
    // socket.io middleware: the client gets the refusal's message as \`connect_error\`.
    leakCase(socketAuthMiddleware('next(«err»);')),
    leakCase(socketAuthMiddleware('next(new Error(«err.message»));')),
    // The sockets of a namespace.
    leakCase(socketReplay('callback({ ok: false, error: «error.message» });').replace("io.on('connection'", "io.of('/replays').on('connection'")),
    // A NestJS gateway: a socket typed Socket, and WsException's message.
    leakCase(replayGateway("if (data.sessionId) client.emit('replay_failed', «error.message»);", 'throw new WsException(«error.message»);')),
    // --- h3 (Nuxt, Nitro) ---
    // Nitro answers an error made with createError() with its status text and message, whatever the status.
    leakCase(nuxtProductRoute('throw createError({ statusCode: 500, statusMessage: «error.message» });'), { filename: '/app/server/api/products/[id].get.ts' }),
    leakCase(nuxtProductRoute('throw createError({ statusCode: 500, message: «error.message», data: { detail: «error.meta» } });'), { filename: '/app/server/api/products/[id].get.ts' }),
    leakCase(
      nuxtProductRoute('return { error: «error.message» };', "import { createError, defineEventHandler, getRouterParam } from 'h3';\n"),
      { filename: '/app/src/routes/product.ts' },
    ),
    leakCase(NUXT_SERVER_UTIL, { filename: '/app/server/utils/products.ts', log: { error: 'error', before: 'throw createError' } }),
    // A supabase-js query's result taken in \`.then(…)\` rather than awaited.
    leakCase(nuxtThenQuery("client.from('areas').select('id, name')", '«error.message»'), { filename: '/app/server/api/areas.get.ts', log: { error: 'error', before: 'if (error) throw' } }),
    leakCase(nuxtThenQuery("client.rpc('list_areas')", '«error.details»'), { filename: '/app/server/api/areas.get.ts', log: { error: 'error', before: 'if (error) throw' } }),
    // Nitro's cached handlers answer with what they return too (nuxt.com's sponsors route).
    leakCase(
      `export default cachedEventHandler(async () => {
  try {
    return await fetchSponsors();
  } catch (e: any) {
    console.warn(e);
    return { tiers: [], error: «e.message» };
  }
});`,
      { filename: '/app/server/api/sponsors/index.get.ts' },
    ),
    // A redirect and a header carry what they are given; so does h3's error class.
    leakCase(nuxtProductRoute('return sendRedirect(event, `/products?error=${«error.message»}`);'), { filename: '/app/server/api/products/[id].get.ts' }),
    leakCase(nuxtProductRoute("setResponseHeader(event, 'X-Error', «error.message»);\n    throw createError({ statusCode: 500 });"), { filename: '/app/server/api/products/[id].get.ts' }),
    leakCase(nuxtProductRoute('throw new H3Error(«error.message»);', "import { H3Error } from 'h3';\n"), { filename: '/app/server/api/products/[id].get.ts' }),
    // h3 2's HTTPError, and the object form of an event handler.
    leakCase(
      `import { HTTPError, defineEventHandler } from 'h3';
export const products = defineEventHandler(async (event) => {
  try {
    return await listProducts(event);
  } catch (error) {
    console.error(error);
    throw new HTTPError({ status: 500, message: «String(error)» });
  }
});`,
    ),
    leakCase(
      `import { defineEventHandler } from 'h3';
export const products = defineEventHandler({
  onRequest: [requireUser],
  handler: async (event) => {
    try {
      return await listProducts(event);
    } catch (error) {
      console.error(error);
      return { error: «String(error)» };
    }
  },
});`,
    ),
    // JSON.stringify carries what it serialises: the whole text is reported.
    leakCase(nitroErrorHandler('«JSON.stringify({ status: 500, message: error.message })»'), { filename: '/app/server/error.ts' }),
    leakCase(nitroErrorHandler('«error.message»'), { filename: '/app/server/error.ts' }),
    // Through h3's Node response.
    leakCase(
      `export default defineNitroErrorHandler((error, event) => {
  console.error(error);
  event.node.res.writeHead(error.statusCode || 500, { 'Content-Type': 'application/json' });
  event.node.res.end(«JSON.stringify({ code: error.statusCode, message: error.message })»);
});`,
      { filename: '/app/server/error.ts' },
    ),
  ],
});

// Plain JavaScript, parsed by ESLint's default parser.
createJavaScriptRuleTester().run('no-leaked-error-details (espree)', rule, {
  valid: [
    // A script's own top-level \`createError\` is a declared global, not h3's.
    {
      code: NUXT_SERVER_UTIL.replace(/[«»]/g, '').replace('export async function', 'async function').replace(/: any|: string/g, '').concat('\nfunction createError(input) { return Object.assign(new Error(input.statusMessage), input); }'),
      filename: '/app/server/utils/products.js',
      languageOptions: { parserOptions: { sourceType: 'script' } },
    },
    `const express = require('express');
const router = express.Router();
router.get('/', async (req, res) => {
  try { res.json(await list()); } catch (err) { console.error(err); res.sendStatus(500); }
});
module.exports = router;`,
  ],
  invalid: [
    // h3's functions declared as globals in the config (the way an auto-import list can be given to ESLint).
    leakCase(NUXT_SERVER_UTIL.replace(/: any|: string/g, ''), {
      filename: '/app/server/utils/products.js',
      log: { error: 'error', before: 'throw createError' },
      languageOptions: { globals: { createError: 'readonly', defineEventHandler: 'readonly' } },
    }),
    leakCase(
      `const express = require('express');
const router = express.Router();
router.get('/', async (req, res) => {
  try { res.json(await list()); } catch (err) {
    res.status(500).json({ error: «err.message» });
  }
});
module.exports = router;`,
      { log: { error: 'err', before: 'res.status' } },
    ),
    leakCase(
      `exports.getUser = async (req, res) => {
  try { res.json(await User.findById(req.params.id)); } catch (error) {
    res.status(500).send(«error»);
  }
};`,
      { log: { error: 'error', before: 'res.status' } },
    ),
  ],
});

// With type information the declared type identifies the response even through aliases.
/** A function that answers a failed job on \`res\`, typed as the app's own interface over Express's \`base\` (joplin's AppContext). */
function appTypedResponse(base: string): string {
  return `import type { ${base} } from 'express';
interface AppResponse extends ${base} {
  locals: { user: string };
}
export async function answer(res: AppResponse) {
  try { await work(); } catch (err) {
    logger.error(err);
    res.status(500).json({ message: «err.message» });
  }
}`;
}

createTypedRuleTester().run('no-leaked-error-details (typed)', rule, {
  valid: [
    {
      code: `type Reply = import('express').Response;
export class Controller {
  private fail(res: { json(body: unknown): void }, err: Error) {
    res.json({ message: err.message });
  }
}`,
      filename: 'typed-valid.ts',
    },
    // An interface over Express's Request is no response.
    { code: appTypedResponse('Request').replace(/[«»]/g, ''), filename: 'typed-app-request.ts' },
  ],
  invalid: [
    {
      ...leakCase(
        `type Reply = import('express').Response;
export class Controller {
  handle(reply: Reply, job: Promise<void>) {
    job.catch((err: Error) => reply.status(500).json({ message: «err.message» }));
  }
}`,
      ),
      filename: 'typed-invalid.ts',
    },
    // The app's own interface over Express's Response is a response.
    { ...leakCase(appTypedResponse('Response')), filename: 'typed-app-response.ts' },
  ],
});
