/**
 * Name pools. Chinese characters are chosen without common polyphones so that their pinyin is
 * unambiguous; weights roughly follow real surname frequencies.
 */

export const HAN_SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 12],
  ['李', 12],
  ['张', 11],
  ['刘', 9],
  ['陈', 8],
  ['杨', 5],
  ['黄', 4],
  ['赵', 4],
  ['吴', 3],
  ['周', 3],
  ['徐', 2],
  ['孙', 2],
  ['马', 2],
  ['朱', 2],
  ['胡', 2],
  ['郭', 2],
  ['何', 2],
  ['林', 2],
  ['罗', 2],
  ['高', 2],
  ['郑', 2],
  ['梁', 1.5],
  ['谢', 1.5],
  ...[
    ...'宋唐许韩冯邓曹彭肖田董袁潘蒋蔡余杜叶程苏魏丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严武戴莫孔向汤',
  ].map((c) => [c, 0.8] as const),
];

/** Single-character given names. */
export const HAN_GIVEN_SINGLE = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉鹏飞宇浩婷雪欣琳博凯鑫斌波亮峰俊丹萍慧颖倩',
];
export const HAN_GIVEN_FIRST = [...'晓建志文海国子梓雨佳欣俊春秀玉明浩宇思嘉家雅一天金美丽永德立'];
export const HAN_GIVEN_SECOND = [...'明华强伟军平涛杰峰辉萱涵轩然婷琪怡宁颖英兰芳林成龙东磊波鹏晨'];

/** Characters that sound the same: a believable slip when a name is typed twice. */
export const HAN_HOMOPHONES: Readonly<Record<string, string>> = {
  伟: '玮',
  明: '铭',
  丽: '莉',
  军: '君',
  静: '婧',
  杰: '洁',
  华: '骅',
  磊: '蕾',
  涛: '韬',
  峰: '锋',
  辉: '晖',
  平: '萍',
  芳: '方',
  洋: '阳',
  鹏: '朋',
  飞: '菲',
  浩: '昊',
  琳: '林',
  宇: '雨',
  晨: '辰',
};

export interface LatinNamePool {
  given: readonly string[];
  surnames: readonly string[];
}

export const LATIN_NAMES: Record<'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'JP' | 'HK', LatinNamePool> = {
  US: {
    given: [
      ...'James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Ashley Kevin Emily Brian Megan'.split(
        ' ',
      ),
    ],
    surnames: [
      ...'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Wilson Martinez Anderson Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Nguyen Kim Patel'.split(
        ' ',
      ),
    ],
  },
  GB: {
    given: [
      ...'Oliver George Harry Jack Jacob Charlie Thomas James William Amelia Olivia Emily Isla Ava Jessica Sophie Charlotte Lucy Emma Daniel Paul Claire Helen Gareth Rhys Fiona'.split(
        ' ',
      ),
    ],
    surnames: [
      ...'Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall Wood Harris Lewis Martin Jackson Clarke Patel Khan Murphy Campbell'.split(
        ' ',
      ),
    ],
  },
  DE: {
    given: [
      ...'Thomas Michael Andreas Stefan Jürgen Klaus Sabine Petra Monika Claudia Julia Anna Lukas Leon Jörg Katrin Sven Tobias Birgit Uwe Ralf Anke Maximilian Sophie'.split(
        ' ',
      ),
    ],
    surnames: [
      ...'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Yılmaz'.split(
        ' ',
      ),
    ],
  },
  FR: {
    given: [
      ...'Jean Pierre Michel Philippe François Nicolas Marie Nathalie Isabelle Sylvie Camille Léa Hélène Julien Sébastien Céline Antoine Manon Thierry Aurélie'.split(
        ' ',
      ),
    ],
    surnames: [
      ...'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia Fournier Girard Bonnet Dupont Lambert Rousseau Faure'.split(
        ' ',
      ),
    ],
  },
  ES: {
    given: [
      ...'José Antonio Manuel Francisco Javier David María Carmen Ana Laura Lucía Marta Pablo Sergio Alejandro Elena Cristina Raúl Isabel Jorge'.split(
        ' ',
      ),
    ],
    surnames: [
      ...'García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Álvarez Romero Navarro Torres Domínguez'.split(
        ' ',
      ),
    ],
  },
  IT: {
    given: [
      ...'Giuseppe Giovanni Antonio Mario Luigi Francesco Marco Alessandro Maria Anna Giulia Francesca Chiara Sara Paola Matteo Lorenzo Valentina Federica Stefano'.split(
        ' ',
      ),
    ],
    surnames: [
      ...'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri'.split(
        ' ',
      ),
    ],
  },
  JP: {
    given: [
      ...'Hiroshi Takeshi Kenji Yuki Haruto Sota Yui Aoi Sakura Yoko Naoko Keiko Daisuke Kazuki Akira Emi Ryo Mai Shota Misaki'.split(
        ' ',
      ),
    ],
    surnames: [
      ...'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu'.split(
        ' ',
      ),
    ],
  },
  HK: {
    given: [
      ...'Siu Ming|Ka Wai|Wing Yan|Chi Keung|Mei Ling|Tai Man|Kwok Wah|Hoi Yan|Ka Yan|Chun Kit|Wai Man|Suk Fan|Kelvin|Winnie|Ivy|Jason|Carmen|Eric'.split(
        '|',
      ),
    ],
    surnames: [
      ...'Chan Wong Lee Cheung Lau Ng Leung Ho Lam Tsang Chow Yip Tang Cheng Kwok Mak Fung'.split(' '),
    ],
  },
};

/** Names shared by many different people: the common-name hard negatives. */
export const COMMON_NAMES: readonly {
  nationality: 'CN' | 'US' | 'GB' | 'DE' | 'ES';
  surname: string;
  given: string;
}[] = [
  { nationality: 'CN', surname: '王', given: '伟' },
  { nationality: 'CN', surname: '张', given: '伟' },
  { nationality: 'CN', surname: '李', given: '娜' },
  { nationality: 'CN', surname: '王', given: '芳' },
  { nationality: 'CN', surname: '刘', given: '洋' },
  { nationality: 'CN', surname: '李', given: '静' },
  { nationality: 'US', surname: 'Smith', given: 'John' },
  { nationality: 'US', surname: 'Johnson', given: 'Michael' },
  { nationality: 'GB', surname: 'Jones', given: 'David' },
  { nationality: 'DE', surname: 'Müller', given: 'Thomas' },
  { nationality: 'ES', surname: 'García', given: 'María' },
];
