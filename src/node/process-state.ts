// State shared by every module instance in one process. Astro loads the integration
// (with astro.config.mjs), the content loaders and the pages as separate module
// instances, so a module-level variable would exist once per instance: the state
// lives on globalThis under a registered symbol instead, with an explicit lifecycle,
// as Astro's own content-layer singleton has. Main function: `processState(name, init)`.

export interface ProcessState<T> {
  /** The state, created by `init` on first use. */
  get(): T;
  /** Forgets the state: the next `get()` creates it afresh (tests; a new build in one process). */
  reset(): void;
}

export function processState<T>(name: string, init: () => T): ProcessState<T> {
  const key = Symbol.for(`dossier.${name}`);
  const store = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  return {
    get: () => (store[key] ??= init()),
    reset: () => {
      delete store[key];
    },
  };
}
