/**
 * Secrets by name: identifiers and properties whose words mean a password,
 * token, key, session id or card number — matched by words, not substrings
 * (`userPassword` is a secret; `passwordPolicy` and `tokenizer` are not).
 */

/** Sensitive terms, as word sequences. */
const TERMS: readonly (readonly string[])[] = [
  ['password'],
  ['passwd'],
  ['pwd'],
  ['passphrase'],
  ['pass'],
  ['secret'],
  // Env names written without separators: `STRIPE_TEST_SECRETKEY`, `GOOGLE_CLIENTSECRET`, `AWS_SECRETACCESSKEY`.
  ['secretkey'],
  ['clientsecret'],
  ['secretaccesskey'],
  ['token'],
  ['apikey'],
  ['api', 'key'],
  ['authorization'],
  ['cookie'],
  ['cookies'],
  ['session', 'id'],
  ['sessionid'],
  ['cvv'],
  ['cvc'],
  ['card', 'number'],
  ['cardnumber'],
  ['pan'],
  ['ssn'],
  ['private', 'key'],
  ['privatekey'],
  // Keys that sign or encrypt: `signingKey`, `ENCRYPTION_KEY`, Parse's `masterKey`.
  ['signing', 'key'],
  ['signingkey'],
  ['encryption', 'key'],
  ['encryptionkey'],
  ['master', 'key'],
  ['masterkey'],
  ['otp'],
  ['credentials'],
  // Collections of secrets: `{ apiKeys }` logs every key. Not `tokens` or `secrets`, which often count or name things.
  ['passwords'],
  ['apikeys'],
  ['api', 'keys'],
  ['access', 'tokens'],
  ['refresh', 'tokens'],
  ['private', 'keys'],
];

/** Words before "session id" that make it another kind of session: Stripe's `checkoutSessionId`, a `chatSessionId`. */
const OTHER_SESSIONS = new Set(['checkout', 'payment', 'billing', 'portal', 'chat', 'conversation', 'upload', 'game', 'agent', 'workflow', 'recording', 'browser', 'terminal', 'debug']);

/** Words before "token" that make it a position, not a credential: Google's `pageToken`, `nextPageToken`, `syncToken`. */
const CURSOR_WORDS = new Set(['page', 'continuation', 'sync', 'cursor', 'pagination', 'delta']);
/** Words before "token" that make it a token the page must carry: a `csrfToken` is rendered for the client on purpose. */
const PAGE_TOKEN_WORDS = new Set(['csrf', 'xsrf']);

/** Words that may follow a term and still name the secret itself: `secretKey`, `passwordConfirm`. */
const SAME_SECRET_SUFFIXES = new Set(['key', 'value', 'plain', 'plaintext', 'raw', 'text', 'str', 'string', 'input', 'confirm', 'confirmation', 'again', 'repeat', 'code']);

/** Leading words that make a name a flag, a count or a limit about a secret, not the secret: `hasPassword`, `minPasswordLength`, `missingStorageSessionId`. */
const FLAG_PREFIXES = new Set(['has', 'is', 'should', 'can', 'needs', 'requires', 'show', 'hide', 'toggle', 'min', 'max', 'no', 'without', 'use', 'allow', 'missing', 'num']);

/**
 * Words that make a constant an error code or message about a secret, not the secret:
 * `INVALID_SESSION_TOKEN`, `MISSING_API_KEY`, `INFRA_TOKEN_INVALID_TOKEN` (and enums of such
 * states, `MissingProfile.password`). Only for constants: a camelCase `invalidToken` may well
 * hold the rejected token.
 */
export const STATE_WORDS: ReadonlySet<string> = new Set(['invalid', 'missing', 'expired', 'wrong', 'incorrect', 'bad', 'unknown', 'malformed', 'revoked', 'empty', 'required', 'mismatched', 'duplicate', 'found', 'notfound', 'unset', 'absent', 'unconfigured']);
const CONSTANT_CASE = /^[A-Z][A-Z\d]*(?:_[A-Z\d]+)+$/;
/**
 * First words of permission names: `CREATE_PROJECT_API_TOKEN` is the right to create one (Unleash).
 * Three words at least, so `READ_TOKEN` (a read-only token) is still a secret.
 */
const PERMISSION_VERBS: ReadonlySet<string> = new Set(['create', 'read', 'update', 'delete', 'manage', 'view', 'edit', 'list', 'revoke', 'approve']);

/** Splits `userPassword`, `user_password`, `user-password`, `USER_PASSWORD`, `APIKey` into lowercase words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z\d]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** A constant's words that make it an error code or a permission name about a secret, not the secret. */
function isLabel(parts: readonly string[]): boolean {
  return parts.some((word) => STATE_WORDS.has(word)) || (parts.length >= 3 && PERMISSION_VERBS.has(parts[0] as string));
}

export class SecretNames {
  private readonly extra: readonly (readonly string[])[];
  private readonly allowed: ReadonlySet<string>;
  private readonly cache = new Map<string, boolean>();

  constructor(extraNames: readonly string[] = [], allowNames: readonly string[] = []) {
    this.extra = extraNames.map(words);
    this.allowed = new Set(allowNames);
  }

  /** Whether a name (identifier, property or header) means a secret. */
  isSecret(name: string): boolean {
    let result = this.cache.get(name);
    if (result === undefined) {
      const parts = words(name);
      result = !this.allowed.has(name) && !(CONSTANT_CASE.test(name) && isLabel(parts)) && this.matches(parts);
      this.cache.set(name, result);
    }
    return result;
  }

  private matches(parts: readonly string[]): boolean {
    if (parts.length > 1 && FLAG_PREFIXES.has(parts[0] as string)) return false;
    for (const term of [...TERMS, ...this.extra]) {
      for (let start = 0; start + term.length <= parts.length; start += 1) {
        if (!term.every((word, offset) => parts[start + offset] === word)) continue;
        if (term[0]?.startsWith('session') && start > 0 && OTHER_SESSIONS.has(parts[start - 1] as string)) continue;
        if (term[0] === 'token' && start > 0 && (CURSOR_WORDS.has(parts[start - 1] as string) || PAGE_TOKEN_WORDS.has(parts[start - 1] as string))) continue;
        const rest = parts.slice(start + term.length);
        // `authTokenFromHeaders`, `passwordFromBody`: the secret, named for where it came from.
        if (rest[0] === 'from' || rest.every((word) => SAME_SECRET_SUFFIXES.has(word))) return true;
      }
    }
    return false;
  }
}
