// The dev server's hot channel from Node, as any page on the machine could open it:
// Vite's WebSocket with the token its client carries. Custom events go out as
// `{ type: 'custom', event, data }`; every message received is kept, parsed.
export interface HmrSocket {
  received: { type?: string; event?: string; data?: unknown }[];
  send(event: string, data: unknown): void;
  close(): void;
}

/** Opens the channel of the dev server at `base` (http://127.0.0.1:port) and waits until it is connected. */
export async function openHmrSocket(base: string): Promise<HmrSocket> {
  const client = await (await fetch(`${base}/@vite/client`)).text();
  const token = /const wsToken = "([^"]+)"/.exec(client)?.[1];
  if (!token) throw new Error('no token in /@vite/client');
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/?token=${token}`, 'vite-hmr');
  const received: HmrSocket['received'] = [];
  const connected = new Promise<void>((resolve, reject) => {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as HmrSocket['received'][number];
      received.push(message);
      if (message.type === 'connected') resolve();
    });
    socket.addEventListener('error', () => reject(new Error('the hot channel did not open')));
  });
  await connected;
  return {
    received,
    send: (event, data) => socket.send(JSON.stringify({ type: 'custom', event, data })),
    close: () => socket.close(),
  };
}
