#!/usr/bin/env node
'use strict';
/**
 * Writes a deterministic corpus of realistic backend files for the benchmark.
 *
 *   node scripts/bench/generate-corpus.js [--files 1000] [--seed 9] [--out bench/corpus] [--force]
 *
 * Output: <out>/<files>/ with
 *   src/**            the corpus (TypeScript and JavaScript)
 *   editor/large-handler.ts   one ~2,000-line handler file for the editor-latency measurement
 *   errors.catalog.json, tsconfig.json (all src .ts files, allowJs false)
 *   corpus.json       manifest: files, lines, per-kind counts, seed
 *
 * File i is generated from its own seeded PRNG, so the 100-file corpus is the
 * first 100 files of the 1,000-file one: sizes differ, the mix does not.
 * About 40% of files handle HTTP (Express, Koa, Fastify, NestJS, Next.js, login
 * and password-reset flows, passport strategies), safe and unsafe; the rest is
 * the ordinary code backends are mostly made of (services, repositories,
 * models, utilities, config).
 */
const fs = require('node:fs');
const path = require('node:path');

/** Changes whenever this generator changes, so a stale corpus is regenerated. */
const GENERATOR_VERSION = require('node:crypto').createHash('sha256').update(fs.readFileSync(path.join(__dirname, 'generate-corpus.js'))).digest('hex').slice(0, 12);

// ---------------------------------------------------------------- PRNG

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash2(a, b) {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

// ---------------------------------------------------------------- vocabulary

const ENTITIES = [
  'user', 'order', 'invoice', 'product', 'payment', 'account', 'subscription', 'shipment', 'cart', 'review',
  'ticket', 'project', 'team', 'webhook', 'report', 'notification', 'coupon', 'customer', 'refund', 'warehouse',
  'booking', 'document', 'message', 'device', 'plan', 'tenant', 'article', 'comment', 'address', 'vendor',
];
const IRREGULAR_PLURALS = { address: 'addresses' };

function entity(name) {
  const plural = IRREGULAR_PLURALS[name] ?? `${name}s`;
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  return { name, Name: cap(name), plural, Plural: cap(plural) };
}

const CATALOG = {
  $schema: './node_modules/eslint-plugin-safe-errors/catalog.schema.json',
  baseClass: 'AppError',
  errors: {
    ValidationError: { code: 'VALIDATION_FAILED', status: 400, message: 'The request is not valid' },
    InvalidCredentialsError: { code: 'INVALID_CREDENTIALS', status: 401, message: 'Invalid email or password' },
    UnauthorizedError: { code: 'UNAUTHORIZED', status: 401, message: 'Authentication is required' },
    ForbiddenError: { code: 'FORBIDDEN', status: 403, message: 'You do not have access to this resource' },
    NotFoundError: { code: 'NOT_FOUND', status: 404, message: 'The resource was not found' },
    ConflictError: { code: 'CONFLICT', status: 409, message: 'The resource was changed by someone else' },
    PaymentDeclinedError: { code: 'PAYMENT_DECLINED', status: 402, message: 'The payment was declined' },
    RateLimitedError: { code: 'RATE_LIMITED', status: 429, message: 'Too many requests, try again later' },
    QuotaExceededError: { code: 'QUOTA_EXCEEDED', status: 403, message: 'The plan quota is exhausted' },
    UpstreamError: { code: 'UPSTREAM_FAILED', status: 502, message: 'A service we depend on failed' },
    ServiceUnavailableError: { code: 'UNAVAILABLE', status: 503, message: 'The service is temporarily unavailable' },
    InvalidStateError: { code: 'INVALID_STATE', status: 409, message: 'The operation is not allowed in the current state' },
    PayloadTooLargeError: { code: 'PAYLOAD_TOO_LARGE', status: 413, message: 'The request body is too large' },
    ExpiredTokenError: { code: 'TOKEN_EXPIRED', status: 401, message: 'The token has expired' },
  },
};
const CATALOG_CLASSES = Object.keys(CATALOG.errors);

// ---------------------------------------------------------------- per-file context

function makeContext(rng, ts, file) {
  const c = {
    ts,
    rng,
    file,
    /** Text only in TypeScript (type annotations, modifiers). */
    T: (s) => (ts ? s : ''),
    pick: (arr) => arr[Math.floor(rng() * arr.length)],
    chance: (p) => rng() < p,
    int: (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1)),
    /** A relative import specifier from this file to src/<target>. */
    rel: (target) => {
      let spec = path.posix.relative(path.posix.dirname(c.file), `src/${target}`);
      if (!spec.startsWith('.')) spec = `./${spec}`;
      return spec;
    },
    esm: ts || rng() < 0.35,
  };
  let counter = 0;
  /** A fresh number, for names a repeated block must not redeclare. */
  c.next = () => ++counter;
  c.e = entity(c.pick(ENTITIES));
  c.other = entity(c.pick(ENTITIES.filter((n) => n !== c.e.name)));
  c.catalogError = () => c.pick(CATALOG_CLASSES);
  return c;
}

/** `import { a, b } from 'x'` or `const { a, b } = require('x')`. */
function imp(c, names, from, { typeOnly = [], def } = {}) {
  if (c.esm) {
    const all = [...names, ...(c.ts ? typeOnly.map((n) => `type ${n}`) : [])];
    const parts = [];
    if (def) parts.push(def);
    if (all.length) parts.push(`{ ${all.join(', ')} }`);
    return `import ${parts.join(', ')} from '${from}';`;
  }
  if (def && names.length) return `const ${def} = require('${from}');\nconst { ${names.join(', ')} } = ${def};`;
  if (def) return `const ${def} = require('${from}');`;
  return `const { ${names.join(', ')} } = require('${from}');`;
}

const ERR_TYPE = (c) => c.T(': any');

// ---------------------------------------------------------------- Express

const expressBlocks = [
  // list, safe
  (c, r) => `
${r}.get('/${c.e.plural}', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  try {
    const page = Math.max(Number(req.query.page ?? 1), 1);
    const limit = Math.min(Number(req.query.limit ?? 20), 100);
    const filter = { status: req.query.status, ownerId: req.user?.id };
    const [items, total] = await Promise.all([
      ${c.e.plural}Repository.find(filter, { skip: (page - 1) * limit, take: limit }),
      ${c.e.plural}Repository.count(filter),
    ]);
    res.json({ items, page, limit, total });
  } catch (err) {
    next(err);
  }
});
`,
  // get by id: 404 handled properly or with a 200
  (c, r) =>
    c.chance(0.75)
      ? `
${r}.get('/${c.e.plural}/:id', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  try {
    const ${c.e.name} = await ${c.e.plural}Repository.findById(req.params.id);
    if (!${c.e.name}) {
      return res.status(404).json({ error: 'Not found' });
    }
    res.json(${c.e.name});
  } catch (err) {
    next(err);
  }
});
`
      : `
${r}.get('/${c.e.plural}/:id', async (req${c.T(': Request')}, res${c.T(': Response')}) => {
  const ${c.e.name} = await ${c.e.plural}Repository.findById(req.params.id);
  if (!${c.e.name}) {
    return res.json({ success: false, error: '${c.e.Name} does not exist' });
  }
  res.json({ success: true, data: ${c.e.name} });
});
`,
  // create: leak or safe
  (c, r) => {
    const variant = c.int(0, 3);
    const handler =
      variant === 0
        ? `  } catch (err) {
    res.status(500).json({ error: err.message });
  }`
        : variant === 1
          ? `  } catch (err${ERR_TYPE(c)}) {
    logger.error({ err, body: req.body }, 'create ${c.e.name} failed');
    res.status(500).json({ error: 'Internal Server Error' });
  }`
          : variant === 2
            ? `  } catch (error) {
    const ref = randomUUID();
    logger.error({ err: error, ref }, 'could not create ${c.e.name}');
    res.status(500).json({ type: 'about:blank', title: 'Internal Server Error', status: 500, instance: ref });
  }`
            : `  } catch (err) {
    next(err);
  }`;
    return `
${r}.post('/${c.e.plural}', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  const input = req.body${c.T(` as Create${c.e.Name}Input`)};
  if (!input || typeof input.name !== 'string' || input.name.length > 200) {
    return res.status(400).json({ error: 'Invalid payload' });
  }
  try {
    const created = await ${c.e.plural}Repository.create({
      ...input,
      createdBy: req.user?.id,
      createdAt: new Date(),
    });
    await audit.record('${c.e.name}.created', { id: created.id, by: req.user?.id });
    res.status(201).location('/${c.e.plural}/' + created.id).json(created);
${handler}
});
`;
  },
  // update with validation errors thrown
  (c, r) => `
${r}.patch('/${c.e.plural}/:id', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  try {
    const changes = pick(req.body, ['name', 'description', 'status', 'tags']);
    if (Object.keys(changes).length === 0) {
      throw ${c.chance(0.7) ? 'new ValidationError()' : `new Error('Nothing to update')`};
    }
    const current = await ${c.e.plural}Repository.findById(req.params.id);
    if (!current) throw new NotFoundError();
    if (current.version !== Number(req.headers['if-match'])) {
      throw new ConflictError();
    }
    const updated = await ${c.e.plural}Repository.update(current.id, { ...changes, version: current.version + 1 });
    res.set('ETag', String(updated.version));
    res.json(updated);
  } catch (err) {
    next(err);
  }
});
`,
  // delete
  (c, r) => `
${r}.delete('/${c.e.plural}/:id', requireRole('admin'), async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  try {
    const removed = await ${c.e.plural}Repository.remove(req.params.id);
    if (!removed) return res.sendStatus(404);
    logger.info({ id: req.params.id, by: req.user?.id }, '${c.e.name} removed');
    res.sendStatus(204);
  } catch (err) {
    next(err);
  }
});
`,
  // callback-style database access
  (c, r) =>
    c.chance(0.5)
      ? `
${r}.get('/${c.e.plural}/:id/history', (req${c.T(': Request')}, res${c.T(': Response')}) => {
  db.query('SELECT * FROM ${c.e.name}_history WHERE ${c.e.name}_id = $1 ORDER BY at DESC', [req.params.id], (err, result) => {
    if (err) {
      return res.status(500).json({ message: err.message, code: err.code });
    }
    res.json(result.rows);
  });
});
`
      : `
${r}.get('/${c.e.plural}/:id/history', (req${c.T(': Request')}, res${c.T(': Response')}) => {
  db.query('SELECT * FROM ${c.e.name}_history WHERE ${c.e.name}_id = $1 ORDER BY at DESC', [req.params.id], (err, result) => {
    if (err) {
      logger.error({ err }, 'history query failed');
      return res.status(500).json({ message: 'Internal Server Error' });
    }
    res.json(result.rows);
  });
});
`,
  // promise chain
  (c, r) =>
    c.chance(0.4)
      ? `
${r}.post('/${c.e.plural}/:id/export', (req${c.T(': Request')}, res${c.T(': Response')}) => {
  exporter
    .exportOne(req.params.id, { format: req.query.format || 'csv' })
    .then((file) => res.download(file.path, file.name))
    .catch((err) => res.status(500).send({ error: String(err) }));
});
`
      : `
${r}.post('/${c.e.plural}/:id/export', (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  exporter
    .exportOne(req.params.id, { format: req.query.format || 'csv' })
    .then((file) => res.download(file.path, file.name))
    .catch(next);
});
`,
  // redirect / render
  (c, r) =>
    c.chance(0.35)
      ? `
${r}.post('/${c.e.plural}/:id/confirm', async (req${c.T(': Request')}, res${c.T(': Response')}) => {
  try {
    await ${c.e.plural}Repository.confirm(req.params.id, req.body.token);
    res.redirect('/${c.e.plural}/' + req.params.id + '?confirmed=1');
  } catch (e) {
    res.redirect('/${c.e.plural}/' + req.params.id + '?error=' + encodeURIComponent(e.message));
  }
});
`
      : `
${r}.get('/${c.e.plural}/:id/view', async (req${c.T(': Request')}, res${c.T(': Response')}) => {
  try {
    const ${c.e.name} = await ${c.e.plural}Repository.findById(req.params.id);
    res.render('${c.e.plural}/show', { ${c.e.name}, user: req.user });
  } catch (e) {
    logger.error({ err: e }, 'render failed');
    res.status(500).render('error', { message: 'Something went wrong' });
  }
});
`,
  // a stack leak, rare
  (c, r) =>
    c.chance(0.3)
      ? `
${r}.post('/${c.e.plural}/import', upload.single('file'), async (req${c.T(': Request')}, res${c.T(': Response')}) => {
  try {
    const rows = await parseCsv(req.file${c.T('!')}.buffer);
    const result = await ${c.e.plural}Repository.bulkInsert(rows);
    res.json({ imported: result.count });
  } catch (err) {
    res.status(500).send(err.stack);
  }
});
`
      : `
${r}.post('/${c.e.plural}/import', upload.single('file'), async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  if (!req.file) return res.status(400).json({ error: 'A CSV file is required' });
  try {
    const rows = await parseCsv(req.file.buffer);
    if (rows.length > 10000) throw new PayloadTooLargeError();
    const result = await ${c.e.plural}Repository.bulkInsert(rows);
    res.status(201).json({ imported: result.count });
  } catch (err) {
    next(err);
  }
});
`,
  // helper function inside a router file
  (c) => `
function to${c.e.Name}View${c.next()}(${c.e.name}${c.T(': any')}) {
  return {
    id: ${c.e.name}.id,
    name: ${c.e.name}.name,
    status: ${c.e.name}.status ?? 'draft',
    createdAt: ${c.e.name}.createdAt instanceof Date ? ${c.e.name}.createdAt.toISOString() : ${c.e.name}.createdAt,
    links: { self: '/${c.e.plural}/' + ${c.e.name}.id },
  };
}
`,
];

