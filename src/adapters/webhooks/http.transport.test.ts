import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpWebhookTransport } from './http.transport.js';

describe('webhook HTTP transport', () => {
  const server = createServer((req, res) => {
    if (req.url === '/hang') return;
    if (req.url === '/big') {
      res.writeHead(200);
      res.end('x'.repeat(100_000));
      return;
    }
    if (req.url === '/redirect') {
      res.writeHead(302, { location: 'http://169.254.169.254/' });
      res.end();
      return;
    }
    req.resume();
    req.on('end', () => {
      res.writeHead(201);
      res.end(`got ${req.headers['content-length']} bytes`);
    });
  });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const open = createHttpWebhookTransport({ allowPrivate: true });
  const post = (url: string, timeoutMs = 2000) => open.post({ url, headers: {}, body: '{"a":1}', timeoutMs });

  it('posts the body and reports the status and the start of the answer', async () => {
    expect(await post(`http://${base}/ok`)).toMatchObject({
      statusCode: 201,
      response: 'got 7 bytes',
      error: undefined,
    });
  });

  it('keeps at most 1 KiB of the answer', async () => {
    const result = await post(`http://${base}/big`);
    expect(result.statusCode).toBe(200);
    expect(result.response).toHaveLength(1024);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const result = await post(`http://${base}/hang`, 300);
    expect(result).toMatchObject({
      statusCode: undefined,
      error: 'timed out after 300 ms',
      permanent: false,
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(290);
  });

  it('does not follow redirects', async () => {
    expect(await post(`http://${base}/redirect`)).toMatchObject({ statusCode: 302 });
  });

  it('refuses, for good, a name that resolves to a private address when private addresses are off', async () => {
    const guarded = createHttpWebhookTransport({ allowPrivate: false });
    const port = base.split(':')[1];
    const result = await guarded.post({
      url: `http://localhost:${port}/ok`,
      headers: {},
      body: '{}',
      timeoutMs: 2000,
    });
    expect(result).toMatchObject({ statusCode: undefined, permanent: true });
    expect(result.error).toMatch(/ADDRESS_NOT_ALLOWED: localhost resolves to private address/);
  });
});
