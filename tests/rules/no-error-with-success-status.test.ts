import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/no-error-with-success-status';
import { createJavaScriptRuleTester, createRuleTester } from '../rule-tester';
import { nestController, nestCreateOrder, nestFourParameterController } from '../shared-code';

type MessageId = 'errorBody' | 'errorPath';
type Case = InvalidTestCase<MessageId | 'sendServerError' | 'sendClientError', []>;

/**
 * An invalid case with one report at `line`. `fix` names the text the
 * suggestions change: `[before, after]`, where `after` holds `N` for the
 * status each suggestion sends (500, then 400). Without `fix`, no suggestions.
 */
function statusCase(code: string, messageId: MessageId, line: number, fix?: [string, string], options: Partial<Case> = {}): Case {
  const suggestions = fix
    ? ([500, 400] as const).map((status) => {
        if (!code.includes(fix[0])) throw new Error(`statusCase: "${fix[0]}" not in the code`);
        return {
          messageId: status === 500 ? ('sendServerError' as const) : ('sendClientError' as const),
          output: code.replace(fix[0], fix[1].replace(/N/g, String(status))),
        };
      })
    : [];
  return { code, errors: [{ messageId, line, suggestions }], ...options };
}

const express = `import express from 'express';
const app = express();
`;

/** A route that hands its \`res\` to a same-file helper, which answers a failed conversion with \`answer\` (codimd). */
function exportHelper(answer: string): string {
  return `${express}async function actionPandoc(req, res, note) {
  try { res.send(await convert(note.content, req.query.exportType)); } catch (err) {
    logger.error(err);
    ${answer};
  }
}
app.get('/:noteId/pandoc', async (req, res) => {
  actionPandoc(req, res, await findNote(req.params.noteId));
});`;
}

/** A node:http login that answers a missing user with `failure`. */
function nodeLogin(failure: string): string {
  return `import http from 'node:http';
http.createServer(async (req, res) => {
  const user = await authenticate(req);
  if (!user) {
    ${failure};
    return;
  }
  res.writeHead(200).end(JSON.stringify({ ok: true }));
}).listen(3000);`;
}

/** A Koa route that answers a failure on the raw Node response, with `status` written first. */
function koaRawAnswer(status: number): string {
  return `import Router from '@koa/router';
const router = new Router();
router.post('/mcp', async (ctx) => {
  try { await transport.handleRequest(ctx.req, ctx.res, ctx.request.body); } catch (error) {
    logger.error(error);
    ctx.res.writeHead(${status}, { 'Content-Type': 'application/json' });
    ctx.res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32603, message: 'Internal server error' }, id: null }));
  }
});`;
}

/**
 * A NestJS controller method that returns `returned` from a failure: the suggestions throw an
 * `HttpException` with the same body, imported from `@nestjs/common` unless `exception` names
 * the local name it already has.
 */
function nestReturnCase(code: string, messageId: MessageId, line: number, returned: string, exception?: string): Case {
  const suggestions = ([500, 400] as const).map((status) => {
    const thrown = code.replace(`return ${returned};`, `throw new ${exception ?? 'HttpException'}(${returned}, ${status});`);
    if (thrown === code) throw new Error(`nestReturnCase: "return ${returned};" not in the code`);
    return {
      messageId: status === 500 ? ('sendServerError' as const) : ('sendClientError' as const),
      output: exception ? thrown : thrown.replace(" } from '@nestjs/common';", ", HttpException } from '@nestjs/common';"),
    };
  });
  return { code, errors: [{ messageId, line, suggestions }] };
}

/** A job-status poll whose body reports the job's `error` (papermark). */
function jobStatus(error: string): string {
  return `import { NextResponse } from 'next/server';
export async function GET(request: Request) {
  const job = await getJob(new URL(request.url).searchParams.get('id'));
  if (!job) return NextResponse.json({ error: 'Job not found' }, { status: 404 });
  return NextResponse.json({ id: job.id, status: job.status, error: ${error} });
}`;
}

/** A batch that answers `first` and a note on what failed (papermark). */
function batchIndex(first: string): string {
  return `import { NextResponse } from 'next/server';
export async function POST() {
  let failed = 0;
  for (const doc of await listDocuments()) {
    try { await indexDocument(doc.id); } catch (error) {
      console.error(error);
      failed += 1;
    }
  }
  return NextResponse.json({ ${first}, error: failed > 0 ? 'Some documents could not be indexed' : undefined });
}`;
}

/** An upload route that answers a failed store with \`answer\` (apostrophe). */
function uploadRoute(answer: string): string {
  return `${express}app.post('/upload', async (req, res) => {
  try { res.send(await store(req.body)); } catch (err) {
    logger.error(err);
    ${answer};
  }
});`;
}

/** A Hono route that answers a missing project with \`answer\` (Hono's blog example). */
/**
 * A Nuxt server route that answers a missing order with \`answer\`; \`imports\` goes first when the file imports h3
 * itself (otherwise Nuxt's auto-imports provide h3's functions).
 */
function nuxtOrderRoute(answer: string, imports = ''): string {
  return `${imports}export default defineEventHandler(async (event) => {
  const order = await findOrder(getRouterParam(event, 'id'));
  if (!order) {
    ${answer}
  }
  return order;
});`;
}

const NUXT_ORDER_FILE = { filename: '/shop/server/api/orders/[id].get.ts' };

function honoProject(answer: string): string {
  return `import { Hono } from 'hono';
const app = new Hono();
app.get('/projects/:id', async (c) => {
  const project = await findProject(c.req.param('id'));
  if (!project) ${answer}
  return c.json({ project });
});`;
}

/** A Hono route that rejects a path with an exception of \`exceptionImport\` whose response is built by \`c.json\` (capgo). */
function honoRejectedPath(exceptionImport: string): string {
  return `import { Hono } from 'hono';
${exceptionImport}
const app = new Hono();
app.get('/files/:id', (c) => {
  if (!c.req.param('id').startsWith('orgs/')) {
    throw new HTTPException(400, { res: c.json({ error: 'invalid_file_path' }) });
  }
  return c.json({ ok: true });
});`;
}

