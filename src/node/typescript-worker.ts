// Worker threads that run the project's TypeScript, as the build's prebuild and dev's
// name warnings do: Node strips the types (on by default from Node 22.18; the flag
// turns it on in older 22s). Main function: `startTypeScriptWorker(url, workerData)`.
import { Worker } from 'node:worker_threads';

export function startTypeScriptWorker(url: URL, workerData: unknown): Worker {
  const execArgv = process.execArgv.includes('--experimental-strip-types')
    ? process.execArgv
    : [...process.execArgv, '--experimental-strip-types'];
  return new Worker(url, { workerData, execArgv });
}
