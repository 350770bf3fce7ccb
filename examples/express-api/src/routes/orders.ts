import { Router } from 'express';

import { db } from '../db';
import { PaymentDeclinedError, ValidationError } from '../errors';
import { logger } from '../logger';

export const orders = Router();

function sendFailure(res: import('express').Response, err: unknown) {
  res.status(500).json({ error: String(err) });
}

orders.post('/', async (req, res) => {
  const total = Number(req.body?.total);
  if (!Number.isFinite(total)) {
    // Safe: a validation message written on purpose.
    return res.status(400).json({ message: 'total must be a number' });
  }
  try {
    res.status(201).json(await db.orders.create({ userId: req.body.userId, total }));
  } catch (err) {
    // Mistake: a same-file helper sends the raw error.
    sendFailure(res, err);
  }
});

orders.get('/:userId', async (req, res) => {
  try {
    res.json(await db.orders.list(req.params.userId));
  } catch (err) {
    logger.error(err, 'listing orders failed');
    // Safe: the cause is chained for the log; the public text stays the catalog's.
    throw new ValidationError({ cause: err });
  }
});

orders.post('/:id/pay', async (req, res) => {
  try {
    res.json(await charge(req.params.id));
  } catch (err) {
    // Mistake: the processor's raw text passed into a catalog exception.
    throw new PaymentDeclinedError(`Processor said: ${(err as Error).message}`);
  }
});

orders.post('/:id/refund', async (req, res) => {
  try {
    res.json(await refund(req.params.id));
  } catch (err) {
    logger.error(err, 'refund failed');
    // Mistake: the failure is answered with 200, so clients and monitors see a success.
    res.json({ success: false, message: 'Refund failed' });
  }
});

async function refund(orderId: string): Promise<{ orderId: string; refunded: boolean }> {
  return { orderId, refunded: true };
}

async function charge(orderId: string): Promise<{ orderId: string; paid: boolean }> {
  return { orderId, paid: true };
}

orders.delete('/:id', async (req, res) => {
  try {
    res.sendStatus(204);
  } catch (err) {
    const ref = crypto.randomUUID();
    logger.error({ err, ref }, 'delete failed');
    // Safe: a problem with a reference id; stack traces only outside production.
    res.status(500).json({
      title: 'Internal Server Error',
      status: 500,
      instance: `urn:uuid:${ref}`,
      ...(process.env.NODE_ENV !== 'production' && { stack: (err as Error).stack }),
    });
  }
});
