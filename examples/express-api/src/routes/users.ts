import { Router, type Request, type Response } from 'express';

import { db } from '../db';
import { NotFoundError } from '../errors';
import { logger } from '../logger';

export const users = Router();

// Mistake: the database error (driver, SQL, host names) goes straight to the client.
users.get('/', async (req, res) => {
  try {
    res.json(await db.users.list());
  } catch (err) {
    res.status(500).json({ message: (err as Error).message });
  }
});

// Safe: the error is logged, the client gets a catalog error or a generic answer.
users.get('/:id', async (req, res, next) => {
  try {
    const user = await db.users.findById(req.params.id);
    if (!user) throw new NotFoundError();
    res.json({ id: user.id, email: user.email });
  } catch (err) {
    next(err);
  }
});

// Mistake: a controller in its own function, leaking through a promise chain and a header.
export function exportUsers(req: Request, res: Response): void {
  db.users
    .list()
    .then((all) => res.json(all))
    .catch((error: Error) => {
      res.set('X-Export-Error', error.message);
      res.status(500).send(`Export failed: ${error.stack}`);
    });
}
