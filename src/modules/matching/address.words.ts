/**
 * Word tables for addresses. Each written form maps to one canonical word; forms are compared
 * after folding (lower case, no diacritics) and with dots removed (`Rd.` → `rd`, `C/` → `c`).
 */

const table = (entries: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> =>
  new Map(Object.entries(entries).flatMap(([canonical, forms]) => forms.map((form) => [form, canonical])));

/** Street types in English, Spanish, French, Italian and German, to one full word (`Straße` is `street`). */
export const STREET_TYPES = table({
  road: ['road', 'rd'],
  street: ['street', 'st', 'str', 'strasse'],
  avenue: ['avenue', 'ave', 'av', 'avn', 'avenida', 'avda'],
  boulevard: ['boulevard', 'blvd', 'bd', 'boul', 'bvd'],
  drive: ['drive', 'dr', 'drv'],
  lane: ['lane', 'ln'],
  crescent: ['crescent', 'cres', 'crs'],
  circuit: ['circuit', 'cct'],
  place: ['place', 'pl'],
  court: ['court', 'ct', 'crt'],
  terrace: ['terrace', 'tce', 'terr'],
  highway: ['highway', 'hwy'],
  parade: ['parade', 'pde'],
  square: ['square', 'sq'],
  close: ['close'],
  parkway: ['parkway', 'pkwy'],
  esplanade: ['esplanade', 'esp'],
  circle: ['circle', 'cir'],
  calle: ['calle', 'c'],
  via: ['via', 'v'],
  viale: ['viale', 'vle'],
  corso: ['corso', 'cso'],
  rue: ['rue', 'r'],
});

/** Compass words; single letters only count next to a street name (`N Orange Street`). */
export const DIRECTIONS = table({
  north: ['north', 'n'],
  south: ['south', 's'],
  east: ['east', 'e'],
  west: ['west', 'w'],
});

/** Little words of Romance street names, dropped (`Calle de Alcalá` = `C/ Alcalá`). */
export const STREET_STOPWORDS = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'du',
  'des',
  'le',
  'di',
  'della',
  'd',
]);

/** Words that introduce a unit (room, flat, suite, office…) in the languages of the feed. */
export const UNIT_WORDS = [
  'room',
  'rm',
  'unit',
  'flat',
  'suite',
  'ste',
  'apt',
  'apartment',
  'office',
  'ofc',
  'bureau',
  'buro',
  'whg',
  'wohnung',
  'appartement',
  'app',
  'oficina',
  'of',
  'local',
  'puerta',
  'pta',
  'interno',
  'int',
  'despacho',
  'shop',
] as const;

/** Words that introduce a floor. */
export const FLOOR_WORDS = ['floor', 'fl', 'flr', 'etage', 'stock', 'piso', 'planta', 'og'] as const;

/** Words that introduce a block or tower inside a complex. */
export const BLOCK_WORDS = ['block', 'blk', 'tower', 'twr', 'bldg', 'building'] as const;

/** Words for the house number (`No. 18`, `Nr. 5`, `n° 7`). */
export const NUMBER_WORDS = new Set(['no', 'nr', 'n', 'num', 'number', 'numero']);

/** Chinese address markers, rewritten into the Latin words above before parsing. */
export const HAN_MARKERS: readonly (readonly [RegExp, string])[] = [
  [/([0-9a-z]+)号楼/g, ' block $1 '],
  [/([0-9a-z]+)(?:栋|座|幢)/g, ' block $1 '],
  [/([0-9]+)(?:楼|层)/g, ' floor $1 '],
  [/([0-9a-z]+)(?:室|房)/g, ' room $1 '],
  [/([0-9]+(?:-[0-9]+)?)号/g, ' no $1 '],
  [/东(?=路|街|大道)/g, ' east '],
  [/西(?=路|街|大道)/g, ' west '],
  [/南(?=路|街|大道)/g, ' south '],
  [/北(?=路|街|大道)/g, ' north '],
  [/大道/g, ' avenue '],
  [/[路道]/g, ' road '],
  [/街(?!道)/g, ' street '],
  [/[巷弄]/g, ' lane '],
];

/** Administrative parts written before the street in Chinese (`南山区`, `深圳市`, `广东省`, `稠城街道`), dropped. */
export const HAN_ADMINISTRATIVE = /^(?:[\p{Script=Han}]{2,6}?(?:省|自治区|市|区|县|镇|乡|街道))+/u;
export const HAN_CITY_SUFFIX = /(?:市|区|县)$/u;
