import type { City, Street } from './places.data.js';

const s = (name: string, kind: string): Street => ({ name, kind });
const streets = (kind: string, names: string): Street[] => names.split('|').map((name) => s(name, kind));

const US_STREETS = [
  ...streets('street', 'Main|Oak|Maple|Washington|Pine|Cedar|Elm|2nd|Market'),
  ...streets('avenue', 'Park|Lake|Madison|Grand|Jefferson'),
  ...streets('boulevard', 'Valley|Sunset|Colima'),
  ...streets('drive', 'Hillcrest|Lincoln|Business Center'),
  ...streets('road', 'Mill|Nogales|River'),
];

export const US_CITIES: readonly City[] = [
  { name: 'New York', region: 'NY', postalCodes: ['10001', '10016', '10038', '11201'], streets: US_STREETS },
  { name: 'Los Angeles', region: 'CA', postalCodes: ['90012', '90021', '90058'], streets: US_STREETS },
  { name: 'Walnut', region: 'CA', postalCodes: ['91789'], streets: US_STREETS },
  { name: 'City of Industry', region: 'CA', postalCodes: ['91745', '91748'], streets: US_STREETS },
  { name: 'Chicago', region: 'IL', postalCodes: ['60601', '60607', '60616'], streets: US_STREETS },
  { name: 'Houston', region: 'TX', postalCodes: ['77002', '77036', '77072'], streets: US_STREETS },
  { name: 'Miami', region: 'FL', postalCodes: ['33131', '33166', '33172'], streets: US_STREETS },
  { name: 'Seattle', region: 'WA', postalCodes: ['98101', '98104', '98134'], streets: US_STREETS },
  { name: 'Las Vegas', region: 'NV', postalCodes: ['89101', '89118', '89139'], streets: US_STREETS },
  { name: 'Newark', region: 'NJ', postalCodes: ['07102', '07105', '07114'], streets: US_STREETS },
];

const GB_STREETS = [
  ...streets('street', 'High|King|Queen|Church|Victoria|Albert'),
  ...streets('road', 'Station|Park|London|Green Lanes|Mill'),
  ...streets('lane', 'Church|Mill'),
];

export const GB_CITIES: readonly City[] = [
  {
    name: 'London',
    postalCodes: ['EC1V 2NX', 'E1 6AN', 'N1 7GU', 'SE1 9SG', 'NW10 7FQ'],
    streets: GB_STREETS,
  },
  { name: 'Manchester', postalCodes: ['M1 1AE', 'M4 6WX', 'M12 4JH'], streets: GB_STREETS },
  { name: 'Birmingham', postalCodes: ['B1 1AA', 'B5 4BU', 'B19 3NY'], streets: GB_STREETS },
  { name: 'Leeds', postalCodes: ['LS1 4AP', 'LS11 5QN'], streets: GB_STREETS },
  { name: 'Glasgow', postalCodes: ['G1 1XQ', 'G2 5QY'], streets: GB_STREETS },
];

const DE_STREETS = [
  ...streets('joined', 'Haupt|Bahnhof|Garten|Schul|Linden|Goethe|Friedrich|Industrie|Hafen'),
  ...streets('separate', 'Berliner|Frankfurter|Hamburger|Münchner'),
  ...streets('weg', 'Birken|Wiesen'),
];

export const DE_CITIES: readonly City[] = [
  { name: 'Berlin', postalCodes: ['10115', '10178', '10245', '12099', '13355'], streets: DE_STREETS },
  { name: 'Hamburg', postalCodes: ['20095', '20457', '22769'], streets: DE_STREETS },
  { name: 'München', postalCodes: ['80331', '80469', '81829'], streets: DE_STREETS },
  { name: 'Frankfurt am Main', postalCodes: ['60311', '60486', '60599'], streets: DE_STREETS },
  { name: 'Köln', postalCodes: ['50667', '50823', '51149'], streets: DE_STREETS },
];