function expressRouter(c) {
  const r = `${c.e.name}Router`;
  const header = [
    c.ts
      ? `import { Router, type Request, type Response, type NextFunction } from 'express';`
      : imp(c, ['Router'], 'express'),
    imp(c, ['randomUUID'], 'node:crypto'),
    imp(c, ['logger'], c.rel('shared/logger')),
    imp(c, ['db', 'audit'], c.rel('shared/db')),
    imp(c, ['NotFoundError', 'ValidationError', 'ConflictError', 'PayloadTooLargeError'], c.rel('shared/errors')),
    imp(c, ['requireRole', 'upload', 'parseCsv', 'pick', 'exporter'], c.rel('shared/http-helpers')),
    imp(c, [`${c.e.plural}Repository`], `./${c.e.name}.repository`),
    c.ts ? `import type { Create${c.e.Name}Input } from './${c.e.name}.types';` : '',
    '',
    `${c.esm ? 'export ' : ''}const ${r} = Router();`,
  ];
  return { header, blocks: expressBlocks, args: [r], footer: c.esm ? [] : [`module.exports = { ${r} };`] };
}

const errorMiddlewareBlocks = [
  (c) =>
    c.chance(0.35)
      ? `
export function errorHandler(err${c.T(': any')}, req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) {
  const status = err.status || err.statusCode || 500;
  logger.error({ err, path: req.path }, 'request failed');
  res.status(status).json({
    error: err.name,
    message: err.message,
    stack: err.stack,
  });
}
`
      : c.chance(0.5)
        ? `
export function errorHandler(err${c.T(': any')}, req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) {
  if (res.headersSent) return next(err);
  if (err instanceof AppError) {
    return res.status(err.status).json({ type: 'about:blank', title: err.message, status: err.status, code: err.code });
  }
  const ref = randomUUID();
  logger.error({ err, ref, path: req.path, method: req.method }, 'unhandled error');
  res.status(500).json({ type: 'about:blank', title: 'Internal Server Error', status: 500, instance: ref });
}
`
        : `
export function errorHandler(err${c.T(': any')}, req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) {
  const status = err.status ?? 500;
  const body${c.T(': Record<string, unknown>')} = { error: status < 500 && err.expose ? err.message : 'Internal Server Error' };
  if (process.env.NODE_ENV !== 'production') {
    body.stack = err.stack;
    body.detail = err.message;
  }
  logger.error({ err }, 'request failed');
  res.status(status).json(body);
}
`,
  (c) => `
export function notFound(req${c.T(': Request')}, res${c.T(': Response')}) {
  res.status(404).json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No route for ' + req.method + ' ' + req.path });
}
`,
  (c) => `
export function asyncHandler(fn${c.T(': (req: Request, res: Response, next: NextFunction) => Promise<unknown>')}) {
  return (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
    Promise.resolve(fn(req, res, next)).catch(next);
  };
}
`,
  (c) =>
    c.chance(0.3)
      ? `
export function validationErrorHandler(err${c.T(': any')}, req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) {
  if (err && err.name === 'ValidationError') {
    return res.json({ ok: false, error: err.message, fields: err.errors });
  }
  next(err);
}
`
      : `
export function validationErrorHandler(err${c.T(': any')}, req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) {
  if (err instanceof ValidationError) {
    return res.status(400).json({ type: 'about:blank', title: err.message, status: 400 });
  }
  next(err);
}
`,
  (c) => `
export function timeout(ms${c.T(': number')}) {
  return (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
    const timer = setTimeout(() => {
      if (!res.headersSent) res.status(503).json({ error: 'Service Unavailable' });
    }, ms);
    res.on('finish', () => clearTimeout(timer));
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
`,
  (c) => `
export function requestLogger(req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.info({ method: req.method, url: req.originalUrl, status: res.statusCode, ms }, 'request');
  });
  next();
}
`,
];

function expressErrorMiddleware(c) {
  c.esm = true; // these files use export functions
  return {
    header: [
      c.ts ? `import type { Request, Response, NextFunction } from 'express';` : '',
      `import { randomUUID } from 'node:crypto';`,
      `import { logger } from '${c.rel('shared/logger')}';`,
      `import { AppError, ValidationError } from '${c.rel('shared/errors')}';`,
    ],
    blocks: errorMiddlewareBlocks,
    args: [],
    footer: [],
    sequential: true,
  };
}

// ---------------------------------------------------------------- Koa

const koaBlocks = [
  (c, r) => `
${r}.get('/${c.e.plural}', async (ctx${c.T(': Context')}) => {
  const { page = '1', q } = ctx.query;
  const items = await ${c.e.plural}Service.search({ q, page: Number(page) });
  ctx.set('X-Total-Count', String(items.total));
  ctx.body = items.rows;
});
`,
  (c, r) =>
    c.chance(0.75)
      ? `
${r}.get('/${c.e.plural}/:id', async (ctx${c.T(': Context')}) => {
  const ${c.e.name} = await ${c.e.plural}Service.get(ctx.params.id);
  ctx.assert(${c.e.name}, 404, '${c.e.Name} not found');
  ctx.body = ${c.e.name};
});
`
      : `
${r}.get('/${c.e.plural}/:id', async (ctx${c.T(': Context')}) => {
  const ${c.e.name} = await ${c.e.plural}Service.get(ctx.params.id);
  if (!${c.e.name}) {
    ctx.body = { error: 'not found' };
    return;
  }
  ctx.body = ${c.e.name};
});
`,
  (c, r) =>
    c.chance(0.3)
      ? `
${r}.post('/${c.e.plural}', async (ctx${c.T(': Context')}) => {
  try {
    const created = await ${c.e.plural}Service.create(ctx.request.body);
    ctx.status = 201;
    ctx.body = created;
  } catch (err) {
    ctx.status = 400;
    ctx.body = { error: err.message };
  }
});
`
      : `
${r}.post('/${c.e.plural}', async (ctx${c.T(': Context')}) => {
  const input = ctx.request.body${c.T(' as any')};
  if (!input?.name) ctx.throw(400, 'name is required');
  const created = await ${c.e.plural}Service.create(input);
  ctx.status = 201;
  ctx.body = created;
});
`,
  (c, r) => `
${r}.del('/${c.e.plural}/:id', async (ctx${c.T(': Context')}) => {
  await ${c.e.plural}Service.remove(ctx.params.id, ctx.state.user);
  ctx.status = 204;
});
`,
  (c, r) => `
${r}.put('/${c.e.plural}/:id/status', async (ctx${c.T(': Context')}) => {
  const next = String(ctx.request.body${c.T(' as any')}.status || '');
  const allowed = ['draft', 'active', 'archived'];
  if (!allowed.includes(next)) {
    throw new ValidationError();
  }
  const ${c.e.name} = await ${c.e.plural}Service.setStatus(ctx.params.id, next);
  ctx.body = { id: ${c.e.name}.id, status: ${c.e.name}.status };
});
`,
  (c) => `
function parseSort${c.next()}(input${c.T(': unknown')})${c.T(': Array<[string, 1 | -1]>')} {
  if (typeof input !== 'string' || input === '') return [['createdAt', -1]];
  return input.split(',').map((part) => {
    const desc = part.startsWith('-');
    return [desc ? part.slice(1) : part, desc ? -1 : 1];
  });
}
`,
];

function koaRouter(c) {
  const r = 'router';
  const withErrors = c.chance(0.5);
  const header = [
    imp(c, [], '@koa/router', { def: 'Router' }),
    c.ts ? `import type { Context, Next } from 'koa';` : '',
    imp(c, ['logger'], c.rel('shared/logger')),
    imp(c, ['ValidationError', 'AppError'], c.rel('shared/errors')),
    imp(c, [`${c.e.plural}Service`], `./${c.e.name}.service`),
    '',
    `const ${r} = new Router({ prefix: '/api' });`,
  ];
  const extra = [];
  if (withErrors) {
    extra.push(
      c.chance(0.4)
        ? `
${r}.use(async (ctx${c.T(': Context')}, next${c.T(': Next')}) => {
  try {
    await next();
  } catch (err${ERR_TYPE(c)}) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.message, code: err.code };
    ctx.app.emit('error', err, ctx);
  }
});
`
        : `
${r}.use(async (ctx${c.T(': Context')}, next${c.T(': Next')}) => {
  try {
    await next();
  } catch (err${ERR_TYPE(c)}) {
    if (err instanceof AppError) {
      ctx.status = err.status;
      ctx.body = { type: 'about:blank', title: err.message, status: err.status };
      return;
    }
    ctx.status = err.status || 500;
    ctx.body = { error: err.expose ? err.message : 'Internal Server Error' };
    ctx.app.emit('error', err, ctx);
  }
});
`,
    );
  }
  return {
    header,
    pre: extra,
    blocks: koaBlocks,
    args: [r],
    footer: [c.esm ? `export default ${r};` : `module.exports = ${r};`],
  };
}

