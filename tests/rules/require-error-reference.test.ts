import rule from '../../src/rules/require-error-reference';
import { createJavaScriptRuleTester, createRuleTester } from '../rule-tester';
import { koaTestConnection, nestController, nestCreateOrderFailure } from '../shared-code';

const ruleTester = createRuleTester();
const CATALOG = { 'safe-errors': { catalog: 'tests/fixtures/errors.catalog.json' } };

const express = `import express from 'express';
import { randomUUID } from 'node:crypto';
const app = express();
`;

/** A Koa route whose `catch` sets the status and then `failure`; the body in `try` is its success answer. */
function koaTask(failure: string): string {
  return `import Koa from 'koa';
import Router from '@koa/router';
import { randomUUID } from 'node:crypto';
const router = new Router();
router.post('/tasks', async (ctx) => {
  try {
    ctx.body = { data: await runTask(ctx.request.body) };
  } catch (err) {
    ctx.status = 500;
    ${failure}
  }
});`;
}

/** A Next.js route handler that answers a failed database check with 503. */
const nextDatabaseCheck = `import { NextResponse } from 'next/server';
export async function GET() {
  try {
    await prisma.$queryRaw\`SELECT 1\`;
    return NextResponse.json({ status: 'ok' });
  } catch (error) {
    console.error(error);
    return NextResponse.json({ status: 'error' }, { status: 503 });
  }
}`;

/** An answer with no reference field, and the suggestion that logs a random one and sends it. */
function missingReference(code: string, line: number, output: string) {
  return { code, errors: [{ messageId: 'missingReference' as const, line, suggestions: [{ messageId: 'addReference' as const, output }] }] };
}

/** A route that answers \`status\` when no history provider is configured (signalk). */
function notConfigured(status: number): string {
  return `${express}app.get('/history/values', async (req, res) => {
  if (!historyProvider) return res.status(${status}).json({ message: 'No history provider configured' });
  res.json(await historyProvider.values(req.query));
});`;
}

/** Error answers whose reference is the id an error reporter filed the error under, written as \`eventId\` (growthbook). */
function reporterIds(eventId: string, errorId: string): string {
  return `${express}app.use((err, req, res, next) => {
  res.status(500).json({ title: 'Internal Server Error', errorId: ${errorId} });
});
app.get('/x', async (req, res) => {
  try {
    await doWork();
  } catch (err) {
    const eventId = ${eventId};
    res.status(500).json({ title: 'Internal Server Error', errorId: eventId });
  }
});`;
}

/** A catch that answers the app's own refusals with \`status\` (documenso's Zapier webhooks). */
function refusalStatus(status: string): string {
  return `${express}app.post('/hooks/unsubscribe', async (req, res) => {
  try {
    res.json(await unsubscribe(req.headers.authorization));
  } catch (err) {
    const status = ${status};
    res.status(status).json({ title: 'Request refused' });
  }
});`;
}

/** A Fastify error handler answering with a status from a same-file enum (infisical's \`HttpStatusCodes\`). */
function enumStatusHandler(member: string): string {
  return `import Fastify from 'fastify';
enum HttpStatusCodes { BadRequest = 400, InternalServerError = 500 }
const app = Fastify();
app.setErrorHandler((error, req, reply) => {
  req.log.error(error);
  void reply.status(HttpStatusCodes.${member}).send({ title: 'Failed' });
});`;
}

