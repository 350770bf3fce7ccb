/** Code that more than one rule's tests use as it is. */

/**
 * A NestJS controller method with four injected parameters, one typed as Express's `Response`
 * (postiz): not an Express error handler, so its answers are success answers.
 */
export const nestFourParameterController = `import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
@Controller('/auth')
export class AuthController {
  @Post('/oauth/:provider/exists')
  async oauthExists(@Req() req: Request, @Body('code') code: string, @Param('provider') provider: string, @Res() response: Response) {
    const { token } = await this.auth.checkExists(provider, code);
    if (token) return response.json({ token });
    return response.json({ message: 'Check your inbox' });
  }
}`;

/** A NestJS controller holding `methods`, which start on line 7. */
export function nestController(methods: string, imports = 'Body, Controller, Get, Param, Post'): string {
  return `import { ${imports} } from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

${methods}
}`;
}

/** A NestJS controller whose `create` method answers a failure with `failure` (line 13). */
export function nestCreateOrder(failure: string): string {
  return nestController(`  @Post()
  async create(@Body() dto: CreateOrderDto) {
    try {
      return await this.orders.create(dto);
    } catch (error) {
      this.logger.error(error);
      ${failure};
    }
  }`);
}

/** A message returned from the catch block, sent with Nest's default 201. */
export const nestCreateOrderFailure = nestCreateOrder("return { message: 'Could not create the order' }");

/** A Koa test-connection route that answers `{ valid: false }` from its catch (budibase). */
export const koaTestConnection = `import Router from '@koa/router';
const router = new Router();
router.post('/email/test', async (ctx) => {
  try {
    await testConnection(ctx.request.body);
    ctx.body = { valid: true };
  } catch (err) {
    console.error(err);
    ctx.body = { valid: false, message: 'Unable to connect to the IMAP server' };
  }
});`;
