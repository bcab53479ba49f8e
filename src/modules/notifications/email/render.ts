import type { Language } from './language.js';

/** An email's content in one language, as blocks: rendered once as plain text and once as HTML. */
export interface EmailContent {
  subject: string;
  blocks: EmailBlock[];
}

export type EmailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: { title: string; lines: string[] }[] }
  | { kind: 'link'; label: string; url: string };

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every value that reaches HTML goes through here: seller data is text, never markup. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** Control characters (and so CR/LF) out of anything that ends up on one line, such as the subject. */
const oneLine = (value: string): string =>
  value
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const SEPARATOR: Record<Language, string> = { zh: '中文', en: 'English' };

/** Renders one or more languages into one email: the first language's subject leads. */
export function renderEmail(contents: { language: Language; content: EmailContent }[]): RenderedEmail {
  const subject = oneLine(contents.map((c) => c.content.subject).join(' / '));
  const isBilingual = contents.length > 1;
  const text = contents
    .map(({ language, content }) =>
      [...(isBilingual ? [`———— ${SEPARATOR[language]} ————`] : []), ...content.blocks.map(blockText)].join(
        '\n\n',
      ),
    )
    .join('\n\n\n');
  const sections = contents
    .map(
      ({ language, content }) =>
        `<section lang="${language === 'zh' ? 'zh-Hans' : 'en'}">${
          isBilingual ? `<hr><p><small>${SEPARATOR[language]}</small></p>` : ''
        }${content.blocks.map(blockHtml).join('\n')}</section>`,
    )
    .join('\n');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:sans-serif;line-height:1.5">\n${sections}\n</body></html>`;
  return { subject, text: `${text}\n`, html };
}

function blockText(block: EmailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items
        .map((item) =>
          [`- ${oneLine(item.title)}`, ...item.lines.map((line) => `    ${oneLine(line)}`)].join('\n'),
        )
        .join('\n');
    case 'link':
      return `${block.label}: ${block.url}`;
  }
}

function blockHtml(block: EmailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text).replace(/\n/g, '<br>')}</p>`;
    case 'list':
      return `<ul>${block.items
        .map(
          (item) =>
            `<li><strong>${escapeHtml(item.title)}</strong>${item.lines.map((line) => `<br>${escapeHtml(line)}`).join('')}</li>`,
        )
        .join('')}</ul>`;
    case 'link':
      return `<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.label)}</a></p>`;
  }
}
