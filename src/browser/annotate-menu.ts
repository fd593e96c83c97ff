// The annotate app's menu (dev only): beside selected words, buttons named Quote,
// Event, Claim, Note and Mention, a choice of speaker or actor, and a status line for
// what the server wrote or why it refused. In a shadow root of its own, so the page's
// styles do not reach it; every element is made with createElement and every text set
// with textContent, never from HTML strings. Keyboard: Alt+Shift+A moves focus into
// it, ←/→ move between the buttons, Q E C N M choose, Escape closes it.
// Main function: `createMenu(handlers)`.

export const MENU_KINDS = [
  { kind: 'quote', label: 'Quote', key: 'q' },
  { kind: 'event', label: 'Event', key: 'e' },
  { kind: 'claim', label: 'Claim', key: 'c' },
  { kind: 'note', label: 'Note', key: 'n' },
  { kind: 'mention', label: 'Mention', key: 'm' },
] as const;
export type MenuKind = (typeof MENU_KINDS)[number]['kind'];

/** The choice of speaker or actor: the server's guess, the placeholder, an actor, or a new actor. */
export const GUESS = '';
export const PLACEHOLDER = 'fill-in-speaker';
export const NEW_ACTOR = '+new';

export interface MenuHandlers {
  choose(kind: MenuKind, actor: string): void;
  closed(): void;
}

export interface Menu {
  /** Shows the menu under `rect` (viewport coordinates), buttons on, status cleared. */
  show(rect: DOMRect, words: string): void;
  /** Shows the menu with a refusal and the buttons off. */
  refuse(rect: DOMRect, message: string): void;
  hide(): void;
  visible(): boolean;
  status(text: string, lines?: readonly string[]): void;
  busy(on: boolean): void;
  actors(list: readonly { id: string; name: string }[], guess: string): void;
  focus(): void;
  contains(node: EventTarget | null): boolean;
}

const STYLE = `
:host { all: initial; }
.menu { position: absolute; z-index: 2147483000; max-width: min(34rem, calc(100vw - 1rem));
  font: 14px/1.4 system-ui, sans-serif; color: #111; background: #fff; border: 1px solid #555;
  border-radius: 6px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); padding: 0.4rem; }
.menu[hidden] { display: none; }
.buttons { display: flex; gap: 0.25rem; flex-wrap: wrap; }
button { font: inherit; padding: 0.2rem 0.6rem; border: 1px solid #444; border-radius: 4px;
  background: #f2f2f2; color: #111; cursor: pointer; }
button:hover:not(:disabled) { background: #e0e0e0; }
button:focus-visible, select:focus-visible { outline: 3px solid #1a55c4; outline-offset: 1px; }
button:disabled { opacity: 0.5; cursor: default; }
label { display: flex; gap: 0.4rem; align-items: center; margin-top: 0.35rem; }
select { font: inherit; max-width: 22rem; }
.status { margin: 0.35rem 0 0; }
.status:empty { display: none; }
.status p { margin: 0; }
@media (prefers-color-scheme: dark) {
  .menu { color: #eee; background: #1d1d1d; border-color: #aaa; }
  button { background: #333; color: #eee; border-color: #aaa; }
  button:hover:not(:disabled) { background: #444; }
  button:focus-visible, select:focus-visible { outline-color: #8ab4ff; }
}`;

export function createMenu(handlers: MenuHandlers): Menu {
  const host = document.createElement('dossier-annotate');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const menu = document.createElement('div');
  menu.className = 'menu';
  menu.hidden = true;
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', 'Annotate the selected words');
  const row = document.createElement('div');
  row.className = 'buttons';
  const buttons = MENU_KINDS.map(({ kind, label, key }) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.setAttribute('aria-keyshortcuts', key.toUpperCase());
    button.addEventListener('click', () => handlers.choose(kind, select.value));
    row.append(button);
    return button;
  });
  const label = document.createElement('label');
  const caption = document.createElement('span');
  caption.textContent = 'Speaker or actor';
  const select = document.createElement('select');
  label.append(caption, select);
  const status = document.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  menu.append(row, label, status);
  root.append(style, menu);
  document.body.append(host);

  // Clicks inside keep the page's selection.
  menu.addEventListener('mousedown', (event) => {
    if (!(event.target instanceof HTMLSelectElement)) event.preventDefault();
  });
  menu.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(root.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      hide();
      handlers.closed();
      return;
    }
    if (at >= 0 && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      event.preventDefault();
      const next = (at + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length;
      buttons[next]?.focus();
      return;
    }
    if (event.target instanceof HTMLSelectElement || event.altKey || event.ctrlKey || event.metaKey)
      return;
    const choice = MENU_KINDS.findIndex((k) => k.key === event.key.toLowerCase());
    const button = buttons[choice];
    if (button && !button.disabled) {
      event.preventDefault();
      button.click();
    }
  });

  const option = (value: string, text: string) => {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  };
  let words = '';
  const resetActors = () => {
    select.replaceChildren(
      option(GUESS, 'Dossier’s guess'),
      option(PLACEHOLDER, 'Decide later (fill-in-speaker)'),
      option(NEW_ACTOR, `New actor: “${words.length > 40 ? `${words.slice(0, 39)}…` : words}”`),
    );
  };
  const place = (rect: DOMRect) => {
    menu.hidden = false;
    const width = menu.offsetWidth;
    const left = Math.max(4, Math.min(rect.left, document.documentElement.clientWidth - width - 4));
    menu.style.left = `${left + window.scrollX}px`;
    menu.style.top = `${rect.bottom + window.scrollY + 6}px`;
  };
  const hide = () => {
    menu.hidden = true;
  };
  return {
    show(rect, selected) {
      words = selected;
      resetActors();
      status.replaceChildren();
      for (const b of buttons) b.disabled = false;
      select.disabled = false;
      place(rect);
    },
    refuse(rect, message) {
      words = '';
      resetActors();
      for (const b of buttons) b.disabled = true;
      select.disabled = true;
      this.status(message);
      place(rect);
    },
    hide,
    visible: () => !menu.hidden,
    status(text, lines = []) {
      const first = document.createElement('p');
      first.textContent = text;
      status.replaceChildren(
        first,
        ...lines.map((line) => {
          const p = document.createElement('p');
          p.textContent = line;
          return p;
        }),
      );
    },
    busy(on) {
      for (const b of buttons) b.disabled = on;
    },
    actors(list, guess) {
      const keep = select.value;
      resetActors();
      const newActor = select.lastElementChild;
      for (const a of list) select.insertBefore(option(a.id, `${a.name} (${a.id})`), newActor);
      const first = select.options[0];
      if (first && guess) first.textContent = `Dossier’s guess: ${guess}`;
      select.value = keep;
    },
    focus() {
      buttons.find((b) => !b.disabled)?.focus();
    },
    contains: (node) => node === host || (node instanceof Node && root.contains(node)),
  };
}
