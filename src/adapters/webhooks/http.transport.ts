import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import {
  isPrivateAddress,
  type WebhookRequest,
  type WebhookResult,
  type WebhookTransport,
} from '../../modules/notifications/index.js';

const RESPONSE_KEPT_BYTES = 1024;

/**
 * POSTs webhooks with node:http(s): no redirects followed, a total timeout per attempt, and (unless
 * private addresses are allowed) every address the name resolves to checked at connection time, so
 * a name that points inside the network, or is re-pointed there later, is refused.
 */
export function createHttpWebhookTransport(options: { allowPrivate: boolean }): WebhookTransport {
  const guardedLookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((a) => isPrivateAddress(a.address));
      if (refused)
        return callback(
          Object.assign(new Error(`${hostname} resolves to private address ${refused.address}`), {
            code: 'ADDRESS_NOT_ALLOWED',
          }),
          '',
          0,
        );
      if (lookupOptions.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname} has no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
  return {
    post(request: WebhookRequest): Promise<WebhookResult> {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      return new Promise((resolve) => {
        let settled = false;
        const finish = (result: Omit<WebhookResult, 'durationMs'>) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ ...result, durationMs: elapsed() });
        };
        const url = new URL(request.url);
        const client = url.protocol === 'https:' ? https : http;
        const req = client.request(url, {
          method: 'POST',
          headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
          ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
          agent: false,
        });
        const timer = setTimeout(() => {
          finish({
            statusCode: undefined,
            error: `timed out after ${request.timeoutMs} ms`,
            response: undefined,
            permanent: false,
          });
          req.destroy();
        }, request.timeoutMs);
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          let kept = 0;
          res.on('data', (chunk: Buffer) => {
            if (kept < RESPONSE_KEPT_BYTES) chunks.push(chunk.subarray(0, RESPONSE_KEPT_BYTES - kept));
            kept += chunk.length;
            // The answer is not read past what is kept: a receiver streaming forever does not hold a worker.
            if (kept >= RESPONSE_KEPT_BYTES) res.destroy();
          });
          const done = () =>
            finish({
              statusCode: res.statusCode,
              error: undefined,
              response: Buffer.concat(chunks).toString('utf8'),
              permanent: false,
            });
          res.on('end', done);
          res.on('close', done);
          res.on('error', done);
        });
        req.on('error', (error: NodeJS.ErrnoException) =>
          finish({
            statusCode: undefined,
            error: `${error.code ? `${error.code}: ` : ''}${error.message}`.slice(0, 500),
            response: undefined,
            permanent: error.code === 'ADDRESS_NOT_ALLOWED',
          }),
        );
        req.end(request.body);
      });
    },
  };
}
