// The annotate channel as both ends see it: the custom events and the server's reply.
// The app (annotate-app.ts) and the integration (src/integration/annotate.ts) take them
// from here, so the two cannot drift apart; it lives in src/browser, which imports none
// of the build's code, and holds nothing but names and a type. The request's schema is
// src/schema/annotate.ts (which takes the event names from here).

/** The custom event of the dev toolbar's channel, both ways (the reply adds `-result`). */
export const ANNOTATE_EVENT = 'dossier:annotate';
export const ANNOTATE_RESULT_EVENT = 'dossier:annotate-result';

/** What the server answers on `dossier:annotate-result`. */
export type AnnotateReply =
  | {
      request: string;
      ok: true;
      action: 'write';
      file: string;
      line: number;
      summary: string;
      advice: string[];
    }
  | {
      request: string;
      ok: true;
      action: 'guess';
      speaker?: { id: string; name: string } | undefined;
      named?: { id: string; name: string } | undefined;
      date?: string | undefined;
      actors: { id: string; name: string }[];
    }
  | { request: string; ok: false; message: string };