/** A Hono route whose validator hook (\`zValidator\` imported from \`source\`) answers a failed validation with \`answer\` (capgo). */
function honoValidatorHook(source: string, answer: string): string {
  return `import { Hono } from 'hono';
import { zValidator } from '${source}';
const app = new Hono();
app.post('/orgs', zValidator('json', orgSchema, (result, c) => {
  if (!result.success) return c.json(${answer});
}), (c) => c.json({ ok: true }, 201));`;
}

/** The Hono OpenAPI starter's route handler (typed \`RouteHandler\`), answering a missing task with stoker's \`status\`. */
function stokerTask(status: string): string {
  return `import type { RouteHandler } from '@hono/zod-openapi';
import * as HttpStatusCodes from 'stoker/http-status-codes';
export const getOne: RouteHandler<GetOneRoute> = async (c) => {
  const task = await db.query.tasks.findFirst({ where: eq(tasks.id, c.req.valid('param').id) });
  if (!task) return c.json({ error: 'Task not found' }, HttpStatusCodes.${status});
  return c.json(task, HttpStatusCodes.OK);
};`;
}

/** A Hono reset page (ns-user): \`check\` runs first; the catch answers with the page and \`status\` (none when empty). */
function honoResetPage(check: string, status: string): string {
  return `import { Hono } from 'hono';
const reset = new Hono();
reset.get('/', async (c) => {
  try {
    const resetToken = await findResetToken(c.req.query('token'));
    ${check}
    return c.html(<ResetPage token={resetToken.id} />);
  } catch (error) {
    logger.error(error);
    return c.html(<ResetPage error='Something went wrong' />${status ? `, ${status}` : ''});
  }
});`;
}

const ruleTester = createRuleTester();

/** A catch that answers fallback data with \`message\` (growthbook's auto metrics). */
function fallbackWithMessage(message: string): string {
  return `${express}app.post('/metrics/auto/:id', async (req, res) => {
  try {
    res.status(200).json({ trackedEvents: await autoMetrics(req.params.id) });
  } catch (e) {
    logger.warn(e);
    res.status(200).json({ trackedEvents: [], message: ${message} });
  }
});`;
}

/** A 200 answer with a primary result and the comparison's error, if any, written as \`errorValue\`. */
function EXPLORE_WITH_COMPARISON(errorValue: string): string {
  return `${express}app.post('/explore', async (req, res) => {
  const [primary, other] = await Promise.all([explore(req.body), exploreOrNull(req.body.previous)]);
  return res.status(200).json({
    exploration: primary,
    comparison: { exploration: other, error: ${errorValue} },
  });
});`;
}