const FR_STREETS = [
  ...streets('rue', 'Victor Hugo|de la République|de Rivoli|du Faubourg Saint-Antoine|Oberkampf|Lafayette'),
  ...streets('avenue', 'Jean Jaurès|de la Liberté|Foch'),
  ...streets('boulevard', 'Voltaire|Haussmann'),
];

export const FR_CITIES: readonly City[] = [
  { name: 'Paris', postalCodes: ['75002', '75003', '75011', '75012', '75019'], streets: FR_STREETS },
  { name: 'Lyon', postalCodes: ['69002', '69003', '69007'], streets: FR_STREETS },
  { name: 'Marseille', postalCodes: ['13001', '13008', '13015'], streets: FR_STREETS },
];

const ES_STREETS = [
  ...streets('calle', 'Mayor|de Alcalá|de Serrano|Gran Vía|de Atocha|de Valencia'),
  ...streets('avenida', 'Diagonal|de América|del Puerto'),
];

export const ES_CITIES: readonly City[] = [
  { name: 'Madrid', postalCodes: ['28001', '28013', '28045'], streets: ES_STREETS },
  { name: 'Barcelona', postalCodes: ['08001', '08018', '08029'], streets: ES_STREETS },
  { name: 'Valencia', postalCodes: ['46001', '46021'], streets: ES_STREETS },
];

const IT_STREETS = [
  ...streets('via', 'Roma|Garibaldi|Dante|Mazzini|Torino|Cavour'),
  ...streets('corso', 'Buenos Aires|Vittorio Emanuele'),
  ...streets('viale', 'Monza|Europa'),
];

export const IT_CITIES: readonly City[] = [
  { name: 'Milano', postalCodes: ['20121', '20124', '20158'], streets: IT_STREETS },
  { name: 'Roma', postalCodes: ['00184', '00185', '00198'], streets: IT_STREETS },
  { name: 'Torino', postalCodes: ['10121', '10152'], streets: IT_STREETS },
  { name: 'Napoli', postalCodes: ['80133', '80142'], streets: IT_STREETS },
];

export const JP_CITIES: readonly City[] = [
  {
    name: 'Shibuya-ku',
    region: 'Tokyo',
    postalCodes: ['150-0001', '150-0002', '150-0043'],
    streets: streets('chome', 'Jingumae|Dogenzaka|Sakuragaokacho'),
  },
  {
    name: 'Minato-ku',
    region: 'Tokyo',
    postalCodes: ['105-0001', '106-0032', '107-0052'],
    streets: streets('chome', 'Toranomon|Roppongi|Akasaka'),
  },
  {
    name: 'Osaka-shi Kita-ku',
    region: 'Osaka',
    postalCodes: ['530-0001', '530-0011'],
    streets: streets('chome', 'Umeda|Ofukacho'),
  },
];

/** Addresses many small companies share: registered-agent and virtual-office buildings. */
interface SharedBuilding {
  city: string;
  region?: string;
  postalCode: string;
  street: Street;
  number: string;
}

export const SHARED_BUILDINGS: Record<'US' | 'GB', readonly SharedBuilding[]> = {
  US: [
    { city: 'Sheridan', region: 'WY', postalCode: '82801', street: s('Coffeen', 'avenue'), number: '1309' },
    {
      city: 'Wilmington',
      region: 'DE',
      postalCode: '19801',
      street: s('N Orange', 'street'),
      number: '1201',
    },
    { city: 'Sheridan', region: 'WY', postalCode: '82801', street: s('N Gould', 'street'), number: '30' },
  ],
  GB: [
    { city: 'London', postalCode: 'WC2H 9JQ', street: s('Shelton', 'street'), number: '71-75' },
    { city: 'London', postalCode: 'N1 7GU', street: s('Wenlock', 'road'), number: '20-22' },
    { city: 'London', postalCode: 'EC1V 2NX', street: s('City', 'road'), number: '128' },
  ],
};
