/**
 * Listeners that catch their own errors. `createRule` wraps every other
 * listener in a guard that turns a crash into one message; a listener that
 * runs for every node of common types (the shared node collector) keeps the
 * error itself instead, which saves a call layer per node, and createRule
 * reports it at `Program:exit`.
 */
type Listener = (node: never) => void;

const failures = new WeakMap<Listener, () => unknown>();

/** Marks `listener` as catching its own errors; `failure` returns the error it caught, if any. */
export function selfGuarded<T extends Listener>(listener: T, failure: () => unknown): T {
  failures.set(listener, failure);
  return listener;
}

/** For a self-guarded listener, the function that returns its caught error. */
export function failureOf(listener: Listener): (() => unknown) | undefined {
  return failures.get(listener);
}