function koaApp(c) {
  const header = [
    imp(c, [], 'koa', { def: 'Koa' }),
    imp(c, [], 'koa-bodyparser', { def: 'bodyParser' }),
    imp(c, ['logger'], c.rel('shared/logger')),
    '',
    `const app = new Koa();`,
    `app.proxy = true;`,
  ];
  const blocks = [
    (c2) =>
      c2.chance(0.4)
        ? `
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.statusCode || err.status || 500;
    ctx.body = { message: err.message, stack: process.env.DEBUG ? err.stack : undefined };
  }
});
`
        : `
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = err.expose ? { error: err.message } : { error: 'Internal Server Error' };
    ctx.app.emit('error', err, ctx);
  }
});
`,
    () => `
app.on('error', (err, ctx) => {
  logger.error({ err, url: ctx && ctx.url }, 'koa error');
});
`,
    () => `
app.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  ctx.set('X-Response-Time', Date.now() - started + 'ms');
});
`,
    () => `
app.use(bodyParser({ jsonLimit: '1mb', enableTypes: ['json', 'form'] }));
`,
    () => `
app.use(async (ctx, next) => {
  if (ctx.path === '/health') {
    ctx.body = { status: 'ok', uptime: process.uptime(), version: process.env.APP_VERSION || 'dev' };
    return;
  }
  await next();
});
`,
  ];
  return { header, blocks, args: [], footer: [c.esm ? 'export default app;' : 'module.exports = app;'], sequential: true };
}

// ---------------------------------------------------------------- Fastify

const fastifyBlocks = [
  (c) => `
  fastify.get('/${c.e.plural}', { schema: { querystring: listQuerySchema } }, async (request${c.T(': FastifyRequest<{ Querystring: { limit?: number; cursor?: string } }>')}) => {
    const { limit = 20, cursor } = request.query;
    const rows = await fastify.db.${c.e.plural}.list({ limit, cursor });
    return { items: rows, next: rows.length === limit ? rows[rows.length - 1].id : null };
  });
`,
  (c) =>
    c.chance(0.75)
      ? `
  fastify.get('/${c.e.plural}/:id', async (request${c.T(': FastifyRequest<{ Params: { id: string } }>')}, reply${c.T(': FastifyReply')}) => {
    const ${c.e.name} = await fastify.db.${c.e.plural}.findById(request.params.id);
    if (!${c.e.name}) {
      return reply.code(404).send({ error: 'Not Found' });
    }
    return ${c.e.name};
  });
`
      : `
  fastify.get('/${c.e.plural}/:id', async (request${c.T(': FastifyRequest<{ Params: { id: string } }>')}, reply${c.T(': FastifyReply')}) => {
    const ${c.e.name} = await fastify.db.${c.e.plural}.findById(request.params.id);
    if (!${c.e.name}) {
      return reply.send({ error: '${c.e.Name} not found' });
    }
    return ${c.e.name};
  });
`,
  (c) =>
    c.chance(0.3)
      ? `
  fastify.post('/${c.e.plural}', async (request${c.T(': FastifyRequest')}, reply${c.T(': FastifyReply')}) => {
    try {
      const created = await fastify.db.${c.e.plural}.insert(request.body);
      return reply.code(201).send(created);
    } catch (err) {
      request.log.error(err);
      return reply.code(500).send({ error: err.message });
    }
  });
`
      : `
  fastify.post('/${c.e.plural}', async (request${c.T(': FastifyRequest')}, reply${c.T(': FastifyReply')}) => {
    const created = await fastify.db.${c.e.plural}.insert(request.body);
    return reply.code(201).send(created);
  });
`,
  (c) => `
  fastify.delete('/${c.e.plural}/:id', { preHandler: fastify.authenticate }, async (request${c.T(': FastifyRequest<{ Params: { id: string } }>')}, reply${c.T(': FastifyReply')}) => {
    const count = await fastify.db.${c.e.plural}.remove(request.params.id);
    if (count === 0) throw new NotFoundError();
    return reply.code(204).send();
  });
`,
  (c) => `
  fastify.post('/${c.e.plural}/:id/retry', async (request${c.T(': FastifyRequest<{ Params: { id: string } }>')}, reply${c.T(': FastifyReply')}) => {
    let attempt = 0;
    while (attempt < 3) {
      try {
        const result = await fastify.queue.enqueue('${c.e.name}.retry', { id: request.params.id });
        return { queued: true, jobId: result.id };
      } catch (e) {
        attempt += 1;
        request.log.warn({ err: e, attempt }, 'enqueue failed');
        await new Promise((resolve) => setTimeout(resolve, attempt * 100));
      }
    }
    throw new ServiceUnavailableError();
  });
`,
];

function fastifyRoutes(c) {
  c.esm = c.esm || c.chance(0.5);
  const header = [
    c.ts ? `import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';` : '',
    imp(c, ['NotFoundError', 'ServiceUnavailableError', 'AppError'], c.rel('shared/errors')),
    '',
    `const listQuerySchema = {`,
    `  type: 'object',`,
    `  properties: { limit: { type: 'integer', minimum: 1, maximum: 100 }, cursor: { type: 'string' } },`,
    `};`,
    '',
    `${c.esm ? 'export default ' : ''}async function ${c.e.name}Routes(fastify${c.T(': FastifyInstance')}) {`,
  ];
  const pre = [];
  if (c.chance(0.45)) {
    pre.push(
      c.chance(0.4)
        ? `
  fastify.setErrorHandler((error, request, reply) => {
    request.log.error(error);
    reply.status(error.statusCode || 500).send({ error: error.message, code: error.code });
  });
`
        : `
  fastify.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send({ type: 'about:blank', title: error.message, status: error.status });
    }
    if (error.validation) {
      return reply.status(400).send({ type: 'about:blank', title: 'The request is not valid', status: 400 });
    }
    request.log.error({ err: error }, 'unhandled');
    return reply.status(500).send({ type: 'about:blank', title: 'Internal Server Error', status: 500, instance: request.id });
  });
`,
    );
  }
  return {
    header,
    pre,
    blocks: fastifyBlocks,
    args: [],
    footer: ['}', c.esm ? '' : `module.exports = ${c.e.name}Routes;`],
  };
}

// ---------------------------------------------------------------- NestJS (TypeScript only)

function nestController(c) {
  let svc = `${c.e.plural}Service`;
  const header = [
    `import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, BadRequestException, NotFoundException, InternalServerErrorException } from '@nestjs/common';`,
    `import { ${c.e.Plural}Service } from './${c.e.plural}.service';`,
    `import { Create${c.e.Name}Dto, Update${c.e.Name}Dto } from './${c.e.name}.dto';`,
    `import { logger } from '${c.rel('shared/logger')}';`,
    '',
    `@Controller('${c.e.plural}')`,
    `export class ${c.e.Plural}Controller {`,
    `  constructor(private readonly ${svc}: ${c.e.Plural}Service) {}`,
  ];
  const blocks = [
    () => `
  @Get()
  async findAll(@Query('page') page = '1', @Query('limit') limit = '20') {
    const take = Math.min(parseInt(limit, 10) || 20, 100);
    const skip = (Math.max(parseInt(page, 10) || 1, 1) - 1) * take;
    return this.${svc}.findAll({ skip, take });
  }
`,
    (c2) =>
      c2.chance(0.6)
        ? `
  @Get(':id')
  async findOne(@Param('id') id: string) {
    const ${c.e.name} = await this.${svc}.findOne(id);
    if (!${c.e.name}) throw new NotFoundException('${c.e.Name} not found');
    return ${c.e.name};
  }
`
        : `
  @Get(':id')
  async findOne(@Param('id') id: string) {
    const ${c.e.name} = await this.${svc}.findOne(id);
    if (!${c.e.name}) return { error: '${c.e.Name} not found' };
    return ${c.e.name};
  }
`,
    (c2) =>
      c2.chance(0.35)
        ? `
  @Post()
  async create(@Body() dto: Create${c.e.Name}Dto) {
    try {
      return await this.${svc}.create(dto);
    } catch (e) {
      throw new BadRequestException(e.message);
    }
  }
`
        : `
  @Post()
  async create(@Body() dto: Create${c.e.Name}Dto) {
    try {
      return await this.${svc}.create(dto);
    } catch (e) {
      logger.error({ err: e }, 'create failed');
      throw new InternalServerErrorException();
    }
  }
`,
    () => `
  @Put(':id')
  async update(@Param('id') id: string, @Body() dto: Update${c.e.Name}Dto) {
    if (!dto || Object.keys(dto).length === 0) {
      throw new BadRequestException('Nothing to update');
    }
    return this.${svc}.update(id, dto);
  }
`,
    () => `
  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    await this.${svc}.remove(id);
  }
`,
  ];
  const section = (c2) => {
    svc = `${c2.e.plural}Service`;
    return `}\n\n@Controller('${c2.e.plural}')\nexport class ${c2.e.Plural}Controller {\n  constructor(private readonly ${svc}: ${c2.e.Plural}Service) {}\n`;
  };
  return { header, blocks, args: [], footer: ['}'], sequential: true, cycle: true, section };
}

function nestService(c) {
  const header = [
    `import { Injectable, Logger } from '@nestjs/common';`,
    `import { InjectRepository } from '@nestjs/typeorm';`,
    `import { Repository } from 'typeorm';`,
    `import { ${c.e.Name} } from './${c.e.name}.entity';`,
    `import { NotFoundError, ConflictError, InvalidStateError } from '${c.rel('shared/errors')}';`,
    '',
    `@Injectable()`,
    `export class ${c.e.Plural}Service {`,
    `  private readonly logger = new Logger(${c.e.Plural}Service.name);`,
    '',
    `  constructor(@InjectRepository(${c.e.Name}) private readonly repo: Repository<${c.e.Name}>) {}`,
  ];
  const blocks = [
    () => `
  findAll(options: { skip: number; take: number }): Promise<${c.e.Name}[]> {
    return this.repo.find({ skip: options.skip, take: options.take, order: { createdAt: 'DESC' } });
  }
`,
    () => `
  async findOne(id: string): Promise<${c.e.Name} | null> {
    return this.repo.findOne({ where: { id } });
  }
`,
    (c2) => `
  async create(input: Partial<${c.e.Name}>): Promise<${c.e.Name}> {
    const existing = await this.repo.findOne({ where: { name: input.name } });
    if (existing) {
      throw ${c2.chance(0.7) ? 'new ConflictError()' : `new Error('${c.e.Name} already exists')`};
    }
    const entity = this.repo.create({ ...input, status: 'draft' });
    return this.repo.save(entity);
  }
`,
    () => `
  async update(id: string, changes: Partial<${c.e.Name}>): Promise<${c.e.Name}> {
    const current = await this.repo.findOne({ where: { id } });
    if (!current) throw new NotFoundError();
    Object.assign(current, changes);
    return this.repo.save(current);
  }
`,
    () => `
  async remove(id: string): Promise<void> {
    const result = await this.repo.delete(id);
    if (!result.affected) {
      this.logger.warn(\`remove: no ${c.e.name} with id \${id}\`);
      throw new NotFoundError();
    }
  }
`,
    (c2) => `
  async transition(id: string, to: 'active' | 'archived'): Promise<${c.e.Name}> {
    const current = await this.repo.findOne({ where: { id } });
    if (!current) throw new NotFoundError();
    const allowed: Record<string, string[]> = { draft: ['active'], active: ['archived'], archived: [] };
    if (!allowed[current.status]?.includes(to)) {
      throw ${c2.chance(0.75) ? 'new InvalidStateError()' : `new Error(\`Cannot move from \${current.status} to \${to}\`)`};
    }
    current.status = to;
    return this.repo.save(current);
  }
`,
    () => `
  private toSummary(${c.e.name}: ${c.e.Name}) {
    return { id: ${c.e.name}.id, name: ${c.e.name}.name, status: ${c.e.name}.status };
  }
