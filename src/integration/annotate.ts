// Annotating from the live preview: a dev toolbar app (src/browser/annotate-app.ts)
// offers Quote, Event, Claim, Note and Mention for words selected on a briefing page
// and sends `dossier:annotate`; this side trusts nothing in it (a strict schema with
// size limits; the briefing looked up in the assembled site by its slug, never a path),
// lets core plan the block and check it with the resolver (src/core/annotate/), writes
// it inside the content folder (src/node/annotate-files.ts) and prints the file and
// line; the dev server's watcher then reloads the page. Registered by `astro dev` only,
// and only while the dev server listens on this machine alone (not with `--host`).
// Main function: `annotateFromPreview()`.
import type { AstroIntegration } from 'astro';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Briefing } from '../core/assembly/model.ts';
import {
  ANNOTATE_EVENT,
  ANNOTATE_RESULT_EVENT,
  AnnotateRequestSchema,
  MAX_MESSAGE_BYTES,
  type AnnotateReply,
} from '../schema/annotate.ts';
import { readAnnotateFiles, writePlanned } from '../node/annotate-files.ts';
import { contentDirFromEnv } from '../node/content.ts';
import { briefingSiteCached, loadSiteCached, noteContentChange } from '../node/site-cache.ts';

/** The app's id in the toolbar. */
export const ANNOTATE_APP_ID = 'dossier-annotate';

/** A host the dev server may listen on that reaches this machine only. */
export function isLoopbackHost(host: string | boolean | undefined): boolean {
  if (host === undefined || host === false) return true;
  if (host === true) return false;
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  return name === 'localhost' || name === '::1' || /^127(?:\.\d{1,3}){3}$/.test(name);
}

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M4 20h4l10-10-4-4L4 16v4z"/><path d="M13 7l4 4"/></svg>';

export function annotateFromPreview(): AstroIntegration {
  let root = process.cwd();
  let enabled = false;
  return {
    name: 'dossier-annotate',
    hooks: {
      'astro:config:setup': ({ command, config, addDevToolbarApp, logger }) => {
        if (command !== 'dev') return;
        root = fileURLToPath(config.root);
        if (!isLoopbackHost(config.server.host)) {
          logger.info(
            'annotating from the preview is off: the dev server listens beyond this machine (--host).',
          );
          return;
        }
        enabled = true;
        addDevToolbarApp({
          id: ANNOTATE_APP_ID,
          name: 'Annotate (Dossier)',
          icon: ICON,
          entrypoint: new URL('../browser/annotate-app.ts', import.meta.url),
        });
      },
      'astro:server:setup': ({ server, toolbar, logger }) => {
        if (!enabled) return;
        // The address it really listens on decides too.
        server.httpServer?.once('listening', () => {
          const address = server.httpServer?.address() as AddressInfo | string | null | undefined;
          if (address && typeof address === 'object' && !isLoopbackHost(address.address)) {
            enabled = false;
            logger.info(
              'annotating from the preview is off: the dev server listens beyond this machine.',
            );
          }
        });
        const contentDir = contentDirFromEnv(root);
        // One message at a time: each plans from the files as the last one left them.
        let queue: Promise<void> = Promise.resolve();
        toolbar.on(ANNOTATE_EVENT, (payload: unknown) => {
          queue = queue.then(async () => {
            const reply = await answer(payload).catch((e: unknown): AnnotateReply => ({
              request: requestId(payload),
              ok: false,
              message: `Nothing was written: ${e instanceof Error ? e.message : String(e)}`,
            }));
            if (!reply.ok) logger.warn(`annotate: refused: ${reply.message}`);
            toolbar.send(ANNOTATE_RESULT_EVENT, reply);
          });
        });

        const answer = async (payload: unknown): Promise<AnnotateReply> => {
          const request = requestId(payload);
          if (!enabled)
            return { request, ok: false, message: 'Annotating from the preview is off.' };
          let size: number;
          try {
            size = JSON.stringify(payload ?? null).length;
          } catch {
            size = Infinity;
          }
          if (size > MAX_MESSAGE_BYTES)
            return { request, ok: false, message: 'The message is too large.' };
          const parsed = AnnotateRequestSchema.safeParse(payload);
          if (!parsed.success)
            return {
              request,
              ok: false,
              message: `The message is not one the app sends (${parsed.error.issues
                .slice(0, 3)
                .map((i) => `${i.path.join('.') || 'message'}: ${i.message}`)
                .join('; ')}).`,
            };
          const message = parsed.data;
          // Loaded on the first message: its NLP (compromise) would cost every build and
          // every dev start half a second of CPU and its memory, and only annotating uses it.
          const { guessesFor, planAnnotation } = await import('../core/annotate/annotate.ts');
          // At dev's start, before the whole site is assembled, the briefing's own site
          // (site-cache.ts): the same briefing and the same registry.
          const { value: site } =
            (await briefingSiteCached(root, message.slug)) ?? (await loadSiteCached(root));
          const briefing: Briefing | undefined = [...site.briefings, ...site.drafts].find(
            (b) => b.slug === message.slug,
          );
          if (!briefing)
            return { request, ok: false, message: `There is no briefing "${message.slug}".` };
          const files = await readAnnotateFiles(
            root,
            contentDir,
            briefing.slug,
            site,
            message.action === 'write' && message.kind === 'mention' && message.actor
              ? [message.actor]
              : [],
          );
          // The folder is the one the site read the briefing's source from.
          if (briefing.source.file !== `${files.dir}/source.md`)
            return {
              request,
              ok: false,
              message: `The briefing "${message.slug}" has no folder of its own.`,
            };
          if (message.action === 'guess') {
            const found = guessesFor(briefing, files, message);
            if (!found.ok) return { request, ok: false, message: found.message };
            return {
              request,
              ok: true,
              action: 'guess',
              speaker: found.guesses.speaker,
              named: found.guesses.named,
              date: found.guesses.date?.attribute,
              actors: [...files.registry.values()]
                .map((a) => ({ id: a.id, name: a.name }))
                .sort((a, b) => a.name.localeCompare(b.name)),
            };
          }
          const plan = planAnnotation({ briefing, files, request: message });
          if (!plan.ok) return { request, ok: false, message: plan.message };
          // The site looks at the files at once, whatever the watcher's timing.
          for (const written of await writePlanned(root, contentDir, plan))
            noteContentChange('change', written);
          logger.info(
            `annotate: wrote ${plan.file}:${plan.line}: ${plan.summary}${plan.advice.map((a) => `\n  ${a}`).join('')}`,
          );
          return {
            request,
            ok: true,
            action: 'write',
            file: plan.file,
            line: plan.line,
            summary: plan.summary,
            advice: plan.advice,
          };
        };
      },
    },
  };
}

/** The request id of a message, when it has a plausible one, to answer it. */
function requestId(payload: unknown): string {
  const id =
    typeof payload === 'object' && payload !== null && 'request' in payload
      ? (payload as { request: unknown }).request
      : undefined;
  return typeof id === 'string' && /^[A-Za-z0-9-]{1,40}$/.test(id) ? id : '';
}
