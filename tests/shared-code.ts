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
