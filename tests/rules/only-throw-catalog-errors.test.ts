import path from 'node:path';

import rule from '../../src/rules/only-throw-catalog-errors';
import { createJavaScriptRuleTester, createRuleTester, createTypedRuleTester } from '../rule-tester';

const settings = { 'safe-errors': { catalog: 'tests/fixtures/errors.catalog.json' } };
const largeCatalogSettings = { 'safe-errors': { catalog: 'tests/fixtures/large/errors.catalog.json' } };
// The typed tester lints from tests/fixtures (its tsconfigRootDir), so the catalog path is given absolute there.
const typedSettings = { 'safe-errors': { catalog: path.join(__dirname, '..', 'fixtures', 'errors.catalog.json') } };
const CATALOG = 'errors.catalog.json';
const ALL = 'NotFoundError, ValidationError, InvalidCredentialsError';

const express = `import express from 'express';
const app = express();
`;

/** An Express route that hands \`error\` to \`next\` (juice-shop's fileServer). */
function nextRoute(error: string): string {
  return `${express}app.get('/file/:name', (req, res, next) => {
  if (req.params.name.includes('/')) return next(${error});
  res.sendFile(req.params.name, { root: 'ftp/' });
});`;
}

/** A route that throws inside \`try\` and whose \`catch\` runs \`onCatch\` (juice-shop's dataErasure). */
function caughtRoute(onCatch: string): string {
  return `${express}app.get('/erasure', async (req, res, next) => {
  try {
    const answer = await lookup(req.query.email);
    if (answer == null) throw new Error('No answer found');
    res.render('form', { answer });
  } catch (error) {
    ${onCatch}
  }
});`;
}

const ruleTester = createRuleTester();

