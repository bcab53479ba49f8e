import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { AuditPage } from './AuditPage';
import { CaseListPage } from './CaseListPage';
import { type CaseListRow, type DeskApi, DeskApiContext } from './desk.api';
import { SearchPage } from './SearchPage';

const ROW = (n: number, overrides: Partial<CaseListRow> = {}): CaseListRow => ({
  id: `0b9d5c1e-0000-4000-8000-00000000000${n}`,
  seller_id: `S${n}`,
  seller_name: `Seller ${n} Ltd`,
  country: 'CN',
  marketplace: 'US',
  status: 'submitted',
  severity: 'high',
  triggers: ['sales_anomaly'],
  opened_at: '2026-11-01T08:00:00Z',
  due_at: '2026-11-05T08:00:00Z',
  holder_id: null,
  revision: 3,
  ...overrides,
});

const fakeDesk = (overrides: Partial<DeskApi>): DeskApi => ({
  search: vi.fn(async () => []),
  caseList: vi.fn(async () => ({ data: [ROW(1), ROW(2)], total: 120 })),
  savedFilters: vi.fn(async () => []),
  saveFilter: vi.fn(async (name, query) => ({ id: 'f', name, query, created_at: '2026-11-01T08:00:00Z' })),
  bulk: vi.fn(async () => ({
    data: [
      { case_id: ROW(1).id, result: 'ok', revision: 4 },
      { case_id: ROW(2).id, result: 'CONFLICT', message: 'changed' },
    ],
    counts: { ok: 1, failed: 1 },
  })),
  auditEvents: vi.fn(async () => ({ data: [], next_before: null })),
  exportFile: vi.fn(async () => ({ blob: new Blob(['id\r\n']), filename: 'cases.csv' })),
  ...overrides,
});

function signIn(role: string) {
  localStorage.setItem(
    'secondlook.session',
    JSON.stringify({ user: { id: 'u', email: 'x@example.com', role, seller_id: null } }),
  );
}

