import errorhandler from 'errorhandler';
import express, { type NextFunction, type Request, type Response } from 'express';

import { AppError } from './errors';
import { logger } from './logger';
import { auth } from './routes/auth';
import { orders } from './routes/orders';
import { exportUsers, users } from './routes/users';

export const app = express();
app.use(express.json());
app.use('/auth', auth);
app.use('/users', users);
app.get('/export/users', exportUsers);
app.use('/orders', orders);

// Safe: the development error page, only in development.
if (process.env.NODE_ENV === 'development') app.use(errorhandler());

// Safe, and the recommended pattern: catalog exceptions answer with their problem details;
// everything else is logged under a random reference and answered with a generic problem.
app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
  if (err instanceof AppError) {
    return res.status(err.status).type('application/problem+json').json({ title: err.message, status: err.status, code: err.code });
  }
  const ref = crypto.randomUUID();
  logger.error({ err, ref }, 'request failed');
  res.status(500).type('application/problem+json').json({ title: 'Internal Server Error', status: 500, instance: `urn:uuid:${ref}` });
});

// Mistake: a second, older handler that still prints the stack.
export function legacyErrorHandler(err: Error, req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(err);
  res.status(500).send({ error: err.message, stack: err.stack });
}
