import type { Rng } from '../random.js';
import type { PageItem } from './page.render.js';

/** The pieces every identity document is drawn from: dates, issuing words, security lines, the photo, labels and values. */
export interface IdDates {
  issued: string;
  expiry: string;
}

export const NATIONALITY: Readonly<Record<string, string>> = {
  CN: 'CHINESE',
  HK: 'CHINESE',
  US: 'UNITED STATES OF AMERICA',
  GB: 'BRITISH CITIZEN',
  DE: 'DEUTSCH',
  FR: 'FRANCAISE',
  ES: 'ESPANOLA',
  IT: 'ITALIANA',
  JP: 'JAPAN',
};
export const AUTHORITY: Readonly<Record<string, string>> = {
  CN: 'National Immigration Administration',
  HK: 'Immigration Department, HKSAR',
  US: 'United States Department of State',
  GB: 'HM Passport Office',
  DE: 'Stadt Koeln',
  FR: 'Prefecture de Police',
  ES: 'Direccion General de la Policia',
  IT: 'Comune di Milano',
  JP: 'Ministry of Foreign Affairs',
};
export const BAND: Readonly<Record<string, string>> = {
  CN: '#7a1f2b',
  HK: '#1f3b70',
  US: '#1d2f5c',
  GB: '#5b1a2a',
  DE: '#7a1f2b',
  FR: '#7a1f2b',
  ES: '#7a1f2b',
  IT: '#7a1f2b',
  JP: '#7a1f2b',
};

/** Pale guilloche lines: colour on every security document, too light for OCR to read. */
export const guilloche = (rng: Rng, width: number, height: number, colour: string): PageItem[] =>
  Array.from({ length: 7 }, (_, i) => ({
    kind: 'circle' as const,
    x: rng.uniform(0.2, 0.8) * width,
    y: rng.uniform(0.2, 0.8) * height,
    r: 120 + i * 45,
    stroke: colour,
    lineWidth: 1.5,
  }));

export const photo = (x: number, y: number, w: number, h: number): PageItem[] => [
  { kind: 'rect', x, y, w, h, fill: '#b9bec6' },
  { kind: 'circle', x: x + w / 2, y: y + h * 0.38, r: w * 0.22, stroke: '#6d737c', lineWidth: w * 0.2 },
  { kind: 'rect', x: x + w * 0.18, y: y + h * 0.68, w: w * 0.64, h: h * 0.32, fill: '#6d737c' },
];

export const label = (text: string, x: number, y: number): PageItem => ({
  kind: 'text',
  text,
  x,
  y,
  size: 15,
  colour: '#4a4f57',
});
export const value = (text: string, x: number, y: number, size = 25): PageItem => ({
  kind: 'text',
  text,
  x,
  y,
  size,
  font: 'bold',
});