ruleTester.run('no-error-with-success-status', rule, {
  valid: [
    // A status the body only reports about something else, read at run time, or a success.
    `${express}app.get('/sessions/:id', async (req, res) => {
  const check = await probe(req.params.url);
  res.json({ url: req.params.url, status: check.status });
});`,
    `${express}app.get('/ok', (req, res) => res.json({ status: 200, message: 'Saved' }));`,
    // The helper answers its failure with a status.
    exportHelper("res.status(500).json({ message: 'Could not convert the note' })"),
    uploadRoute("res.status(500).send('Could not upload: ' + err.code)"),
    // A job's own failure, reported by a status poll that succeeded, and a success that lists what failed.
    jobStatus("job.status === 'FAILED' ? job.error : undefined"),
    batchIndex('success: true'),
    // NestJS sends a controller method's return value: data, and failures thrown as exceptions.
    nestCreateOrder('throw new InternalServerErrorException()'),
    nestController(`  @Post('import')
  async import(@Body() rows: Row[]) {
    const done = await this.orders.import(rows);
    return { imported: done.length, errors: [] };
  }`),
    // A page's locals (\`@Render()\`), a redirect target, and values handed to callbacks are no response body.
    nestController(
      `  @Get('login')
  @Render('login')
  page(@Query('error') error?: string) {
    return { error };
  }
  @Get('legacy')
  @Redirect()
  legacy() {
    return { url: '/orders', error: 'moved' };
  }
  @Post('bulk')
  async bulk(@Body() ids: string[]) {
    const results = await Promise.all(ids.map(async (id) => {
      try { return await this.orders.find(id); } catch { return { id, error: 'Not found' }; }
    }));
    return results.filter((result) => !('error' in result));
  }`,
      'Body, Controller, Get, Post, Query, Redirect, Render',
    ),
    // A status set by \`@HttpCode()\`, and services, which answer no request.
    nestController(`  @Post('validate')
  @HttpCode(HttpStatus.UNPROCESSABLE_ENTITY)
  validate(@Body() dto: CreateOrderDto) {
    return { error: 'Validation failed', fields: check(dto) };
  }`, 'Body, Controller, HttpCode, HttpStatus, Post'),
    `import { Injectable } from '@nestjs/common';
@Injectable()
export class PaymentsService {
  async charge(order: Order) {
    try { return { ok: true, receipt: await this.stripe.charge(order) }; } catch (error) {
      return { ok: false, error: 'Payment declined' };
    }
  }
}`,
    // GraphQL resolvers answer errors in the payload, with 200 by protocol.
    `import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Controller } from '@nestjs/common';
@Resolver()
export class OrdersResolver {
  @Mutation(() => OrderPayload)
  async createOrder(@Args('input') input: CreateOrderInput) {
    try { return { order: await this.orders.create(input) }; } catch (error) {
      return { order: null, error: 'Could not create the order' };
    }
  }
}`,
    // A NestJS controller method with four injected parameters (one typed express Response) is no error handler (postiz).
    nestFourParameterController,
    // Named error statuses: HttpStatus from NestJS, StatusCodes from http-status-codes.
    `import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Response } from 'express';
@Controller('charge')
export class ChargeController {
  @Get() check(@Res() response: Response) {
    return response.status(HttpStatus.BAD_REQUEST).json({ success: false });
  }
}`,
    `${express}import { StatusCodes } from 'http-status-codes';
app.get('/health', async (req, res) => {
  res.status(StatusCodes.SERVICE_UNAVAILABLE).json({ error: 'Database unreachable' });
});`,
    // An error field that only a spread may add is no error answer.
    `${express}app.get('/items/:id', async (req, res) => {
  const { item, warning } = await loadItem(req.params.id);
  res.json({ item, ...(warning && { error: warning }) });
});`,
    // A same-file enum's member is its number (infisical's \`HttpStatusCodes.BadRequest\`).
    `${express}enum HttpStatusCodes { Ok = 200, BadRequest = 400 }
app.get('/t', async (req, res) => {
  res.status(HttpStatusCodes.BadRequest).json({ error: 'Nope' });
});`,
    // A status object of the app's own: its values are not known here, so nothing is assumed.
    `${express}import { Status } from './status';
app.get('/t', async (req, res) => {
  res.status(Status.OK).json({ error: 'Nope' });
});`,
    // Koa: each branch sets its own status; the 400 of a branch that returns does not reach the other body.
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try { await next(); } catch (err) {
    if (err instanceof SyntaxError) {
      ctx.status = 400;
      ctx.body = { error: 'Invalid JSON body' };
      return;
    }
    ctx.status = 500;
    ctx.body = { error: 'Internal Server Error' };
  }
});`,
    // Express's res.format() runs its handlers within the call: the status set before it holds (express examples).
    `${express}app.use((req, res) => {
  res.status(404);
  res.format({
    html() { res.render('404', { url: req.url }); },
    json() { res.json({ error: 'Not found' }); },
    default: () => res.type('txt').send('Not found'),
  });
});`,
    // Error bodies with error statuses, in every form.
    `${express}app.post('/refunds', async (req, res) => {
  try { res.json(await refund(req.body)); } catch (err) {
    logger.error(err);
    res.status(500).json({ error: 'Refund failed' });
  }
});`,
    `${express}app.get('/users/:id', async (req, res) => {
  const user = await findUser(req.params.id);
  if (!user) {
    res.status(404);
    return res.json({ error: 'User not found' });
  }
  res.json(user);
});`,
    `${express}app.use((err, req, res, next) => {
  res.status(err.status || 500);
  res.json({ message: 'Internal Server Error' });
});`,
    `${express}app.get('/a', async (req, res) => {
  try { res.json(await work()); } catch (err) {
    const status = err.status ?? 500;
    res.status(status).json({ error: 'Request failed' });
  }
});`,
    `${express}app.get('/b', async (req, res) => {
  try { res.json(await work()); } catch (err) {
    res.sendStatus(503);
  }
});`,
    `import http from 'node:http';
http.createServer((req, res) => {
  work().catch(() => {
    res.statusCode = 502;
    res.end('Error: upstream failed');
  });
  other().catch(() => {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end('Error');
  });
});`,
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try { await next(); } catch (err) {
    ctx.body = { error: 'Internal Server Error' };
    ctx.status = 500;
  }
});`,
    `import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/items', async (request, reply) => {
  try { return await listItems(); } catch (err) {
    reply.code(503);
    return { error: 'Service unavailable' };
  }
});
fastify.setErrorHandler((error, request, reply) => {
  reply.status(error.statusCode ?? 500).send({ error: 'Internal Server Error' });
});`,
    `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'GET', path: '/x', handler: async (request, h) => {
  try { return await work(); } catch (err) {
    return h.response({ error: 'Failed' }).code(500);
  }
} });`,
    `import { NextResponse } from 'next/server';
export async function GET() {
  try { return NextResponse.json(await load()); } catch (error) {
    console.error(error);
    return NextResponse.json({ error: 'Could not load' }, { status: 500 });
  }
}
export async function POST(request: Request, status: number) {
  try { return Response.json(await save(request)); } catch {
    return new Response('Error: could not save', { status });
  }
}`,
    // GraphQL answers errors with 200 by protocol.
    `${express}app.post('/graphql', async (req, res) => {
  const result = await execute(req.body);
  res.json({ data: result.data, errors: result.errors });
});`,
    `import { graphql } from 'graphql';
${express}app.post('/graphql', async (req, res) => {
  const { errors } = await graphql({ schema, source: req.body.query });
  res.json({ errors: errors.map(format) });
});`,
    // Health payloads and "no error" keys.
    `${express}app.get('/health', (req, res) => {
  res.json({ status: 'ok', errors: 0 });
});
app.get('/c', (req, res) => {
  res.json({ success: true, errors: [], error: null, data: [] });
});`,
    // A fallback value on an error path is data, not an error.
    `${express}app.get('/products', async (req, res) => {
  try { res.json(await fetchProducts()); } catch (err) {
    logger.warn(err, 'serving cached products');
    if (cached) return res.json(cached);
    res.json([]);
  }
});`,
    // Messages outside error paths, and error keys only known at run time.
    `${express}app.post('/users', async (req, res) => {
  await createUser(req.body);
  res.status(201).json({ message: 'User created' });
});
app.get('/d', async (req, res) => {
  const { data, error } = await supabase.from('items').select();
  res.json({ data, error });
});`,
    // Fallback data with a message of the app's own: a degraded answer, not a failure.
    fallbackWithMessage("'Tracking is not set up yet'"),
    // A yes/no answer with its reason (novu's bridge URL check).
    fallbackWithMessage('e.message').replace('trackedEvents: [], message', 'isValid: false, error'),
    // A run-time value with an empty or run-time fallback is still a pass-through (growthbook's partial results).
    EXPLORE_WITH_COMPARISON('other?.error ?? null'),
    EXPLORE_WITH_COMPARISON('other?.error || null'),
    EXPLORE_WITH_COMPARISON('other?.error ?? primary.error'),
    EXPLORE_WITH_COMPARISON('comparisonError ?? other?.error ?? null'),
    // A branch decided by something else, or by the value's owner being there at all, is still a pass-through.
    `${express}app.get('/items', async (req, res) => {
  const result = await load(req.query);
  if (result) return res.json({ data: result.data, error: result.error });
  if (req.query.verbose) return res.json({ items: [], error: lastError });
  res.json({ items: [] });
});`,
    // The same answer with its status, chained.
    nodeLogin("res.writeHead(401).end(JSON.stringify({ error: 'Invalid login' }))"),
    // The same page with its status, and plain pages outside error paths.
    `${express}app.post('/login', async (req, res) => {
  try { await login(req.body); res.redirect('/'); } catch (e) {
    res.locals.error = 'Login failed. Please try again.';
    res.status(401).render('login');
  }
});
app.get('/login', (req, res) => res.render('login'));`,
    // Nested objects that say nothing failed: counters, empty errors, settings named after errors.
    `${express}app.get('/dashboard', async (req, res) => {
  const items = await loadItems();
  res.json({ data: items, meta: { errors: 0 }, user: { error: null }, settings: { errorPage: '/500' } });
});`,
    // An admin page that lists errors is no error page (NodeBB).
    `const errorsController = module.exports;
errorsController.get = async function (req, res) {
  const data = await loadErrorAnalytics();
  res.render('admin/advanced/errors', data);
};`,
    // The same with a 500 written on ctx.res first.
    koaRawAnswer(500),
    // An empty preview when the user's formula fails, like \`res.json([])\` (saltcorn).
    `${express}app.post('/field/preview', async (req, res) => {
  try { res.send(await renderPreview(req.body.formula)); } catch (e) {
    res.status(200).send('');
  }
});`,
    // The branch a success decides passes its result through.
    `${express}app.post('/imports', async (req, res) => {
  const result = await importRows(req.body);
  if (result.ok) return res.json({ data: result.data, error: result.error });
  res.status(422).json({ error: result.error });
});`,
    // A result passed through as it is: its error field is read at run time (anything-llm).
    `${express}app.post('/servers/toggle', async (req, res) => {
  try {
    const result = await toggle(req.body.name);
    return res.status(200).json({ success: result.success, error: result.error });
  } catch (err) {
    console.error(err);
    return res.status(500).json({ success: false, error: 'Toggle failed' });
  }
});`,
    // Redirects and rendered pages outside error paths.
    `${express}app.get('/e', async (req, res) => {
  try { await work(); res.render('index', { title: 'Home' }); } catch (err) {
    res.redirect('/error');
  }
});`,
    // No response evidence: an outgoing client, a plain helper.
    `export async function load(url) {
  return fetch(url).catch(() => ({ error: 'offline' }));
}
function reply(res) {
  res.json({ error: 'x' });
}`,
    // A yes/no answer is data, even with success: false.
    `${express}app.get('/usernames/:name', async (req, res) => {
  const taken = await isTaken(req.params.name);
  res.json({ success: !taken, available: !taken });
});
app.get('/slots/:id', async (req, res) => {
  if (await isBooked(req.params.id)) return res.json({ success: false, available: false, message: 'Slot taken' });
  res.json({ success: true, available: true });
});`,
    // Status constants that are errors.
    `${express}const INTERNAL = 500;
app.get('/f', async (req, res) => {
  try { await work(); } catch { res.status(INTERNAL).json({ error: 'Failed' }); }
});`,
    // --- Hono ---
    honoProject("return c.json({ error: 'Not Found' }, 404);"),
    honoProject("return c.json({ error: 'Not Found' }, { status: 404 });"),
    honoProject("{\n    c.status(404);\n    return c.json({ error: 'Not Found' });\n  }"),
    honoProject("return c.text('Not Found', 404);"),
    honoValidatorHook('@hono/zod-validator', "{ error: 'invalid_body' }, 400"),
    stokerTask('NOT_FOUND'),
    // A form page shown again with its error answers with 200, as server-rendered forms do.
    { code: honoResetPage("if (!resetToken) return c.html(<ResetPage error='Invalid or expired reset link' />);", '500'), filename: 'routes/reset.tsx' },
    // Another package's validator: its callback is not known to answer.
    honoValidatorHook('./validation', "{ error: 'invalid_body' }"),
    // Hono answers with the exception's status, whatever \`res\` says.
    honoRejectedPath("import { HTTPException } from 'hono/http-exception';"),
    // --- h3 (Nuxt, Nitro) ---
    { code: nuxtOrderRoute("setResponseStatus(event, 404);\n    return { error: 'Order not found' };"), ...NUXT_ORDER_FILE },
    { code: nuxtOrderRoute("event.node.res.statusCode = 404;\n    return { error: 'Order not found' };"), ...NUXT_ORDER_FILE },
    { code: nuxtOrderRoute("throw createError({ statusCode: 404, statusMessage: 'Order not found' });"), ...NUXT_ORDER_FILE },
    { code: nuxtOrderRoute("return { order: null };"), ...NUXT_ORDER_FILE },
    // Nitro's error handler, answering with the error's status.
    {
      code: `export default defineNitroErrorHandler((error, event) => {
  console.error(error);
  setResponseStatus(event, error.statusCode || 500);
  return send(event, JSON.stringify({ error: 'Internal Server Error' }));
});`,
      filename: '/shop/server/error.ts',
    },
  ],
  invalid: [
    // --- Hono ---
    // The same page answered from a catch says it succeeded.
    statusCase(honoResetPage('', ''), 'errorPath', 10, ["c.html(<ResetPage error='Something went wrong' />)", "c.html(<ResetPage error='Something went wrong' />, N)"], { filename: 'routes/reset.tsx' }),
    statusCase(stokerTask('OK'), 'errorBody', 5, ['HttpStatusCodes.OK);\n  return', '500);\n  return'.replace('500', 'N')]),
    statusCase(honoValidatorHook('@hono/zod-validator', "{ error: 'invalid_body' }"), 'errorBody', 5, ["c.json({ error: 'invalid_body' })", "c.json({ error: 'invalid_body' }, N)"]),
    // Another package's exception: the response is what \`c.json\` built, with 200.
    statusCase(honoRejectedPath("import { HTTPException } from './errors';"), 'errorBody', 6, ["c.json({ error: 'invalid_file_path' })", "c.json({ error: 'invalid_file_path' }, N)"]),
    statusCase(honoProject("return c.json({ error: 'Project not found' });"), 'errorBody', 5, ["c.json({ error: 'Project not found' })", "c.json({ error: 'Project not found' }, N)"]),
    statusCase(honoProject("return c.json({ error: 'Project not found' }, 200);"), 'errorBody', 5, ["{ error: 'Project not found' }, 200)", "{ error: 'Project not found' }, N)"]),
    statusCase(honoProject("return c.json({ error: 'Project not found' }, { status: 200 });"), 'errorBody', 5, ['{ status: 200 }', '{ status: N }']),
    // A JSON-RPC internal error is a failed request, as with the raw Koa answer above (openstatus's MCP route).
    statusCase(
      `import { Hono } from 'hono';
const app = new Hono();
app.post('/mcp', async (c) => {
  try { return await handle(c); } catch (err) {
    console.error(err);
    return c.json({ jsonrpc: '2.0', id: null, error: { code: -32603, message: 'Internal error' } }, { status: 200 });
  }
});`,
      'errorBody',
      6,
      ['{ status: 200 }', '{ status: N }'],
    ),
    // Fallback data that carries the caught error's text says the request failed.
    statusCase(fallbackWithMessage('e.message'), 'errorPath', 8, ['res.status(200).json({ trackedEvents: []', 'res.status(N).json({ trackedEvents: []']),
    // A written-out fallback is an error the code itself states.
    statusCase(EXPLORE_WITH_COMPARISON("other?.error ?? 'Comparison failed'"), 'errorBody', 5, ['res.status(200)', 'res.status(N)']),
    // A helper handed the handler's response answers with 200 unless it sets a status.
    statusCase(
      exportHelper("res.json({ message: 'Could not convert the note' })"),
      'errorPath',
      6,
      ["res.json({ message: 'Could not convert the note' })", "res.status(N).json({ message: 'Could not convert the note' })"],
    ),
    // The body names an error status the response does not have (typebot's stream route).
    statusCase(
      `${express}app.get('/sessions/:id', async (req, res) => {
  const session = await findSession(req.params.id);
  if (!session) return res.json({ status: 404, message: 'Could not find session' });
  res.json(session);
});`,
      'errorBody',
      5,
      ['res.json({ status: 404', 'res.status(N).json({ status: 404'],
    ),
    // Error bodies without a status.
    statusCase(
      `${express}app.post('/refunds', async (req, res) => {
  try { res.json(await refund(req.body)); } catch (err) {
    logger.error(err);
    res.json({ error: 'Refund failed' });
  }
});`,
      'errorBody',
      6,
      ["res.json({ error: 'Refund failed' })", "res.status(N).json({ error: 'Refund failed' })"],
    ),
    statusCase(
      `${express}app.get('/g', async (req, res) => {
  const result = await charge(req.body);
  if (!result.paid) return res.json({ success: false, reason: 'declined' });
  res.json(result);
});`,
      'errorBody',
      5,
      ['res.json({ success: false', 'res.status(N).json({ success: false'],
    ),
    statusCase(
      `${express}app.get('/h', async (req, res) => {
  const body = { ok: false, message: 'Quota exceeded' };
  res.json(body);
});`,
      'errorBody',
      5,
      ['res.json(body)', 'res.status(N).json(body)'],
    ),
    // An explicit 2xx with an error body.
    statusCase(
      `${express}app.get('/i', async (req, res) => {
  try { res.json(await work()); } catch (err) {
    res.status(200).json({ ok: false, message: 'Try again later' });
  }
});`,
      'errorBody',
      5,
      ['status(200)', 'status(N)'],
    ),
    statusCase(
      `${express}const OK = 200;
app.get('/j', async (req, res) => {
  res.status(OK).json({ status: 'error', message: 'Nope' });
});`,
      'errorBody',
      5,
      ['status(OK)', 'status(N)'],
    ),
    // On an error path, an error field read at run time is still an error answered with 200.
    statusCase(
      `${express}app.post('/servers/toggle', async (req, res) => {
  try { res.json(await toggle(req.body.name)); } catch (err) {
    logger.error(err);
    res.json({ error: messages.toggleFailed });
  }
});`,
      'errorPath',
      6,
      ['res.json({ error: messages.toggleFailed })', 'res.status(N).json({ error: messages.toggleFailed })'],
    ),
    // A Fastify decorator used as a preHandler answers with 200 unless it sets a status (hemmelig).
    statusCase(
      `import fp from 'fastify-plugin';
export default fp(async (fastify) => {
  fastify.decorate('userFeatures', async (request, reply) => {
    try { await request.jwtVerify(); } catch (err) {
      return reply.send({ error: 'You have to create an account' });
    }
  });
});`,
      'errorBody',
      5,
      ["reply.send({ error: 'You have to create an account' })", "reply.code(N).send({ error: 'You have to create an account' })"],
    ),
    // A run-time error value in the branch its owner's failure decides is an error (anything-llm's admin.js).
    statusCase(
      `${express}app.post('/admin/users/new', async (req, res) => {
  const roleValidation = validRoleSelection(req.user, req.body);
  if (!roleValidation.valid) {
    res.status(200).json({ user: null, error: roleValidation.error });
    return;
  }
  res.json({ user: await createUser(req.body), error: null });
});`,
      'errorBody',
      6,
      ['status(200)', 'status(N)'],
    ),
    statusCase(
      `${express}app.get('/items', async (req, res) => {
  const { data, error } = await supabase.from('items').select();
  if (error) return res.json({ error });
  res.json({ data });
});`,
      'errorBody',
      5,
      ['res.json({ error })', 'res.status(N).json({ error })'],
    ),
    // node:http bodies serialised by hand (etherpad's OAuth provider).
    statusCase(nodeLogin("res.end(JSON.stringify({ error: 'Invalid login' }))"), 'errorBody', 5, ['if (!user) {\n', 'if (!user) {\n    res.statusCode = N;\n']),
    // A page rendered from a catch without locals is still answered with 200 (kutt).
    statusCase(
      `${express}app.post('/login', async (req, res) => {
  try { await login(req.body); res.redirect('/'); } catch (e) {
    res.locals.error = 'Login failed. Please try again.';
    res.render('login');
  }
});`,
      'errorPath',
      6,
      ["res.render('login')", "res.status(N).render('login')"],
    ),
    // An error one level down (actual's sync server).
    statusCase(
      `${express}app.post('/transactions', async (req, res) => {
  try { res.send({ data: await sync(req.body) }); } catch (error) {
    console.error(error);
    res.send({ status: 'ok', data: { error: 'Something went wrong' } });
  }
});`,
      'errorBody',
      6,
      ["res.send({ status: 'ok'", "res.status(N).send({ status: 'ok'"],
    ),
    // Koa's raw Node response: the status written on ctx.res is the answer's (outline's MCP route).
    statusCase(koaRawAnswer(200), 'errorBody', 7, ['writeHead(200', 'writeHead(N']),
    // A problem-details body (RFC 9457) answered from a catch with no status.
    statusCase(
      `${express}app.get('/orders', async (req, res) => {
  try { res.json(await listOrders()); } catch (err) {
    logger.error(err);
    res.json({ type: 'about:blank', title: 'Internal Server Error', instance: req.id });
  }
});`,
      'errorPath',
      6,
      ["res.json({ type: 'about:blank'", "res.status(N).json({ type: 'about:blank'"],
    ),
    // Decided further up, or in the else of a success test (saltcorn's form posts).
    statusCase(
      `${express}app.post('/steps/:id', async (req, res) => {
  const form = await loadForm(req.params.id);
  form.validate(req.body);
  if (form.hasErrors) {
    if (req.xhr) res.json({ error: form.errorSummary });
    else res.render('form', { form });
  } else res.redirect('/steps');
});`,
      'errorBody',
      7,
      ['res.json({ error: form.errorSummary })', 'res.status(N).json({ error: form.errorSummary })'],
    ),
    statusCase(
      `${express}app.post('/views/:name', async (req, res) => {
  const step = await configFlow(req.params.name).singleStepForm(req.body);
  if (!step.form.hasErrors) {
    await saveView(step.form.values);
    res.json({ success: 'ok' });
  } else {
    res.json({ error: step.form.errorSummary });
  }
});`,
      'errorBody',
      9,
      ['res.json({ error: step.form.errorSummary })', 'res.status(N).json({ error: step.form.errorSummary })'],
    ),
    // Named statuses from NestJS and http-status-codes (ghostfolio).
    statusCase(
      `import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Response } from 'express';
@Controller('charge')
export class ChargeController {
  @Get() check(@Res() response: Response) {
    return response.status(HttpStatus.OK).json({ success: false });
  }
}`,
      'errorBody',
      6,
      ['status(HttpStatus.OK)', 'status(N)'],
    ),
    statusCase(
      `${express}import { StatusCodes } from 'http-status-codes';
app.get('/s', async (req, res) => {
  res.status(StatusCodes.OK).json({ error: 'Nope' });
});`,
      'errorBody',
      5,
      ['status(StatusCodes.OK)', 'status(N)'],
    ),
    // A fixed error field beside a spread that may add more (node-express-boilerplate, LibreChat).
    statusCase(
      `${express}app.get('/items/:id', async (req, res) => {
  res.json({ error: 'Item not found', ...(req.query.debug && { id: req.params.id }) });
});`,
      'errorBody',
      4,
      ['res.json({', 'res.status(N).json({'],
    ),
    statusCase(
      `${express}enum HttpStatusCodes { Ok = 200, BadRequest = 400 }
app.get('/s', async (req, res) => {
  res.status(HttpStatusCodes.Ok).json({ error: 'Nope' });
});`,
      'errorBody',
      5,
      ['status(HttpStatusCodes.Ok)', 'status(N)'],
    ),
    // A status set earlier on the same response.
    statusCase(
      `${express}app.get('/k', async (req, res) => {
  res.status(200);
  return res.json({ failed: true });
});`,
      'errorBody',
      5,
      ['res.status(200)', 'res.status(N)'],
    ),
    // A 404 in a branch that returns does not cover the send after it.
    statusCase(
      `${express}app.get('/l/:id', async (req, res) => {
  const user = await findUser(req.params.id);
  if (!user) {
    res.status(404).json({ error: 'Not found' });
    return;
  }
  if (!user.active) return res.json({ error: 'Inactive' });
  res.json(user);
});`,
      'errorBody',
      9,
      ["res.json({ error: 'Inactive' })", "res.status(N).json({ error: 'Inactive' })"],
    ),
    // Without a status before res.format(), its handlers answer 200.
    statusCase(
      `${express}app.use((req, res) => {
  res.format({
    json() { res.json({ error: 'Page not found' }); },
  });
});`,
      'errorBody',
      5,
      ["res.json({ error: 'Page not found' })", "res.status(N).json({ error: 'Page not found' })"],
    ),
    statusCase(jobStatus("job.status === 'FAILED' ? job.error : 'Job failed'"), 'errorBody', 5, [
      "job.status === 'FAILED' ? job.error : 'Job failed' })",
      "job.status === 'FAILED' ? job.error : 'Job failed' }, { status: N })",
    ]),
    statusCase(batchIndex('failed'), 'errorBody', 10, ['undefined })', 'undefined }, { status: N })']),
    // NestJS sends what a controller method returns, with 201 for @Post() and 200 otherwise.
    nestReturnCase(
      nestCreateOrder("return { ok: false, error: 'Order failed' }"),
      'errorBody',
      13,
      "{ ok: false, error: 'Order failed' }",
    ),
    nestReturnCase(
      nestController(`  @Get(':id/invoice')
  async invoice(@Param('id') id: string) {
    const invoice = await this.orders.invoice(id);
    if (!invoice.ready) return { error: 'Invoice not ready yet' };
    return invoice;
  }`),
      'errorBody',
      10,
      "{ error: 'Invoice not ready yet' }",
    ),
    // An explicit success status, and an \`HttpException\` already imported under another name.
    nestReturnCase(
      nestController(`  @Post('refund')
  @HttpCode(HttpStatus.OK)
  async refund(@Body() dto: RefundDto) {
    try {
      return await this.orders.refund(dto);
    } catch (error) {
      return 'Could not refund the order';
    }
  }`, 'Body, Controller, HttpCode, HttpException as HttpError, HttpStatus, Post'),
      'errorPath',
      13,
      "'Could not refund the order'",
      'HttpError',
    ),
    // Inside a \`try\` block a thrown exception would reach the \`catch\`: no suggestions there.
    {
      code: nestController(`  @Post('pay')
  async pay(@Body() dto: PayDto) {
    try {
      const result = await this.orders.pay(dto);
      if (!result.ok) return { error: 'Payment declined' };
      return result;
    } catch (error) {
      throw new InternalServerErrorException();
    }
  }`),
      errors: [{ messageId: 'errorBody', line: 11, data: { evidence: '{ error }', status: 'no status (201 by default)' }, suggestions: [] }],
    },
    // A NestJS controller method with four injected parameters is no Express error handler (postiz).
    statusCase(
      `import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
@Controller('/auth')
export class AuthController {
  @Post('/oauth/:provider/exists')
  async oauthExists(@Req() req: Request, @Body('code') code: string, @Param('provider') provider: string, @Res() response: Response) {
    try { return response.json(await this.auth.checkExists(provider, code)); } catch (err) {
      return response.json({ message: 'Could not sign in' });
    }
  }
}`,
      'errorPath',
      8,
      ["response.json({ message: 'Could not sign in' })", "response.status(N).json({ message: 'Could not sign in' })"],
    ),
    // Any response from an error path, with a plain message or sendStatus(200).
    statusCase(
      `${express}app.get('/m', async (req, res) => {
  try { res.json(await work()); } catch (err) {
    logger.error(err);
    res.json({ message: 'Something went wrong' });
  }
});`,
      'errorPath',
      6,
      ["res.json({ message: 'Something went wrong' })", "res.status(N).json({ message: 'Something went wrong' })"],
    ),
    // A text built with \`+\` is a message like a template literal (apostrophe).
    statusCase(
      uploadRoute("res.send('Could not upload: ' + err.code)"),
      'errorPath',
      6,
      ["res.send('Could not upload: ' + err.code)", "res.status(N).send('Could not upload: ' + err.code)"],
    ),
    statusCase(
      `${express}app.get('/n', async (req, res) => {
  try { await work(); } catch (err) { res.sendStatus(200); }
});`,
      'errorPath',
      4,
      ['res.sendStatus(200)', 'res.sendStatus(N)'],
    ),
    statusCase(
      `${express}app.get('/o', (req, res) => {
  work().then((data) => res.json(data)).catch(() => res.send('Failed to load'));
});`,
      'errorBody',
      4,
      ["res.send('Failed to load')", "res.status(N).send('Failed to load')"],
    ),
    statusCase(
      `${express}app.get('/p', (req, res) => {
  work().then((data) => res.json(data), (e) => res.json({ message: 'Could not load' }));
});`,
      'errorPath',
      4,
      ["res.json({ message: 'Could not load' })", "res.status(N).json({ message: 'Could not load' })"],
    ),
    statusCase(
      `import fs from 'fs';
${express}app.get('/q', (req, res) => {
  fs.readFile('data.json', 'utf8', (err, data) => {
    if (err) return res.json({ message: 'Could not read data' });
    res.type('json').send(data);
  });
});`,
      'errorPath',
      6,
      ["res.json({ message: 'Could not read data' })", "res.status(N).json({ message: 'Could not read data' })"],
    ),
    statusCase(
      `${express}app.use((err, req, res, next) => {
  logger.error(err);
  res.json({ message: 'Internal error' });
});`,
      'errorPath',
      5,
      ["res.json({ message: 'Internal error' })", "res.status(N).json({ message: 'Internal error' })"],
    ),
    statusCase(
      `${express}app.use((err, req, res, next) => {
  res.render('error', { message: 'Sorry' });
});`,
      'errorBody',
      4,
      ["res.render('error'", "res.status(N).render('error'"],
    ),
    // An error page in an errors/ directory, from a plain route.
    statusCase(
      `${express}app.get('/maintenance', (req, res) => {
  res.render('errors/503', { retryAfter: 60 });
});`,
      'errorBody',
      4,
      ["res.render('errors/503'", "res.status(N).render('errors/503'"],
    ),
    // node:http
    statusCase(
      `import http from 'node:http';
http.createServer((req, res) => {
  save(req).catch(() => {
    res.end('Error: could not save');
  });
});`,
      'errorBody',
      4,
      ["res.end('Error: could not save');", "res.statusCode = N;\n    res.end('Error: could not save');"],
    ),
    // Koa
    statusCase(
      `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try { await next(); } catch (err) {
    ctx.body = { error: 'Internal Server Error' };
  }
});`,
      'errorBody',
      5,
      ["ctx.body = { error: 'Internal Server Error' };", "ctx.status = N;\n    ctx.body = { error: 'Internal Server Error' };"],
    ),
    // A status set in another branch that returns does not cover this body.
    statusCase(
      `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try { await next(); } catch (err) {
    if (err instanceof SyntaxError) {
      ctx.status = 400;
      ctx.body = { error: 'Invalid JSON body' };
      return;
    }
    ctx.body = { error: 'Internal Server Error' };
  }
});`,
      'errorBody',
      10,
      ["ctx.body = { error: 'Internal Server Error' };", "ctx.status = N;\n    ctx.body = { error: 'Internal Server Error' };"],
    ),
    // Fastify
    statusCase(
      `import Fastify from 'fastify';
const fastify = Fastify();
fastify.post('/orders', async (request, reply) => {
  try { return await createOrder(request.body); } catch (err) {
    reply.code(201).send({ error: 'Order failed' });
  }
});`,
      'errorBody',
      5,
      ['code(201)', 'code(N)'],
    ),
    statusCase(
      `import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/items', async (request, reply) => {
  try { return await listItems(); } catch (err) {
    request.log.error(err);
    return { success: false };
  }
});`,
      'errorBody',
      6,
      ['return { success: false };', 'reply.code(N);\n    return { success: false };'],
    ),
    // Hapi
    statusCase(
      `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'GET', path: '/x', handler: async (request, h) => {
  try { return await work(); } catch (err) {
    return h.response({ error: 'Failed' });
  }
} });`,
      'errorBody',
      5,
      ["h.response({ error: 'Failed' })", "h.response({ error: 'Failed' }).code(N)"],
    ),
    statusCase(
      `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'GET', path: '/y', handler: (request, h) => h.response({ error: 'Nope' }).code(200) });`,
      'errorBody',
      3,
      ['code(200)', 'code(N)'],
    ),
    // Next.js
    statusCase(
      `import { NextResponse } from 'next/server';
export async function GET() {
  try { return NextResponse.json(await load()); } catch (error) {
    return NextResponse.json({ error: 'Could not load' });
  }
}`,
      'errorBody',
      4,
      ["{ error: 'Could not load' })", "{ error: 'Could not load' }, { status: N })"],
    ),
    statusCase(
      `export async function POST(request: Request) {
  const body = await request.json().catch(() => null);
  if (!body) return Response.json({ error: 'Invalid JSON' }, { status: 200 });
  return Response.json(await save(body), { status: 201 });
}`,
      'errorBody',
      3,
      ['status: 200', 'status: N'],
    ),
    statusCase(
      `import { NextResponse } from 'next/server';
export async function DELETE() {
  try { await remove(); return new NextResponse(null, { status: 204 }); } catch {
    return NextResponse.json({ errors: ['Could not delete'] }, { headers: { 'Cache-Control': 'no-store' } });
  }
}`,
      'errorBody',
      4,
      ["{ headers: {", "{ status: N, headers: {"],
    ),
    // --- h3 (Nuxt, Nitro) ---
    statusCase(nuxtOrderRoute("return { error: 'Order not found' };"), 'errorBody', 4, ["    return { error: 'Order not found' };", "    setResponseStatus(event, N);\n    return { error: 'Order not found' };"], NUXT_ORDER_FILE),
    statusCase(
      nuxtOrderRoute("setResponseStatus(event, 200);\n    return { error: 'Order not found' };"),
      'errorBody',
      5,
      ['setResponseStatus(event, 200)', 'setResponseStatus(event, N)'],
      NUXT_ORDER_FILE,
    ),
    // The suggestion calls setResponseStatus by the name it is imported as; without it in scope, there is none.
    statusCase(
      nuxtOrderRoute("return { error: 'Order not found' };", "import { defineEventHandler, getRouterParam, setResponseStatus as setStatus } from 'h3';\n"),
      'errorBody',
      5,
      ["    return { error: 'Order not found' };", "    setStatus(event, N);\n    return { error: 'Order not found' };"],
    ),
    statusCase(nuxtOrderRoute("return { error: 'Order not found' };", "import { defineEventHandler, getRouterParam } from 'h3';\n"), 'errorBody', 5),
    // A setResponseStatus that is not h3's sets nothing h3 answers with.
    statusCase(
      nuxtOrderRoute("setResponseStatus(event, 404);\n    return { error: 'Order not found' };", "import { defineEventHandler, getRouterParam } from 'h3';\nimport { setResponseStatus } from '~/server/utils/audit';\n"),
      'errorBody',
      7,
    ),
    statusCase(
      `export default defineNitroErrorHandler((error, event) => {
  console.error(error);
  return send(event, JSON.stringify({ error: 'Internal Server Error' }));
});`,
      'errorBody',
      3,
      ["  return send(", "  setResponseStatus(event, N);\n  return send("],
      { filename: '/shop/server/error.ts' },
    ),
  ],
});

