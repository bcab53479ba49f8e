import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, sellerCase } from '../test/fixtures';
import { App } from './App';

/** Logs the session in as someone of `role` (the session reads its localStorage hint). */
function signInAs(role: 'seller' | 'reviewer' | 'admin') {
  const user = {
    id: `u-${role}`,
    email: `${role}@x.test`,
    role,
    seller_id: role === 'seller' ? 'S000031' : null,
  };
  localStorage.setItem('secondlook.session', JSON.stringify({ token: 't', user }));
}

const at = (path: string) => window.history.replaceState(null, '', path);
const emptyQueue = { data: [], next_cursor: null };

describe('routes', () => {
  it('sends anyone without a session to the login page, wherever they were going', async () => {
    at('/office/queue?breached=true');
    render(<App api={fakeApi()} lang="en" />);
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeTruthy();
    expect(window.location.pathname).toBe('/login');
  });

  it('keeps a seller out of the back office and staff out of the seller pages', async () => {
    signInAs('seller');
    at('/office/cases/c1');
    const listCases = vi.fn(async () => ({ data: [sellerCase], next_cursor: null }));
    const { unmount } = render(<App api={fakeApi({ listCases })} lang="en" />);
    await waitFor(() => expect(window.location.pathname).toBe('/seller'));
    unmount();

    signInAs('reviewer');
    at('/seller/cases/c1');
    render(<App api={fakeApi({ listCases })} lang="en" />);
    await waitFor(() => expect(window.location.pathname).toBe('/office'));
    expect(await screen.findByRole('heading', { name: 'Cases' })).toBeTruthy();
  });

  it('opens a case page from its address, with the id from the path', async () => {
    signInAs('seller');
    at('/seller/cases/case-42');
    const getCase = vi.fn(async () => sellerCase);
    render(<App api={fakeApi({ getCase, listCases: vi.fn(async () => emptyQueue) })} lang="en" />);
    await waitFor(() => expect(getCase).toHaveBeenCalledWith('case-42'));
    expect(window.location.pathname).toBe('/seller/cases/case-42');
  });

  it('reads the review queue filters from a shared address, and marks the page in the nav', async () => {
    signInAs('reviewer');
    at('/office/queue?assignee=u-reviewer&breached=true&unknown=x');
    const reviewQueue = vi.fn(async () => emptyQueue);
    render(<App api={fakeApi({ reviewQueue })} lang="en" />);
    await waitFor(() =>
      expect(reviewQueue).toHaveBeenLastCalledWith({ limit: 25, assignee: 'u-reviewer', breached: 'true' }),
    );
    expect(screen.getByRole('link', { name: 'Review queue' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'All cases' }).getAttribute('aria-current')).toBeNull();
  });

  it('says there is no page at an address the app does not have', async () => {
    signInAs('admin');
    at('/office/nothing-here');
    render(<App api={fakeApi()} lang="en" />);
    expect(await screen.findByText('There is no page here.')).toBeTruthy();
  });
});
