import type { RegistrationCountry } from './countries.js';
/** Cities, streets and buildings that addresses are drawn from. */

export interface Street {
  name: string;
  /** How the street type is written; each country's renderer knows its own kinds. */
  kind: string;
  han?: string;
}

interface Building {
  name: string;
  han?: string;
}

export interface City {
  name: string;
  han?: string;
  region?: string;
  regionHan?: string;
  districtHan?: string;
  postalCodes: readonly string[];
  streets: readonly Street[];
  buildings?: readonly Building[];
}

const s = (name: string, kind: string, han?: string): Street => (han ? { name, kind, han } : { name, kind });

/** A physical address, structured; rendering it (`Road`/`Rd`, `Room`/`Rm`, 汉字) is a separate step. */
export interface Place {
  country: RegistrationCountry;
  city: string;
  cityHan?: string;
  region?: string;
  regionHan?: string;
  districtHan?: string;
  postalCode?: string;
  street: Street;
  number: string;
  building?: Building;
  floor?: number;
  unit?: string;
  /** A home (an individual seller's) rather than an office: changes how the unit is written. */
  isHome?: boolean;
}

export const CN_CITIES: readonly City[] = [
  {
    name: 'Shenzhen',
    han: '深圳市',
    region: 'Guangdong',
    regionHan: '广东省',
    districtHan: '南山区',
    postalCodes: ['518057', '518052', '518054', '518067'],
    streets: [
      s('Keyuan', 'road', '科苑路'),
      s('Shennan', 'avenue', '深南大道'),
      s('Xuefu', 'road', '学府路'),
      s('Gaoxin South 7th', 'road', '高新南七道'),
    ],
    buildings: [
      { name: 'Tianan Cyber Park', han: '天安数码城' },
      { name: 'Kexing Science Park', han: '科兴科学园' },
      { name: 'Software Industry Base', han: '软件产业基地' },
    ],
  },
  {
    name: 'Shenzhen',
    han: '深圳市',
    region: 'Guangdong',
    regionHan: '广东省',
    districtHan: '龙华区',
    postalCodes: ['518109', '518131', '518110'],
    streets: [
      s('Minzhi', 'avenue', '民治大道'),
      s('Meilong', 'road', '梅龙路'),
      s('Bulong', 'road', '布龙路'),
    ],
    buildings: [
      { name: 'Huide Building', han: '汇德大厦' },
      { name: 'Zhongzhi Times Square', han: '中执时代广场' },
    ],
  },
  {
    name: 'Shenzhen',
    han: '深圳市',
    region: 'Guangdong',
    regionHan: '广东省',
    districtHan: '福田区',
    postalCodes: ['518031', '518033', '518048'],
    streets: [
      s('Huaqiang North', 'road', '华强北路'),
      s('Zhenhua', 'road', '振华路'),
      s('Fuhua 3rd', 'road', '福华三路'),
    ],
    buildings: [
      { name: 'SEG Plaza', han: '赛格广场' },
      { name: 'Huaqiang Plaza', han: '华强广场' },
    ],
  },
  {
    name: 'Guangzhou',
    han: '广州市',
    region: 'Guangdong',
    regionHan: '广东省',
    districtHan: '白云区',
    postalCodes: ['510405', '510440', '510420'],
    streets: [
      s('Baiyun', 'avenue', '白云大道'),
      s('Jichang', 'road', '机场路'),
      s('Huangshi West', 'road', '黄石西路'),
    ],
    buildings: [{ name: 'Baiyun International Trade Center', han: '白云国际商贸中心' }],
  },
  {
    name: 'Dongguan',
    han: '东莞市',
    region: 'Guangdong',
    regionHan: '广东省',
    districtHan: '东城街道',
    postalCodes: ['523000', '523125'],
    streets: [
      s('Dongcheng', 'road', '东城路'),
      s('Hongfu', 'road', '鸿福路'),
      s('Dongzong', 'road', '东纵路'),
    ],
    buildings: [{ name: 'Wanda Plaza', han: '万达广场' }],
  },
  {
    name: 'Yiwu',
    han: '义乌市',
    region: 'Zhejiang',
    regionHan: '浙江省',
    districtHan: '稠城街道',
    postalCodes: ['322000', '322001'],
    streets: [
      s('Chouzhou North', 'road', '稠州北路'),
      s('Binwang', 'road', '宾王路'),
      s('Jiangbin North', 'road', '江滨北路'),
    ],
    buildings: [{ name: 'International Trade City', han: '国际商贸城' }],
  },
  {
    name: 'Hangzhou',
    han: '杭州市',
    region: 'Zhejiang',
    regionHan: '浙江省',
    districtHan: '滨江区',
    postalCodes: ['310051', '310052'],
    streets: [
      s('Jianghong', 'road', '江虹路'),
      s('Binsheng', 'road', '滨盛路'),
      s('Wangshang', 'road', '网商路'),
    ],
    buildings: [{ name: 'Xingguang Business Center', han: '星光商务中心' }],
  },
  {
    name: 'Shanghai',
    han: '上海市',
    region: 'Shanghai',
    regionHan: '上海市',
    districtHan: '浦东新区',
    postalCodes: ['201203', '200120', '200122'],
    streets: [
      s('Zhangjiang', 'road', '张江路'),
      s('Shiji', 'avenue', '世纪大道'),
      s('Zuchongzhi', 'road', '祖冲之路'),
    ],
    buildings: [{ name: 'Century Metropolis', han: '世纪汇' }],
  },
  {
    name: 'Xiamen',
    han: '厦门市',
    region: 'Fujian',
    regionHan: '福建省',
    districtHan: '思明区',
    postalCodes: ['361001', '361004'],
    streets: [s('Hubin South', 'road', '湖滨南路'), s('Lianqian West', 'road', '莲前西路')],
    buildings: [{ name: 'Xiamen International Bank Building', han: '国际银行大厦' }],
  },
  {
    name: 'Ningbo',
    han: '宁波市',
    region: 'Zhejiang',
    regionHan: '浙江省',
    districtHan: '鄞州区',
    postalCodes: ['315100', '315199'],
    streets: [s('Siming East', 'road', '四明东路'), s('Tiantong South', 'road', '天童南路')],
    buildings: [{ name: 'Global Shipping Plaza', han: '环球航运广场' }],
  },
];

export const HK_CITIES: readonly City[] = [
  {
    name: 'Kowloon',
    postalCodes: [],
    streets: [s('Nathan', 'road'), s('Canton', 'road'), s('Hung To', 'road'), s('How Ming', 'street')],
    buildings: [
      { name: 'Kowloon Centre' },
      { name: 'Wing On Plaza' },
      { name: 'Kwun Tong Industrial Centre' },
    ],
  },
  {
    name: 'Hong Kong',
    postalCodes: [],
    streets: [s("Queen's Road Central", 'none'), s('Hennessy', 'road'), s('Des Voeux Road Central', 'none')],
    buildings: [{ name: 'Grand Millennium Plaza' }, { name: 'Lippo Centre' }, { name: 'Wing On Centre' }],
  },
  {
    name: 'New Territories',
    postalCodes: [],
    streets: [s('Castle Peak', 'road'), s('Kwai Fung', 'crescent'), s('Yuen Shun', 'circuit')],
    buildings: [{ name: 'Kwai Chung Plaza' }, { name: 'Shatin Galleria' }],
  },
];
