import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CASE_ID, fakeApi, requirements } from '../test/fixtures';
import { renderWith } from '../test/render';
import { RequirementCard } from './RequirementCard';

const card = (requirement = requirements[0]!) => (
  <ul>
    <RequirementCard
      caseId={CASE_ID}
      requirement={requirement}
      documents={[]}
      canUpload={false}
      onUploaded={vi.fn()}
      onChecked={vi.fn()}
      onHandedIn={vi.fn()}
    />
  </ul>
);

describe('RequirementCard', () => {
  it("gives the server's advice for the seller's country in the page's language", async () => {
    await renderWith(card(), { api: fakeApi(), lang: 'zh' });
    expect(screen.getByText(/水电燃气账单（国家电网出具的缴费单）/).textContent).toContain(
      '中文文件即可，无需翻译。',
    );
  });

  it('shows the advice in English, never asking for an English bill', async () => {
    await renderWith(card(), { api: fakeApi() });
    const advice = screen.getByText(/State Grid/);
    expect(advice.textContent).toContain('A document in Chinese is fine');
  });

  it('shows no advice where the server gives none', async () => {
    await renderWith(card({ ...requirements[0]!, advice: null }), { api: fakeApi() });
    expect(screen.queryByText(/State Grid/)).toBeNull();
  });
});
