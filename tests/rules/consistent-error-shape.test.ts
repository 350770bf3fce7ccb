import rule, { type Options } from '../../src/rules/consistent-error-shape';
import { createJavaScriptRuleTester, createRuleTester } from '../rule-tester';
import { koaTestConnection, nestCreateOrder, nestCreateOrderFailure } from '../shared-code';

/** A Hono route that answers a failed render with \`answer\`. */
function honoPage(answer: string): string {
  return `import { Hono } from 'hono';
const app = new Hono();
app.get('/reports/:id', async (c) => {
  try { return c.html(await renderReport(c.req.param('id'))); } catch (err) {
    console.error(err);
    ${answer}
  }
});`;
}

const ruleTester = createRuleTester();
const CATALOG = { 'safe-errors': { catalog: 'tests/fixtures/errors.catalog.json' } };
const express = `import express from 'express';
const app = express();
`;
const houseFormat: Options = { format: { required: ['code', 'message'], allowed: ['description', 'logref'] } };

/** Code that hands a failed \`Response\` to a fetch double; \`header\` opens the file. */
function fetchDouble(header: string): string {
  return `${header}
export async function queuedAfterFailure() {
  const fetchMock = vi.fn().mockResolvedValueOnce(new Response('nope', { status: 500 }));
  vi.stubGlobal('fetch', fetchMock);
  return flushAuditEvents();
}`;
}

/** An OAuth token endpoint that answers an unsupported grant with \`body\` (outline, overleaf). */
function oauthToken(body: string): string {
  return `${express}app.post('/oauth/token', async (req, res) => {
  if (req.body.grant_type !== 'authorization_code') {
    return res.status(400).json(${body});
  }
  res.json(await exchangeCode(req.body.code));
});`;
}

/** A SCIM endpoint that answers a missing user with \`body\` (langfuse). */
function scimUser(body: string): string {
  return `${express}app.get('/scim/v2/Users/:id', async (req, res) => {
  const user = await findUser(req.params.id);
  if (!user) return res.status(404).json(${body});
  res.json(user);
});`;
}

/** A readiness probe on \`path\` that answers a missing dependency with 503 (openpanel). */
function readiness(path: string): string {
  return `${express}app.get('${path}', async (req, res) => {
  if (!(await redis.ping())) return res.status(503).json({ ready: false, reason: 'redis' });
  res.json({ ready: true });
});`;
}

/** A React Router page route whose loader throws a Response for its ErrorBoundary (documenso). */
const PAGE_ROUTE = `import { useLoaderData } from 'react-router';

export const loader = async ({ params }) => {
  const doc = await findDocument(params.id);
  if (!doc) {
    throw new Response('Not Found', { status: 404 });
  }
  return { doc };
};

export default function DocumentPage() {
  const { doc } = useLoaderData();
  return doc.title;
}`;

/** A Koa route that answers data when the key exists and a bare 404 otherwise (budibase). */
const KOA_DATA_OR_404 = `import Router from '@koa/router';
const router = new Router();
router.get('/license', async (ctx) => {
  const key = await getKey();
  if (key) {
    ctx.body = { licenseKey: '*' };
  } else {
    ctx.status = 404;
  }
});`;


/** A script endpoint that answers a refused key with a statement for the \`<script>\` tag (growthbook). */
function scriptEndpoint(contentType: string): string {
  return `${express}app.get('/js/:key.js', async (req, res) => {
  ${contentType}
  const { org } = await lookup(req.params.key);
  if (!org) return res.status(400).send(\`console.error("Invalid API key");\`);
  res.send('window.loaded = true;');
});`;
}

/** Koa's error page (koajs/examples): the error answered with \`type\` and an HTML text. */
function koaErrorPage(type: string): string {
  return `const Koa = require('koa');
const app = new Koa();
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = 500;
    ${type}
    ctx.body = '<p>Something <em>exploded</em>, please contact support.</p>';
    ctx.app.emit('error', err, ctx);
  }
});`;
}

/** A Next.js Open Graph image route (cal.com): an image for known types, a text 404 otherwise; \`contentType\` is the image's. */
function imageRoute(contentType: string): string {
  return `import type { NextRequest } from 'next/server';
export async function GET(req: NextRequest) {
  const image = await renderCard(req.nextUrl.searchParams.get('type'));
  if (!image) return new Response('What you are looking for is not here.', { status: 404 });
  return new Response(image, { status: 200, headers: { 'Content-Type': '${contentType}' } });
}`;
}

