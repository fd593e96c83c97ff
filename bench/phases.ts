// Where a build's wall time went, read from Astro's own log lines (HH:MM:SS, so
// whole seconds): setup (config hooks, Dossier's content assembly, the content
// sync), bundling, rendering the routes, and what follows (sitemap, and waiting
// for the search index). Main function: `buildPhases(log, started)`.

export interface BuildPhases {
  /** Start to "Collecting build info": config hooks, content assembly, content-layer sync. */
  setupS: number;
  /** Vite/Rolldown bundling, to "Rearranging server assets". */
  bundleS: number;
  /** Rendering and writing every route ("generating static routes … Completed"). */
  renderS: number;
  /** From the last route to "Complete!": integrations' build:done hooks (sitemap, search index). */
  afterS: number;
}

function secondsOfDay(line: string): number | undefined {
  const m = /^(\d\d):(\d\d):(\d\d) /.exec(line);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

/** The phases of the build whose log is `log`, started at `started`; undefined when a marker is missing. */
export function buildPhases(log: string, started: Date): BuildPhases | undefined {
  const lines = log.split('\n');
  const at = (pattern: RegExp, from = 0): { index: number; time: number } | undefined => {
    for (let i = from; i < lines.length; i++) {
      const time = secondsOfDay(lines[i] ?? '');
      if (time !== undefined && pattern.test(lines[i] ?? '')) return { index: i, time };
    }
    return undefined;
  };
  const collecting = at(/\[build\] Collecting build info/);
  const rearranging = at(/\[build\] Rearranging server assets/, collecting?.index);
  const routesStart = lines.findIndex(
    (l, i) => i > (rearranging?.index ?? 0) && l.includes('generating static routes'),
  );
  const routesDone = routesStart < 0 ? undefined : at(/✓ Completed in/, routesStart);
  const complete = at(/\[build\] Complete!/, routesDone?.index);
  if (!collecting || !rearranging || !routesDone || !complete) return undefined;
  const start =
    started.getHours() * 3600 +
    started.getMinutes() * 60 +
    started.getSeconds() +
    started.getMilliseconds() / 1000;
  const since = (t: number) => (t - start + 86400) % 86400;
  return {
    setupS: since(collecting.time),
    bundleS: rearranging.time - collecting.time,
    renderS: routesDone.time - rearranging.time,
    afterS: complete.time - routesDone.time,
  };
}
