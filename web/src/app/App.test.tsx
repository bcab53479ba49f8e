import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { documentOf, fakeApi, requirements, sellerCase, timeline } from '../test/fixtures';
import { App } from './App';

const sellerApi = () =>
  fakeApi({
    logIn: vi.fn(async (email: string, password: string) => {
      if (password !== 'secondlook-demo') throw new ApiError(401, 'INVALID_CREDENTIALS', 'wrong');
      return {
        token: 't1',
        csrf_token: 'c1',
        expires_at: '2026-12-01T00:00:00.000Z',
        user: { id: 'u1', email, role: 'seller' as const, seller_id: 'S000031', language: null },
      };
    }),
    listCases: vi.fn(async () => ({ data: [sellerCase], next_cursor: null })),
    getCase: vi.fn(async () => sellerCase),
    requirements: vi.fn(async () => requirements),
    caseDocuments: vi.fn(async () => ({
      data: [documentOf()],
      submission: { verdict: 'fail' as const, checks: [] },
    })),
    timeline: vi.fn(async () => timeline),
    messages: vi.fn(async () => []),
    caseAppointments: vi.fn(async () => []),
    freeSlots: vi.fn(async () => ({ time_zone: 'Europe/London', data: [] })),
  });

describe('App', () => {
  it('logs a seller in and shows the open case: why, the deadline and what passing it does', async () => {
    const user = userEvent.setup();
    render(<App api={sellerApi()} lang="en" />);
    await user.type(await screen.findByLabelText('Email'), 'seller@example.com');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The email or password is not right.');
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'secondlook-demo');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Second review of your account' }),
    ).toBeTruthy();
    expect(window.location.pathname).toBe('/seller');
    expect(screen.getAllByText(/77% of its logins/)[0]?.tagName).toBe('P');
    expect(screen.getByTestId('if-deadline-passes').textContent).toBe(
      'If the deadline passes, the review closes as expired and: listings are paused and payouts are held.',
    );
    expect(screen.getByRole('heading', { name: 'Proof of the registered address' })).toBeTruthy();
    expect(screen.getByText(/A selfie holding your ID \(below\), or a video call/)).toBeTruthy();
    // The live requirement accepts a video call: the booking panel, in the seller's zone.
    expect(await screen.findByText(/Times are shown in Europe\/London/)).toBeTruthy();
    expect(screen.getByText('1 check(s) failed')).toBeTruthy();
    // The session is the server's httpOnly cookie: the page keeps who is logged in, never the token.
    expect(localStorage.getItem('secondlook.session')).toContain('"email":"seller@example.com"');
    expect(localStorage.getItem('secondlook.session')).not.toContain('t1');
    expect(sessionStorage.length).toBe(0);
  });

  it('switches to 简体中文 and remembers the choice', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App api={sellerApi()} />);
    await user.selectOptions(await screen.findByLabelText('Language'), 'zh');
    expect(await screen.findByRole('heading', { name: '登录' })).toBeTruthy();
    expect(localStorage.getItem('secondlook.lang')).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    unmount();
    render(<App api={sellerApi()} />);
    expect(await screen.findByRole('button', { name: '登录' })).toBeTruthy();
  });

  it('sends staff to the back office and keeps them out of the seller pages', async () => {
    localStorage.setItem(
      'secondlook.session',
      JSON.stringify({
        token: 't',
        user: { id: 'u', email: 'r@example.com', role: 'reviewer', seller_id: null, language: null },
      }),
    );
    window.history.replaceState(null, '', '/seller');
    const api = fakeApi({
      listCases: vi.fn(async () => ({ data: [sellerCase], next_cursor: null })),
      policy: vi.fn(async () => ({ review: { sla_hours: 48 } }) as never),
    });
    render(<App api={api} lang="en" />);
    expect(await screen.findByRole('heading', { name: 'Cases' })).toBeTruthy();
    await waitFor(() => expect(window.location.pathname).toBe('/office'));
    expect(await screen.findByRole('link', { name: 'S000031' })).toBeTruthy();
  });

  it('opens the back office in the language a staff member chose, in a browser that never saw them', async () => {
    window.history.replaceState(null, '', '/login');
    const api = fakeApi({
      logIn: vi.fn(async (email: string) => ({
        token: 't2',
        csrf_token: 'c2',
        expires_at: '2026-12-01T00:00:00.000Z',
        user: { id: 'u2', email, role: 'reviewer' as const, seller_id: null, language: 'zh' as const },
      })),
      listCases: vi.fn(async () => ({ data: [sellerCase], next_cursor: null })),
      policy: vi.fn(async () => ({ review: { sla_hours: 48 } }) as never),
    });
    const user = userEvent.setup();
    render(<App api={api} lang="en" />);
    await user.type(await screen.findByLabelText('Email'), 'reviewer@example.com');
    await user.type(screen.getByLabelText('Password'), 'whatever-it-is');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('link', { name: '全部案件' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('secondlook.lang')).toBe('zh');
  });

  it('in a new tab, asks the server who is logged in and goes to the login page when the session ended', async () => {
    localStorage.setItem(
      'secondlook.session',
      JSON.stringify({ user: { id: 'u', email: 'r@example.com', role: 'reviewer', seller_id: null } }),
    );
    window.history.replaceState(null, '', '/office');
    const me = vi.fn(async () => {
      throw new ApiError(401, 'UNAUTHENTICATED', 'session ended');
    });
    render(
      <App
        api={fakeApi({ me, listCases: vi.fn(async () => ({ data: [], next_cursor: null })) })}
        lang="en"
      />,
    );
    await waitFor(() => expect(me).toHaveBeenCalled());
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeTruthy();
    expect(localStorage.getItem('secondlook.session')).toBeNull();
  });
});
