// Runs one build as a child process and measures it: wall time from here; CPU
// time of the whole process tree: exact for Node processes (a preload records
// `process.resourceUsage()` when each exits), sampled from /proc/<pid>/stat for
// the others (esbuild's and Pagefind's services, which are killed rather than
// waited for, so the kernel's children counters would miss them); peak RSS as the
// largest process of the tree (what GNU time reports), exact for Node processes
// and sampled from /proc/<pid>/status VmHWM for the rest. Linux only.
// Main function: `measureCommand(command, args, options)`.
import { spawn, execFileSync } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Measurement {
  /** Wall-clock time, ms. */
  wallMs: number;
  /** User + system CPU time of the build and every process it started, ms. */
  cpuMs: number;
  userMs: number;
  systemMs: number;
  /** Peak resident set size of the largest process in the build's tree, bytes. */
  peakRssBytes: number;
  /** CPU time of the tree's processes other than Node, by command name (esbuild, Pagefind…), ms: sampled. */
  otherCpuMs: Record<string, number>;
  /** Peak RSS of the largest Node process of the tree (the build itself), bytes: exact. */
  nodeRssBytes: number;
  /** Peak of the sampled sum of RSS over the tree, bytes (coarser: sampled). */
  treeRssBytes: number;
  exitCode: number | null;
  signal: string | null;
}

export interface MeasureOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout and stderr of the build go here. */
  logFile: string;
  /** A scratch folder for the preload's records. */
  workDir: string;
  /** How often the process tree is sampled, ms. */
  sampleMs?: number;
}

const PRELOAD = `// Records this Node process's resource usage when it exits (written by the Dossier bench).
import { writeFileSync } from 'node:fs';
const dir = process.env.DOSSIER_BENCH_RUSAGE_DIR;
if (dir) process.on('exit', () => {
  try { writeFileSync(dir + '/' + process.pid + '.json', JSON.stringify(process.resourceUsage())); } catch {}
});
`;

let ticks: number | undefined;
function clockTicks(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** Fields of /proc/<pid>/stat after the command name, so index 0 is field 3 (state). */
function statFields(pid: number | 'self'): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** CPU time of this process's waited-for children so far, ms: the fallback when a build left no records. */
function childrenCpu(): { user: number; system: number } {
  const f = statFields('self');
  const hz = clockTicks();
  return { user: (Number(f?.[13] ?? 0) * 1000) / hz, system: (Number(f?.[14] ?? 0) * 1000) / hz };
}

/** A process's command name and own CPU time so far (not its children's), ms. */
function ownCpu(pid: number): { name: string; user: number; system: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const hz = clockTicks();
  return {
    name: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')),
    user: (Number(f[11] ?? 0) * 1000) / hz,
    system: (Number(f[12] ?? 0) * 1000) / hz,
  };
}

/** Every live process under `root` (itself included), from the ppid of each /proc entry. */
function processTree(root: number): number[] {
  const parent = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [root];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = Number(statFields(Number(entry))?.[1]);
    if (!Number.isFinite(ppid)) continue;
    const list = parent.get(ppid) ?? [];
    list.push(Number(entry));
    parent.set(ppid, list);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(parent.get(pid) ?? []));
  }
  return tree;
}

function memory(pid: number): { hwm: number; rss: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return { hwm: 0, rss: 0 };
  }
}

/** Runs `command args` to completion and measures it. Never throws for a failing build: see `exitCode`. */
export async function measureCommand(
  command: string,
  args: readonly string[],
  options: MeasureOptions,
): Promise<Measurement> {
  const rusageDir = path.join(options.workDir, `rusage-${process.pid}-${Date.now()}`);
  mkdirSync(rusageDir, { recursive: true });
  const preload = path.join(options.workDir, 'rusage-preload.mjs');
  writeFileSync(preload, PRELOAD);
  const nodeOptions = [options.env['NODE_OPTIONS'] ?? '', `--import=${pathToFileURL(preload).href}`]
    .join(' ')
    .trim();
  const log = createWriteStream(options.logFile);
  const before = childrenCpu();
  const started = process.hrtime.bigint();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...options.env, NODE_OPTIONS: nodeOptions, DOSSIER_BENCH_RUSAGE_DIR: rusageDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peak = 0;
  let treePeak = 0;
  const lastCpu = new Map<number, { name: string; user: number; system: number }>();
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      const m = memory(pid);
      peak = Math.max(peak, m.hwm);
      sum += m.rss;
      const cpu = ownCpu(pid);
      if (cpu) lastCpu.set(pid, cpu);
    }
    treePeak = Math.max(treePeak, sum);
  };
  const timer = setInterval(sample, options.sampleMs ?? 250);
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c, s) => resolve({ code: c, signal: s }));
    },
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(timer);
  const after = childrenCpu();
  await new Promise<void>((resolve) => log.end(resolve));
  let nodePeak = 0;
  const recorded = new Set<number>();
  let userMs = 0;
  let systemMs = 0;
  for (const file of readdirSync(rusageDir)) {
    try {
      const usage = JSON.parse(
        readFileSync(path.join(rusageDir, file), 'utf8'),
      ) as NodeJS.ResourceUsage;
      nodePeak = Math.max(nodePeak, usage.maxRSS * 1024);
      peak = Math.max(peak, usage.maxRSS * 1024);
      userMs += usage.userCPUTime / 1000;
      systemMs += usage.systemCPUTime / 1000;
      recorded.add(Number(path.basename(file, '.json')));
    } catch {
      // A process that died mid-write: the sampled figures stand.
    }
  }
  rmSync(rusageDir, { recursive: true, force: true });
  if (recorded.size === 0) {
    // No Node process got to record itself (it crashed): what the kernel counted for us.
    userMs = after.user - before.user;
    systemMs = after.system - before.system;
  }
  const otherCpuMs: Record<string, number> = {};
  for (const [pid, cpu] of lastCpu) {
    if (recorded.has(pid)) continue;
    otherCpuMs[cpu.name] = (otherCpuMs[cpu.name] ?? 0) + cpu.user + cpu.system;
    if (recorded.size === 0) continue;
    userMs += cpu.user;
    systemMs += cpu.system;
  }
  return {
    wallMs,
    cpuMs: userMs + systemMs,
    userMs,
    systemMs,
    otherCpuMs,
    peakRssBytes: peak,
    nodeRssBytes: nodePeak,
    treeRssBytes: Math.max(treePeak, peak),
    exitCode: code,
    signal,
  };
}
