import rule from '../../src/rules/no-debug-error-handler';
import { createJavaScriptRuleTester, createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

/** GraphQL servers (Apollo Server 4, Apollo Server 3 from \`legacySource\`, GraphQL Yoga) with the options \`apollo\`, \`legacy\` and \`yoga\`. */
function graphqlServers(apollo: string, legacy: string, yoga: string, legacySource = 'apollo-server-express'): string {
  return `import { ApolloServer } from '@apollo/server';
import { ApolloServer as LegacyApolloServer } from '${legacySource}';
import { createYoga } from 'graphql-yoga';
export const server = new ApolloServer({ typeDefs, resolvers, ${apollo} });
export const legacy = new LegacyApolloServer({ typeDefs, resolvers, ${legacy} });
export const yoga = createYoga({ schema, ${yoga} });`;
}

/** A Hono app that mounts stoker's \`onError\` (imported from \`source\`), \`mounted\` being the statement that does it. */
function stokerApp(mounted: string, source = 'stoker/middlewares'): string {
  return `import { Hono } from 'hono';
import { notFound, onError } from '${source}';
const app = new Hono();
app.notFound(notFound);
${mounted}
export default app;`;
}

ruleTester.run('no-debug-error-handler', rule, {
  valid: [
    // Guarded by the environment, in every built-in form.
    `import express from 'express';
import errorhandler from 'errorhandler';
const app = express();
if (process.env.NODE_ENV === 'development') {
  app.use(errorhandler());
}`,
    `import express from 'express';
import errorHandler from 'errorhandler';
const app = express();
if (app.get('env') === 'development') app.use(errorHandler({ log: true }));`,
    `const express = require('express');
const errorhandler = require('errorhandler');
const app = express();
const isDev = process.env.NODE_ENV !== 'production';
if (isDev) app.use(errorhandler());`,
    `import express from 'express';
import errorhandler from 'errorhandler';
const app = express();
if (process.env.NODE_ENV === 'production') {
  app.use((err, req, res, next) => res.status(500).send('Internal Server Error'));
} else {
  app.use(errorhandler());
}`,
    // Environment read from the environment, not hard-coded.
    `import express from 'express';
const app = express();
app.set('env', process.env.NODE_ENV);
app.set('showStackError', config.debug);
app.set('view engine', 'pug');`,
    // koa-onerror and koa-error are safe by default.
    `import Koa from 'koa';
import onerror from 'koa-onerror';
import error from 'koa-error';
const app = new Koa();
onerror(app);
onerror(app, { json(err) { this.body = { message: 'Internal Server Error' }; } });
app.use(error({ engine: 'pug', template: __dirname + '/error.pug' }));`,
    // Hapi debug only in development, or without request errors.
    `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000, debug: process.env.NODE_ENV === 'development' ? { request: ['error'] } : false });
const other = Hapi.server({ debug: { log: ['info'] } });
const defaults = Hapi.server({ debug: { request: ['implementation'] } });
const options = { port: 3000, debug: false };
export const quiet = Hapi.server(options);`,
    // GraphQL servers with their defaults (stack traces only outside production), read from the environment, or masking errors.
    graphqlServers("includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development'", 'debug: false', 'maskedErrors: true'),
    graphqlServers('csrfPrevention: true', "debug: config.env !== 'production'", 'graphiql: false'),
    // Another module's ApolloServer is not Apollo's.
    graphqlServers('introspection: true', 'debug: true', 'maskedErrors: { maskError }', './apollo'),
    // stoker's onError only in development, and an app's own module of that name.
    stokerApp("if (process.env.NODE_ENV === 'development') app.onError(onError);"),
    stokerApp('app.onError(onError);', './middlewares'),
    // Custom handlers (Fastify, NestJS) are judged by what they send, not here.
    `import Fastify from 'fastify';
const fastify = Fastify({ logger: true });
fastify.setErrorHandler((error, request, reply) => { reply.status(500).send({ error: 'Internal Server Error' }); });`,
    `import { Catch, ExceptionFilter } from '@nestjs/common';
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown) { this.logger.error(exception); }
}`,
    // Something else called errorhandler.
    `function errorhandler() { return (err, req, res, next) => res.sendStatus(500); }
app.use(errorhandler());`,
    // Map#set is not Express.
    `const settings = new Map();
settings.set('env', 'development');`,
  ],
  invalid: [
    {
      code: `import express from 'express';
import errorhandler from 'errorhandler';
const app = express();
app.use(errorhandler());`,
      errors: [
        {
          messageId: 'debugHandler',
          line: 4,
          suggestions: [
            {
              messageId: 'wrapInDevelopmentCheck',
              output: `import express from 'express';
import errorhandler from 'errorhandler';
const app = express();
if (process.env.NODE_ENV === 'development') {
  app.use(errorhandler());
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
import devErrors from 'errorhandler';
const app = express();
app.set('env', 'development');
app.set('showStackError', true);
app.use(devErrors({ log: false }));`,
      errors: [
        {
          messageId: 'envSetting',
          line: 4,
          suggestions: [{ messageId: 'wrapInDevelopmentCheck', output: `import express from 'express';
import devErrors from 'errorhandler';
const app = express();
if (process.env.NODE_ENV === 'development') {
  app.set('env', 'development');
}
app.set('showStackError', true);
app.use(devErrors({ log: false }));` }],
        },
        {
          messageId: 'envSetting',
          line: 5,
          suggestions: [{ messageId: 'wrapInDevelopmentCheck', output: `import express from 'express';
import devErrors from 'errorhandler';
const app = express();
app.set('env', 'development');
if (process.env.NODE_ENV === 'development') {
  app.set('showStackError', true);
}
app.use(devErrors({ log: false }));` }],
        },
        {
          messageId: 'debugHandler',
          line: 6,
          suggestions: [{ messageId: 'wrapInDevelopmentCheck', output: `import express from 'express';
import devErrors from 'errorhandler';
const app = express();
app.set('env', 'development');
app.set('showStackError', true);
if (process.env.NODE_ENV === 'development') {
  app.use(devErrors({ log: false }));
}` }],
        },
      ],
    },
    {
      code: `import Koa from 'koa';
import onerror from 'koa-onerror';
const app = new Koa();
onerror(app, { html(err, ctx) { ctx.body = '<pre>' + err.stack + '</pre>'; } });
onerror(app, { text: (err, ctx) => { ctx.body = err.stack; } });`,
      errors: [
        { messageId: 'stackOption', line: 4, suggestions: [{ messageId: 'wrapInDevelopmentCheck', output: `import Koa from 'koa';
import onerror from 'koa-onerror';
const app = new Koa();
if (process.env.NODE_ENV === 'development') {
  onerror(app, { html(err, ctx) { ctx.body = '<pre>' + err.stack + '</pre>'; } });
}
onerror(app, { text: (err, ctx) => { ctx.body = err.stack; } });` }] },
        { messageId: 'stackOption', line: 5, suggestions: [{ messageId: 'wrapInDevelopmentCheck', output: `import Koa from 'koa';
import onerror from 'koa-onerror';
const app = new Koa();
onerror(app, { html(err, ctx) { ctx.body = '<pre>' + err.stack + '</pre>'; } });
if (process.env.NODE_ENV === 'development') {
  onerror(app, { text: (err, ctx) => { ctx.body = err.stack; } });
}` }] },
      ],
    },
    {
      code: `import Koa from 'koa';
import error from 'koa-error';
const app = new Koa();
app.use(error({ env: 'development' }));`,
      errors: [{ messageId: 'stackOption', line: 4, suggestions: [{ messageId: 'wrapInDevelopmentCheck', output: `import Koa from 'koa';
import error from 'koa-error';
const app = new Koa();
if (process.env.NODE_ENV === 'development') {
  app.use(error({ env: 'development' }));
}` }] }],
    },
    {
      code: stokerApp('app.onError(onError);'),
      errors: [
        {
          messageId: 'errorDetailsHandler',
          line: 5,
          data: { label: "stoker's onError" },
          suggestions: [{ messageId: 'wrapInDevelopmentCheck', output: stokerApp("if (process.env.NODE_ENV === 'development') {\n  app.onError(onError);\n}") }],
        },
      ],
    },
    {
      code: graphqlServers('includeStacktraceInErrorResponses: true', 'debug: true', 'maskedErrors: false'),
      errors: [
        { messageId: 'graphqlDebug', line: 4, data: { label: 'includeStacktraceInErrorResponses: true' }, suggestions: [] },
        { messageId: 'graphqlDebug', line: 5, data: { label: 'debug: true' }, suggestions: [] },
        { messageId: 'graphqlDebug', line: 6, data: { label: 'maskedErrors: false' }, suggestions: [] },
      ],
    },
    {
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000, debug: { request: ['error'] } });`,
      errors: [{ messageId: 'hapiDebug', line: 2, suggestions: [] }],
    },
    {
      code: `import Hapi from '@hapi/hapi';
const options = { port: 3000, debug: { request: '*', log: '*' } };
export const server = Hapi.server(options);`,
      errors: [{ messageId: 'hapiDebug', line: 2, suggestions: [] }],
    },
  ],
});

createJavaScriptRuleTester().run('no-debug-error-handler (espree)', rule, {
  valid: [
    // The app's own module of that name is not the errorhandler package.
    `const express = require('express');
const errorhandler = require('./errorhandler');
const app = express();
app.use(errorhandler());`,
  ],
  invalid: [
    // A template literal without expressions names the package as well as a string does.
    {
      code: `const errorhandler = require(\`errorhandler\`);
app.use(errorhandler());`,
      errors: [{ messageId: 'debugHandler', line: 2, suggestions: [{ messageId: 'wrapInDevelopmentCheck', output: `const errorhandler = require(\`errorhandler\`);
if (process.env.NODE_ENV === 'development') {
  app.use(errorhandler());
}` }] }],
    },
    {
      code: `const express = require('express');
const app = express();
app.use(express.errorHandler({ dumpExceptions: true, showStack: true }));`,
      errors: [{ messageId: 'debugHandler', line: 3, suggestions: [{ messageId: 'wrapInDevelopmentCheck', output: `const express = require('express');
const app = express();
if (process.env.NODE_ENV === 'development') {
  app.use(express.errorHandler({ dumpExceptions: true, showStack: true }));
}` }] }],
    },
  ],
});
