// Running the project's command-line entry points (`npm run new`, `suggest`, `check`)
// and `astro` as an editor would, against a temporary content folder.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** DOSSIER_CONTENT; unset when absent. */
  contentDir?: string;
  /** Written to standard input. */
  input?: string;
  timeout?: number;
  /** More environment variables (DOSSIER_CACHE_DIR, …). */
  env?: Record<string, string>;
}

/** Variables vitest sets in its workers (VITEST*, and Vite's MODE, DEV, PROD, SSR, BASE_URL); Astro reads some of them. */
const VITEST_ONLY = /^(?:VITEST.*|NODE_ENV|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/;

/** The environment an editor's shell would give a command: vitest's own variables removed (under them Astro serves and builds differently). */
export function editorEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of Object.keys(env))
    if (VITEST_ONLY.test(key) || key === 'DOSSIER_CONTENT') delete env[key];
  return { ...env, ...extra };
}

/** Runs node with `args` in the project, as an editor's shell would. */
function run(args: readonly string[], options: RunOptions): Promise<Run> {
  const env = editorEnv({
    ...options.env,
    ...(options.contentDir ? { DOSSIER_CONTENT: options.contentDir } : {}),
  });
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      args,
      { cwd: ROOT, env, timeout: options.timeout ?? 120_000, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/**
 * What `npm run <name>` runs, as arguments to node: package.json's script, `node` given
 * its options and file as they are (`node --experimental-strip-types src/cli/check.ts`),
 * `tsx` taken through its CLI file should a script run through it.
 */
export function scriptArgs(name: 'new' | 'suggest' | 'check'): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [command, ...args] = (pkg.scripts[name] ?? '').split(/\s+/);
  if (command === 'tsx') return [TSX, ...args];
  if (command === 'node') return args;
  throw new Error(`package.json's "${name}" script is neither tsx nor node: ${pkg.scripts[name]}`);
}

/** `npm run <name> -- …args` for the scripts in src/cli, as package.json runs them. */
export function cli(
  name: 'new' | 'suggest' | 'check',
  args: readonly string[] = [],
  options: RunOptions = {},
): Promise<Run> {
  return run([...scriptArgs(name), ...args], options);
}

/** `npx astro …args`. */
export function astro(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return run([ASTRO, ...args], { timeout: 300_000, ...options });
}

/**
 * `npx astro dev` on 127.0.0.1:`port`, in its own process group (kill `-pid` to stop it and
 * its children), its output piped; `env` is the whole environment it gets. `host: true`
 * is `--host` alone: every address of the machine, as an editor opening the preview to
 * the network types it.
 */
export function spawnDevServer(
  port: number,
  env: NodeJS.ProcessEnv,
  options: { host?: true } = {},
): ChildProcess {
  const host = options.host ? ['--host'] : ['--host', '127.0.0.1'];
  return spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), ...host, '--ignore-lock'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Polls `probe` every 200 ms until it gives something truthy, and returns it; after
 * `timeout` ms, fails naming `what` and, when given, what `said()` says (a dev server's
 * last output).
 */
export async function until<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  options: { timeout?: number; said?: () => string } = {},
): Promise<T> {
  const end = Date.now() + (options.timeout ?? 60_000);
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end)
      throw new Error(
        `timed out waiting for ${what}${options.said ? `; dev server said:\n${options.said().slice(-3000)}` : ''}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every file under `dir`, full path → SHA-256 of its bytes: compare two to see what changed. */
export function fileDigests(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(full, createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return files;
}

/** An `astro dev` a test started (`startDevServer`). */
export interface DevServer {
  /** `http://127.0.0.1:<port>`. */
  base: string;
  process: ChildProcess;
  /** Everything it has printed so far, standard output and error together. */
  readonly output: string;
  /** The first answer of `ready`'s path, the one that said the server is ready. */
  first?: { headers: Headers; html: string };
  /** Stops it and its children (its process group). */
  stop(): void;
}

/**
 * `astro dev` on a free port against the content folder `content` (`spawnDevServer`,
 * with an editor's environment), ready once `ready` (a path) answers 200.
 */
export async function startDevServer(
  content: string,
  options: { host?: true; ready?: string; env?: Record<string, string> } = {},
): Promise<DevServer> {
  const port = await freePort();
  const child = spawnDevServer(
    port,
    editorEnv({ DOSSIER_CONTENT: content, FORCE_COLOR: '0', ...options.env }),
    options.host ? { host: true } : {},
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const server: DevServer = {
    base: `http://127.0.0.1:${port}`,
    process: child,
    get output() {
      return output;
    },
    stop() {
      if (!child.pid) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    },
  };
  await until(
    async () => {
      const response = await fetch(`${server.base}${options.ready ?? '/'}`, {
        headers: { accept: 'text/html' },
      }).catch(() => undefined);
      if (response?.status !== 200) return false;
      server.first = { headers: response.headers, html: await response.text() };
      return true;
    },
    'the dev server to start',
    { timeout: 180_000, said: () => output },
  ).catch((e: unknown) => {
    server.stop();
    throw e;
  });
  return server;
}

/** Temp folders that `cleanup()` removes. */
export class Temps {
  private readonly dirs: string[] = [];

  dir(prefix: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), `dossier-${prefix}-`));
    this.dirs.push(dir);
    return dir;
  }

  /** A content folder holding the shipped actors and, when asked, the shipped briefings. */
  content(options: { briefings?: boolean } = {}): string {
    const dir = this.dir('content');
    cpSync(path.join(ROOT, 'content/actors'), path.join(dir, 'actors'), { recursive: true });
    if (options.briefings)
      cpSync(path.join(ROOT, 'content/briefings'), path.join(dir, 'briefings'), {
        recursive: true,
      });
    else mkdirSync(path.join(dir, 'briefings'));
    return dir;
  }

  /** A folder made elsewhere (inside the project, for a config Astro must resolve from it) that `cleanup()` removes too. */
  adopt(dir: string): string {
    this.dirs.push(dir);
    return dir;
  }

  cleanup(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}
