import catalog from '../errors.catalog.json';

type CatalogName = keyof typeof catalog.errors;

/** Base of every exception a client may see; its public text comes from errors.catalog.json. */
export abstract class AppError extends Error {
  readonly code: string;
  readonly status: number;

  protected constructor(name: CatalogName, options?: ErrorOptions) {
    const entry = catalog.errors[name];
    super(entry.message, options);
    this.name = name;
    this.code = entry.code;
    this.status = entry.status;
  }
}

export class ValidationError extends AppError {
  constructor(options?: ErrorOptions) {
    super('ValidationError', options);
  }
}

export class InvalidCredentialsError extends AppError {
  constructor() {
    super('InvalidCredentialsError');
  }
}

export class NotFoundError extends AppError {
  constructor() {
    super('NotFoundError');
  }
}

export class PaymentDeclinedError extends AppError {
  /** The processor's reason, for the log. (It must never become the public message.) */
  constructor(readonly reason?: string) {
    super('PaymentDeclinedError');
  }
}