`,
  ];
  const section = (c2) =>
    `}\n\n@Injectable()\nexport class ${c2.e.Plural}Service {\n  private readonly logger = new Logger(${c2.e.Plural}Service.name);\n\n  constructor(@InjectRepository(${c2.e.Name}) private readonly repo: Repository<${c2.e.Name}>) {}\n`;
  return { header, blocks, args: [], footer: ['}'], sequential: true, cycle: true, section };
}

function nestFilter(c) {
  const unsafe = c.chance(0.4);
  const header = [
    `import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';`,
    `import type { Request, Response } from 'express';`,
    `import { randomUUID } from 'node:crypto';`,
  ];
  const body = unsafe
    ? `
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request>();
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    this.logger.error(exception);
    response.status(status).json({
      statusCode: status,
      timestamp: new Date().toISOString(),
      path: request.url,
      message: exception instanceof Error ? exception.message : 'Internal error',
    });
  }
}
`
    : `
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request>();
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      response.status(status).json({ type: 'about:blank', title: HttpStatus[status] ?? 'Error', status });
      return;
    }
    const ref = randomUUID();
    this.logger.error({ err: exception, ref, path: request.url });
    response.status(500).json({ type: 'about:blank', title: 'Internal Server Error', status: 500, instance: ref });
  }
}
`;
  const blocks = [
    () => body,
    () => `
@Catch(HttpException)
export class HttpExceptionFilter implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const status = exception.getStatus();
    const payload = exception.getResponse();
    response.status(status).json(typeof payload === 'string' ? { title: payload, status } : { ...(payload as object), status });
  }
}
`,
    () => `
export function statusTitle(status: number): string {
  if (status >= 500) return 'Internal Server Error';
  if (status === 404) return 'Not Found';
  if (status === 401) return 'Unauthorized';
  if (status === 403) return 'Forbidden';
  return 'Bad Request';
}
`,
  ];
  return { header, blocks, args: [], footer: [], sequential: true };
}

// ---------------------------------------------------------------- Next.js route handlers

function nextRoute(c) {
  c.esm = true;
  const header = [
    `import { NextResponse } from 'next/server';`,
    c.ts ? `import type { NextRequest } from 'next/server';` : '',
    `import { db } from '${c.rel('shared/db')}';`,
    `import { logger } from '${c.rel('shared/logger')}';`,
    `import { NotFoundError, ValidationError } from '${c.rel('shared/errors')}';`,
  ];
  const blocks = [
    (c2) =>
      c2.chance(0.65)
        ? `
export async function GET(request${c.T(': NextRequest')}, { params }${c.T(': { params: { id: string } }')}) {
  try {
    const ${c.e.name} = await db.${c.e.name}.findUnique({ where: { id: params.id } });
    if (!${c.e.name}) {
      return NextResponse.json({ error: 'Not found' }, { status: 404 });
    }
    return NextResponse.json(${c.e.name});
  } catch (error) {
    logger.error({ err: error }, 'GET ${c.e.name} failed');
    return NextResponse.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}
`
        : `
export async function GET(request${c.T(': NextRequest')}, { params }${c.T(': { params: { id: string } }')}) {
  try {
    const ${c.e.name} = await db.${c.e.name}.findUnique({ where: { id: params.id } });
    if (!${c.e.name}) {
      return NextResponse.json({ error: '${c.e.Name} not found' });
    }
    return NextResponse.json(${c.e.name});
  } catch (error) {
    return NextResponse.json({ error: ${c.ts ? '(error as Error).message' : 'error.message'} }, { status: 500 });
  }
}
`,
    (c2) => `
export async function PATCH(request${c.T(': NextRequest')}, { params }${c.T(': { params: { id: string } }')}) {
  const body = await request.json().catch(() => null);
  if (!body || typeof body !== 'object') {
    return NextResponse.json({ type: 'about:blank', title: 'The request is not valid', status: 400 }, { status: 400 });
  }
  try {
    const updated = await db.${c.e.name}.update({ where: { id: params.id }, data: body });
    return NextResponse.json(updated);
  } catch (err) {
    ${c2.chance(0.3) ? 'return new Response(JSON.stringify({ message: String(err) }), { status: 500 });' : `logger.error({ err }, 'update failed');\n    return new Response(null, { status: 500 });`}
  }
}
`,
    () => `
export async function DELETE(request${c.T(': NextRequest')}, { params }${c.T(': { params: { id: string } }')}) {
  const session = await getSession(request);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  await db.${c.e.name}.delete({ where: { id: params.id } });
  return new NextResponse(null, { status: 204 });
}
`,
    () => `
async function getSession(request${c.T(': NextRequest')}) {
  const token = request.cookies.get('session')?.value;
  if (!token) return null;
  const session = await db.session.findUnique({ where: { token } });
  if (!session || session.expiresAt < new Date()) return null;
  return session;
}
`,
    (c2) => `
export async function POST(request${c.T(': NextRequest')}) {
  const input = await request.json();
  if (!input?.name) {
    return NextResponse.json({ ${c2.chance(0.3) ? "error: 'name is required' }" : "type: 'about:blank', title: 'The request is not valid', status: 400 }, { status: 400 }"});
  }
  const created = await db.${c.e.name}.create({ data: { name: input.name, ownerId: input.ownerId } });
  return NextResponse.json(created, { status: 201 });
}
`,
  ];
  return { header, blocks, args: [], footer: [], sequential: true };
}

// ---------------------------------------------------------------- Authentication flows

function authFlow(c) {
  const flavour = c.pick(['express', 'express', 'koa', 'fastify']);
  const enumerates = c.chance(0.4);
  const resetLeaks = c.chance(0.35);
  const header = [];
  const blocks = [];
  if (flavour === 'express') {
    header.push(
      c.ts ? `import { Router, type Request, type Response } from 'express';` : imp(c, ['Router'], 'express'),
      imp(c, [], 'bcrypt', { def: 'bcrypt' }),
      imp(c, [], 'jsonwebtoken', { def: 'jwt' }),
      imp(c, ['users', 'resetTokens'], c.rel('shared/db')),
      imp(c, ['logger'], c.rel('shared/logger')),
      imp(c, ['InvalidCredentialsError', 'RateLimitedError'], c.rel('shared/errors')),
      '',
      `${c.esm ? 'export ' : ''}const authRouter = Router();`,
    );
    blocks.push(
      () =>
        enumerates
          ? `
authRouter.post('/login', async (req${c.T(': Request')}, res${c.T(': Response')}) => {
  const { email, password } = req.body;
  const user = await users.findByEmail(String(email).toLowerCase());
  if (!user) {
    return res.status(404).json({ message: 'User not found' });
  }
  const ok = await bcrypt.compare(password, user.passwordHash);
  if (!ok) {
    return res.status(401).json({ message: 'Incorrect password' });
  }
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET${c.T(' as string')}, { expiresIn: '1h' });
  res.json({ token });
});
`
          : `
authRouter.post('/login', async (req${c.T(': Request')}, res${c.T(': Response')}) => {
  const { email, password } = req.body;
  const user = await users.findByEmail(String(email).toLowerCase());
  const hash = user ? user.passwordHash : DUMMY_HASH;
  const ok = await bcrypt.compare(String(password), hash);
  if (!user || !ok) {
    return res.status(401).json({ message: 'Invalid email or password' });
  }
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET${c.T(' as string')}, { expiresIn: '1h' });
  res.json({ token });
});
`,
      () =>
        resetLeaks
          ? `
authRouter.post('/forgot-password', async (req${c.T(': Request')}, res${c.T(': Response')}) => {
  const user = await users.findByEmail(req.body.email);
  if (!user) {
    return res.status(404).json({ message: 'No account with that email' });
  }
  const token = await resetTokens.issue(user.id);
  await mailer.send(user.email, 'reset', { token });
  res.json({ message: 'Reset link sent' });
});
`
          : `
authRouter.post('/forgot-password', async (req${c.T(': Request')}, res${c.T(': Response')}) => {
  const user = await users.findByEmail(req.body.email);
  if (user) {
    const token = await resetTokens.issue(user.id);
    await mailer.send(user.email, 'reset', { token });
  }
  res.json({ message: 'If an account exists for this email, we sent a link to reset the password' });
});
`,
      () => `
authRouter.post('/reset-password', async (req${c.T(': Request')}, res${c.T(': Response')}) => {
  const { token, password } = req.body;
  if (typeof password !== 'string' || password.length < 12) {
    return res.status(400).json({ message: 'Password must be at least 12 characters' });
  }
  const record = await resetTokens.consume(token);
  if (!record) return res.status(400).json({ message: 'The link is invalid or has expired' });
  await users.setPassword(record.userId, await bcrypt.hash(password, 12));
  res.sendStatus(204);
});
`,
      () => `
authRouter.post('/logout', (req${c.T(': Request')}, res${c.T(': Response')}) => {
  res.clearCookie('session', { httpOnly: true, sameSite: 'lax' });
  res.sendStatus(204);
});
`,
    );
  } else if (flavour === 'koa') {
    header.push(
      imp(c, [], '@koa/router', { def: 'Router' }),
      c.ts ? `import type { Context } from 'koa';` : '',
      imp(c, [], 'argon2', { def: 'argon2' }),
      imp(c, ['users'], c.rel('shared/db')),
      '',
      `const router = new Router();`,
    );
    blocks.push(
      () =>
        enumerates
          ? `
router.post('/auth/login', async (ctx${c.T(': Context')}) => {
  const { email, password } = ctx.request.body${c.T(' as any')};
  const user = await users.findByEmail(email);
  if (!user) {
    ctx.status = 401;
    ctx.body = { error: 'Unknown email' };
    return;
  }
  if (!(await argon2.verify(user.passwordHash, password))) {
    ctx.status = 401;
    ctx.body = { error: 'Wrong password' };
    return;
  }
  ctx.body = { token: await issueToken(user) };
});
`
          : `
router.post('/auth/login', async (ctx${c.T(': Context')}) => {
  const { email, password } = ctx.request.body${c.T(' as any')};
  const user = await users.findByEmail(email);
  const valid = user ? await argon2.verify(user.passwordHash, password) : await argon2.verify(DUMMY_HASH, password);
  if (!user || !valid) {
    ctx.status = 401;
    ctx.body = { error: 'Invalid email or password' };
    return;
  }
  ctx.body = { token: await issueToken(user) };
});
`,
      () => `
async function issueToken(user${c.T(': { id: string; role: string }')}) {
  const payload = { sub: user.id, role: user.role, iat: Math.floor(Date.now() / 1000) };
  return signJwt(payload, { expiresIn: 3600 });
}
`,
    );
    return { header, blocks, args: [], footer: [c.esm ? 'export default router;' : 'module.exports = router;'], sequential: true, ...authCommon(c) };
  } else {
    header.push(
      c.ts ? `import type { FastifyInstance } from 'fastify';` : '',
      imp(c, [], 'bcrypt', { def: 'bcrypt' }),
      imp(c, ['InvalidCredentialsError', 'NotFoundError'], c.rel('shared/errors')),
      '',
      `${c.esm ? 'export default ' : ''}async function authRoutes(fastify${c.T(': FastifyInstance')}) {`,
    );
    blocks.push(
      () =>
        enumerates
          ? `
  fastify.post('/login', async (request${c.T(': any')}, reply${c.T(': any')}) => {
    const user = await fastify.db.users.findByEmail(request.body.email);
    if (!user) throw new NotFoundError();
    const ok = await bcrypt.compare(request.body.password, user.passwordHash);
    if (!ok) throw new InvalidCredentialsError();
    return { token: fastify.jwt.sign({ sub: user.id }) };
  });
`
          : `
  fastify.post('/login', async (request${c.T(': any')}, reply${c.T(': any')}) => {
    const user = await fastify.db.users.findByEmail(request.body.email);
    const ok = await bcrypt.compare(request.body.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) throw new InvalidCredentialsError();
    return { token: fastify.jwt.sign({ sub: user.id }) };
  });
`,
      () => `
  fastify.post('/refresh', async (request${c.T(': any')}, reply${c.T(': any')}) => {
    const token = request.cookies.refresh;
    if (!token) return reply.code(401).send({ error: 'Unauthorized' });
    const session = await fastify.db.sessions.findByToken(token);
    if (!session) return reply.code(401).send({ error: 'Unauthorized' });
    return { token: fastify.jwt.sign({ sub: session.userId }) };
  });
`,
    );
    return { header, blocks, args: [], footer: ['}', c.esm ? '' : 'module.exports = authRoutes;'], sequential: true, ...authCommon(c) };
  }
  return { header, blocks, args: [], footer: c.esm ? [] : ['module.exports = { authRouter };'], sequential: true, ...authCommon(c) };
}

