/**
 * Never crash ESLint: every rule, on odd code, with both parsers. Each snippet
 * once failed (or could fail) a lookup that assumed a well-formed shape.
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index';

const ODD_CODE = [
  '',
  '// only a comment',
  // Object.prototype names where a lookup table is consulted.
  `buf.toString('hex'); o.hasOwnProperty('k'); n.toLocaleString('en-US'); x.constructor('a'); y.valueOf(1); z.__proto__('q');
const constructor = 1; toString('x'); hasOwnProperty('y');`,
  `app.constructor('/toString', (req, res) => res.json({ error: 'x' }));`,
  // Handlers without parameters.
  `app.use(() => { return null; });
app.use(function () { return Promise.reject(new Error('x')); });
app.use(async function () { throw new Error('boom'); });
router.get('/login', () => { throw new Error('User not found'); });`,
  // Odd throws and catches.
  `function f(a, b, cond, x) {
  try { throw (a, b); } catch {}
  try { g(); } catch ({ message: [first], ...rest }) { res.json(first, rest); }
  if (cond) throw cond ? new A() : new B();
  return async () => { throw await x; };
}`,
  // Optional chains, computed members, tagged templates, spreads everywhere.
  `app.get('/x', async (req, res) => {
  try { await w(); } catch (err) {
    res?.status?.(500)?.json?.({ e: err?.message, ...err, [err.name]: err[\`stack\`] });
    res[method](err);
    res.send(tag\`\${err}\`);
    new (factory())(err);
  }
});`,
  // Classes with odd heritage.
  `class A extends (B ?? C) {}
class D extends mixin(E) { catch(e, host) { host.switchToHttp().getResponse().json(e); } }
const F = class extends G {};`,
  // Login-like flows with unusual shapes.
  `export async function login(...args) {
  const [user] = await db.query('select');
  if (user.length === 0) return { error: 'User not found' };
  if (!(await compare())) return null;
}
passport.use(new LocalStrategy((u, p, done) => done(null, false)));
new Strategy();`,
  // A JavaScript class with a \`catch\` method (a thenable) in a file that mentions a login: espree gives
  // classes no \`decorators\` array (saltcorn's test helper).
  `// helpers for login tests
class SuperRequest {
  catch(onRejected) {
    if (!onRejected) throw new Error('no handler');
    return this.run().catch(onRejected);
  }
}`,
  // Settings-shaped values in odd places.
  `app.set(); app.set('env'); app.use(errorhandler); Hapi.server(); Hapi.server({ debug: true });`,
  // Objects that refer to each other, logged: looking into aliases must stop.
  `function f() { const a = { x: b }; const b = { y: a }; console.log('state', a); }`,
];

const TYPESCRIPT_ONLY = [
  `@Catch() export class Filter { catch(exception: unknown, host: ArgumentsHost) { const r = host.switchToHttp().getResponse<Response>(); r.status(500).json((exception as Error).message!); } }
export default async (req: NextApiRequest, res: NextApiResponse) => { res.json(<any>req); };
function g(this: Window, res: import('express').Response) { res.json(this); }`,
  `const x = <T,>(res: T) => res; enum E { A = 'password' } namespace N { export const token = 1; console.log(token); }`,
];

const allRules = Object.fromEntries(Object.keys(plugin.rules).map((id) => [`safe-errors/${id}`, 'error' as const]));

function lint(code: string, typescript: boolean, settings: Record<string, unknown> = {}): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    code,
    [
      {
        files: ['**/*'],
        plugins: { 'safe-errors': plugin as never },
        rules: { ...allRules, 'safe-errors/no-user-enumeration': ['error', { checkTiming: true, checkRegistration: true }] },
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module', ...(typescript ? { parser: tsParser as never } : {}) },
        settings,
      },
    ],
    { filename: typescript ? 'odd.ts' : 'odd.js' },
  );
}

function isCrash(message: Linter.LintMessage): boolean {
  return message.fatal === true || message.messageId === 'internalError';
}

describe('every rule survives odd code', () => {

  it.each(ODD_CODE.map((code, index) => [index, code]))('snippet %i with both parsers', (_, code) => {
    for (const typescript of [false, true]) {
      // Every snippet parses, so any fatal message is a crash; a rule that caught its own crash says so with internalError.
      expect(lint(code as string, typescript).filter(isCrash)).toEqual([]);
    }
  });

  it.each(TYPESCRIPT_ONLY.map((code, index) => [index, code]))('TypeScript snippet %i', (_, code) => {
    expect(lint(code as string, true).filter(isCrash)).toEqual([]);
  });

  it('survives broken settings', () => {
    const messages = lint(ODD_CODE[4] as string, false, { 'safe-errors': { catalog: 42, responseHelpers: [{}], devGuards: [1] } });
    expect(messages.filter(isCrash)).toEqual([]);
    expect(messages.filter((message) => message.messageId === 'invalidSettings')).toHaveLength(3);
  });
});
