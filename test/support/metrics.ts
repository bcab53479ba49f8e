import { expect } from 'vitest';
import type { TestApp } from './app.js';

/** `GET /metrics` as operations read it: the value of one series (`name{labels}`), 0 when absent. */
export async function readMetrics(t: TestApp, adminToken: string): Promise<(series: string) => number> {
  const res = await t.server.inject({
    method: 'GET',
    url: '/metrics',
    headers: { authorization: `Bearer ${adminToken}` },
  });
  expect(res.statusCode).toBe(200);
  return (series) => {
    const line = res.body.split('\n').find((l) => l.startsWith(`${series} `));
    return Number(line?.split(' ')[1] ?? 0);
  };
}