ruleTester.run('only-throw-catalog-errors', rule, {
  valid: [
    // Catalog exceptions.
    { code: `throw new NotFoundError();`, settings },
    // The larger catalog's own classes, whatever their words.
    { code: `throw new PaymentRequiredError();`, settings: largeCatalogSettings },
    { code: `export function save() { throw new ConflictError(); }`, settings: largeCatalogSettings },
    { code: `import { ValidationError } from './errors';\nexport function check(body: unknown) {\n  if (!body) throw new ValidationError();\n}`, settings },
    { code: `import * as errors from './errors';\nthrow new errors.InvalidCredentialsError();`, settings },
    { code: `const { NotFoundError } = require('./errors');\nfunction load(id) { if (!id) throw new NotFoundError({ id }); }`, settings },
    { code: `throw cond ? new NotFoundError() : new ValidationError();`, settings },
    { code: `const error = new NotFoundError();\nthrow error;`, settings },
    { code: `throw (log('x'), new NotFoundError());`, settings },
    { code: `async function f() { throw await makeNotFound(); }`, settings },
    // Rethrows of caught errors, in catch blocks and .catch callbacks.
    { code: `try { work(); } catch (err) { log(err); throw err; }`, settings },
    { code: `try { work(); } catch (e) { const original = e; throw original; }`, settings },
    { code: `load().catch((error) => { metrics.count(); throw error; });`, settings },
    { code: `load().catch(function (e) { throw e; });`, settings },
    { code: `try { work(); } catch ({ cause }) { throw cause; }`, settings },
    // Values whose origin is unknown statically: precision first.
    { code: `function fail(error: Error) { throw error; }`, settings },
    { code: `class Service { run() { try { x(); } catch (e) { throw this.mapError(e); } } }`, settings },
    { code: `throw errors.notFound;`, settings },
    { code: `throw toAppError(caught);`, settings },
    { code: `function raise(Type) { throw new Type('x'); }`, settings },
    { code: `let err = new Error('x');\nerr = wrap(err);\nthrow err;`, settings },
    { code: 'throw sql`select 1`;', settings },
    { code: `function* gen() { throw yield; }`, settings },
    { code: `throw new this.ErrorType();`, settings },
    { code: `const E = pick();\nthrow new E();`, settings },
    // Allow-listed classes, and their same-file subclasses.
    { code: `function assert(v) { if (typeof v !== 'string') throw new TypeError('expected a string'); }`, settings, options: [{ allow: ['TypeError'] }] },
    { code: `class BadArgument extends TypeError {}\nthrow new BadArgument('x');`, settings, options: [{ allow: ['TypeError'] }] },
    // Factories with a client error status, or without a static one.
    { code: `import createError from 'http-errors';\nthrow createError(404, 'Not found');`, settings, options: [{ factories: [{ name: 'createError', statusArgument: 0 }] }] },
    { code: `throw createError(status, 'x');`, settings, options: [{ factories: [{ name: 'createError', statusArgument: 0 }] }] },
    { code: `throw httpErrors.NotFound();`, settings, options: [{ factories: [{ name: 'httpErrors.NotFound' }] }] },
    { code: `throw new createError.Conflict('Already exists');`, settings, options: [{ factories: [{ name: 'createError.*' }] }] },
    { code: `throw Boom.badRequest('Invalid input');`, settings, options: [{ factories: [{ name: 'Boom.*' }] }] },
    { code: `throw createError(503);`, options: [{ factories: [{ name: 'createError', statusArgument: 0 }] }] },
    // Declarations of catalog classes, of the base class, and of classes outside the catalog's hierarchy.
    {
      code: `export abstract class AppError extends Error {
  abstract readonly code: string;
}
export class NotFoundError extends AppError { readonly code = 'NOT_FOUND'; }
export class ValidationError extends AppError { readonly code = 'VALIDATION_FAILED'; }
export const InvalidCredentialsError = class extends AppError { readonly code = 'INVALID_CREDENTIALS'; };`,
      settings,
    },
    { code: `class AppError extends Error {}`, settings },
    { code: `class RetryableJobError extends Error {}\nclass Widget extends Component {}`, settings },
    { code: `abstract class DomainError extends AppError {}`, settings },
    { code: `declare class LegacyError extends AppError {}`, settings },
    { code: `declare module 'legacy' { class LegacyError extends AppError {} }`, settings },
    { code: `class PaymentFailedError extends AppError {}`, settings, options: [{ allow: ['PaymentFailedError'] }] },
    // No catalog: code that never throws, or only rethrows.
    `export const add = (a: number, b: number) => a + b;`,
    `try { work(); } catch (err) { throw err; }`,
    { code: nextRoute('new NotFoundError()'), settings },
    // The caught error passed on is not a new one; and a \`next\` that is no route's is not Express's.
    { code: nextRoute('err'), settings },
    { code: `function walk(items, next) { if (!items) next(new Error('empty')); }`, settings },
    // Caught and answered here, it never reaches a client as it is.
    { code: caughtRoute("res.status(500).render('error');"), settings },
    // Start-up checks stop the module from loading; no client ever sees them (spectrum, sorry-cypress).
    { code: `if (!process.env.SESSION_SECRET) throw new Error('SESSION_SECRET is required');\nexport const secret = process.env.SESSION_SECRET;`, settings },
    { code: `const key = process.env.KEY;\nif (!key) {\n  throw new Error('KEY is not set');\n} else if (key.length < 32) throw new RangeError('KEY is too short');`, settings },
    // reject outside request handling, and rejects of catalog exceptions or unknown values inside it.
    `function delay(ms) { return new Promise((resolve, reject) => { if (ms < 0) reject(new Error('negative')); setTimeout(resolve, ms); }); }`,
    { code: `function load() { return Promise.reject(new Error('boom')); }`, settings },
    { code: `${express}app.get('/items/:id', (req, res, next) => {
  return new Promise((resolve, reject) => {
    db.get(req.params.id, (err, item) => {
      if (err) return reject(err);
      if (!item) return reject(new NotFoundError());
      resolve(item);
    });
  });
});`, settings },
    { code: `${express}app.get('/x', async (req, res) => Promise.reject(new ValidationError()));`, settings },
    // A local function called reject is not the executor's.
    { code: `${express}app.get('/x', (req, res) => { const reject = (m) => log(m); reject('nope'); });`, settings },
    { code: `${express}app.get('/x', (req, res) => { const Promise = Bluebird; return Promise.reject('nope'); });`, settings },
    // Odd code does not crash.
    { code: `throw new (pickErrorClass())();`, settings },
    { code: `throw new class extends NotFoundError {}();`, settings },
    { code: `throw class {};`, settings },
    { code: `${express}app.get('/x', () => new Promise((resolve, reject) => { reject(); reject(...args); }));`, settings },
    { code: `${express}app.get('/x', () => Promise.reject());`, settings },
    { code: `throw error = caught;`, settings },
    { code: `throw a!;`, settings },
    { code: `throw x?.y?.z;`, settings },
    // Express, NestJS, Koa, Fastify, Next.js code throwing catalog exceptions.
    { code: `${express}app.get('/users/:id', async (req, res) => {
  const user = await users.find(req.params.id);
  if (!user) throw new NotFoundError();
  res.json(user);
});`, settings },
    { code: `import { Controller, Get, Param } from '@nestjs/common';
@Controller('users')
export class UsersController {
  @Get(':id')
  async find(@Param('id') id: string) {
    const user = await this.users.find(id);
    if (!user) throw new NotFoundError();
    return user;
  }
}`, settings },
    { code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (!ctx.state.user) throw new InvalidCredentialsError();
  await next();
});`, settings },
    { code: `import Fastify from 'fastify';
const app = Fastify();
app.post('/orders', async (request, reply) => {
  if (!request.body) throw new ValidationError();
  return orders.create(request.body);
});`, settings },
    { code: `export async function GET(request: Request) {
  const item = await items.find(new URL(request.url).searchParams.get('id'));
  if (!item) throw new NotFoundError();
  return Response.json(item);
}`, settings },
  ],
  invalid: [
    {
      code: `throw new Error('Item not found');`,
      settings,
      errors: [
        {
          messageId: 'notCatalog',
          line: 1,
          column: 7,
          data: { catalog: CATALOG, action: 'thrown', what: "new Error('Item not found')", closest: 'NotFoundError' },
          suggestions: [{ messageId: 'useCatalogClass', data: { name: 'NotFoundError' }, output: `throw new NotFoundError();` }],
        },
      ],
    },
    {
      code: `throw Error('Invalid username');`,
      settings,
      errors: [
        {
          messageId: 'notCatalog',
          data: { catalog: CATALOG, action: 'thrown', what: "Error('Invalid username')", closest: 'InvalidCredentialsError' },
          suggestions: [{ messageId: 'useCatalogClass', output: `throw new InvalidCredentialsError();` }],
        },
      ],
    },
    {
      code: `throw new TypeError('boom');`,
      settings,
      errors: [{ messageId: 'notCatalog', suggestions: [] }],
    },
    {
      code: `throw 'The request is not valid';`,
      settings,
      errors: [
        {
          messageId: 'notCatalog',
          data: { catalog: CATALOG, action: 'thrown', what: "a string ('The request is not valid')", closest: 'ValidationError' },
          suggestions: [{ messageId: 'useCatalogClass', output: `throw new ValidationError();` }],
        },
      ],
    },
    {
      code: 'throw `Order ${id} not found`;',
      settings,
      errors: [{ messageId: 'notCatalog', suggestions: [{ messageId: 'useCatalogClass', output: 'throw new NotFoundError();' }] }],
    },
    {
      code: `throw { status: 404, message: 'User not found' };`,
      settings,
      errors: [{ messageId: 'notCatalog', suggestions: [{ messageId: 'useCatalogClass', output: `throw new NotFoundError();` }] }],
    },
    {
      code: `throw 'User ' + id + ' is invalid: wrong password';`,
      settings,
      errors: [{ messageId: 'notCatalog', suggestions: [{ messageId: 'useCatalogClass', output: `throw new InvalidCredentialsError();` }] }],
    },
    { code: `throw 42;`, settings, errors: [{ messageId: 'notCatalog', data: { catalog: CATALOG, action: 'thrown', what: 'a number (42)', closest: ALL }, suggestions: [] }] },
    { code: `throw null;`, settings, errors: [{ messageId: 'notCatalog', suggestions: [] }] },
    { code: `throw [1, 2];`, settings, errors: [{ messageId: 'notCatalog', suggestions: [] }] },
    { code: `throw void 0;`, settings, errors: [{ messageId: 'notCatalog', data: { catalog: CATALOG, action: 'thrown', what: 'undefined', closest: ALL }, suggestions: [] }] },
    { code: `throw -1;`, settings, errors: [{ messageId: 'notCatalog', suggestions: [] }] },
    { code: `throw () => 1;`, settings, errors: [{ messageId: 'notCatalog', suggestions: [] }] },
    // A larger catalog: only classes that share a word with the thrown text are named.
    {
      code: `throw new Error('Quota exceeded');`,
      settings: largeCatalogSettings,
      errors: [
        {
          messageId: 'notCatalog',
          line: 1,
          data: { catalog: CATALOG, action: 'thrown', what: "new Error('Quota exceeded')", closest: 'none shares a word with it (the catalog has 5 classes)' },
          suggestions: [],
        },
      ],
    },
    {
      code: `throw new Error('Payment is required');`,
      settings: largeCatalogSettings,
      errors: [
        {
          messageId: 'notCatalog',
          line: 1,
          data: { catalog: CATALOG, action: 'thrown', what: "new Error('Payment is required')", closest: 'PaymentRequiredError' },
          suggestions: [{ messageId: 'useCatalogClass', output: `throw new PaymentRequiredError();` }],
        },
      ],
    },
    { code: `throw new Error;`, settings, errors: [{ messageId: 'notCatalog', data: { catalog: CATALOG, action: 'thrown', what: 'new Error', closest: ALL }, suggestions: [] }] },
    { code: `throw err = new Error('x');`, settings, errors: [{ messageId: 'notCatalog', column: 13, suggestions: [] }] },
    { code: `${express}app.get('/x', () => Promise['reject'](new Error('x')));`, settings, errors: [{ messageId: 'notCatalog', line: 3, suggestions: [] }] },
    // A class that is not in the catalog, imported or declared here.
    {
      code: `import { PaymentRequiredError } from './errors';\nthrow new PaymentRequiredError();`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 2, data: { catalog: CATALOG, action: 'thrown', what: 'new PaymentRequiredError()', closest: ALL }, suggestions: [] }],
    },
    {
      code: `import { ItemNotFoundError } from './errors';\nthrow new ItemNotFoundError('gone');`,
      settings,
      errors: [{ messageId: 'notCatalog', suggestions: [{ messageId: 'useCatalogClass', output: `import { ItemNotFoundError } from './errors';\nthrow new NotFoundError();` }] }],
    },
    {
      code: `class HttpError extends Error {}\nthrow new HttpError(500);`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 2, suggestions: [] }],
    },
    {
      code: `import { HttpException } from '@nestjs/common';\nthrow new HttpException('Forbidden', 403);`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 2, suggestions: [] }],
    },
    {
      code: `const { ConflictError } = require('./errors');\nthrow new ConflictError();`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 2, suggestions: [] }],
    },
    {
      code: `throw new errors.ConflictError();`,
      settings,
      errors: [{ messageId: 'notCatalog', suggestions: [] }],
    },
    // The abstract base class.
    {
      code: `throw new AppError('Resource not found');`,
      settings,
      errors: [
        {
          messageId: 'baseClassThrown',
          data: { name: 'AppError', catalog: CATALOG, action: 'thrown', closest: 'NotFoundError' },
          suggestions: [{ messageId: 'useCatalogClass', output: `throw new NotFoundError();` }],
        },
      ],
    },
    // Both branches, logical fallbacks, sequences, await, casts, Object.assign, aliases.
    {
      code: `throw cond ? new NotFoundError() : new Error('Bad request');`,
      settings,
      errors: [{ messageId: 'notCatalog', column: 36, suggestions: [{ messageId: 'useCatalogClass', output: `throw cond ? new NotFoundError() : new ValidationError();` }] }],
    },
    {
      code: `throw cond ? 'a' : new Error('b');`,
      settings,
      errors: [
        { messageId: 'notCatalog', column: 14, suggestions: [] },
        { messageId: 'notCatalog', column: 20, suggestions: [] },
      ],
    },
    { code: `throw err || new Error('unknown failure');`, settings, errors: [{ messageId: 'notCatalog', column: 14, suggestions: [] }] },
    { code: `throw (cleanup(), new Error('x'));`, settings, errors: [{ messageId: 'notCatalog', column: 19, suggestions: [] }] },
    { code: `async function f() { throw await new Error('x'); }`, settings, errors: [{ messageId: 'notCatalog', suggestions: [] }] },
    { code: `throw new Error('x') as unknown as AppError;`, settings, errors: [{ messageId: 'notCatalog', column: 7, suggestions: [] }] },
    {
      code: `throw Object.assign(new Error('Not found'), { status: 404 });`,
      settings,
      errors: [{ messageId: 'notCatalog', column: 21, suggestions: [{ messageId: 'useCatalogClass', output: `throw Object.assign(new NotFoundError(), { status: 404 });` }] }],
    },
    {
      code: `${express}app.get('/users/:id', async (req, res) => {
  const user = await users.find(req.params.id);
  if (!user) {
    const error = new Error('User not found');
    error.status = 404;
    throw error;
  }
  res.json(user);
});`,
      settings,
      errors: [
        {
          messageId: 'notCatalog',
          line: 8,
          data: { catalog: CATALOG, action: 'thrown', what: "new Error('User not found')", closest: 'NotFoundError' },
          suggestions: [
            {
              messageId: 'useCatalogClass',
              output: `${express}app.get('/users/:id', async (req, res) => {
  const user = await users.find(req.params.id);
  if (!user) {
    const error = new NotFoundError();
    error.status = 404;
    throw error;
  }
  res.json(user);
});`,
            },
          ],
        },
      ],
    },
    // Wrapping a caught error in a generic Error is still a non-catalog throw.
    {
      code: `try { await pay(); } catch (err) { throw new Error('Payment failed', { cause: err }); }`,
      settings,
      errors: [{ messageId: 'notCatalog', suggestions: [] }],
    },
    // allow does not cover other classes; factories with a status outside 400–599.
    { code: `throw new RangeError('x');`, settings, options: [{ allow: ['TypeError'] }], errors: [{ messageId: 'notCatalog', suggestions: [] }] },
    {
      code: `throw createError(302, 'Moved');`,
      settings,
      options: [{ factories: [{ name: 'createError', statusArgument: 0 }] }],
      errors: [{ messageId: 'factoryStatus', data: { factory: 'createError()', status: '302' }, suggestions: [] }],
    },
    {
      code: `throw new createError.HttpError('x', 200);`,
      settings,
      options: [{ factories: [{ name: 'createError.*', statusArgument: 1 }] }],
      errors: [{ messageId: 'factoryStatus', data: { factory: 'createError.HttpError()', status: '200' }, suggestions: [] }],
    },
    {
      code: `throw createError(302);`,
      options: [{ factories: [{ name: 'createError', statusArgument: 0 }] }],
      errors: [{ messageId: 'factoryStatus', suggestions: [] }],
    },
    // Class declarations in the catalog's hierarchy but not in the catalog.
    {
      code: `export class PaymentFailedError extends AppError {}`,
      settings,
      errors: [{ messageId: 'classNotInCatalog', line: 1, column: 14, data: { name: 'PaymentFailedError', base: 'AppError', catalog: CATALOG } }],
    },
    {
      code: `class DomainError extends AppError {}\nclass OutOfStockError extends DomainError {}`,
      settings,
      errors: [
        { messageId: 'classNotInCatalog', line: 1, data: { name: 'DomainError', base: 'AppError', catalog: CATALOG } },
        { messageId: 'classNotInCatalog', line: 2, data: { name: 'OutOfStockError', base: 'AppError', catalog: CATALOG } },
      ],
    },
    {
      code: `abstract class DomainError extends AppError {}\nexport const OutOfStockError = class extends DomainError {};`,
      settings,
      errors: [{ messageId: 'classNotInCatalog', line: 2, data: { name: 'OutOfStockError', base: 'AppError', catalog: CATALOG } }],
    },
    {
      code: `import { NotFoundError } from './errors';\nexport class OrderNotFoundError extends NotFoundError {}\nthrow new OrderNotFoundError();`,
      settings,
      errors: [{ messageId: 'classNotInCatalog', line: 2, data: { name: 'OrderNotFoundError', base: 'NotFoundError', catalog: CATALOG } }],
    },
    {
      code: `import * as errors from './errors';\nclass Gone extends errors.AppError {}`,
      settings,
      errors: [{ messageId: 'classNotInCatalog', line: 2 }],
    },
    // Throwing a same-file subclass of the base class: both the class and the throw.
    {
      code: `class PaymentFailedError extends AppError {}\nthrow new PaymentFailedError();`,
      settings,
      errors: [
        { messageId: 'classNotInCatalog', line: 1 },
        { messageId: 'notCatalog', line: 2, suggestions: [] },
      ],
    },
    // No catalog: reported once per file, at the first throw that needs it.
    {
      code: `try { work(); } catch (err) { throw err; }\nthrow new Error('a');\nthrow new Error('b');\nthrow 'c';`,
      errors: [{ messageId: 'noCatalog', line: 2 }],
    },
    // The same check inside a function runs for every call.
    {
      code: `export function secret() {\n  if (!process.env.SESSION_SECRET) throw new Error('SESSION_SECRET is required');\n  return process.env.SESSION_SECRET;\n}`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 2, suggestions: [] }],
    },
    // Express's way of throwing.
    {
      code: nextRoute("new Error('File names cannot contain forward slashes')"),
      settings,
      errors: [
        {
          messageId: 'notCatalog',
          line: 4,
          data: { catalog: CATALOG, action: 'passed to next()', what: "new Error('File names cannot contain fo…", closest: ALL },
          // No catalog class shares a word with the text: nothing to suggest.
          suggestions: [],
        },
      ],
    },
    // A catch that hands the error to next() rethrows it.
    ...["next(error);", "return next(error);"].map((onCatch) => ({
      code: caughtRoute(onCatch),
      settings,
      errors: [
        {
          messageId: 'notCatalog' as const,
          line: 6,
          data: { catalog: CATALOG, action: 'thrown', what: "new Error('No answer found')", closest: 'NotFoundError' },
          suggestions: [{ messageId: 'useCatalogClass' as const, output: caughtRoute(onCatch).replace("new Error('No answer found')", 'new NotFoundError()') }],
        },
      ],
    })),
    // Promise.reject and reject inside request handling.
    {
      code: `${express}app.get('/items/:id', (req, res, next) => {
  return new Promise((resolve, reject) => {
    if (!req.params.id) reject(new Error('Item not found'));
    resolve(items.get(req.params.id));
  });
});`,
      settings,
      errors: [
        {
          messageId: 'notCatalog',
          line: 5,
          data: { catalog: CATALOG, action: 'rejected', what: "new Error('Item not found')", closest: 'NotFoundError' },
          suggestions: [
            {
              messageId: 'useCatalogClass',
              output: `${express}app.get('/items/:id', (req, res, next) => {
  return new Promise((resolve, reject) => {
    if (!req.params.id) reject(new NotFoundError());
    resolve(items.get(req.params.id));
  });
});`,
            },
          ],
        },
      ],
    },
    {
      code: `export function handler(req, res, next) {
  return Promise.reject('Bad request');
}`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 2, data: { catalog: CATALOG, action: 'rejected', what: "a string ('Bad request')", closest: 'ValidationError' }, suggestions: [{ messageId: 'useCatalogClass', output: `export function handler(req, res, next) {\n  return Promise.reject(new ValidationError());\n}` }] }],
    },
    // Framework code throwing non-catalog errors.
    {
      code: `import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
@Controller('users')
export class UsersController {
  @Get(':id')
  async find(@Param('id') id: string) {
    const user = await this.users.find(id);
    if (!user) throw new NotFoundException('User not found');
    return user;
  }
}`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 7, suggestions: [{ messageId: 'useCatalogClass', output: `import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
@Controller('users')
export class UsersController {
  @Get(':id')
  async find(@Param('id') id: string) {
    const user = await this.users.find(id);
    if (!user) throw new NotFoundError();
    return user;
  }
}` }] }],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.post('/login', async (request, reply) => {
  const user = await users.verify(request.body);
  if (!user) throw { statusCode: 401, message: 'Wrong password' };
  return { token: sign(user) };
});`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 5, suggestions: [{ messageId: 'useCatalogClass', output: `import Fastify from 'fastify';
const app = Fastify();
app.post('/login', async (request, reply) => {
  const user = await users.verify(request.body);
  if (!user) throw new InvalidCredentialsError();
  return { token: sign(user) };
});` }] }],
    },
    {
      code: `export async function GET(request: Request) {
  const item = await items.find(request.url);
  if (!item) throw new Error(\`No item at \${request.url}\`);
  return Response.json(item);
}`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 3, suggestions: [] }],
    },
  ],
});

