import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportButtons } from '../desk/ExportButtons';
import { DownloadMyData } from '../privacy/DownloadMyData';
import { fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { ApiError } from './errors';
import { call } from './http';

// The panels that build their own paths (the desk, privacy) call the API through `call`: a
// problem answer becomes an `ApiError` told in the page's language, as the typed client's are.

const PROBLEM = {
  type: 'about:blank',
  title: 'Forbidden',
  status: 403,
  code: 'FORBIDDEN',
  detail: '您无权执行此操作。',
  error: { code: 'FORBIDDEN', message: 'role seller may not export', details: { needs: 'supervisor' } },
};

/** The requests the page sent, answered as the server answers a refusal. */
function refusingServer(status = 403, body: string = JSON.stringify(PROBLEM)) {
  const sent: Request[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push(new Request(new URL(url, 'http://desk.test'), init));
    return new Response(body, { status, headers: { 'content-type': 'application/problem+json' } });
  });
  return sent;
}

/** What the login leaves in the browser: the readable CSRF cookie. */
function setCsrfCookie(value: string) {
  // biome-ignore lint/suspicious/noDocumentCookie: the test plays the server's Set-Cookie of the login
  document.cookie = `sl_csrf=${value}`;
}

function signIn(role: string, sellerId: string | null = null) {
  localStorage.setItem(
    'secondlook.session',
    JSON.stringify({ user: { id: 'u', email: 'x@example.com', role, seller_id: sellerId } }),
  );
}

describe('call, the panels’ one way to the API', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
    setCsrfCookie('; max-age=0');
  });

  it('sends the body as JSON with the CSRF token and the language, and throws the localised problem', async () => {
    setCsrfCookie('tok-1');
    document.documentElement.lang = 'zh';
    const sent = refusingServer();
    const refused = await call('POST', '/v1/cases/bulk', { action: 'claim' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    const error = refused as ApiError;
    expect([error.status, error.code, error.message]).toEqual([403, 'FORBIDDEN', '您无权执行此操作。']);
    expect(error.details).toEqual({ needs: 'supervisor' });
    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('x-csrf-token')).toBe('tok-1');
    expect(request?.headers.get('accept-language')).toBe('zh');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await request?.json()).toEqual({ action: 'claim' });
  });

  it('sends a read with neither token nor body, and names a problem it cannot read by its status', async () => {
    setCsrfCookie('tok-1');
    const sent = refusingServer(502, '<html>bad gateway</html>');
    const refused = (await call('GET', '/v1/search?q=x').catch((e: unknown) => e)) as ApiError;
    expect([refused.status, refused.code, refused.message]).toEqual([502, 'HTTP_502', 'HTTP 502']);
    expect(sent[0]?.headers.get('x-csrf-token')).toBeNull();
    expect(sent[0]?.headers.get('content-type')).toBeNull();
    expect(sent[0]?.body).toBeNull();
  });

  it('gives back the answer when it is not a problem', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"data":[]}', { status: 200 }));
    expect(await (await call('GET', '/v1/search?q=x')).json()).toEqual({ data: [] });
  });

  it('shows a refused export in the page’s language, not the server’s English', async () => {
    signIn('reviewer');
    refusingServer();
    const user = userEvent.setup();
    await renderWith(<ExportButtons kind="cases" filters={{}} formats={['csv']} labels={{ csv: 'CSV' }} />, {
      api: fakeApi(),
      lang: 'zh',
    });
    await user.click(screen.getByRole('button', { name: 'CSV' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('您无权执行此操作。');
    expect(alert.textContent).not.toContain('role seller may not export');
  });

  it('shows a refused archive in the page’s language, with its code', async () => {
    signIn('seller', 'S1');
    const sent = refusingServer();
    const user = userEvent.setup();
    await renderWith(<DownloadMyData />, { api: fakeApi(), lang: 'zh' });
    await user.click(screen.getByRole('button', { name: '下载我的数据' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('您无权执行此操作。 (FORBIDDEN)');
    expect(alert.textContent).not.toContain('role seller may not export');
    expect(new URL(sent[0]?.url ?? '').pathname).toBe('/v1/sellers/S1/archive');
  });
});