function authCommon(c) {
  return {
    pre: [`\nconst DUMMY_HASH = '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5ZzQdA0rJ0u6l3p5mJ9hMZf1Q8v5K1e';\nconst mailer = { send: async (to${c.T(': string')}, template${c.T(': string')}, data${c.T(': object')}) => ({ to, template, data }) };\nconst signJwt = async (payload${c.T(': object')}, options${c.T(': object')}) => JSON.stringify({ payload, options });\n`],
  };
}

function passportStrategy(c) {
  const enumerates = c.chance(0.4);
  const header = [
    imp(c, [], 'passport', { def: 'passport' }),
    imp(c, ['Strategy as LocalStrategy'].map((s) => (c.esm ? s : 'Strategy: LocalStrategy')), 'passport-local'),
    imp(c, ['Strategy as JwtStrategy', 'ExtractJwt'].map((s) => (c.esm || !s.includes(' as ') ? s : 'Strategy: JwtStrategy')), 'passport-jwt'),
    imp(c, [], 'bcrypt', { def: 'bcrypt' }),
    imp(c, ['users'], c.rel('shared/db')),
    imp(c, ['logger'], c.rel('shared/logger')),
  ];
  const blocks = [
    () =>
      enumerates
        ? `
passport.use(
  new LocalStrategy({ usernameField: 'email' }, async (email${c.T(': string')}, password${c.T(': string')}, done${c.T(': any')}) => {
    try {
      const user = await users.findByEmail(email);
      if (!user) return done(null, false, { message: 'No user with that email' });
      const match = await bcrypt.compare(password, user.passwordHash);
      if (!match) return done(null, false, { message: 'Incorrect password.' });
      return done(null, user);
    } catch (err) {
      return done(err);
    }
  }),
);
`
        : `
passport.use(
  new LocalStrategy({ usernameField: 'email' }, async (email${c.T(': string')}, password${c.T(': string')}, done${c.T(': any')}) => {
    try {
      const user = await users.findByEmail(email);
      const match = user ? await bcrypt.compare(password, user.passwordHash) : false;
      if (!user || !match) return done(null, false, { message: 'Invalid email or password' });
      return done(null, user);
    } catch (err) {
      return done(err);
    }
  }),
);
`,
    () => `
passport.use(
  new JwtStrategy(
    { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] },
    async (payload${c.T(': { sub: string }')}, done${c.T(': any')}) => {
      try {
        const user = await users.findById(payload.sub);
        return done(null, user || false);
      } catch (err) {
        logger.error({ err }, 'jwt lookup failed');
        return done(err, false);
      }
    },
  ),
);
`,
    () => `
passport.serializeUser((user${c.T(': any')}, done) => done(null, user.id));
passport.deserializeUser(async (id${c.T(': string')}, done) => {
  try {
    done(null, await users.findById(id));
  } catch (err) {
    done(err);
  }
});
`,
  ];
  return { header, blocks, args: [], footer: [c.esm ? 'export default passport;' : 'module.exports = passport;'], sequential: true };
}

// ---------------------------------------------------------------- ordinary code

const utilBlocks = [
  (c) => `
${c.esm ? 'export ' : ''}function chunk${c.T('<T>')}(items${c.T(': readonly T[]')}, size${c.T(': number')})${c.T(': T[][]')} {
  if (size <= 0) throw new RangeError('size must be positive');
  const out${c.T(': T[][]')} = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
`,
  (c) => `
${c.esm ? 'export ' : ''}async function retry${c.T('<T>')}(fn${c.T(': () => Promise<T>')}, { attempts = 3, baseMs = 100 }${c.T(': { attempts?: number; baseMs?: number }')} = {})${c.T(': Promise<T>')} {
  let lastError${c.T(': unknown')};
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      if (attempt === attempts) break;
      const delay = baseMs * 2 ** (attempt - 1) + Math.floor(Math.random() * baseMs);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  throw lastError;
}
`,
  (c) => `
${c.esm ? 'export ' : ''}function slugify(input${c.T(': string')})${c.T(': string')} {
  return input
    .normalize('NFKD')
    .replace(/[\\u0300-\\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
`,
  (c) => `
${c.esm ? 'export ' : ''}function formatMoney(amountCents${c.T(': number')}, currency${c.T(': string')} = 'EUR', locale${c.T(': string')} = 'en-GB')${c.T(': string')} {
  if (!Number.isFinite(amountCents)) {
    throw new ${c.chance(0.5) ? 'TypeError' : 'Error'}('amount must be a finite number');
  }
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountCents / 100);
}
`,
  (c) => `
${c.esm ? 'export ' : ''}function parseDuration(text${c.T(': string')})${c.T(': number')} {
  const match = /^(\\d+)(ms|s|m|h|d)$/.exec(text.trim());
  if (!match) throw new Error('Invalid duration: ' + text);
  const value = Number(match[1]);
  const unit = match[2];
  const factor${c.T(': Record<string, number>')} = { ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000 };
  return value * factor[unit];
}
`,
  (c) => `
${c.esm ? 'export ' : ''}function deepMerge(target${c.T(': Record<string, any>')}, source${c.T(': Record<string, any>')})${c.T(': Record<string, any>')} {
  const out = { ...target };
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof out[key] === 'object') {
      out[key] = deepMerge(out[key], value);
    } else if (value !== undefined) {
      out[key] = value;
    }
  }
  return out;
}
`,
  (c) => `
${c.esm ? 'export ' : ''}function debounce(fn${c.T(': (...args: any[]) => void')}, wait${c.T(': number')}) {
  let timer${c.T(': ReturnType<typeof setTimeout> | undefined')};
  return (...args${c.T(': any[]')}) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, wait);
  };
}
`,
  (c) => `
${c.esm ? 'export ' : ''}function groupBy${c.T('<T, K extends string | number>')}(items${c.T(': T[]')}, key${c.T(': (item: T) => K')})${c.T(': Record<K, T[]>')} {
  const groups = {}${c.T(' as Record<K, T[]>')};
  for (const item of items) {
    const k = key(item);
    (groups[k] ||= []).push(item);
  }
  return groups;
}
`,
  (c) => `
${c.esm ? 'export ' : ''}function safeJsonParse(text${c.T(': string')}, fallback${c.T(': unknown')} = null) {
  try {
    return JSON.parse(text);
  } catch (err) {
    logger.debug({ err, length: text.length }, 'invalid JSON ignored');
    return fallback;
  }
}
`,
  (c) => `
${c.esm ? 'export ' : ''}const isEmail = (value${c.T(': unknown')})${c.T(': value is string')} => typeof value === 'string' && /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(value);

${c.esm ? 'export ' : ''}function maskEmail(email${c.T(': string')})${c.T(': string')} {
  const [local, domain] = email.split('@');
  if (!domain) return '***';
  return local.slice(0, 2) + '***@' + domain;
}
`,
  (c) => `
${c.esm ? 'export ' : ''}class LruCache${c.T('<K, V>')} {
  ${c.T('private ')}${c.ts ? 'readonly map = new Map<K, V>();' : 'map = new Map();'}

  constructor(${c.T('private readonly ')}max${c.T(': number')}) {
    ${c.ts ? '' : 'this.max = max;'}
  }

  get(key${c.T(': K')})${c.T(': V | undefined')} {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key${c.T(': K')}, value${c.T(': V')})${c.T(': void')} {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) {
      const oldest = this.map.keys().next().value;
      this.map.delete(oldest${c.T(' as K')});
    }
  }
}
`,
  (c) => `
${c.esm ? 'export ' : ''}function addDays(date${c.T(': Date')}, days${c.T(': number')})${c.T(': Date')} {
  const copy = new Date(date.getTime());
  copy.setUTCDate(copy.getUTCDate() + days);
  return copy;
}

${c.esm ? 'export ' : ''}function startOfMonth(date${c.T(': Date')})${c.T(': Date')} {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

${c.esm ? 'export ' : ''}function isWeekend(date${c.T(': Date')})${c.T(': boolean')} {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}
`,
];

function utilFile(c) {
  c.esm = c.ts || c.esm;
  return {
    header: [imp(c, ['logger'], c.rel('shared/logger'))],
    blocks: utilBlocks,
    args: [],
    footer: c.esm ? [] : ['module.exports = { chunk, retry, slugify, formatMoney, parseDuration, deepMerge, debounce, groupBy, safeJsonParse, isEmail, maskEmail, LruCache, addDays, startOfMonth, isWeekend };'],
    unique: true,
  };
}

function modelFile(c) {
  const header = c.ts
    ? [`import { Schema, model, type InferSchemaType } from 'mongoose';`]
    : [imp(c, ['Schema', 'model'], 'mongoose')];
  const blocks = [
    () => `
const ${c.e.name}Schema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 200 },
    description: { type: String, default: '' },
    status: { type: String, enum: ['draft', 'active', 'archived'], default: 'draft', index: true },
    ownerId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    tags: [{ type: String, lowercase: true }],
    amountCents: { type: Number, min: 0 },
    metadata: { type: Map, of: String },
  },
  { timestamps: true },
);
`,
    () => `
${c.e.name}Schema.index({ ownerId: 1, createdAt: -1 });
${c.e.name}Schema.index({ name: 'text', description: 'text' });
`,
    () => `
${c.e.name}Schema.methods.toPublic = function toPublic(${c.T('this: any')}) {
  return {
    id: String(this._id),
    name: this.name,
    status: this.status,
    tags: this.tags,
    createdAt: this.createdAt,
  };
};
`,
    (c2) => `
${c.e.name}Schema.pre('save', function preSave(${c.T('this: any, ')}next${c.T(': (err?: Error) => void')}) {
  if (this.isModified('status') && this.status === 'archived' && !this.archivedAt) {
    this.archivedAt = new Date();
  }
  if (this.tags && this.tags.length > 20) {
    return next(new ${c2.chance(0.5) ? 'ValidationError()' : `Error('too many tags')`});
  }
  next();
});
`,
    () => `
${c.e.name}Schema.statics.findActiveByOwner = function findActiveByOwner(ownerId${c.T(': string')}) {
  return this.find({ ownerId, status: 'active' }).sort({ createdAt: -1 }).limit(100);
};
`,
  ];
  if (c.ts) {
    blocks.push(() => `
export interface ${c.e.Name}Summary {
  id: string;
  name: string;
  status: 'draft' | 'active' | 'archived';
  createdAt: Date;
}

export type ${c.e.Name}Document = InferSchemaType<typeof ${c.e.name}Schema>;
`);
  }
  header.push(imp(c, ['ValidationError'], c.rel('shared/errors')));
  return {
    header,
    blocks,
    args: [],
    footer: [c.esm ? `export const ${c.e.Name} = model('${c.e.Name}', ${c.e.name}Schema);` : `module.exports = model('${c.e.Name}', ${c.e.name}Schema);`],
    sequential: true,
    cycle: true,
  };
}