/** An image route whose Content-Type comes from the image processor (evershop); \`setType\` sets it. */
function processedImageRoute(setType: string): string {
  return `${express}app.get('/images', async (req, res) => {
  if (!req.query.src) return res.status(400).send('Invalid parameters');
  try {
    const result = await imageProcessor(req.query.src);
    ${setType}
    res.send(result.buffer);
  } catch (error) {
    res.status(404).send('Not Found');
  }
});`;
}

/** One constant body sent by two answers (juice-shop's restoreProgress). */
const SHARED_TEXT_BODY = `${express}const invalidCode = 'Invalid continue code.';
app.get('/restore/:code', (req, res) => {
  if (!/^[a-z0-9]+$/i.test(req.params.code)) return res.status(404).send(invalidCode);
  if (req.params.code.length > 60) return res.status(404).send(invalidCode);
  res.json({ data: 'restored' });
});`;

ruleTester.run('consistent-error-shape', rule, {
  valid: [
    // Hono's \`c.html()\` answers with a page, which a browser shows; the body's shape is the house format's.
    honoPage("return c.html('<h1>The report could not be shown</h1>', 500);"),
    honoPage("return c.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, 500);"),
    // The route's answers are images: its text 404 is read by a crawler, not an API client.
    imageRoute('image/png'),
    processedImageRoute("res.setHeader('Content-Type', result.metadata.contentType);"),
    processedImageRoute('res.type(result.format);'),
    // A translation of an object's key is no text of this file's.
    `${express}app.post('/reset-password', (req, res) => {
  if (!req.body.new) return res.status(401).json(res.__({ phrase: 'Password cannot be empty.', locale: 'en' }));
  res.json({ ok: true });
});`,
    koaErrorPage("ctx.type = 'html';"),
    // A development-only field spread in: the fixed fields are still problem details (node-express-boilerplate).
    `${express}app.use((err, req, res, next) => {
  logger.error(err);
  res.status(500).json({ title: 'Internal Server Error', status: 500, ...(process.env.NODE_ENV === 'development' && { stack: err.stack }) });
});`,
    imageRoute('text/html; charset=utf-8'),
    scriptEndpoint("res.setHeader('Content-Type', 'text/javascript');"),
    scriptEndpoint("res.type('js');"),
    // Set in the answer's own chain (nodebb's 404 for client scripts).
    `${express}app.use((req, res) => {
  if (req.url.endsWith('.js')) return res.type('text/javascript').status(404).send('Not Found');
  res.status(404).json({ title: 'Not Found' });
});`,
    // An empty body has nothing to parse.
    `${express}app.get('/favicon.ico', (req, res) => {
  res.status(404).send('');
});`,
    // A status picked between two 4xx constants may be the body's.
    `${express}app.use((err, req, res, next) => {
  res.status(err.expired ? 401 : 400).json({ title: 'Request refused', status: 400 });
});`,
    // The answer to the question asked, not an error.
    koaTestConnection,
    // The body and the 404 are on different paths.
    KOA_DATA_OR_404,
    PAGE_ROUTE,
    PAGE_ROUTE.replace('export const loader = async', 'export const action = async'),
    // Also from a helper the loader calls.
    PAGE_ROUTE.replace('export const loader = async', 'const loadDocument = async').replace('export default function', 'export const loader = (args) => loadDocument(args);\n\nexport default function'),
    // A NestJS controller method that returns a problem-details body.
    nestCreateOrder("return { title: 'Could not create the order', instance: randomUUID() }"),
    // Tests build web Responses as test doubles: a file that imports a test runner, or is named like a test (inbox-zero, formbricks).
    fetchDouble("import { vi } from 'vitest';"),
    { code: fetchDouble("import { flushAuditEvents } from './delivery';"), filename: '/project/src/audit/delivery.test.ts' },
    // OAuth 2.0 error responses have the shape RFC 6749 fixes.
    oauthToken("{ error: 'unsupported_grant_type', error_description: 'Only authorization_code is supported' }"),
    // \`error_description\` is optional: a registered OAuth error code alone (nocobase).
    oauthToken("{ error: 'unsupported_grant_type' }"),
    // A registered code with its description may carry extension members (RFC 6750's insufficient_scope: ts-oauth2-server).
    oauthToken("{ error: 'insufficient_scope', error_description: 'The token lacks a scope', required_scopes: ['read'], granted_scopes: [] }"),
    // SCIM 2.0 errors have the shape RFC 7644 fixes.
    scimUser("{ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404', detail: 'User not found' }"),
    // Health and readiness probes answer load balancers in their own formats.
    readiness('/healthz/ready'),
    // JSON-RPC 2.0 answers, serialised by hand.
    `import http from 'node:http';
http.createServer(async (req, res) => {
  try { res.end(JSON.stringify({ jsonrpc: '2.0', result: await dispatch(req), id: 1 })); } catch (error) {
    console.error(error);
    res.writeHead(500).end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32603, message: 'Internal error' }, id: null }));
  }
}).listen(3000);`,
    // RFC 9457 problem details, with extensions.
    `${express}app.get('/a', (req, res) => {
  res.status(404).json({ type: 'https://api.example.com/problems/not-found', title: 'Not found', status: 404, detail: 'No order 42', instance: '/orders/42' });
});
app.use((err, req, res, next) => {
  res.status(500).type('application/problem+json').json({ title: 'Internal Server Error', status: 500, traceId: req.id });
});`,
    // Validation failures with an errors array are accepted in every format.
    `${express}app.post('/b', (req, res) => {
  res.status(422).json({ title: 'Invalid request', errors: [{ pointer: '/email', detail: 'must be an email' }] });
});`,
    // Success bodies are not error bodies, strings included.
    `${express}app.get('/c', (req, res) => res.json({ message: 'hello', success: true }));
app.get('/ping', (req, res) => res.status(200).send('OK'));
app.post('/items', (req, res) => res.status(201).send('Created'));`,
    // vnd.error
    {
      code: `${express}app.get('/d', (req, res) => {
  res.status(400).json({ message: 'Bad input', logref: 'a1b2', path: '/d' });
});`,
      options: [{ format: 'vnd.error' }],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.setErrorHandler((error, request, reply) => {
  reply.status(500).send({ message: 'Internal error', logref: request.id });
});`,
      options: [{ format: 'vnd.error' }],
    },
    // A house format.
    {
      code: `${express}app.get('/e', (req, res) => {
  res.status(409).json({ code: 'CONFLICT', message: 'Already exists', logref: 'x' });
});`,
      options: [houseFormat],
    },
    // A NestJS exception filter answering problem details.
    `import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    host.switchToHttp().getResponse().status(500).json({ title: 'Internal Server Error', status: 500 });
  }
}`,
    // Bodies built elsewhere are checked where they are built.
    `${express}app.get('/f', (req, res) => res.status(500).json(toProblem(new Error('x'))));`,
    // Koa, Fastify and Next.js in the default format.
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  try { await next(); } catch (err) { ctx.status = 500; ctx.body = { title: 'Internal Server Error', status: 500 }; }
});`,
    `import { NextResponse } from 'next/server';
export async function GET() {
  return NextResponse.json({ title: 'Gone', status: 410 }, { status: 410 });
}`,
  ],
  invalid: [
    { code: honoPage("return c.text('The report could not be shown', 500);"), errors: [{ messageId: 'bareString', line: 6 }] },
    { code: honoPage("return c.json({ error: 'The report could not be shown' }, 500);"), errors: [{ messageId: 'missingAndUnexpectedFields', line: 6 }] },
    // Without a content type, or with JSON, the text is what API clients get.
    { code: scriptEndpoint(''), errors: [{ messageId: 'bareString', line: 6 }] },
    { code: scriptEndpoint("res.type('json');"), errors: [{ messageId: 'bareString', line: 6 }] },
    { code: imageRoute('application/json'), errors: [{ messageId: 'bareString', line: 4 }] },
    {
      code: processedImageRoute("res.setHeader('Content-Type', 'application/json');"),
      errors: [
        { messageId: 'bareString', line: 4 },
        { messageId: 'bareString', line: 10 },
      ],
    },
    // A translated text is a bare string too (juice-shop).
    {
      code: `${express}app.post('/reset-password', (req, res) => {
  if (!req.body.new) return res.status(401).send(res.__('Password cannot be empty.'));
  res.json({ ok: true });
});`,
      errors: [{ messageId: 'bareString', line: 4 }],
    },
    // A type negotiated from the request is an API's answer (medplum's webhooks).
    {
      code: processedImageRoute('res.type(negotiatedType(req));'),
      errors: [
        { messageId: 'bareString', line: 4 },
        { messageId: 'bareString', line: 10 },
      ],
    },
    // Reported once, where the text is written, however many answers send it.
    { code: SHARED_TEXT_BODY, errors: [{ messageId: 'bareString', line: 3 }] },
    { code: koaErrorPage("ctx.type = 'json';"), errors: [{ messageId: 'bareString', line: 9 }] },
    // The same body in a house format: its fixed fields are checked, whatever the spread may add.
    {
      code: `${express}app.use((err, req, res, next) => {
  logger.error(err);
  res.status(500).json({ code: 500, message: 'Internal Server Error', ...(process.env.NODE_ENV === 'development' && { stack: err.stack }) });
});`,
      errors: [{ messageId: 'missingAndUnexpectedFields', line: 5 }],
    },
    // A script's content type on another path says nothing about this answer.
    {
      code: `${express}app.use((req, res) => {
  if (req.url.endsWith('.js')) return res.type('text/javascript').status(404).send('');
  res.status(404).type('txt').send('Not found');
});`,
      errors: [{ messageId: 'bareString', line: 5 }],
    },
    // With an error status it is an error body all the same.
    {
      code: koaTestConnection.replace("    ctx.body = { valid: false,", "    ctx.status = 502;\n    ctx.body = { valid: false,"),
      errors: [{ messageId: 'missingAndUnexpectedFields', line: 10 }],
    },
    // After the \`if\`, the 404 is on the body's path too: Koa reads \`ctx.status\` when it answers.
    {
      code: KOA_DATA_OR_404.replace('  } else {\n    ctx.status = 404;\n  }', '  }\n  ctx.status = 404;'),
      errors: [{ messageId: 'missingFields', line: 6 }],
    },
    // Without a page (no default export) the route is a resource route: its answer is an API body.
    {
      code: PAGE_ROUTE.replace(/\nexport default function[^]*$/, ''),
      errors: [{ messageId: 'bareString', line: 6 }],
    },
    // A function that is not the route's loader answers whoever calls it.
    {
      code: PAGE_ROUTE.replace('export const loader = async', 'export const load = async'),
      errors: [{ messageId: 'bareString', line: 6 }],
    },
    // Extension members need a registered code and its description: otherwise it is a house format.
    {
      code: oauthToken("{ error: 'scope_missing', error_description: 'The token lacks a scope', required_scopes: ['read'] }"),
      errors: [{ messageId: 'missingAndUnexpectedFields', line: 5 }],
    },
    // A code OAuth does not define, alone, is a house format.
    {
      code: oauthToken("{ error: 'not_found' }"),
      errors: [{ messageId: 'missingAndUnexpectedFields', line: 5, data: { missing: '`title`', unexpected: '`error`', format: 'RFC 9457 problem details', hint: ' (use title and detail)' } }],
    },
    // Express takes a status as text: \`res.status('403')\` is a 403 (codimd).
    {
      code: `${express}app.get('/notes/:id', (req, res) => {
  if (!canRead(req.user)) return res.status('403').json({ status: 'error', message: 'Forbidden' });
  res.json(load(req.params.id));
});`,
      errors: [
        { messageId: 'missingAndUnexpectedFields', line: 4, data: { missing: '`title`', unexpected: '`message`', format: 'RFC 9457 problem details', hint: ' (use title and detail)' } },
      ],
    },
    {
      code: fetchDouble("import { flushAuditEvents } from './delivery';"),
      errors: [{ messageId: 'bareString', line: 3, data: { format: 'RFC 9457 problem details' } }],
    },
    {
      code: `import http from 'node:http';
http.createServer(async (req, res) => {
  try { res.end(JSON.stringify(await dispatch(req))); } catch (error) {
    console.error(error);
    res.writeHead(500).end(JSON.stringify({ error: 'Internal error' }));
  }
}).listen(3000);`,
      errors: [{ messageId: 'missingAndUnexpectedFields', line: 5, data: { missing: '`title`', unexpected: '`error`', format: 'RFC 9457 problem details', hint: ' (use title and detail)' } }],
    },
    {
      code: oauthToken("{ error: 'unsupported_grant_type', message: 'Only authorization_code is supported' }"),
      errors: [
        { messageId: 'missingAndUnexpectedFields', line: 5, data: { missing: '`title`', unexpected: '`error`, `message`', format: 'RFC 9457 problem details', hint: ' (use title and detail)' } },
      ],
    },
    // A SCIM-like body with a field SCIM does not define, and the same 503 outside a probe.
    {
      code: scimUser("{ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], detail: 'User not found', message: 'not found' }"),
      errors: [
        { messageId: 'missingAndUnexpectedFields', line: 5, data: { missing: '`title`', unexpected: '`message`', format: 'RFC 9457 problem details', hint: ' (use title and detail)' } },
      ],
    },
    {
      code: readiness('/orders/ready-to-ship'),
      errors: [{ messageId: 'missingFields', line: 4, data: { fields: '`title`', format: 'RFC 9457 problem details' } }],
    },
    // NestJS sends what a controller method returns, here from a catch block.
    {
      code: nestCreateOrderFailure,
      errors: [
        { messageId: 'missingAndUnexpectedFields', line: 13, data: { missing: '`title`', unexpected: '`message`', format: 'RFC 9457 problem details', hint: ' (use title and detail)' } },
      ],
    },
    // Only one way off the format: one report of that kind.
    {
      code: `${express}app.get('/a', (req, res) => {
  res.status(404).json({ detail: 'No order 42', status: 404 });
});`,
      errors: [{ messageId: 'missingFields', line: 4, data: { fields: '`title`', format: 'RFC 9457 problem details' } }],
    },
    {
      code: `${express}app.get('/a', (req, res) => {
  res.status(404).json({ title: 'Not found', message: 'No order 42' });
});`,
      errors: [{ messageId: 'unexpectedFields', line: 4, data: { fields: '`message`', format: 'RFC 9457 problem details', hint: ' (use title and detail)' } }],
    },
    {
      code: `${express}app.get('/e', (req, res) => {
  res.status(409).json({ code: 'CONFLICT', message: 'Already exists', retryAfter: 5 });
});`,
      options: [houseFormat],
      errors: [{ messageId: 'unexpectedFields', line: 4, data: { fields: '`retryAfter`', format: 'configured', hint: '' } }],
    },
    {
      code: `${express}app.get('/a', (req, res) => {
  res.status(404).json({ message: 'Not found' });
});`,
      errors: [
        {
          messageId: 'missingAndUnexpectedFields',
          line: 4,
          data: { missing: '`title`', unexpected: '`message`', format: 'RFC 9457 problem details', hint: ' (use title and detail)' },
        },
      ],
    },
    {
      code: `${express}app.use((err, req, res, next) => {
  res.status(500).json({ title: 'Internal Server Error', status: 400 });
});`,
      errors: [{ messageId: 'statusMismatch', line: 4, data: { body: '400', response: '500' } }],
    },
    {
      code: `${express}app.use((err, req, res, next) => {
  res.status(err.expired ? 401 : 403).json({ title: 'Request refused', status: 400 });
});`,
      errors: [{ messageId: 'statusMismatch', line: 4, data: { body: '400', response: '401 or 403' } }],
    },
    {
      code: `${express}app.get('/b', (req, res) => {
  res.status(400).send('Bad request');
});`,
      errors: [{ messageId: 'bareString', line: 4 }],
    },
    // Catalog exceptions answered in an error handler are error answers too.
    {
      code: `${express}app.use((err, req, res, next) => {
  if (err instanceof ValidationError) return res.status(err.status).json({ error: err.message });
  next(err);
});`,
      settings: CATALOG,
      errors: [
        { messageId: 'missingAndUnexpectedFields', line: 4 },
      ],
    },
    {
      code: `${express}app.get('/e', (req, res) => {
  res.status(409).json({ error: 'Conflict', code: 'CONFLICT' });
});`,
      options: [houseFormat],
      errors: [
        { messageId: 'missingAndUnexpectedFields', line: 4, data: { missing: '`message`', unexpected: '`error`', format: 'configured', hint: '' } },
      ],
    },
    {
      code: `import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
@Catch()
export class LegacyFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse();
    response.status(500).json({ statusCode: 500, message: 'Internal server error' });
  }
}`,
      errors: [{ messageId: 'missingAndUnexpectedFields', line: 6, data: { missing: '`title`', unexpected: '`message`', format: 'RFC 9457 problem details', hint: ' (use title and detail)' } }],
    },
    // Bodies built by a configured response helper are checked in the helper.
    {
      code: `export function sendError(res, status, message) {
  res.status(status).json({ message });
}`,
      settings: { 'safe-errors': { responseHelpers: [{ name: 'sendError', response: 0, body: 2 }] } },
      errors: [
        { messageId: 'missingAndUnexpectedFields', line: 2 },
      ],
    },
    {
      code: `import { NextResponse } from 'next/server';
export async function GET() {
  try { return NextResponse.json(await load()); } catch {
    return NextResponse.json({ error: 'Could not load' }, { status: 500 });
  }
}`,
      errors: [{ messageId: 'missingAndUnexpectedFields', line: 4 }],
    },
  ],
});

createJavaScriptRuleTester().run('consistent-error-shape (espree)', rule, {
  valid: [`module.exports = (err, req, res, next) => res.status(500).json({ title: 'Internal Server Error' });`],
  invalid: [
    {
      code: `module.exports = (err, req, res, next) => res.status(500).json({ success: false, error: 'boom' });`,
      errors: [
        {
          messageId: 'missingAndUnexpectedFields',
          line: 1,
          data: { missing: '`title`', unexpected: '`success`, `error`', format: 'RFC 9457 problem details', hint: ' (use title and detail)' },
        },
      ],
    },
  ],
});
