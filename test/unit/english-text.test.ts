import { describe, expect, it } from 'vitest';
import { findEnglishSentences } from '../support/english-text.js';

describe('findEnglishSentences', () => {
  it('finds an English sentence inside Chinese text', () => {
    const found = findEnglishSentences('审核原因：Your account lacks a valid proof of address. 请上传。');
    expect(found.map((f) => f.text)).toEqual(['Your account lacks a valid proof of address']);
  });

  it('finds English under a Chinese label, and each run once', () => {
    expect(findEnglishSentences('文件已上传 · proof of address · 操作人：you')).toHaveLength(1);
    expect(findEnglishSentences('缺失：proof_of_address (absent)')).toEqual([]);
    expect(findEnglishSentences('原因：Document expired and not renewed')).toHaveLength(1);
  });

  it('lets names, ids, emails, dates, numbers and file names through', () => {
    const text =
      '卖家 Amelia Hartley（S900001）· amelia@example.com · 2026-08-14 · bill-new-office.pdf · 14 Harbour Road, Flat 3, Leeds LS1 4AB · GB · 12.5%';
    expect(findEnglishSentences(text, ['Amelia Hartley', '14 Harbour Road, Flat 3, Leeds'])).toEqual([]);
  });

  it('does not count two-word runs or runs without common English words', () => {
    expect(findEnglishSentences('审核人 Second Look 的通知')).toEqual([]);
    expect(findEnglishSentences('Hartley Home Leeds Harbour')).toEqual([]);
  });

  it('counts words a seeded value shares with English only outside that value', () => {
    const typed = 'The first bill was for my old flat';
    expect(findEnglishSentences(`卖家备注：${typed}`, [typed])).toEqual([]);
    expect(findEnglishSentences(`卖家备注：${typed}`)).toHaveLength(1);
  });
});
