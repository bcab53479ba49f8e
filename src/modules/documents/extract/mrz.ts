import { parse } from 'mrz';

/**
 * The machine-readable zone of passports and ID cards, found in OCR text and parsed with `mrz`.
 * `mrz`'s overall `valid` is also false for an unknown country code (the ICAO specimen's "UTO"),
 * so check digits are reported on their own, field by field.
 */
type MrzFormat = 'TD1' | 'TD2' | 'TD3';

const SHAPES: { format: MrzFormat; lines: number; length: number }[] = [
  { format: 'TD3', lines: 2, length: 44 },
  { format: 'TD2', lines: 2, length: 36 },
  { format: 'TD1', lines: 3, length: 30 },
];
/** OCR may drop this many trailing fillers; such lines are padded back with '<'. */
const MRZ_MAX_MISSING_FILLERS = 3;

interface MrzField {
  field: string;
  label: string;
  value: string | null;
  valid: boolean;
  error?: string;
}

export interface MrzReading {
  format: MrzFormat;
  lines: string[];
  fields: Record<string, string | null>;
  details: MrzField[];
  /** Every check digit (document number, birth date, expiry, personal number, composite) holds. */
  hasValidCheckDigits: boolean;
  /** Every field is valid, country codes included. */
  isFullyValid: boolean;
  /** OCR confusions were corrected: 'K' in filler runs, digits in country codes. */
  correctedOcr: boolean;
}

/** Uppercase, no spaces, the usual OCR stand-ins for '<' replaced. */
export function normaliseMrzLine(line: string): string {
  return line
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/[«‹≤＜]/g, '<')
    .replace(/(?<=<)[«<]+/g, (run) => '<'.repeat(run.length));
}

const isMrzLike = (line: string) => /^[A-Z0-9<]+$/.test(line) && line.includes('<');

/**
 * The line at its format's length: a few trailing fillers OCR dropped are put back; a name line
 * (it ends in a run of fillers) may have lost the whole run, so it is padded however short.
 */
function fitLength(line: string, length: number, isNameLine = false): string | null {
  if (line.length === length) return line;
  const missing = length - line.length;
  if (
    missing > 0 &&
    (missing <= MRZ_MAX_MISSING_FILLERS || (isNameLine && line.length >= 10 && line.includes('<<')))
  )
    return line.padEnd(length, '<');
  return null;
}

/** Which line of each format holds the name. */
const NAME_LINE: Record<MrzFormat, number> = { TD3: 0, TD2: 0, TD1: 2 };

/**
 * OCR reads a filler as 'K'. Check digits cannot tell them apart ('K' is worth 20, so it adds a
 * multiple of 10), so only a position decides: a 'K' run after '<<' and before '<' sits inside a
 * filler run. A name initial ('JOHN<K<<<') follows a single '<' and is left alone.
 */
const correctFillers = (line: string): string =>
  line.replace(/(?<=<<)K+(?=<)/g, (run) => '<'.repeat(run.length));

/** Country codes are letters: where OCR put a look-alike digit there ('UT0'), put the letter back. */
const COUNTRY_FIELDS: Record<MrzFormat, [line: number, start: number][]> = {
  TD3: [
    [0, 2],
    [1, 10],
  ],
  TD2: [
    [0, 2],
    [1, 10],
  ],
  TD1: [
    [0, 2],
    [1, 15],
  ],
};
const DIGIT_AS_LETTER: Record<string, string> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B', '2': 'Z' };

function correctCountries(lines: string[], format: MrzFormat): string[] {
  const fixed = [...lines];
  for (const [line, start] of COUNTRY_FIELDS[format]) {
    const text = fixed[line];
    if (text === undefined) continue;
    const code = text.slice(start, start + 3).replace(/[01582]/g, (digit) => DIGIT_AS_LETTER[digit] ?? digit);
    fixed[line] = text.slice(0, start) + code + text.slice(start + 3);
  }
  return fixed;
}

/** Positions that only ever hold digits: dates and check digits (the document number may hold letters). */
const DIGIT_FIELDS: Record<MrzFormat, [line: number, start: number, end: number][]> = {
  TD3: [
    [1, 9, 10],
    [1, 13, 20],
    [1, 21, 28],
    [1, 43, 44],
  ],
  TD2: [
    [1, 9, 10],
    [1, 13, 20],
    [1, 21, 28],
    [1, 35, 36],
  ],
  TD1: [
    [1, 0, 7],
    [1, 8, 15],
    [1, 29, 30],
  ],
};
const LETTER_AS_DIGIT: Record<string, string> = {
  O: '0',
  Q: '0',
  D: '0',
  I: '1',
  L: '1',
  Z: '2',
  S: '5',
  G: '6',
  B: '8',
};

/** Where OCR put a look-alike letter in a date or a check digit ('B' for '8'), put the digit back. */
function correctDigits(lines: string[], format: MrzFormat): string[] {
  const fixed = [...lines];
  for (const [line, start, end] of DIGIT_FIELDS[format]) {
    const text = fixed[line];
    if (text === undefined) continue;
    const part = text.slice(start, end).replace(/[A-Z]/g, (c) => LETTER_AS_DIGIT[c] ?? c);
    fixed[line] = text.slice(0, start) + part + text.slice(end);
  }
  return fixed;
}

export function findMrz(text: string): MrzReading | null {
  const lines = text.split(/\r?\n/).map(normaliseMrzLine).filter(isMrzLike);
  for (const shape of SHAPES) {
    for (let start = 0; start + shape.lines <= lines.length; start++) {
      const group: string[] = [];
      for (const [index, line] of lines.slice(start, start + shape.lines).entries()) {
        const fitted = fitLength(line, shape.length, index === NAME_LINE[shape.format]);
        if (fitted) group.push(fitted);
      }
      if (group.length !== shape.lines) continue;
      const corrected = correctDigits(
        correctCountries(group.map(correctFillers), shape.format),
        shape.format,
      );
      const reading = readMrz(corrected, corrected.join() !== group.join());
      if (reading) return reading;
    }
  }
  return null;
}

export function readMrz(lines: string[], correctedOcr = false): MrzReading | null {
  let result: ReturnType<typeof parse>;
  try {
    result = parse(lines);
  } catch {
    return null;
  }
  if (result.format !== 'TD1' && result.format !== 'TD2' && result.format !== 'TD3') return null;
  const details: MrzField[] = result.details.map((detail) => {
    const field: MrzField = {
      field: detail.field ?? detail.label,
      label: detail.label,
      value: detail.value,
      valid: detail.valid,
    };
    if (detail.error) field.error = detail.error;
    return field;
  });
  const checkDigits = details.filter((detail) => /CheckDigit$/.test(detail.field));
  const fields: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(result.fields)) fields[key] = value ?? null;
  return {
    format: result.format,
    lines,
    fields,
    details,
    hasValidCheckDigits: checkDigits.length > 0 && checkDigits.every((detail) => detail.valid),
    isFullyValid: details.every((detail) => detail.valid),
    correctedOcr,
  };
}
