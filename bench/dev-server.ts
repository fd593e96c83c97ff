// One `astro dev` of a tree, as the benches start it (bench/editor.ts, bench/dev-first-page.ts):
// its own process group, on 127.0.0.1 and the given port, with the given environment; and
// the wait until a page answers. Kept once so both benches time the same start.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface DevServer {
  process: ChildProcess;
  /** Why the server stopped (its last words), or undefined while it runs. */
  exited: () => string | undefined;
  /** Stops the server and everything it started. */
  stop: () => void;
}

export function startDevServer(root: string, port: number, env: NodeJS.ProcessEnv): DevServer {
  const server = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--ignore-lock',
    ],
    { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // The server's last words, for when it stops before serving the page.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  let exit: string | undefined;
  server.on('exit', (code, signal) => (exit = `dev server exited (${code ?? signal}):\n${output}`));
  return {
    process: server,
    exited: () => exit,
    stop: () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    },
  };
}

/** Waits until `url` answers and `ok` accepts it; fails when `died` says why, or after `limit` ms. */
export async function poll(
  url: string,
  ok: (status: number, html: string) => boolean,
  limit = 600_000,
  died: () => string | undefined = () => undefined,
): Promise<void> {
  const end = Date.now() + limit;
  for (;;) {
    const death = died();
    if (death) throw new Error(death);
    try {
      const response = await fetch(url, { headers: { accept: 'text/html' } });
      if (ok(response.status, await response.text())) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
