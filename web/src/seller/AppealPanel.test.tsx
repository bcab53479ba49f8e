import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CaseView, DecisionView } from '../api/client';
import { CASE_ID, fakeApi, sellerCase } from '../test/fixtures';
import { renderWith } from '../test/render';
import { AppealPanel, canAppeal, SellerDecisions } from './AppealPanel';

const rejected: CaseView = {
  ...sellerCase,
  status: 'rejected',
  decided_at: '2026-12-02T10:00:00.000Z',
  appeals_left: 2,
  appeal_window_ends_at: '2026-12-16T10:00:00.000Z',
  restrictions: ['listings_paused', 'payouts_held'],
  allowed_actions: ['appeal'],
};

const decision: DecisionView = {
  id: 'd1',
  case_id: CASE_ID,
  decision: 'rejected',
  reasons: [
    {
      code: 'address_not_verified',
      text: { en: 'We could not verify your registered address.', zh: '我们无法核实您的注册地址。' },
    },
  ],
  requirements: [],
  waivers: [],
  appeal_round: 0,
  decided_at: '2026-12-02T10:00:00.000Z',
  case_status: 'rejected',
};

describe('appeal', () => {
  it('shows the decision with its reason texts in the chosen language', async () => {
    await renderWith(<SellerDecisions decisions={[decision]} />, { api: fakeApi(), lang: 'zh' });
    expect(screen.getByTestId('decision').textContent).toContain('我们无法核实您的注册地址。');
    expect(screen.getByTestId('decision').textContent).toContain('拒绝');
  });

  it('gives the window and appeals left, asks for the three parts, and sends them', async () => {
    const user = userEvent.setup();
    const appeal = vi.fn(async () => ({ ...rejected, status: 'appealed' as const }));
    const onAppealed = vi.fn();
    await renderWith(<AppealPanel caseView={rejected} onAppealed={onAppealed} />, {
      api: fakeApi({ appeal }),
    });
    expect(screen.getByTestId('appeal-window').textContent).toMatch(/until 16 Dec 2026.*Appeals left: 2\./);
    const send = screen.getByRole('button', { name: 'Send the appeal' }) as HTMLButtonElement;
    await user.type(screen.getByLabelText('What caused the problem'), 'n/a');
    expect(send.disabled).toBe(true);
    expect(screen.getByText('At least 20 characters (3 so far).')).toBeTruthy();
    await user.clear(screen.getByLabelText('What caused the problem'));
    await user.type(screen.getByLabelText('What caused the problem'), 'The bill was for my old flat.');
    await user.type(
      screen.getByLabelText('What you have fixed'),
      'Uploaded the bill for my registered flat.',
    );
    await user.type(
      screen.getByLabelText('How you prevent it from happening again'),
      'I update my address before I move.',
    );
    await user.click(send);
    expect(appeal).toHaveBeenCalledWith(CASE_ID, {
      root_cause: 'The bill was for my old flat.',
      what_was_fixed: 'Uploaded the bill for my registered flat.',
      how_prevented: 'I update my address before I move.',
    });
    expect(await screen.findByText(/Your appeal is sent/)).toBeTruthy();
    expect(onAppealed).toHaveBeenCalled();
  }, 30_000);

  it('checks the plan first without appealing, showing the checks in Chinese', async () => {
    const user = userEvent.setup();
    const appeal = vi.fn();
    const checkAppeal = vi.fn(async () => ({
      outcome: 'fail' as const,
      checks: [
        {
          code: 'STATEMENT_LANGUAGE_NOT_ACCEPTED',
          status: 'fail' as const,
          message: { en: 'Parts of your statement read as Spanish.', zh: '您的说明中有部分内容是西班牙文。' },
          evidence: {},
        },
      ],
    }));
    await renderWith(<AppealPanel caseView={rejected} onAppealed={vi.fn()} />, {
      api: fakeApi({ appeal, checkAppeal }),
      lang: 'zh',
    });
    await user.type(screen.getByLabelText('问题的原因'), 'Nuestro gerente compró productos sin facturas.');
    await user.type(
      screen.getByLabelText('已经整改的内容'),
      'Ahora compramos solo a proveedores registrados.',
    );
    await user.type(screen.getByLabelText('如何防止再次发生'), 'El responsable revisa cada orden de compra.');
    await user.click(screen.getByRole('button', { name: '先检查我的行动计划' }));
    const list = await screen.findByRole('list', { name: '行动计划的检查结果' });
    expect(list.textContent).toContain('未通过');
    expect(list.textContent).toContain('西班牙文');
    expect(checkAppeal).toHaveBeenCalledWith(
      CASE_ID,
      expect.objectContaining({ root_cause: expect.any(String) }),
    );
    expect(appeal).not.toHaveBeenCalled();
  }, 30_000);

  it('offers an appeal only when the server allows one (window open, an appeal left)', async () => {
    expect(canAppeal({ ...rejected, allowed_actions: ['appeal'] })).toBe(true);
    expect(canAppeal({ ...rejected, allowed_actions: [] })).toBe(false);
  });
});