describe('the risk desk pages', () => {
  afterEach(() => sessionStorage.clear());

  it('lists cases with the server total, sorts on the server and reports each case a bulk claim did not take', async () => {
    signIn('reviewer');
    const desk = fakeDesk({});
    const user = userEvent.setup();
    await renderWith(
      <DeskApiContext.Provider value={desk}>
        <CaseListPage />
      </DeskApiContext.Provider>,
      { api: fakeApi() },
    );
    expect(await screen.findByText('2 of 120 case(s)')).toBeTruthy();
    expect(screen.getByText('Seller 1 Ltd')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Seller name/ }));
    expect(desk.caseList).toHaveBeenLastCalledWith(
      expect.objectContaining({ sort: 'seller_name', offset: 0 }),
    );
    await user.click(screen.getByLabelText('Select all shown'));
    await user.click(screen.getByRole('button', { name: 'Claim' }));
    expect(desk.bulk).toHaveBeenCalledWith({
      action: 'claim',
      items: [
        { case_id: ROW(1).id, revision: 3 },
        { case_id: ROW(2).id, revision: 3 },
      ],
    });
    const status = await screen.findByText('1 done, 1 not done');
    const results = within(status.parentElement!);
    expect(results.getByText('Seller 1 Ltd (0b9d5c1e): done')).toBeTruthy();
    expect(results.getByText('Seller 2 Ltd (0b9d5c1e): changed meanwhile, left as it is')).toBeTruthy();
  }, 15_000);

  it('lets a supervisor assign the selected cases to a reviewer and export only them, in Chinese', async () => {
    signIn('supervisor');
    URL.createObjectURL = vi.fn(() => 'blob:cases');
    URL.revokeObjectURL = vi.fn();
    const desk = fakeDesk({});
    const workload = vi.fn(async () => ({
      at: '2026-11-01T08:00:00Z',
      reviewers: [
        {
          reviewer: { id: 'r-1', display_name: '李审核', role: 'reviewer', disabled: false },
          holding: 2,
          breached: 0,
          decided_today: 0,
          approved_today: 0,
          decided_late_today: 0,
        },
      ],
      unassigned: { cases: 0, breached: 0 },
    }));
    const user = userEvent.setup();
    await renderWith(
      <DeskApiContext.Provider value={desk}>
        <CaseListPage />
      </DeskApiContext.Provider>,
      { api: fakeApi({ workload }), lang: 'zh' },
    );
    await screen.findByText('Seller 1 Ltd');
    await user.click(screen.getByLabelText('全选本页'));
    await user.click(screen.getByRole('button', { name: '导出所选（CSV）' }));
    expect(desk.exportFile).toHaveBeenCalledWith('cases', 'csv', {
      case_ids: `${ROW(1).id},${ROW(2).id}`,
    });
    await user.selectOptions(await screen.findByLabelText('分配给'), '李审核 (2)');
    await user.click(screen.getByRole('button', { name: '分配' }));
    expect(desk.bulk).toHaveBeenCalledWith({
      action: 'assign',
      assignee_id: 'r-1',
      items: [
        { case_id: ROW(1).id, revision: 3 },
        { case_id: ROW(2).id, revision: 3 },
      ],
    });
    expect(await screen.findByText('Seller 2 Ltd（0b9d5c1e）：期间已被更改，未作处理')).toBeTruthy();
  }, 15_000);

  it('offers assigning only to supervisors', async () => {
    signIn('reviewer');
    await renderWith(
      <DeskApiContext.Provider value={fakeDesk({})}>
        <CaseListPage />
      </DeskApiContext.Provider>,
      { api: fakeApi() },
    );
    await screen.findByText('Seller 1 Ltd');
    expect(screen.queryByLabelText('Assign to')).toBeNull();
  });

  it('searches in Chinese and shows the sellers found with their cases', async () => {
    signIn('reviewer');
    const desk = fakeDesk({
      search: vi.fn(async () => [
        {
          seller_id: 'S1',
          name: '深圳市晓明贸易有限公司',
          country: 'CN',
          marketplace: 'US',
          cases: [
            {
              id: ROW(1).id,
              status: 'submitted' as const,
              severity: 'high' as const,
              opened_at: '2026-11-01T08:00:00Z',
            },
          ],
        },
      ]),
    });
    await renderWith(
      <DeskApiContext.Provider value={desk}>
        <SearchPage q="王晓明" />
      </DeskApiContext.Provider>,
      { api: fakeApi(), lang: 'zh' },
    );
    expect(await screen.findByText('与“王晓明”相关的卖家：1 个。')).toBeTruthy();
    expect(screen.getByText('深圳市晓明贸易有限公司')).toBeTruthy();
    expect(desk.search).toHaveBeenCalledWith('王晓明');
  });

  it('does not search one character, and says why', async () => {
    signIn('reviewer');
    const desk = fakeDesk({});
    await renderWith(
      <DeskApiContext.Provider value={desk}>
        <SearchPage q="x" />
      </DeskApiContext.Provider>,
      { api: fakeApi() },
    );
    expect(await screen.findByText('Type at least two characters.')).toBeTruthy();
    expect(desk.search).not.toHaveBeenCalled();
  });

  it('filters the audit trail and pages to older events', async () => {
    signIn('supervisor');
    const auditEvents = vi.fn(async (query: { before?: number }) => ({
      data: [
        {
          id: query.before ? 7 : 9,
          position: query.before ? 7 : 9,
          at: '2026-11-01T08:00:00Z',
          actor: 'user:1',
          action: 'case.assigned',
          entity_type: 'case',
          entity_id: 'c1',
          data: {},
        },
      ],
      next_before: query.before ? null : 9,
    }));
    const user = userEvent.setup();
    await renderWith(
      <DeskApiContext.Provider value={fakeDesk({ auditEvents })}>
        <AuditPage />
      </DeskApiContext.Provider>,
      { api: fakeApi(), lang: 'zh' },
    );
    expect(await screen.findByText('9')).toBeTruthy();
    await user.type(screen.getByLabelText('操作'), 'case.assigned');
    expect(auditEvents).toHaveBeenLastCalledWith(expect.objectContaining({ action: 'case.assigned' }));
    await user.click(await screen.findByRole('button', { name: '更早的事件' }));
    expect(await screen.findByText('7')).toBeTruthy();
    expect(auditEvents).toHaveBeenLastCalledWith(expect.objectContaining({ before: 9 }));
  }, 15_000);
});
