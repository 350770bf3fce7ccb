import bcrypt from 'bcrypt';
import { Router } from 'express';

import { db } from '../db';
import { InvalidCredentialsError } from '../errors';
import { logger } from '../logger';

export const auth = Router();

// Mistakes: two different answers tell an attacker which emails have accounts,
// and the request body (with the password) goes to the log.
auth.post('/login', async (req, res) => {
  logger.warn(req.body, 'login attempt');
  const user = await db.users.findByEmail(req.body.email);
  if (!user) return res.status(404).json({ message: 'No account with that email' });
  const ok = await bcrypt.compare(req.body.password, user.passwordHash);
  if (!ok) return res.status(401).json({ message: 'Incorrect password' });
  res.json({ token: `token-for-${user.id}` });
});

// Safe: one combined check, one catalog exception.
auth.post('/session', async (req, res) => {
  const user = await db.users.findByEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
    throw new InvalidCredentialsError();
  }
  res.json({ token: `token-for-${user.id}` });
});

// Safe: the same answer whether or not the account exists.
auth.post('/forgot-password', async (req, res) => {
  const user = await db.users.findByEmail(req.body.email);
  if (user) await sendResetLink(user.email);
  res.json({ message: 'If an account exists for this email, we sent a link' });
});

async function sendResetLink(email: string): Promise<void> {
  if (!email.includes('@')) {
    // Mistake: an ad-hoc error nobody reviewed.
    throw new Error(`Cannot send a reset link to ${email}`);
  }
}
