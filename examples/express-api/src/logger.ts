export const logger = {
  error: (data: unknown, message?: string): void => console.error(message ?? '', data),
  warn: (data: unknown, message?: string): void => console.warn(message ?? '', data),
};