createJavaScriptRuleTester().run('no-error-with-success-status (espree)', rule, {
  valid: [
    // Handlers exported by name and wrapped, with statuses.
    `const asyncHandler = require('express-async-handler');
const getCart = async (req, res) => {
  try { res.json(await load(req.user)); } catch (error) { res.status(500).json({ success: false, message: 'Error' }); }
};
const addToCart = asyncHandler(async (req, res) => {
  res.status(201).json({ success: true });
});
module.exports = { getCart, addToCart };`,
    `const router = require('express').Router();
router.get('/', (req, res) => {
  list().then((rows) => res.json(rows)).catch(() => res.status(500).json({ success: false }));
});`,
  ],
  invalid: [
    // Controllers exported at the end of the file (MERN style), and wrapped handlers.
    statusCase(
      `const getCart = async (req, res) => {
  try { res.json({ success: true, cart: await load(req.user) }); } catch (error) {
    console.log(error);
    res.json({ success: false, message: 'Error' });
  }
};
export { getCart };`,
      'errorBody',
      4,
      ["res.json({ success: false", "res.status(N).json({ success: false"],
    ),
    statusCase(
      `const removeFromCart = async (req, res) => {
  try { await remove(req.body); res.json({ success: true }); } catch (error) { res.json({ success: false, message: 'Error' }); }
};
export default removeFromCart;`,
      'errorBody',
      2,
      ["res.json({ success: false", "res.status(N).json({ success: false"],
    ),
    statusCase(
      `const { wrap: async } = require('co');
exports.create = async(function* (req, res) {
  try { yield save(req.body); res.redirect('/'); } catch (err) {
    res.render('error', { errors: [err.message] });
  }
});`,
      'errorBody',
      4,
      ["res.render('error'", "res.status(N).render('error'"],
    ),
    statusCase(
      `const router = require('express').Router();
router.get('/mine', catchAsync(async (req, res) => {
  const orders = await Order.find({ user: req.user.id });
  if (!orders) return res.json({ success: false, message: 'No orders' });
  res.json({ success: true, orders });
}));`,
      'errorBody',
      4,
      ["res.json({ success: false", "res.status(N).json({ success: false"],
    ),
    statusCase(
      `const router = require('express').Router();
router.get('/', (req, res) => {
  list().then((rows) => res.json(rows)).catch(() => res.json({ success: false }));
});`,
      'errorBody',
      3,
      ['res.json({ success: false })', 'res.status(N).json({ success: false })'],
    ),
  ],
});
