// Server memory: idle on PGlite with the demo loaded, and under three parallel maximal uploads
// (20 files × 10 MB each, from three callers). `npm run bench:upload-memory`; also run by `npm run bench`.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '../../bin/secondlook.mjs');
const FILES = 20;
const FILE_BYTES = 10 * 1024 * 1024;
const PASSWORD_LINE = /Demo logins \(password: (\S+)\)/;

export interface UploadMemory {
  workers: boolean;
  idleMb: number;
  /** Highest RSS until the three uploads were answered. */
  streamPeakMb: number;
  beforeUploadsMb: number;
  peakMb: number;
  afterMb: number;
  uploadSeconds: number;
  statuses: number[];
}

const rssMbOf = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A multipart body produced as it is sent: the bench holds one 64 KiB chunk at a time, not 200 MB. */
function maximalUpload(type: string): { body: ReadableStream<Uint8Array>; contentType: string } {
  const boundary = `bench${randomBytes(8).toString('hex')}`;
  const parts = function* () {
    yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\n${type}\r\n`);
    for (let file = 0; file < FILES; file++) {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="page${file}.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
      );
      for (let sent = 9; sent < FILE_BYTES; sent += 65_536)
        yield randomBytes(Math.min(65_536, FILE_BYTES - sent));
      yield Buffer.from('\r\n');
    }
    yield Buffer.from(`--${boundary}--\r\n`);
  };
  const iterator = parts();
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: new ReadableStream({
      pull(controller) {
        const next = iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
    }),
  };
}

/** `workers: false` leaves the check jobs out, so the figure is the upload path's alone. */
export async function measureUploadMemory(options: { workers: boolean }): Promise<UploadMemory> {
  const dataDir = mkdtempSync(join(tmpdir(), 'secondlook-memory-'));
  const port = 5900 + Math.floor(Math.random() * 90);
  const base = `http://127.0.0.1:${port}`;
  let output = '';
  const server: ChildProcess = spawn('node', [CLI, 'serve'], {
    env: {
      ...process.env,
      SECONDLOOK_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SECONDLOOK_DEMO: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  try {
    for (let i = 0; !PASSWORD_LINE.test(output); i++) {
      if (i > 1200 || server.exitCode !== null) throw new Error(`the server did not start:\n${output}`);
      await sleep(250);
    }
    const password = PASSWORD_LINE.exec(output)![1]!;
    const call = async (path: string, token?: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return res.json() as Promise<Record<string, unknown>>;
    };
    const tokens: string[] = [];
    for (const email of ['admin', 'supervisor', 'reviewer'])
      tokens.push(
        String(
          (await call('/v1/auth/login', undefined, { email: `${email}@demo.secondlook.dev`, password }))
            .token,
        ),
      );
    // Idle: the demo loaded, the start-up's work done, nothing asked of it.
    await sleep(20_000);
    const idleMb = rssMbOf(server.pid!);
    console.error(`idle RSS ${idleMb} MB`);
    const listed = (await call('/v1/cases?status=awaiting_documents&limit=100', tokens[0])).data as {
      id: string;
    }[];
    let target: { caseId: string; material: string; accepted_variants: string[] } | undefined;
    for (const { id } of listed) {
      const requirements = (await call(`/v1/cases/${id}/requirements`, tokens[0])).data as {
        material: string;
        kind: string;
        accepted_variants: string[];
      }[];
      const found = requirements.find((r) => r.kind === 'document' && r.accepted_variants.length > 0);
      if (found) target = { caseId: id, ...found };
      if (target) break;
    }
    if (!target) throw new Error('the demo has no case awaiting a document');
    const beforeUploadsMb = rssMbOf(server.pid!);
    let peakMb = beforeUploadsMb;
    const sampler = setInterval(() => {
      peakMb = Math.max(peakMb, rssMbOf(server.pid!));
    }, 100);
    const startedAt = performance.now();
    const statuses = await Promise.all(
      tokens.map(async (token) => {
        const { body, contentType } = maximalUpload(target.accepted_variants[0]!);
        const res = await fetch(
          `${base}/v1/cases/${target.caseId}/requirements/${target.material}/documents`,
          {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
            body,
            duplex: 'half',
          } as RequestInit,
        );
        await res.text();
        return res.status;
      }),
    );
    const uploadSeconds = (performance.now() - startedAt) / 1000;
    const streamPeakMb = peakMb;
    await sleep(15_000);
    clearInterval(sampler);
    return {
      workers: options.workers,
      idleMb,
      beforeUploadsMb,
      streamPeakMb,
      peakMb,
      afterMb: rssMbOf(server.pid!),
      uploadSeconds,
      statuses,
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) =>
      server.exitCode !== null ? resolve(undefined) : server.once('exit', resolve),
    );
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function uploadMemoryRows(m: UploadMemory): string[] {
  return [
    `| server RSS, PGlite with the demo loaded, check jobs ${m.workers ? 'running' : 'off'} | MB |`,
    '| --- | ---: |',
    `| idle (20 s after logging in) | ${m.idleMb} |`,
    `| before three parallel uploads of 20 × 10 MB | ${m.beforeUploadsMb} |`,
    `| peak until they were answered (${m.uploadSeconds.toFixed(1)} s, answers ${m.statuses.join(', ')}) | ${m.streamPeakMb} (+${m.streamPeakMb - m.beforeUploadsMb}) |`,
    `| peak including the 15 s after | ${m.peakMb} (+${m.peakMb - m.beforeUploadsMb}) |`,
    `| 15 s after they were answered | ${m.afterMb} |`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(
    uploadMemoryRows(await measureUploadMemory({ workers: process.env.BENCH_WORKERS !== 'false' })).join(
      '\n',
    ),
  );
