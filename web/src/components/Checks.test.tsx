import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { addressNotFound, nameFound } from '../test/fixtures';
import { CheckList } from './Checks';

describe('CheckList', () => {
  it('explains a failed check: the field, what the document says, what the account says, what to do', () => {
    render(
      <I18nProvider lang="en">
        <CheckList checks={[nameFound, addressNotFound]} />
      </I18nProvider>,
    );
    const lists = screen.getAllByRole('list');
    const failed = within(lists[0]!).getByRole('listitem');
    expect(failed.textContent).toContain('fail');
    expect(failed.textContent).toContain('Upload a document that shows it, or update your account details.');
    const terms = within(failed)
      .getAllByRole('term')
      .map((el) => [el.textContent, el.nextElementSibling?.textContent]);
    expect(terms).toEqual(
      expect.arrayContaining([
        ['Field', 'Address'],
        ['On the document', '5 Other Street Manchester'],
        ['In your account', '20-22 Wenlock Rd, Unit 251, London, N1 7GU'],
        ['Similarity', '41%'],
      ]),
    );
    expect(screen.getByText('Passed checks (1)').closest('details')?.open).toBe(false);
  });

  it('shows the Chinese message and words in Chinese', () => {
    render(
      <I18nProvider lang="zh">
        <CheckList checks={[addressNotFound]} audience="staff" />
      </I18nProvider>,
    );
    expect(screen.getByText(/文件上未找到登记的地址/)).toBeTruthy();
    expect(screen.getByText('文件上显示')).toBeTruthy();
    expect(screen.getByText('登记信息')).toBeTruthy();
    expect(screen.getByText('未通过')).toBeTruthy();
  });
});
