/** The script a page read is printed in, as far as its letters tell (`document.extract.ts`). */

/** Fewer than one 汉字 in twenty letters: a page printed in Latin script (OCR adds a few stray 汉字). */
export const isLatinPage = (text: string): boolean => {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return latin > 0 && han * 20 < han + latin;
};

/** A page the Latin model read below this (the confidence rule's bar) may be printed in another script. */
export const LATIN_READ_UNSURE_BELOW = 55;

/** A fifth or more of the letters read are 汉字: a page printed in Chinese. */
export const isHanPage = (text: string): boolean => {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 5 >= han + latin;
};