// Plain JavaScript through espree.
createJavaScriptRuleTester().run('only-throw-catalog-errors (JavaScript)', rule, {
  valid: [
    { code: `const { NotFoundError } = require('./errors');\nmodule.exports = function find(id) { if (!id) throw new NotFoundError(); };`, settings },
    { code: `module.exports = async function run() { try { await step(); } catch (err) { throw err; } };`, settings },
    { code: `const createError = require('http-errors');\nthrow createError(401);`, settings, options: [{ factories: [{ name: 'createError', statusArgument: 0 }] }] },
    // Thrown and caught in the same function, then answered with a catalog error (node-express-boilerplate).
    {
      code: `const { NotFoundError } = require('./errors');
const resetPassword = async (token) => {
  try {
    const user = await users.byToken(token);
    if (!user) throw new Error();
    await users.save(user);
  } catch (error) {
    throw new NotFoundError();
  }
};
module.exports = { resetPassword };`,
      settings,
    },
  ],
  invalid: [
    {
      code: `const express = require('express');
const router = express.Router();
router.get('/orders/:id', async (req, res) => {
  const order = await Order.findById(req.params.id);
  if (!order) throw new Error('Order not found');
  res.json(order);
});`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 5, suggestions: [{ messageId: 'useCatalogClass', output: `const express = require('express');
const router = express.Router();
router.get('/orders/:id', async (req, res) => {
  const order = await Order.findById(req.params.id);
  if (!order) throw new NotFoundError();
  res.json(order);
});` }] }],
    },
    {
      code: `const { AppError } = require('./errors');\nclass PaymentFailedError extends AppError {}\nmodule.exports = { PaymentFailedError };`,
      settings,
      errors: [{ messageId: 'classNotInCatalog', line: 2, data: { name: 'PaymentFailedError', base: 'AppError', catalog: CATALOG } }],
    },
    { code: `throw 'nope';`, errors: [{ messageId: 'noCatalog', line: 1 }] },
    // A class bound by a default CommonJS require is a class too.
    {
      code: `const ApiError = require('../utils/ApiError');\nmodule.exports = function check(user) { if (!user) throw new ApiError(404, 'User not found'); };`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 2, suggestions: [] }],
    },
    // A catch that rethrows does not keep the error.
    {
      code: `module.exports = async function run() {\n  try { throw new Error('step failed'); } catch (err) { log(err); throw err; }\n};`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 2, suggestions: [] }],
    },
  ],
});

