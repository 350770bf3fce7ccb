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

// Safe: catalog errors answer with their vetted message; everything else is logged and generic.
app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
  const ref = crypto.randomUUID();
  logger.error({ err, ref }, 'request failed');
  if (err instanceof AppError) {
    return res.status(err.status).json({ code: err.code, message: err.message, instance: `urn:uuid:${ref}` });
  }
  res.status(500).json({ message: 'Internal Server Error', instance: `urn:uuid:${ref}` });
});

// Mistake: a second, older handler that still prints the stack.
export function legacyErrorHandler(err: Error, req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(err);
  res.status(500).send({ error: err.message, stack: err.stack });
}
