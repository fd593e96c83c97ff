// Summarises V8 CPU profiles (node --cpu-prof) of a build: self time per
// package or project folder, and the hottest functions, so the benchmark can say
// where a build's time goes. Main function: `summariseProfiles(files)`.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time per group: `src/core/anchoring/anchoring.ts`-style project files, `pkg:<name>` for dependencies, `node:` internals, `(gc)`, `(idle)`… */
  byGroup: { group: string; ms: number }[];
  /** Self time per function. */
  byFunction: { fn: string; ms: number }[];
}

/** Where a script URL belongs: a project file, a dependency, or Node/V8. */
export function groupOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return `pkg:${pkg[1]}`;
  const own = /\/((?:src|test)\/.*?)(?:\?.*)?$/.exec(url);
  if (own?.[1]) return own[1];
  return url.replace(/^file:\/\//, '');
}

export function summariseProfiles(files: readonly string[]): ProfileSummary {
  const groups = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!node) return;
      total += ms;
      const { functionName, url, lineNumber } = node.callFrame;
      const group = groupOf(url, functionName);
      groups.set(group, (groups.get(group) ?? 0) + ms);
      const fn =
        `${functionName || '(anonymous)'} ${url ? `${group}:${lineNumber + 1}` : ''}`.trim();
      fns.set(fn, (fns.get(fn) ?? 0) + ms);
    });
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total,
    byGroup: sorted(groups).map(([group, ms]) => ({ group, ms })),
    byFunction: sorted(fns).map(([fn, ms]) => ({ fn, ms })),
  };
}

/** A plain-text table of the top entries. */
export function formatProfile(summary: ProfileSummary, top = 25): string {
  const pct = (ms: number) => `${((100 * ms) / (summary.totalMs || 1)).toFixed(1).padStart(5)}%`;
  const lines = [
    `CPU profile: ${(summary.totalMs / 1000).toFixed(1)} s sampled`,
    '',
    'self time by package / project file:',
  ];
  for (const g of summary.byGroup.slice(0, top))
    lines.push(`  ${pct(g.ms)}  ${(g.ms / 1000).toFixed(2).padStart(7)} s  ${g.group}`);
  lines.push('', 'hottest functions (self time):');
  for (const f of summary.byFunction.slice(0, top))
    lines.push(`  ${pct(f.ms)}  ${(f.ms / 1000).toFixed(2).padStart(7)} s  ${f.fn}`);
  return lines.join('\n');
}