function typesFile(c) {
  const blocks = [
    () => `
export interface ${c.e.Name} {
  id: string;
  name: string;
  description?: string;
  status: ${c.e.Name}Status;
  ownerId: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export type ${c.e.Name}Status = 'draft' | 'active' | 'archived';
`,
    () => `
export interface Create${c.e.Name}Input {
  name: string;
  description?: string;
  tags?: string[];
}

export type Update${c.e.Name}Input = Partial<Create${c.e.Name}Input> & { status?: ${c.e.Name}Status };
`,
    () => `
export interface ${c.e.Name}ListQuery {
  page?: number;
  limit?: number;
  status?: ${c.e.Name}Status;
  ownerId?: string;
  sort?: Array<[keyof ${c.e.Name}, 'asc' | 'desc']>;
}

export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}
`,
    () => `
export const ${c.e.name.toUpperCase()}_STATUSES: readonly ${c.e.Name}Status[] = ['draft', 'active', 'archived'] as const;

export function is${c.e.Name}Status(value: unknown): value is ${c.e.Name}Status {
  return typeof value === 'string' && (${c.e.name.toUpperCase()}_STATUSES as readonly string[]).includes(value);
}
`,
    () => `
export enum ${c.e.Name}Event {
  Created = '${c.e.name}.created',
  Updated = '${c.e.name}.updated',
  Archived = '${c.e.name}.archived',
  Deleted = '${c.e.name}.deleted',
}
`,
  ];
  return { header: [], blocks, args: [], footer: [], sequential: true, cycle: true };
}

function serviceFile(c) {
  const o = c.other;
  const header = [
    imp(c, ['db'], c.rel('shared/db')),
    imp(c, ['logger'], c.rel('shared/logger')),
    imp(c, ['events'], c.rel('shared/events')),
    imp(c, ['NotFoundError', 'ValidationError', 'ConflictError', 'ForbiddenError', 'QuotaExceededError', 'UpstreamError', 'PaymentDeclinedError'], c.rel('shared/errors')),
    c.ts ? `import type { ${c.e.Name}, Create${c.e.Name}Input, Update${c.e.Name}Input } from './${c.e.name}.types';` : '',
    '',
    `const MAX_PER_OWNER = ${c.int(5, 500)};`,
  ];
  const A = c.T(': any');
  const blocks = [
    () => `
${c.esm ? 'export ' : ''}async function get${c.e.Name}(id${c.T(': string')}, actor${A})${c.T(`: Promise<${c.e.Name}>`)} {
  const ${c.e.name} = await db.${c.e.plural}.findById(id);
  if (!${c.e.name}) throw new NotFoundError();
  if (${c.e.name}.ownerId !== actor.id && !actor.roles?.includes('admin')) {
    throw new ForbiddenError();
  }
  return ${c.e.name};
}
`,
    (c2) => `
${c.esm ? 'export ' : ''}async function create${c.e.Name}(input${c.T(`: Create${c.e.Name}Input`)}, actor${A}) {
  if (!input.name || input.name.trim().length < 3) {
    throw ${c2.chance(0.75) ? 'new ValidationError()' : `new Error('name is too short')`};
  }
  const count = await db.${c.e.plural}.count({ ownerId: actor.id });
  if (count >= MAX_PER_OWNER) throw new QuotaExceededError();
  const ${c.e.name} = await db.${c.e.plural}.insert({
    name: input.name.trim(),
    description: input.description ?? '',
    ownerId: actor.id,
    status: 'draft',
    version: 1,
  });
  events.emit('${c.e.name}.created', { id: ${c.e.name}.id, ownerId: actor.id });
  logger.info({ id: ${c.e.name}.id }, '${c.e.name} created');
  return ${c.e.name};
}
`,
    () => `
${c.esm ? 'export ' : ''}async function update${c.e.Name}(id${c.T(': string')}, changes${c.T(`: Update${c.e.Name}Input`)}, actor${A}) {
  const current = await get${c.e.Name}(id, actor);
  const next = { ...current, ...changes, version: current.version + 1 };
  const saved = await db.${c.e.plural}.updateWhere({ id, version: current.version }, next);
  if (!saved) throw new ConflictError();
  events.emit('${c.e.name}.updated', { id, changes: Object.keys(changes) });
  return saved;
}
`,
    (c2) => `
${c.esm ? 'export ' : ''}async function sync${c.e.Name}With${o.Name}(id${c.T(': string')}) {
  const ${c.e.name} = await db.${c.e.plural}.findById(id);
  if (!${c.e.name}) return null;
  try {
    const response = await fetch(process.env.${o.name.toUpperCase()}_API_URL + '/${o.plural}/' + ${c.e.name}.externalId, {
      headers: { authorization: 'Bearer ' + process.env.${o.name.toUpperCase()}_API_TOKEN },
    });
    if (!response.ok) {
      throw ${c2.chance(0.6) ? 'new UpstreamError()' : `new Error('${o.name} API answered ' + response.status)`};
    }
    const remote = await response.json();
    return db.${c.e.plural}.update(id, { ${o.name}Status: remote.status, syncedAt: new Date() });
  } catch (err) {
    logger.warn({ err, id }, 'sync with ${o.name} failed');
    throw err;
  }
}
`,
    () => `
${c.esm ? 'export ' : ''}function summarise${c.e.Plural}(${c.e.plural}${c.T(`: ${c.e.Name}[]`)}) {
  const byStatus${c.T(': Record<string, number>')} = {};
  let newest${c.T(': Date | null')} = null;
  for (const item of ${c.e.plural}) {
    byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
    if (!newest || item.createdAt > newest) newest = item.createdAt;
  }
  return { total: ${c.e.plural}.length, byStatus, newest };
}
`,
    (c2) => `
${c.esm ? 'export ' : ''}async function charge${c.e.Name}(id${c.T(': string')}, amountCents${c.T(': number')}, paymentMethod${c.T(': string')}) {
  if (amountCents <= 0) throw new ValidationError();
  const result = await paymentsClient.charge({ amount: amountCents, currency: 'eur', paymentMethod, metadata: { ${c.e.name}Id: id } });
  if (result.status === 'declined') {
    logger.info({ id, code: result.declineCode }, 'payment declined');
    throw new PaymentDeclinedError();
  }
  if (result.status !== 'succeeded') {
    throw ${c2.chance(0.5) ? 'new UpstreamError()' : "new Error('Unexpected payment status ' + result.status)"};
  }
  await db.${c.e.plural}.update(id, { paidAt: new Date(), paymentId: result.id });
  return result.id;
}
`,
    () => `
${c.esm ? 'export ' : ''}async function archiveStale${c.e.Plural}(olderThanDays${c.T(': number')} = 90) {
  const cutoff = new Date(Date.now() - olderThanDays * 24 * 60 * 60 * 1000);
  const stale = await db.${c.e.plural}.find({ status: 'active', updatedAt: { $lt: cutoff } });
  let archived = 0;
  for (const item of stale) {
    try {
      await db.${c.e.plural}.update(item.id, { status: 'archived' });
      archived++;
    } catch (err) {
      logger.error({ err, id: item.id }, 'archive failed');
    }
  }
  return archived;
}
`,
  ];
  const paymentsClient = `\nconst paymentsClient = {\n  async charge(request${c.T(': { amount: number; currency: string; paymentMethod: string; metadata: Record<string, string> }')}) {\n    return { id: 'ch_' + Date.now(), status: request.amount > 0 ? 'succeeded' : 'declined', declineCode: undefined${c.T(' as string | undefined')} };\n  },\n};\n`;
  const names = ['get', 'create', 'update'].map((v) => `${v}${c.e.Name}`).concat([`sync${c.e.Name}With${o.Name}`, `summarise${c.e.Plural}`, `charge${c.e.Name}`, `archiveStale${c.e.Plural}`]);
  return {
    header,
    pre: [paymentsClient],
    blocks,
    args: [],
    footer: c.esm ? [] : [`module.exports = { ${names.join(', ')} };`],
    sequential: true,
    cycle: true,
  };
}

function repositoryFile(c) {
  const header = [imp(c, ['pool'], c.rel('shared/db')), imp(c, ['ConflictError', 'NotFoundError'], c.rel('shared/errors'))];
  const cls = `${c.e.Name}Repository`;
  const blocks = [
    () => `
  async findById(id${c.T(': string')}) {
    const { rows } = await pool.query('SELECT * FROM ${c.e.plural} WHERE id = $1 AND deleted_at IS NULL', [id]);
    return rows[0] ? this.map(rows[0]) : null;
  }
`,
    () => `
  async find(filter${c.T(': { status?: string; ownerId?: string }')}, page${c.T(': { skip: number; take: number }')}) {
    const where${c.T(': string[]')} = ['deleted_at IS NULL'];
    const params${c.T(': unknown[]')} = [];
    if (filter.status) {
      params.push(filter.status);
      where.push('status = $' + params.length);
    }
    if (filter.ownerId) {
      params.push(filter.ownerId);
      where.push('owner_id = $' + params.length);
    }
    params.push(page.take, page.skip);
    const sql = 'SELECT * FROM ${c.e.plural} WHERE ' + where.join(' AND ') + ' ORDER BY created_at DESC LIMIT $' + (params.length - 1) + ' OFFSET $' + params.length;
    const { rows } = await pool.query(sql, params);
    return rows.map((row${c.T(': any')}) => this.map(row));
  }
`,
    (c2) => `
  async create(data${c.T(': Record<string, unknown>')}) {
    try {
      const { rows } = await pool.query(
        'INSERT INTO ${c.e.plural} (name, description, owner_id, status) VALUES ($1, $2, $3, $4) RETURNING *',
        [data.name, data.description ?? null, data.createdBy, 'draft'],
      );
      return this.map(rows[0]);
    } catch (err${c.T(': any')}) {
      if (err.code === '23505') throw new ConflictError();
      throw ${c2.chance(0.7) ? 'err' : `new Error('insert into ${c.e.plural} failed: ' + err.message)`};
    }
  }
`,
    () => `
  async remove(id${c.T(': string')})${c.T(': Promise<boolean>')} {
    const { rowCount } = await pool.query('UPDATE ${c.e.plural} SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL', [id]);
    return (rowCount ?? 0) > 0;
  }
`,
    () => `
  async count(filter${c.T(': { status?: string; ownerId?: string }')} = {}) {
    const { rows } = await pool.query(
      'SELECT count(*)::int AS n FROM ${c.e.plural} WHERE deleted_at IS NULL AND ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR owner_id = $2)',
      [filter.status ?? null, filter.ownerId ?? null],
    );
    return rows[0].n;
  }
`,
    () => `
  async withTransaction${c.T('<T>')}(work${c.T(': (client: any) => Promise<T>')})${c.T(': Promise<T>')} {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
  }
`,
    () => `
  ${c.T('private ')}map(row${c.T(': any')}) {
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      status: row.status,
      ownerId: row.owner_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  }
`,
  ];
  return {
    header: [...header, '', `${c.esm ? 'export ' : ''}class ${cls} {`],
    blocks,
    args: [],
    footer: ['}', '', c.esm ? `export const ${c.e.plural}Repository = new ${cls}();` : `const ${c.e.plural}Repository = new ${cls}();\nmodule.exports = { ${cls}, ${c.e.plural}Repository };`],
    sequential: true,
    cycle: true,
    section: (c2) => `}\n\n${c2.esm ? 'export ' : ''}class ${c2.e.Name}Repository {\n`,
  };
}

