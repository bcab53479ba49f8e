import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RequirementView } from '../api/client';
import { fakeApi, requirements } from '../test/fixtures';
import { renderWith } from '../test/render';
import { StatementForm } from './StatementForm';

const statementRequirement: RequirementView = {
  ...requirements[0]!,
  id: 'r9',
  material: 'relationship_statement',
  title: { en: 'Statement about the linked accounts', zh: '关联账户情况说明' },
  kind: 'statement',
  accepted_variants: ['written_statement'],
  rules: {},
};

const missingOne = {
  code: 'STATEMENT_ACCOUNT_MISSING',
  status: 'fail' as const,
  message: { en: '1 of the 2 linked accounts are not answered.', zh: '2 个关联账户中有 1 个没有说明。' },
  evidence: {},
};

describe('StatementForm', () => {
  it('checks first without storing, then hands in every entry', async () => {
    const user = userEvent.setup();
    const handInStatement = vi
      .fn()
      .mockResolvedValueOnce({ outcome: 'fail', checks: [missingOne] })
      .mockResolvedValueOnce({ outcome: 'pass', checks: [] });
    const onHandedIn = vi.fn();
    await renderWith(
      <StatementForm caseId="c1" requirement={statementRequirement} onHandedIn={onHandedIn} />,
      {
        api: fakeApi({ handInStatement }),
      },
    );
    const first = screen.getByRole('group', { name: 'Linked account 1' });
    await user.type(within(first).getByLabelText('The other account (seller id or store name)'), 'S2');
    await user.selectOptions(within(first).getByLabelText('How it is related to yours'), 'family_member');
    await user.type(within(first).getByLabelText('Who runs it'), 'My brother');
    await user.click(within(first).getByLabelText('Address'));
    await user.type(within(first).getByLabelText('Why they share it'), 'He rents the office next to mine.');
    await user.click(screen.getByRole('button', { name: 'Check first' }));
    expect(await screen.findByText('1 of the 2 linked accounts are not answered.')).toBeTruthy();
    expect(handInStatement).toHaveBeenLastCalledWith(
      'c1',
      'relationship_statement',
      {
        entries: [
          {
            account: 'S2',
            relationship: 'family_member',
            controlled_by: 'My brother',
            shared: ['address'],
            explanation: 'He rents the office next to mine.',
          },
        ],
      },
      true,
    );
    expect(onHandedIn).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Add a linked account' }));
    const second = screen.getByRole('group', { name: 'Linked account 2' });
    await user.type(
      within(second).getByLabelText('The other account (seller id or store name)'),
      'Star Outlet',
    );
    await user.type(within(second).getByLabelText('Who runs it'), 'Me');
    await user.click(within(second).getByLabelText('Device'));
    await user.type(
      within(second).getByLabelText('Why they share it'),
      'My second store, on the same laptop.',
    );
    await user.click(screen.getByRole('button', { name: 'Hand in the statement' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('Handed in.'),
    );
    expect(handInStatement.mock.lastCall?.[2].entries).toHaveLength(2);
    expect(handInStatement.mock.lastCall?.[3]).toBe(false);
    expect(onHandedIn).toHaveBeenCalledOnce();
  });

  it('reads in Chinese', async () => {
    await renderWith(<StatementForm caseId="c1" requirement={statementRequirement} onHandedIn={() => {}} />, {
      lang: 'zh',
      api: fakeApi(),
    });
    expect(screen.getByRole('group', { name: '关联账户 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '提交说明' })).toBeTruthy();
  });
});