// With type information: imported and namespaced subclasses of catalog classes, and typed hierarchies.
const declarations = `declare class AppError extends Error {}
declare class NotFoundError extends AppError {}
`;

createTypedRuleTester().run('only-throw-catalog-errors (typed)', rule, {
  valid: [
    {
      code: `${declarations}declare namespace shop { class OutOfStockError extends NotFoundError {} }
throw new shop.OutOfStockError();`,
      settings: typedSettings,
      filename: 'throw-typed-1.ts',
    },
    {
      code: `${declarations}declare function notFound(id: string): NotFoundError;
export function load(id: string) { throw notFound(id); }`,
      settings: typedSettings,
      filename: 'throw-typed-2.ts',
    },
    {
      code: `${declarations}declare const errors: { Missing: new () => NotFoundError };
throw new errors.Missing();`,
      settings: typedSettings,
      filename: 'throw-typed-3.ts',
    },
    {
      code: `declare namespace assert { class AssertionError extends TypeError {} }
throw new assert.AssertionError();`,
      settings: typedSettings,
      options: [{ allow: ['TypeError'] }],
      filename: 'throw-typed-4.ts',
    },
  ],
  invalid: [
    {
      code: `${declarations}declare namespace lib { class DomainError extends AppError {} }
export class PaymentFailedError extends lib.DomainError {}`,
      settings: typedSettings,
      filename: 'throw-typed-5.ts',
      errors: [{ messageId: 'classNotInCatalog', line: 4, data: { name: 'PaymentFailedError', base: 'AppError', catalog: CATALOG } }],
    },
    {
      code: `${declarations}declare namespace lib { class HttpError extends Error {} }
throw new lib.HttpError();`,
      settings: typedSettings,
      filename: 'throw-typed-6.ts',
      errors: [{ messageId: 'notCatalog', line: 4, suggestions: [] }],
    },
    {
      code: `${declarations}export function load() { throw new Error('Not found'); }`,
      settings: typedSettings,
      filename: 'throw-typed-7.ts',
      errors: [{ messageId: 'notCatalog', line: 3, suggestions: [{ messageId: 'useCatalogClass', output: `${declarations}export function load() { throw new NotFoundError(); }` }] }],
    },
  ],
});

// Without type information the same namespaced subclass cannot be resolved, so it is reported.
createRuleTester().run('only-throw-catalog-errors (untyped twin)', rule, {
  valid: [],
  invalid: [
    {
      code: `${declarations}declare namespace shop { class OutOfStockError extends NotFoundError {} }
throw new shop.OutOfStockError();`,
      settings,
      errors: [{ messageId: 'notCatalog', line: 4, suggestions: [] }],
    },
  ],
});