function configFile(c) {
  c.esm = c.ts || c.esm;
  const blocks = [
    () => `
function required(name${c.T(': string')})${c.T(': string')} {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error('Missing required environment variable ' + name);
  }
  return value;
}

function int(name${c.T(': string')}, fallback${c.T(': number')})${c.T(': number')} {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const value = Number.parseInt(raw, 10);
  if (Number.isNaN(value)) throw new Error(name + ' must be an integer');
  return value;
}
`,
    (c2) => `
${c.esm ? 'export ' : ''}const config = {
  env: process.env.NODE_ENV || 'development',
  port: int('PORT', ${c2.int(3000, 9000)}),
  databaseUrl: required('DATABASE_URL'),
  redisUrl: process.env.REDIS_URL || 'redis://localhost:6379',
  jwt: { secret: required('JWT_SECRET'), expiresIn: process.env.JWT_EXPIRES_IN || '1h' },
  cors: { origins: (process.env.CORS_ORIGINS || '').split(',').filter(Boolean) },
  rateLimit: { windowMs: int('RATE_WINDOW_MS', 60000), max: int('RATE_MAX', 100) },
  features: {
    ${c.e.plural}V2: process.env.FEATURE_${c.e.name.toUpperCase()}_V2 === 'true',
    newCheckout: process.env.FEATURE_NEW_CHECKOUT === 'true',
  },
}${c.T(' as const')};
`,
    () => `
${c.esm ? 'export ' : ''}const isProduction = config.env === 'production';
${c.esm ? 'export ' : ''}const isTest = config.env === 'test';
`,
    () => `
${c.esm ? 'export ' : ''}function describeConfig()${c.T(': Record<string, unknown>')} {
  return {
    env: config.env,
    port: config.port,
    database: config.databaseUrl.replace(/\\/\\/.*@/, '//***@'),
    features: config.features,
  };
}
`,
  ];
  return { header: [], blocks, args: [], footer: c.esm ? [] : ['module.exports = { config, isProduction, isTest, describeConfig };'], sequential: true };
}

function jobFile(c) {
  const header = [
    imp(c, ['logger'], c.rel('shared/logger')),
    imp(c, ['db'], c.rel('shared/db')),
    imp(c, ['UpstreamError'], c.rel('shared/errors')),
  ];
  const blocks = [
    () => `
${c.esm ? 'export ' : ''}async function process${c.e.Name}Batch(batchSize${c.T(': number')} = 100) {
  const pending = await db.${c.e.plural}.find({ status: 'pending' }, { limit: batchSize });
  const results = await Promise.allSettled(pending.map((item${c.T(': any')}) => handle${c.e.Name}(item)));
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length > 0) {
    logger.warn({ failed: failed.length, total: pending.length }, '${c.e.name} batch had failures');
  }
  return { processed: pending.length - failed.length, failed: failed.length };
}
`,
    () => `
async function handle${c.e.Name}(item${c.T(': any')}) {
  const started = Date.now();
  try {
    await db.${c.e.plural}.update(item.id, { status: 'processing' });
    await notify${c.e.Name}(item);
    await db.${c.e.plural}.update(item.id, { status: 'done', processedAt: new Date() });
  } catch (err) {
    await db.${c.e.plural}.update(item.id, { status: 'failed', lastError: String(err) });
    throw err;
  } finally {
    logger.debug({ id: item.id, ms: Date.now() - started }, 'handled');
  }
}
`,
    (c2) => `
async function notify${c.e.Name}(item${c.T(': any')}) {
  const response = await fetch(process.env.WEBHOOK_URL + '/${c.e.plural}', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: item.id, status: item.status }),
  });
  if (!response.ok) throw ${c2.chance(0.5) ? 'new UpstreamError()' : "new Error('webhook failed with ' + response.status)"};
}
`,
    () => `
${c.esm ? 'export ' : ''}function schedule${c.e.Plural}(intervalMs${c.T(': number')}) {
  let running = false;
  return setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await process${c.e.Name}Batch();
    } catch (err) {
      logger.error({ err }, 'scheduled ${c.e.name} batch failed');
    } finally {
      running = false;
    }
  }, intervalMs);
}
`,
  ];
  return { header, blocks, args: [], footer: c.esm ? [] : [`module.exports = { process${c.e.Name}Batch, schedule${c.e.Plural} };`], sequential: true, cycle: true };
}

function nodeHttpServer(c) {
  const header = [
    imp(c, ['createServer'], 'node:http'),
    imp(c, ['logger'], c.rel('shared/logger')),
    imp(c, ['db'], c.rel('shared/db')),
  ];
  const blocks = [
    (c2) =>
      c2.chance(0.35)
        ? `
const server = createServer(async (req, res) => {
  try {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ ok: true }));
    }
    const rows = await db.${c.e.plural}.find({});
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(rows));
  } catch (err) {
    res.writeHead(500);
    res.end('Error: ' + err.message);
  }
});
`
        : `
const server = createServer(async (req, res) => {
  try {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ ok: true }));
    }
    const rows = await db.${c.e.plural}.find({});
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(rows));
  } catch (err) {
    logger.error({ err }, 'request failed');
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'Internal Server Error' }));
  }
});
`,
    () => `
server.on('clientError', (err, socket) => {
  logger.warn({ err }, 'client error');
  socket.end('HTTP/1.1 400 Bad Request\\r\\n\\r\\n');
});

${c.esm ? 'export ' : ''}function start(port${c.T(': number')}) {
  return new Promise${c.T('<void>')}((resolve) => server.listen(port, resolve));
}
`,
  ];
  return { header, blocks, args: [], footer: c.esm ? [] : ['module.exports = { server, start };'], sequential: true };
}

// ---------------------------------------------------------------- kinds, weights, paths

const KINDS = [
  // [kind, weight, ts probability, factory, path template]
  ['express-router', 9, 0.55, expressRouter, (c, i) => `modules/${c.e.plural}-${bucket(i)}/${c.e.name}.routes`],
  ['express-error-middleware', 2, 0.6, expressErrorMiddleware, (c, i) => `middleware/errors-${i}`],
  ['koa-router', 4, 0.5, koaRouter, (c, i) => `modules/${c.e.plural}-${bucket(i)}/${c.e.name}.koa-routes`],
  ['koa-app', 1, 0.3, koaApp, (c, i) => `apps/koa-${i}/app`],
  ['fastify-routes', 5, 0.55, fastifyRoutes, (c, i) => `modules/${c.e.plural}-${bucket(i)}/${c.e.name}.fastify`],
  ['nest-controller', 4, 1, nestController, (c, i) => `nest/${c.e.plural}-${bucket(i)}/${c.e.plural}.controller`],
  ['nest-service', 4, 1, nestService, (c, i) => `nest/${c.e.plural}-${bucket(i)}/${c.e.plural}.service`],
  ['nest-exception-filter', 1, 1, nestFilter, (c, i) => `nest/filters-${i}/all-exceptions.filter`],
  ['next-route', 5, 0.8, nextRoute, (c, i) => `app/api/${c.e.plural}-${i}/[id]/route`],
  ['auth-flow', 3, 0.55, authFlow, (c, i) => `auth/auth-${i}/auth.routes`],
  ['passport-strategy', 1.5, 0.5, passportStrategy, (c, i) => `auth/passport-${i}/strategies`],
  ['node-http', 1, 0.4, nodeHttpServer, (c, i) => `servers/http-${i}/server`],
  ['service', 14, 0.6, serviceFile, (c, i) => `modules/${c.e.plural}-${bucket(i)}/${c.e.name}.service`],
  ['repository', 8, 0.6, repositoryFile, (c, i) => `modules/${c.e.plural}-${bucket(i)}/${c.e.name}.repository`],
  ['model', 8, 0.55, modelFile, (c, i) => `models/${c.e.name}-${i}.model`],
  ['types', 6, 1, typesFile, (c, i) => `modules/${c.e.plural}-${bucket(i)}/${c.e.name}.types`],
  ['util', 13, 0.6, utilFile, (c, i) => `lib/util-${i}`],
  ['job', 5, 0.55, jobFile, (c, i) => `jobs/${c.e.name}-${i}.job`],
  ['config', 2, 0.6, configFile, (c, i) => `config/config-${i}`],
];
/** Files of one entity share a module folder (routes, service, repository, types), 200 file indexes per group. */
function bucket(i) {
  return Math.floor(i / 200);
}
const TOTAL_WEIGHT = KINDS.reduce((sum, k) => sum + k[1], 0);
const HTTP_KINDS = new Set(['express-router', 'express-error-middleware', 'koa-router', 'koa-app', 'fastify-routes', 'nest-controller', 'nest-exception-filter', 'next-route', 'auth-flow', 'passport-strategy', 'node-http']);

function pickKind(rng) {
  let x = rng() * TOTAL_WEIGHT;
  for (const kind of KINDS) {
    x -= kind[1];
    if (x < 0) return kind;
  }
  return KINDS[KINDS.length - 1];
}

/** A target length: 50–260 lines, mean ~150. */
function targetLines(rng) {
  return Math.round(50 + ((rng() + rng() + rng()) / 3) * 210);
}

const FILE_COMMENTS = [
  (c) => `/**\n * ${c.e.Name} ${c.kind.replace(/-/g, ' ')}.\n *\n * Owned by the ${c.e.plural} team. Keep handlers thin: business rules live in services.\n */`,
  (c) => `// ${c.e.Name}: ${c.kind.replace(/-/g, ' ')}`,
  () => '',
  (c) => `// ${c.e.plural}: generated scaffold, edited by hand since`,
];

