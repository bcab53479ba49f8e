import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, type PolicyView } from '../api/client';
import { fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { nextVersion, PolicyPage } from './PolicyPage';

function signIn(role: string) {
  localStorage.setItem(
    'secondlook.session',
    JSON.stringify({ token: 't', user: { id: 'a', email: 'a@x.test', role, seller_id: null } }),
  );
}

const policy = {
  version: '2026-11-29.1',
  materials: {
    supplier_invoices: { kind: 'document', title: { en: 'Supplier invoices', zh: '供应商发票' } },
  },
  document_rules: {},
  triggers: {
    sales_anomaly: {
      open_score: 0.7,
      severity: { medium_from: 0.8, high_from: 0.95 },
      deadline_days: 14,
      restrictions_while_open: ['payouts_held'],
      requirements: [
        {
          material: 'supplier_invoices',
          applies_to: ['business'],
          accepted_variants: ['supplier_invoice'],
          rules: {},
        },
      ],
    },
  },
  outcomes: { rejected: [], rejected_final: ['deactivated'], expired: [] },
  reminders: { days_before_deadline: [7, 3, 1] },
  review: { sla_hours: 48 },
  appeal: { window_days: 30, limit_per_case: 2 },
  messages: { per_day_while_waiting: 3 },
} as unknown as PolicyView;

describe('policy', () => {
  it('shows the active numbers, puts the server’s validation errors in place, then saves a new version', async () => {
    signIn('admin');
    const user = userEvent.setup();
    const savePolicy = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError(
          422,
          'VALIDATION_FAILED',
          'The policy is not valid: medium_from must not exceed high_from.',
          {
            where: 'policy.triggers.sales_anomaly.severity',
            issues: [
              { path: 'triggers.sales_anomaly.severity', message: 'medium_from must not exceed high_from' },
              { path: 'outcomes', message: 'something else' },
            ],
          },
        ),
      )
      .mockImplementationOnce(async (saved: PolicyView) => saved);
    await renderWith(<PolicyPage />, { api: fakeApi({ policy: vi.fn(async () => policy), savePolicy }) });

    const section = await screen.findByRole('region', { name: 'Unusual sales' });
    expect((within(section).getByLabelText('Opens a case from score') as HTMLInputElement).value).toBe('0.7');
    expect(section.textContent).toContain('Supplier invoices');
    expect(section.textContent).toContain('payouts are held');
    const perDay = screen.getByLabelText(
      'Messages a seller may send per day while waiting',
    ) as HTMLInputElement;
    expect(perDay.value).toBe('3');

    const medium = within(section).getByLabelText('Medium severity from score');
    await user.clear(medium);
    await user.type(medium, '0.99');
    await user.clear(perDay);
    await user.type(perDay, '5');
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));
    const sent = savePolicy.mock.calls[0]?.[0] as PolicyView;
    expect(sent.version).toBe('2026-11-29.2');
    expect(sent.triggers.sales_anomaly?.severity.medium_from).toBe(0.99);
    expect(sent.messages.per_day_while_waiting).toBe(5);
    expect(sent.materials).toEqual(policy.materials);

    const error = await within(section).findByText('medium_from must not exceed high_from');
    expect(error.id).toBe(
      within(section).getByLabelText('Medium severity from score').getAttribute('aria-describedby'),
    );
    expect(screen.getByText(/outcomes: something else/)).toBeTruthy();

    await user.clear(medium);
    await user.type(medium, '0.9');
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect(await screen.findByText('Version 2026-11-29.2 is now active.')).toBeTruthy();
  });

  it('is read-only for reviewers, in Chinese', async () => {
    signIn('reviewer');
    await renderWith(<PolicyPage />, { lang: 'zh', api: fakeApi({ policy: vi.fn(async () => policy) }) });
    expect(await screen.findByText('只有管理员可以修改策略。')).toBeTruthy();
    expect(((await screen.findByLabelText('审核时限（SLA，小时）')) as HTMLInputElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: '保存为新版本' })).toBeNull();
    expect(nextVersion('2026-12-01.9')).toBe('2026-12-01.10');
  });
});
