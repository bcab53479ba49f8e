import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { documentOf, fakeApi } from '../test/fixtures';
import { renderWith } from '../test/render';
import { DocumentViewer } from './DocumentViewer';

const photo = documentOf({
  type: 'government_id',
  files: [{ position: 0, name: 'id.png', sha256: 'cd'.repeat(32), size: 2048, mime: 'image/png' }],
  reading: {
    script: 'latin',
    readers: ['mrz', 'printed-dates'],
    fields: [
      {
        name: 'holder_name',
        value: 'ERIKSSON ANNA MARIA',
        file: 1,
        page: 1,
        confidence: 0.91,
        source: 'mrz',
        reader: 'mrz',
      },
      {
        name: 'date',
        value: '2031-06-15',
        role: 'expiry',
        at: 120,
        file: 1,
        page: 1,
        box: { x: 0.1, y: 0.5, width: 0.3, height: 0.05 },
        confidence: 0.87,
        source: 'ocr',
        reader: 'printed-dates',
        text: '15 JUN 2031',
      },
    ],
  },
});

describe('DocumentViewer', () => {
  it('lists what was read with where and how sure, and outlines the chosen field on the image', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:id');
    URL.revokeObjectURL = vi.fn();
    const documentFile = vi.fn().mockResolvedValue(new Blob([new Uint8Array([1])], { type: 'image/png' }));
    const { container } = await renderWith(<DocumentViewer document={photo} />, {
      api: fakeApi({ documentFile }),
    });
    expect(await screen.findByAltText('id.png, file 1')).toBeTruthy();
    expect(screen.getByText('ERIKSSON ANNA MARIA')).toBeTruthy();
    const expiry = screen.getByRole('button', { name: /Date \(expiry\): 2031-06-15/ });
    expect(expiry.textContent).toContain('file 1, page 1 · OCR · 87% sure · by printed-dates');
    const box = container.querySelector<HTMLElement>('.field-box[data-field="date"]');
    expect(box?.style.left).toBe('10%');
    expect(box?.style.top).toBe('50%');
    expect(box?.classList.contains('selected')).toBe(false);
    // The holder came from the zone, with no box: nothing is outlined for it.
    expect(container.querySelectorAll('.field-box')).toHaveLength(1);
    fireEvent.click(expiry);
    expect(box?.classList.contains('selected')).toBe(true);
    expect(expiry.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the same list in Chinese', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:id');
    const documentFile = vi.fn().mockResolvedValue(new Blob([new Uint8Array([1])], { type: 'image/png' }));
    await renderWith(<DocumentViewer document={photo} />, { api: fakeApi({ documentFile }), lang: 'zh' });
    expect(await screen.findByText('从文件中读取的内容')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: /持有人.*ERIKSSON ANNA MARIA.*机读区.*置信度 91%/ }),
    ).toBeTruthy();
  });
});