function countLines(text) {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Builds one file's text from its kind's header, blocks and footer. */
function buildFile(seed, index) {
  const rng = mulberry32(hash2(seed, index));
  const kind = pickKind(rng);
  const [kindName, , tsProbability, factory, pathOf] = kind;
  const ts = rng() < tsProbability;
  const c = makeContext(rng, ts, 'src/placeholder');
  c.kind = kindName;
  c.file = `src/${pathOf(c, index)}.${ts ? 'ts' : 'js'}`; // headers use c.rel, so the path comes first
  const spec = factory(c);
  return { file: c.file, kind: kindName, text: assemble(c, spec, targetLines(rng)), ts };
}

function assemble(c, spec, target) {
  const parts = [];
  const comment = c.pick(FILE_COMMENTS)(c);
  if (comment) parts.push(comment, '');
  parts.push(...spec.header.filter((line) => line !== ''));
  if (spec.pre) parts.push(...spec.pre);
  const body = [];
  let lines = countLines(parts.join('\n')) + spec.footer.length;
  const blocks = spec.blocks;
  const used = new Set();
  let i = 0;
  // Sequential kinds emit their blocks in order (a class or module has each member once), then
  // stop; others draw blocks at random until the target length is reached.
  const usedEntities = new Set([c.e.name]);
  while (lines < target && i < 400) {
    let index;
    if (spec.sequential || spec.unique) {
      let free = blocks.map((_, k) => k).filter((k) => !used.has(k));
      if (free.length === 0) {
        // Modules made of named members go on with the next entity (a second service, schema or
        // class in the same file), the way real files grow; the others end here.
        if (!spec.cycle) break;
        const fresh = ENTITIES.filter((n) => !usedEntities.has(n));
        if (fresh.length === 0) break;
        c.e = entity(c.pick(fresh));
        usedEntities.add(c.e.name);
        used.clear();
        free = blocks.map((_, k) => k);
        if (spec.section) {
          const text = spec.section(c);
          body.push(text);
          lines += countLines(text) - 1;
        }
      }
      index = spec.sequential ? free[0] : free[Math.floor(c.rng() * free.length)];
      used.add(index);
    } else {
      index = Math.floor(c.rng() * blocks.length);
    }
    const text = blocks[index](c, ...spec.args);
    body.push(text);
    lines += countLines(text) - 1;
    i++;
  }
  // Random-draw kinds may repeat a route; vary its path so routes stay distinct.
  let n = 0;
  const bodyText = body
    .join('')
    .replace(/(\.(get|post|put|patch|delete|del)\(')\/([a-z-]+)/g, (match, prefix, _m, p) => `${prefix}/${p}${n++ > 0 && c.rng() < 0.6 ? `-v${n}` : ''}`);
  return `${parts.join('\n')}\n${bodyText}${spec.footer.filter((l) => l !== '').length ? '\n' + spec.footer.filter((l) => l !== '').join('\n') : ''}\n`;
}

// ---------------------------------------------------------------- fixed shared files

function sharedFiles() {
  const errors = [
    `/** Business exceptions. Their public messages live in errors.catalog.json. */`,
    `import catalog from '../../errors.catalog.json';`,
    '',
    `type CatalogName = keyof typeof catalog.errors;`,
    '',
    `export abstract class AppError extends Error {`,
    `  readonly code: string;`,
    `  readonly status: number;`,
    '',
    `  protected constructor(name: CatalogName, options?: ErrorOptions) {`,
    `    const entry = catalog.errors[name];`,
    `    super(entry.message, options);`,
    `    this.name = name;`,
    `    this.code = entry.code;`,
    `    this.status = entry.status;`,
    `  }`,
    `}`,
    ...CATALOG_CLASSES.flatMap((name) => ['', `export class ${name} extends AppError {`, `  constructor(options?: ErrorOptions) {`, `    super('${name}', options);`, `  }`, `}`]),
    '',
  ].join('\n');
  const logger = `import { randomUUID } from 'node:crypto';

type Level = 'debug' | 'info' | 'warn' | 'error';

function write(level: Level, fields: Record<string, unknown> | string, message?: string): void {
  const entry = typeof fields === 'string' ? { msg: fields } : { ...fields, msg: message };
  const line = JSON.stringify({ level, time: new Date().toISOString(), ...entry }, (key, value) =>
    value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value,
  );
  if (level === 'error' || level === 'warn') process.stderr.write(line + '\\n');
  else process.stdout.write(line + '\\n');
}

export const logger = {
  debug: (fields: Record<string, unknown> | string, message?: string) => write('debug', fields, message),
  info: (fields: Record<string, unknown> | string, message?: string) => write('info', fields, message),
  warn: (fields: Record<string, unknown> | string, message?: string) => write('warn', fields, message),
  error: (fields: Record<string, unknown> | unknown, message?: string) =>
    write('error', typeof fields === 'object' && fields !== null ? (fields as Record<string, unknown>) : { err: fields }, message),
};

export const newReference = (): string => randomUUID();
`;
  const db = `export const pool: any = { query: async (..._args: unknown[]) => ({ rows: [] as any[], rowCount: 0 }), connect: async () => ({ query: async (..._a: unknown[]) => ({}), release: () => undefined }) };
export const db: any = new Proxy({}, { get: () => new Proxy({}, { get: () => async (..._args: unknown[]) => null }) });
export const users: any = db.users;
export const resetTokens: any = db.resetTokens;
export const audit = { record: async (event: string, data: object) => ({ event, data }) };
`;
  const events = `import { EventEmitter } from 'node:events';

export const events = new EventEmitter();
events.setMaxListeners(100);
`;
  const httpHelpers = `import type { NextFunction, Request, Response } from 'express';

export function requireRole(role: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const user = (req as any).user;
    if (!user || !user.roles?.includes(role)) return res.status(403).json({ error: 'Forbidden' });
    next();
  };
}

export const upload: any = { single: (_field: string) => (_req: Request, _res: Response, next: NextFunction) => next() };
export const exporter: any = { exportOne: async (id: string, _options: object) => ({ path: '/tmp/' + id, name: id + '.csv' }) };

export async function parseCsv(buffer: Buffer): Promise<Record<string, string>[]> {
  const [head, ...rows] = new TextDecoder('utf-8').decode(buffer).split(/\\r?\\n/).filter(Boolean);
  const columns = head ? head.split(',') : [];
  return rows.map((row) => Object.fromEntries(row.split(',').map((value, i) => [columns[i] ?? 'c' + i, value])));
}

export function pick<T extends object>(source: T, keys: string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (key in source) out[key] = (source as Record<string, unknown>)[key];
  return out as Partial<T>;
}
`;
  return [
    { file: 'src/shared/errors.ts', kind: 'shared', text: errors, ts: true },
    { file: 'src/shared/logger.ts', kind: 'shared', text: logger, ts: true },
    { file: 'src/shared/db.ts', kind: 'shared', text: db, ts: true },
    { file: 'src/shared/events.ts', kind: 'shared', text: events, ts: true },
    { file: 'src/shared/http-helpers.ts', kind: 'shared', text: httpHelpers, ts: true },
  ];
}

/** One ~2,000-line handler file (Express routers, error middleware, a login flow) for editor latency. */
function largeHandlerFile(seed, targetTotal = 2000) {
  const rng = mulberry32(hash2(seed, 0xed170));
  const c = makeContext(rng, true, 'editor/large-handler.ts');
  c.kind = 'express-router';
  const parts = [
    `import { Router, type Request, type Response, type NextFunction } from 'express';`,
    `import { randomUUID } from 'node:crypto';`,
    `import bcrypt from 'bcrypt';`,
    `import { logger } from '../src/shared/logger';`,
    `import { db, audit, users, resetTokens } from '../src/shared/db';`,
    `import { NotFoundError, ValidationError, ConflictError, PayloadTooLargeError, AppError, InvalidCredentialsError } from '../src/shared/errors';`,
    `import { requireRole, upload, parseCsv, pick, exporter } from '../src/shared/http-helpers';`,
    '',
    `const DUMMY_HASH = '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5ZzQdA0rJ0u6l3p5mJ9hMZf1Q8v5K1e';`,
    `const mailer = { send: async (to: string, template: string, data: object) => ({ to, template, data }) };`,
    `export const router = Router();`,
  ];
  let text = parts.join('\n') + '\n';
  let round = 0;
  const blockLists = [expressBlocks, errorMiddlewareBlocks];
  while (countLines(text) < targetTotal) {
    c.e = entity(ENTITIES[round % ENTITIES.length]);
    const useErrors = round % 7 === 6;
    const list = blockLists[useErrors ? 1 : 0];
    const block = list[Math.floor(rng() * list.length)](c, 'router');
    const renamed = useErrors ? block.replace(/export function (\w+)/, (m, name) => `export function ${name}${round}`) : block;
    text += renamed.replace(/(router\.(get|post|put|patch|delete)\(')\/([a-z-]+)/g, (m, prefix, _v, p) => `${prefix}/${p}-r${round}`);
    round++;
  }
  return text;
}

// ---------------------------------------------------------------- main

function parseArgs(argv) {
  const args = { files: 1000, seed: 9, out: path.join(__dirname, '..', '..', 'bench', 'corpus'), force: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--files') args.files = Number(value());
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--out') args.out = path.resolve(value());
    else if (a === '--force') args.force = true;
    else if (a === '--quiet') args.quiet = true;
    else if (/^\d+$/.test(a)) args.files = Number(a);
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/bench/generate-corpus.js [--files 100|1000|10000] [--seed n] [--out dir] [--force]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.files) || args.files < 10) throw new Error('--files must be an integer >= 10');
  return args;
}

/** Generates the corpus unless an identical one (same files, seed, generator version) exists. Returns its directory. */
function generate({ files, seed = 9, out = path.join(__dirname, '..', '..', 'bench', 'corpus'), force = false, quiet = false }) {
  const dir = path.join(out, String(files));
  const manifestPath = path.join(dir, 'corpus.json');
  if (!force && fs.existsSync(manifestPath)) {
    try {
      const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
      if (manifest.files === files && manifest.seed === seed && manifest.generatorVersion === GENERATOR_VERSION) {
        if (!quiet) console.log(`corpus ${dir} is up to date (${manifest.files} files, ${manifest.lines} lines)`);
        return dir;
      }
    } catch {
      // regenerate
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });

  const shared = sharedFiles();
  const entries = [...shared];
  const seen = new Set(shared.map((f) => f.file));
  for (let i = 0; entries.length < files; i++) {
    const entry = buildFile(seed, i);
    if (seen.has(entry.file)) entry.file = entry.file.replace(/\.(ts|js)$/, `-${i}.$1`); // same kind and entity in one folder
    seen.add(entry.file);
    entries.push(entry);
  }

  const stats = { files: 0, lines: 0, tsFiles: 0, tsLines: 0, jsFiles: 0, jsLines: 0, httpFiles: 0, kinds: {} };
  for (const entry of entries) {
    const target = path.join(dir, entry.file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entry.text);
    const lines = countLines(entry.text) - (entry.text.endsWith('\n') ? 1 : 0);
    stats.files++;
    stats.lines += lines;
    if (entry.ts) {
      stats.tsFiles++;
      stats.tsLines += lines;
    } else {
      stats.jsFiles++;
      stats.jsLines += lines;
    }
    if (HTTP_KINDS.has(entry.kind)) stats.httpFiles++;
    stats.kinds[entry.kind] = (stats.kinds[entry.kind] ?? 0) + 1;
  }

  fs.writeFileSync(path.join(dir, 'errors.catalog.json'), JSON.stringify(CATALOG, null, 2) + '\n');
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'commonjs',
      moduleResolution: 'node',
      lib: ['ES2022', 'DOM'],
      strict: false,
      allowJs: false,
      esModuleInterop: true,
      resolveJsonModule: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      skipLibCheck: true,
      noEmit: true,
    },
    include: ['src/**/*.ts'],
  };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2) + '\n');
  fs.mkdirSync(path.join(dir, 'editor'), { recursive: true });
  const large = largeHandlerFile(seed);
  fs.writeFileSync(path.join(dir, 'editor', 'large-handler.ts'), large);

  const manifest = {
    generatorVersion: GENERATOR_VERSION,
    seed,
    ...stats,
    averageLines: Math.round(stats.lines / stats.files),
    editorFile: { file: 'editor/large-handler.ts', lines: countLines(large) - 1 },
  };
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  if (!quiet) {
    console.log(
      `wrote ${dir}: ${stats.files} files (${stats.tsFiles} .ts, ${stats.jsFiles} .js, ${stats.httpFiles} HTTP), ${stats.lines} lines (avg ${manifest.averageLines})`,
    );
  }
  return dir;
}

module.exports = { generate, GENERATOR_VERSION };

if (require.main === module) {
  try {
    generate(parseArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
