// The live preview's annotate app, a dev toolbar app that `astro dev` alone loads
// (src/integration/annotate.ts registers it; nothing of it is in the build). On a
// briefing page, selecting words in a source paragraph shows the menu beside them
// (annotate-menu.ts) without opening the toolbar; a choice is sent as `dossier:annotate`
// and the server writes the annotation to the briefing's annotations.md, or says why
// not. The page then reloads by itself with the new mark.
import { defineToolbarApp } from 'astro/toolbar';
import { createMenu, GUESS, NEW_ACTOR, type MenuKind } from './annotate-menu.ts';
import { readSelection, type PageSelection } from './annotate-selection.ts';
import {
  ANNOTATE_EVENT as EVENT,
  ANNOTATE_RESULT_EVENT as RESULT,
  type AnnotateReply as Reply,
} from './annotate-protocol.ts';

/** The help shown when the app is opened from the toolbar. */
function help(canvas: ShadowRoot): void {
  const window = document.createElement('astro-dev-toolbar-window');
  const lines = [
    'Annotate from the preview: on a briefing page, select words inside one source paragraph. A menu beside them offers Quote, Event, Claim, Note and Mention.',
    'Your choice is appended to annotations.md in the briefing’s folder (never to source.md), checked as npm run check checks it, and the page reloads with the new mark. The terminal prints the file and line.',
    'Keyboard: select the words, press Alt+Shift+A to move into the menu, ←/→ between the buttons, Q E C N M to choose, Escape to close.',
    'To undo, edit or delete the block in annotations.md (git shows what was added).',
  ];
  for (const text of lines) {
    const p = document.createElement('p');
    p.textContent = text;
    window.append(p);
  }
  canvas.append(window);
}

export default defineToolbarApp({
  init(canvas, _app, server) {
    help(canvas);
    const slug = /^\/briefings\/([a-z0-9][a-z0-9-]*)\/$/.exec(location.pathname)?.[1];
    if (!slug || !document.querySelector('ol.paragraphs')) return;
    let current: PageSelection | undefined;
    let pending = '';
    let count = 0;
    let rect: DOMRect | undefined;
    const send = (message: Record<string, unknown>) => {
      pending = `r${++count}-${Math.random().toString(36).slice(2, 10)}`;
      server.send(EVENT, { request: pending, slug, ...message });
    };
    const menu = createMenu({
      choose(kind: MenuKind, actor: string) {
        if (!current) return;
        menu.busy(true);
        menu.status('Writing…');
        const who =
          actor === NEW_ACTOR
            ? kind === 'mention'
              ? { newActor: true }
              : { actor: 'fill-in-speaker' }
            : actor === GUESS
              ? {}
              : { actor };
        send({ action: 'write', kind, ...current, ...who });
      },
      closed() {
        current = undefined;
      },
    });
    server.on(RESULT, (reply: Reply) => {
      if (reply.request !== pending) return;
      if (!reply.ok) {
        menu.busy(false);
        menu.status(reply.message);
        return;
      }
      if (reply.action === 'guess') {
        const said = [
          reply.speaker && `speaker ${reply.speaker.name}`,
          reply.named && `names ${reply.named.name}`,
          reply.date && `date “${reply.date}”`,
        ].filter(Boolean);
        menu.actors(reply.actors, said.join(', '));
        return;
      }
      menu.status(`Written: ${reply.file}:${reply.line}. The page reloads with it.`, reply.advice);
    });

    let timer: ReturnType<typeof setTimeout> | undefined;
    document.addEventListener('selectionchange', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const selection = document.getSelection();
        // Focus in the menu (a keyboard user choosing) keeps what was selected.
        if (menu.contains(document.activeElement)) return;
        const reading = readSelection(selection);
        if (!reading) return;
        rect = selection?.getRangeAt(0).getBoundingClientRect();
        if (!rect) return;
        if (!reading.ok) {
          current = undefined;
          menu.refuse(rect, reading.message);
          return;
        }
        current = reading.selection;
        menu.show(rect, current.words);
        send({ action: 'guess', ...current });
      }, 50);
    });
    document.addEventListener('mousedown', (event) => {
      if (
        menu.visible() &&
        !menu.contains(event.target) &&
        !event.composedPath().some((t) => menu.contains(t))
      )
        menu.hide();
    });
    document.addEventListener('keydown', (event) => {
      if (event.altKey && event.shiftKey && event.code === 'KeyA' && menu.visible()) {
        event.preventDefault();
        menu.focus();
      }
    });
  },
});
