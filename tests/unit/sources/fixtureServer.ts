import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';

/** The site the fixture content cites; the watch reaches it through `--via` (no DNS, no network). */
export const SITE = 'https://help.example.com';

/** A page in the style of Amazon's help: chrome around one <main>. */
export function helpPage(main: string, footer = 'Last updated 1 December 2026'): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Help</title><style>body{color:red}</style><script>var t=${JSON.stringify(footer)};</script></head>
<body><header><nav><a href="/">Home</a> <a href="/cart">Cart (3)</a></nav></header>
<main><h1>Returns</h1>${main}</main>
<footer><p>${footer}</p><p>© 1996-2026, Example.com, Inc.</p></footer></body></html>`;
}

/** A small real PDF whose one page shows `lines`, its content stream deflated, with export metadata. */
export function lawPdf(lines: string[], exported = 'D:20261201120000Z'): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td ${lines.map((line) => `(${line.replace(/([()\\])/g, '\\$1')}) Tj T*`).join(' ')} ET`;
  const stream = deflateSync(Buffer.from(content, 'latin1'));
  return Buffer.concat([
    Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n4 0 obj << /Length ${stream.length} /Filter /FlateDecode >> stream\n`, 'latin1'),
    stream,
    Buffer.from(`\nendstream endobj\n5 0 obj << /CreationDate (${exported}) /ModDate (${exported}) >> endobj\ntrailer << /Root 1 0 R /Info 5 0 R /ID [<${exported.slice(2, 10)}> <00>] >>\n%%EOF\n`, 'latin1'),
  ]);
}

/** "返品について / 返品は30日以内です。" in a Shift_JIS page that declares its charset only in <meta>. */
export const SHIFT_JIS_PAGE = Buffer.from(
  '3c68746d6c3e3c686561643e3c6d65746120636861727365743d2253686966745f4a4953223e3c7469746c653e95d495693c2f7469746c653e3c2f686561643e3c626f64793e3c6d61696e3e3c68313e95d4956982c982c282a282c43c2f68313e3c703e95d4956982cd333093fa88c893e082c582b781423c2f703e3c2f6d61696e3e3c2f626f64793e3c2f68746d6c3e',
  'hex',
);

/** What the server serves; tests change it between runs. */
export interface FixtureState {
  changedText: string;
  footerDate: string;
  lawLines: string[];
  pdfExported: string;
  latin1Text: string;
}

export const initialState = (): FixtureState => ({
  changedText: 'You can return most items within 30 days of delivery.',
  footerDate: 'Last updated 1 December 2026',
  lawLines: ['Article 9. Right of withdrawal', 'The consumer shall have a period of 14 days to withdraw.'],
  pdfExported: 'D:20261201120000Z',
  latin1Text: 'Délai de rétractation : 14 jours à compter de la réception.',
});

export interface FixtureServer {
  origin: string;
  state: FixtureState;
  /** Every request path, with its user agent, in order. */
  requests: Array<{ path: string; userAgent: string }>;
  close: () => Promise<void>;
}

/** The fixture site on 127.0.0.1, on a free port. `slowMs` is how long /slow waits before answering. */
export async function startFixtureServer(slowMs = 5_000): Promise<FixtureServer> {
  const state = initialState();
  const requests: FixtureServer['requests'] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, userAgent: String(request.headers['user-agent'] ?? '') });
    const html = (body: string | Buffer, type = 'text/html; charset=utf-8') => {
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    };
    switch (path.split('?')[0]) {
      case '/unchanged':
        return html(helpPage('<p>Refunds are issued within 3 to 5 business days.</p>'));
      case '/changed':
        return html(helpPage(`<p>${state.changedText}</p><p>Some items cannot be returned.</p>`));
      case '/footer-date':
        return html(helpPage('<p>Drop off your return at any Example Point.</p>', state.footerDate));
      case '/old-address':
        response.writeHead(301, { location: '/new-address?utm_source=redirect' });
        return response.end();
      case '/new-address':
        return html(helpPage('<p>The page now lives here.</p>'));
      case '/temporary':
        response.writeHead(302, { location: `${SITE}/temporary-target` });
        return response.end();
      case '/temporary-target':
        return html(helpPage('<p>Sign in to see your returns.</p>'));
      case '/missing':
        response.writeHead(404, { 'content-type': 'text/html' });
        return response.end('<h1>Not found</h1>');
      case '/gone':
        response.writeHead(410, { 'content-type': 'text/html' });
        return response.end('<h1>Gone</h1>');
      case '/slow': {
        const timer = setTimeout(() => html(helpPage('<p>Too late.</p>')), slowMs);
        timers.add(timer);
        return undefined;
      }
      case '/huge':
        response.writeHead(200, { 'content-type': 'text/html' });
        for (let index = 0; index < 200; index += 1) response.write(`<p>${'x'.repeat(1_000)}</p>`);
        return response.end();
      case '/law.pdf':
        return html(lawPdf(state.lawLines, state.pdfExported), 'application/pdf');
      case '/shift-jis':
        return html(SHIFT_JIS_PAGE, 'text/html');
      case '/latin1':
        return html(Buffer.from(helpPage(`<p>${state.latin1Text}</p>`).replace('charset="utf-8"', 'charset="iso-8859-1"'), 'latin1'), 'text/html; charset=ISO-8859-1');
      default:
        response.writeHead(404);
        return response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    state,
    requests,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
