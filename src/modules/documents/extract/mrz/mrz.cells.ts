import type { OcrLine } from '../ocr.js';
import { longDocumentNumberLayout, MRZ_LAYOUTS, type MrzLayout } from './mrz.layout.js';
import type { Cell } from './mrz.resolve.js';

/**
 * The zone is printed in a monospaced font at a fixed pitch, every line starting at the same x.
 * So each character OCR placed goes to the cell its centre falls in, whatever OCR made of the
 * characters around it: a run of fillers read as `LLKL` (fewer glyphs than cells) leaves the
 * missing cells empty, and an empty cell is a filler.
 */
export interface ZoneLines {
  readonly layout: MrzLayout;
  readonly cells: Cell[][];
  /** How far characters sat from their cell's centre, in pitches (0 perfect, 0.5 worst). */
  readonly misfit: number;
}

const centre = (box: { x0: number; x1: number }) => (box.x0 + box.x1) / 2;

/** The typical distance between neighbouring characters: the pitch. */
function pitchOf(lines: readonly OcrLine[]): number {
  const gaps: number[] = [];
  for (const line of lines)
    for (let i = 1; i < line.symbols.length; i++)
      gaps.push(centre(line.symbols[i]!.box) - centre(line.symbols[i - 1]!.box));
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

/** Layouts whose shape fits `count` lines of about `length` characters. */
function layoutsFor(count: number, length: number, firstChar: string): MrzLayout[] {
  return Object.values(MRZ_LAYOUTS).filter((layout) => {
    if (layout.lines.length !== count) return false;
    const size = layout.lines[0]!.length;
    if (Math.abs(size - length) > Math.max(3, size * 0.12)) return false;
    // Only the document code tells a visa from a passport or a TD2 card of the same shape.
    return count === 3 || layout.name.startsWith('MRV') === (firstChar === 'V');
  });
}

/** Every layout the group of lines could be, each with its cells filled. */
export function cellsOf(lines: readonly OcrLine[]): ZoneLines[] {
  const usable = lines.filter((line) => line.symbols.length > 0);
  if (usable.length !== lines.length || usable.length === 0) return [];
  const pitch = pitchOf(usable);
  if (pitch <= 0) return [];
  const starts = usable.map((line) => centre(line.symbols[0]!.box)).sort((a, b) => a - b);
  const x0 = starts[Math.floor(starts.length / 2)]!;
  const x1 = Math.max(...usable.map((line) => centre(line.symbols.at(-1)!.box)));
  const estimated = Math.round((x1 - x0) / pitch) + 1;
  const firstChar = usable[0]!.symbols[0]!.text;
  return layoutsFor(usable.length, estimated, firstChar).flatMap((layout) => {
    const length = layout.lines[0]!.length;
    const step = (x1 - x0) / (length - 1);
    let misfit = 0;
    let placed = 0;
    const cells = usable.map((line) => {
      const row: CellRead[][] = Array.from({ length }, () => []);
      for (const symbol of line.symbols) {
        const position = (centre(symbol.box) - x0) / step;
        const at = Math.round(position);
        if (at < 0 || at >= length) continue;
        misfit += Math.abs(position - at);
        placed++;
        row[at]!.push({ char: symbol.text.toUpperCase(), confidence: symbol.confidence, box: symbol.box });
      }
      return row.map((cell) => [...cell].sort((a, b) => b.confidence - a.confidence).slice(0, 2));
    });
    const zone = { layout, cells, misfit: placed ? misfit / placed : 0.5 };
    const long = longDocumentNumberLayout(
      layout,
      (cells[0] ?? []).map((cell) => cell[0]?.char),
    );
    return long ? [zone, { ...zone, layout: long }] : [zone];
  });
}

type CellRead = Cell[number];