ruleTester.run('require-error-reference', rule, {
  valid: [
    enumStatusHandler('BadRequest'),
    // A status picked between two 4xx constants is a known 4xx.
    refusalStatus("err.code === 'UNAUTHORIZED' ? 401 : 400"),
    // Sentry's \`captureException\` returns the id it filed the error under; its Express error handler sets \`res.sentry\`.
    reporterIds('Sentry.captureException(err)', 'SENTRY_DSN ? res.sentry : undefined'),
    reporterIds('Sentry.captureException(err)', 'res.sentry'),
    // A test-connection route's \`{ valid: false }\` answers the question asked; there is no failure to trace (budibase).
    koaTestConnection,
    // Next.js health routes, named by their file (papermark, inbox-zero).
    ...['/project/app/api/health/route.ts', '/project/app/(ops)/health/route.ts'].map((filename) => ({ code: nextDatabaseCheck, filename })),
    {
      code: `import { NextResponse } from 'next/server';
export const GET = withError('health', async (request) => {
  try {
    await prisma.$queryRaw\`SELECT 1\`;
    return NextResponse.json({ status: 'healthy' });
  } catch (error) {
    request.logger.error('Health check failed', { error });
    return NextResponse.json({ status: 'unhealthy', error: 'Database connection failed' }, { status: 503 });
  }
});`,
      filename: '/project/apps/web/app/api/health/route.ts',
    },
    ...['/project/pages/api/health.ts', '/project/pages/api/healthz/index.ts'].map((filename) => ({
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  try {
    await prisma.$queryRaw\`SELECT 1\`;
    return res.json({ status: 'ok' });
  } catch (err) {
    console.error(err);
    return res.status(500).json({ status: 'error' });
  }
}`,
      filename,
    })),
    // A status set in \`catch\` is not the status of the body the \`try\` block answers (outline).
    koaTask(`const instance = randomUUID();
    logger.error({ err, instance });
    ctx.body = { title: 'Internal Server Error', instance };`),
    // A NestJS controller method's fallback from a catch block is data, and its failures are thrown.
    nestController(`  @Get()
  async list() {
    try {
      return { items: await this.orders.list() };
    } catch (error) {
      this.logger.warn(error);
      return { items: [] };
    }
  }
  @Post()
  async create(@Body() dto: CreateOrderDto) {
    if (!dto.items.length) throw new BadRequestException('An order needs items');
    return this.orders.create(dto);
  }`),
    // Koa: a 4xx branch that returns keeps its own status; a later `ctx.status = 500` is not on its path (logto).
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try { await next(); } catch (error) {
    if (error instanceof SyntaxError) {
      ctx.status = 400;
      ctx.body = { title: 'Invalid JSON body' };
      return;
    }
    const instance = randomUUID();
    logger.error({ error, instance });
    ctx.status = 500;
    ctx.body = { title: 'Internal Server Error', instance };
  }
});`,
    // Health probes: a load balancer reads the status, never a reference (wiki.js, hemmelig, ghostfolio, atproto).
    ...['/healthz', '/xrpc/_health'].map(
      (path) => `${express}app.get('${path}', (req, res) => {
  if (db.pool.numFree() < 1 && db.pool.numUsed() < 1) {
    res.status(500).json({ ok: false });
  } else {
    res.status(200).json({ ok: true });
  }
});`,
    ),
    `import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Response } from 'express';
@Controller('health')
export class HealthController {
  @Get('data-provider')
  async dataProvider(@Res() response: Response) {
    if (!(await this.health.hasDataProvider())) {
      return response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ status: 'unavailable' });
    }
    return response.status(HttpStatus.OK).json({ status: 'ok' });
  }
}`,
    // A fallback answered from a catch is data, not an error answer (saltcorn's job poll).
    `${express}app.get('/sync/status/:id', async (req, res) => {
  try {
    const files = await readdir(jobDir(req.params.id));
    return res.json({ finished: files.includes('done') });
  } catch {
    return res.json({ finished: false });
  }
});`,
    // A 503 the server chose, with no error behind it (saltcorn's and Unleash's maintenance mode).
    `${express}app.use((req, res, next) => {
  if (settings.maintenanceMode) return res.status(503).json({ error: 'in maintenance mode' });
  next();
});`,
    // A 501 for a feature the server has not configured (signalk).
    notConfigured(501),
    // The recommended pattern: a random reference, logged with the error, sent as `instance`.
    `${express}app.use((err, req, res, next) => {
  const ref = randomUUID();
  logger.error({ err, ref }, 'request failed');
  res.status(500).json({ title: 'Internal Server Error', status: 500, instance: \`urn:uuid:\${ref}\` });
});`,
    `${express}app.get('/a', async (req, res) => {
  try { res.json(await work()); } catch (error) {
    const logref = crypto.randomUUID();
    console.error(logref, error);
    res.status(500).json({ message: 'Something went wrong', logref });
  }
});`,
    // Request ids logged by the request-bound logger (pino-http, Fastify).
    `import Fastify from 'fastify';
const fastify = Fastify();
fastify.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  reply.status(500).send({ error: 'Internal Server Error', requestId: request.id });
});`,
    // Catalog exceptions answer with their vetted message; no reference needed.
    {
      code: `${express}app.use((err, req, res, next) => {
  if (err instanceof NotFoundError) return res.status(404).json({ title: err.message });
  const ref = randomUUID();
  logger.error({ err, ref });
  res.status(500).json({ title: 'Internal Server Error', instance: ref });
});`,
      settings: CATALOG,
    },
    // 4xx answers outside error paths, and 2xx answers.
    `${express}app.post('/users', (req, res) => {
  if (!req.body.email) return res.status(400).json({ title: 'email is required' });
  res.status(201).json({ ok: true });
});`,
    // A known 4xx in a catch is a client error, not an unexpected failure.
    `${express}app.get('/b', async (req, res) => {
  try { res.json(await find(req.params.id)); } catch (err) { res.status(404).json({ title: 'Not found' }); }
});`,
    // A NestJS exception filter with the recommended pattern.
    `import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse();
    if (exception instanceof HttpException) return response.status(exception.getStatus()).json(exception.getResponse());
    const ref = randomUUID();
    this.logger.error({ exception, ref });
    response.status(500).json({ title: 'Internal Server Error', instance: \`urn:uuid:\${ref}\` });
  }
}`,
    // Bodies we cannot see into.
    `${express}app.use((err, req, res, next) => {
  logger.error(err);
  res.status(500).json(toProblem(err));
});`,
    // A configured source of good ids.
    {
      code: `${express}app.use((err, req, res, next) => {
  const incident = generateIncidentId();
  logger.error({ err, incident });
  res.status(500).json({ title: 'Failed', reference: incident });
});`,
      options: [{ referenceSources: ['generateIncidentId'] }],
    },
  ],
  invalid: [
    // A same-file enum's 500 is a 500; its 400 (in \`valid\`) is a client error (infisical).
    missingReference(
      enumStatusHandler('InternalServerError'),
      6,
      enumStatusHandler('InternalServerError').replace(
        '  void reply.status(',
        '  const ref = crypto.randomUUID();\n  console.error({ err: error, ref });\n  void reply.status(',
      ).replace("send({ title: 'Failed' })", 'send({ instance: `urn:uuid:${ref}`, title: \'Failed\' })'),
    ),
    // The same answer with 500 is an error to look up.
    missingReference(
      notConfigured(500),
      5,
      notConfigured(500).replace(
        '  if (!historyProvider) return res.status(500).json({ ',
        '  const ref = crypto.randomUUID();\n  console.error({ ref });\n  if (!historyProvider) return res.status(500).json({ instance: `urn:uuid:${ref}`, ',
      ),
    ),
    {
      ...missingReference(
        nextDatabaseCheck,
        8,
        nextDatabaseCheck.replace(
          "return NextResponse.json({ status: 'error' }",
          "const ref = crypto.randomUUID();\n    console.error({ err: error, ref });\n    return NextResponse.json({ instance: `urn:uuid:${ref}`, status: 'error' }",
        ),
      ),
      filename: '/project/app/api/reports/route.ts',
    },
    missingReference(
      koaTask(`logger.error(err);
    ctx.body = { title: 'Internal Server Error' };`),
      11,
      koaTask(`logger.error(err);
    const ref = crypto.randomUUID();
    console.error({ err, ref });
    ctx.body = { instance: \`urn:uuid:\${ref}\`, title: 'Internal Server Error' };`),
    ),
    missingReference(
      `${express}app.use((err, req, res, next) => {
  logger.error(err);
  res.status(500).json({ message: 'Internal Server Error' });
});`,
      6,
      `${express}app.use((err, req, res, next) => {
  logger.error(err);
  const ref = crypto.randomUUID();
  console.error({ err, ref });
  res.status(500).json({ instance: \`urn:uuid:\${ref}\`, message: 'Internal Server Error' });
});`,
    ),
    // NestJS sends what a controller method returns, here from a catch block.
    missingReference(
      nestCreateOrderFailure,
      13,
      nestCreateOrderFailure.replace(
        "return { message",
        "const ref = crypto.randomUUID();\n      console.error({ err: error, ref });\n      return { instance: `urn:uuid:${ref}`, message",
      ),
    ),
    // The same 500 from other routes: an Express upload, a NestJS controller method.
    missingReference(
      `${express}app.post('/uploads', (req, res) => {
  if (storage.full()) {
    res.status(500).json({ ok: false });
  }
});`,
      6,
      `${express}app.post('/uploads', (req, res) => {
  if (storage.full()) {
    const ref = crypto.randomUUID();
    console.error({ ref });
    res.status(500).json({ instance: \`urn:uuid:\${ref}\`, ok: false });
  }
});`,
    ),
    missingReference(
      `import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Response } from 'express';
@Controller('portfolio')
export class PortfolioController {
  @Get('snapshot')
  async snapshot(@Res() response: Response) {
    return response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ status: 'unavailable' });
  }
}`,
      7,
      `import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Response } from 'express';
@Controller('portfolio')
export class PortfolioController {
  @Get('snapshot')
  async snapshot(@Res() response: Response) {
    const ref = crypto.randomUUID();
    console.error({ ref });
    return response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ instance: \`urn:uuid:\${ref}\`, status: 'unavailable' });
  }
}`,
    ),
    // An answer from a catch that carries the error is no fallback, whatever its keys.
    missingReference(
      `${express}app.get('/jobs/:id', async (req, res) => {
  try { res.json(await runJob(req.params.id)); } catch (err) {
    logger.error(err);
    res.json({ result: err.message });
  }
});`,
      7,
      `${express}app.get('/jobs/:id', async (req, res) => {
  try { res.json(await runJob(req.params.id)); } catch (err) {
    logger.error(err);
    const ref = crypto.randomUUID();
    console.error({ err, ref });
    res.json({ instance: \`urn:uuid:\${ref}\`, result: err.message });
  }
});`,
    ),
    // A 5xx from a catch in a Next.js route handler.
    {
      code: `import { NextResponse } from 'next/server';
export async function GET() {
  try { return NextResponse.json(await load()); } catch (error) {
    return NextResponse.json({ error: 'Could not load' }, { status: 503 });
  }
}`,
      errors: [{ messageId: 'missingReference', line: 4, suggestions: [{ messageId: 'addReference', output: `import { NextResponse } from 'next/server';
export async function GET() {
  try { return NextResponse.json(await load()); } catch (error) {
    const ref = crypto.randomUUID();
    console.error({ err: error, ref });
    return NextResponse.json({ instance: \`urn:uuid:\${ref}\`, error: 'Could not load' }, { status: 503 });
  }
}` }] }],
    },
    // A NestJS filter without a reference.
    {
      code: `import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse();
    this.logger.error(exception);
    response.status(500).json({ title: 'Internal Server Error' });
  }
}`,
      errors: [{ messageId: 'missingReference', line: 7, suggestions: [{ messageId: 'addReference', output: `import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse();
    this.logger.error(exception);
    const ref = crypto.randomUUID();
    console.error({ err: exception, ref });
    response.status(500).json({ instance: \`urn:uuid:\${ref}\`, title: 'Internal Server Error' });
  }
}` }] }],
    },
    // Between a 4xx and a 5xx, the status is not known to be a 4xx.
    missingReference(
      refusalStatus("err.code === 'UNAUTHORIZED' ? 401 : 500"),
      9,
      refusalStatus("err.code === 'UNAUTHORIZED' ? 401 : 500").replace(
        'res.status(status).json({ ',
        'const ref = crypto.randomUUID();\n    console.error({ err, ref });\n    res.status(status).json({ instance: `urn:uuid:${ref}`, ',
      ),
    ),
    // Any other call's result, or another field in the same conditional, is not the error's record.
    {
      code: reporterIds('tracker.track(err)', 'SENTRY_DSN ? res.locals.ref : undefined'),
      errors: [
        { messageId: 'referenceNotLogged', line: 5 },
        { messageId: 'referenceNotLogged', line: 12 },
      ],
    },
    // Sent but never logged with it.
    {
      code: `${express}app.use((err, req, res, next) => {
  const ref = randomUUID();
  logger.error(err);
  res.status(500).json({ title: 'Internal Server Error', instance: ref });
});`,
      errors: [{ messageId: 'referenceNotLogged', line: 7 }],
    },
    {
      code: `${express}app.use((err, req, res, next) => {
  logger.error({ err });
  res.status(500).json({ title: 'Internal Server Error', errorId: randomUUID() });
});`,
      errors: [{ messageId: 'referenceNotLogged', line: 6 }],
    },
    // Predictable references.
    {
      code: `${express}let errorCount = 0;
app.use((err, req, res, next) => {
  const id = ++errorCount;
  logger.error({ err, id });
  res.status(500).json({ title: 'Internal Server Error', errorId: id });
});`,
      errors: [{ messageId: 'predictableReference', line: 8 }],
    },
    {
      code: `${express}app.use((err, req, res, next) => {
  const ref = Date.now().toString(36);
  logger.error({ err, ref });
  res.status(500).json({ title: 'Internal Server Error', reference: ref });
});`,
      errors: [{ messageId: 'predictableReference', line: 7 }],
    },
    {
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try { await next(); } catch (err) {
    const traceId = Math.random().toString(36).slice(2);
    console.error(traceId, err);
    ctx.status = 500;
    ctx.body = { title: 'Internal Server Error', traceId };
  }
});`,
      errors: [{ messageId: 'predictableReference', line: 8 }],
    },
    missingReference(
      `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try { await next(); } catch (error) {
    if (error instanceof SyntaxError) {
      ctx.status = 400;
      ctx.body = { title: 'Invalid JSON body' };
      return;
    }
    logger.error(error);
    ctx.status = 500;
    ctx.body = { title: 'Internal Server Error' };
  }
});`,
      12,
      `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try { await next(); } catch (error) {
    if (error instanceof SyntaxError) {
      ctx.status = 400;
      ctx.body = { title: 'Invalid JSON body' };
      return;
    }
    logger.error(error);
    ctx.status = 500;
    const ref = crypto.randomUUID();
    console.error({ err: error, ref });
    ctx.body = { instance: \`urn:uuid:\${ref}\`, title: 'Internal Server Error' };
  }
});`,
    ),
  ],
});

createJavaScriptRuleTester().run('require-error-reference (espree)', rule, {
  valid: [
    `const { v4: uuidv4 } = require('uuid');
module.exports = function errorHandler(err, req, res, next) {
  const correlationId = uuidv4();
  req.log.error({ err, correlationId });
  res.status(500).send({ message: 'Internal error', correlationId });
};`,
  ],
  invalid: [
    {
      code: `module.exports = function errorHandler(err, req, res, next) {
  res.status(500).send({ message: 'Internal error' });
};`,
      errors: [{ messageId: 'missingReference', line: 2, suggestions: [{ messageId: 'addReference', output: `module.exports = function errorHandler(err, req, res, next) {
  const ref = crypto.randomUUID();
  console.error({ err, ref });
  res.status(500).send({ instance: \`urn:uuid:\${ref}\`, message: 'Internal error' });
};` }] }],
    },
  ],
});
