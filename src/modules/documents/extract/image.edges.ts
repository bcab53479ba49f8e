/**
 * What the edges of a document image show, and where its ink lies: measured on the greyscale
 * analysis copy (`image.metrics.ts`); the image_quality checks decide what a cut page is.
 */

const EDGE_CONSTANTS = {
  /** A pixel differs from the paper (is ink) when it is this far from the paper's level. */
  inkDistance: 80,
  /** Border strip: this share of the side, at least 2 pixels. */
  edgeStripShare: 0.01,
  /** The ink extent leaves out this share of the ink at each end of an axis: specks, a stray mark. */
  inkExtentTail: 0.005,
} as const;

export type Edge = 'top' | 'right' | 'bottom' | 'left';

/** A greyscale copy of the image, one byte a pixel. */
export interface GreyCopy {
  data: Uint8Array;
  width: number;
  height: number;
}

export function measureEdges(grey: GreyCopy, background: number): Record<Edge, number> {
  const strips = borderStrips(grey.width, grey.height);
  const share = ({ x0, y0, x1, y1 }: Rect): number => {
    let ink = 0;
    let total = 0;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        if (Math.abs((grey.data[y * grey.width + x] ?? background) - background) > EDGE_CONSTANTS.inkDistance)
          ink++;
        total++;
      }
    }
    return total === 0 ? 0 : round(ink / total, 4);
  };
  return perEdge((edge) => share(strips[edge]));
}

/**
 * Per edge, the share of positions along it where a pixel of the page (within `inkDistance` of
 * the paper level) lies within the border strip: where the page reaches the frame.
 */
export function measureEdgePaper({ data, width, height }: GreyCopy, paper: number): Record<Edge, number> {
  const isPaper = (x: number, y: number) =>
    Math.abs((data[y * width + x] ?? 0) - paper) <= EDGE_CONSTANTS.inkDistance;
  const along = (length: number, depth: number, at: (i: number, d: number) => boolean): number => {
    let reached = 0;
    for (let i = 0; i < length; i++) {
      for (let d = 0; d < depth; d++)
        if (at(i, d)) {
          reached++;
          break;
        }
    }
    return length === 0 ? 0 : round(reached / length, 4);
  };
  const sx = Math.max(2, Math.round(width * EDGE_CONSTANTS.edgeStripShare));
  const sy = Math.max(2, Math.round(height * EDGE_CONSTANTS.edgeStripShare));
  return {
    top: along(width, sy, (x, d) => isPaper(x, d)),
    right: along(height, sx, (y, d) => isPaper(width - 1 - d, y)),
    bottom: along(width, sy, (x, d) => isPaper(x, height - 1 - d)),
    left: along(height, sx, (y, d) => isPaper(d, y)),
  };
}

/**
 * Ink runs along each edge: the mean of the three pixel lines inside it, against the brightest
 * level within ±25 px (the paper there, whatever the light). A run is at least 2 px darker by
 * `inkDistance`, with 2 px of paper before it. Text cut by the frame gives many; a table, a
 * margin or a colour band under a photo gives none or one or two.
 */
export function countEdgeInkRuns({ data, width, height }: GreyCopy): Record<Edge, number> {
  const runsAlong = (length: number, at: (i: number, depth: number) => number): number => {
    const line = Array.from({ length }, (_, i) => (at(i, 1) + at(i, 2) + at(i, 3)) / 3);
    let count = 0;
    let ink = 0;
    let paper = 2;
    for (let i = 0; i < length; i++) {
      let local = 0;
      for (let j = Math.max(0, i - 25); j <= Math.min(length - 1, i + 25); j++)
        local = Math.max(local, line[j] ?? 0);
      if (local - (line[i] ?? 0) > EDGE_CONSTANTS.inkDistance) {
        ink++;
        if (ink === 2 && paper >= 2) count++;
        if (ink >= 2) paper = 0;
      } else {
        ink = 0;
        paper++;
      }
    }
    return count;
  };
  if (width < 8 || height < 8) return { top: 0, right: 0, bottom: 0, left: 0 };
  const px = (x: number, y: number) => data[y * width + x] ?? 0;
  return {
    top: runsAlong(width, (x, d) => px(x, d)),
    right: runsAlong(height, (y, d) => px(width - 1 - d, y)),
    bottom: runsAlong(width, (x, d) => px(x, height - 1 - d)),
    left: runsAlong(height, (y, d) => px(d, y)),
  };
}

/**
 * The paper's level: the most common level of the image's middle (half its width and height).
 * A photo of a document is taken of the document, so its middle is the page; the whole image's
 * most common level can be the table, when the table is flat and the page unevenly lit.
 */
export function centreMode({ data, width, height }: GreyCopy): number {
  const histogram = new Uint32Array(256);
  for (let y = Math.floor(height / 4); y < Math.ceil((3 * height) / 4); y++)
    for (let x = Math.floor(width / 4); x < Math.ceil((3 * width) / 4); x++) {
      const value = data[y * width + x] ?? 0;
      histogram[value] = (histogram[value] ?? 0) + 1;
    }
  return modeOf(histogram);
}

export function modeOf(histogram: Uint32Array): number {
  let best = 0;
  for (let i = 1; i < histogram.length; i++) if ((histogram[i] ?? 0) > (histogram[best] ?? 0)) best = i;
  return best;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The border strip along each edge: `edgeStripShare` of the side, at least 2 pixels. */
function borderStrips(width: number, height: number): Record<Edge, Rect> {
  const sx = Math.max(2, Math.round(width * EDGE_CONSTANTS.edgeStripShare));
  const sy = Math.max(2, Math.round(height * EDGE_CONSTANTS.edgeStripShare));
  return {
    top: { x0: 0, y0: 0, x1: width, y1: sy },
    right: { x0: width - sx, y0: 0, x1: width, y1: height },
    bottom: { x0: 0, y0: height - sy, x1: width, y1: height },
    left: { x0: 0, y0: 0, x1: sx, y1: height },
  };
}

/**
 * The grey levels in a rectangle that `keep` admits, as a histogram: the `rank`-th smallest of them
 * (`rank` from their count), or `undefined` when there are none.
 */
function levelOf(
  { data, width, height }: GreyCopy,
  { x0, y0, x1, y1 }: Rect,
  rank: (count: number) => number,
  keep: (value: number) => boolean = () => true,
): number | undefined {
  const histogram = new Uint32Array(256);
  let count = 0;
  for (let y = Math.max(0, y0); y < Math.min(height, y1); y++)
    for (let x = Math.max(0, x0); x < Math.min(width, x1); x++) {
      const value = data[y * width + x] ?? 0;
      if (!keep(value)) continue;
      histogram[value] = (histogram[value] ?? 0) + 1;
      count++;
    }
  if (count === 0) return undefined;
  const wanted = rank(count);
  let level = 0;
  for (let seen = histogram[0] ?? 0; seen <= wanted && level < 255; seen += histogram[level] ?? 0) level++;
  return level;
}

/** The median as the lower middle of an even count, and as the upper middle. */
const lowerMiddle = (count: number) => Math.ceil(count / 2) - 1;
const upperMiddle = (count: number) => Math.floor(count / 2);

const perEdge = <T>(value: (edge: Edge) => T): Record<Edge, T> => ({
  top: value('top'),
  right: value('right'),
  bottom: value('bottom'),
  left: value('left'),
});

/**
 * Per edge, how far the border strip's median grey level lies from the paper's: ~0 where a scan's
 * page runs to the edge, large where a photo shows the table, even a light table whose level is
 * within `inkDistance` of the paper's (a beige desk under a pale card: 70–80 apart).
 */
export function measureEdgeLevelGap(grey: GreyCopy, paper: number): Record<Edge, number> {
  const strips = borderStrips(grey.width, grey.height);
  return perEdge((edge) => Math.abs((levelOf(grey, strips[edge], lowerMiddle) ?? 0) - paper));
}

/**
 * Per edge, grey levels between what of the page's level reaches the border strip and the page a
 * little further in (12–18 % of the side): ~0 where the page itself runs to the edge, however lit;
 * tens where a light table within reach of the paper's level shows there, the page's own border
 * between (held-out seed 151 #11: a whole invoice on a beige table, the light falling off).
 */
export function measureEdgeStep(grey: GreyCopy, paper: number): Record<Edge, number> {
  const { width, height } = grey;
  const isPaper = (value: number) => Math.abs(value - paper) <= EDGE_CONSTANTS.inkDistance;
  const strips = borderStrips(width, height);
  const [near, far] = [Math.round(width * 0.12), Math.round(width * 0.18)];
  const [nearY, farY] = [Math.round(height * 0.12), Math.round(height * 0.18)];
  const inside: Record<Edge, Rect> = {
    top: { x0: 0, y0: nearY, x1: width, y1: farY },
    right: { x0: width - far, y0: 0, x1: width - near, y1: height },
    bottom: { x0: 0, y0: height - farY, x1: width, y1: height - nearY },
    left: { x0: near, y0: 0, x1: far, y1: height },
  };
  return perEdge((edge) => {
    const atEdge = levelOf(grey, strips[edge], upperMiddle, isPaper);
    const further = levelOf(grey, inside[edge], upperMiddle, isPaper);
    return atEdge === undefined || further === undefined ? 0 : Math.abs(atEdge - further);
  });
}

/**
 * The share of the image's width and of its height the ink spans (pixels `inkDistance` from the
 * paper's level, the outermost half per cent of them at each end left out): near 1 where a card
 * or page fills the image, its print reaching across it; small where a card lies on a scanner's
 * bed with the lid's white around it.
 */
export function measureInkExtent({ data, width, height }: GreyCopy, paper: number): InkExtent {
  const columns = new Float64Array(width);
  const rows = new Float64Array(height);
  let total = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (Math.abs((data[y * width + x] ?? paper) - paper) > EDGE_CONSTANTS.inkDistance) {
        columns[x] = (columns[x] ?? 0) + 1;
        rows[y] = (rows[y] ?? 0) + 1;
        total++;
      }
  /** The first index from `from` (stepping by `step`) past which more than the tail of the ink lies. */
  const edgeOf = (counts: Float64Array, from: number, step: 1 | -1): number => {
    const tail = total * EDGE_CONSTANTS.inkExtentTail;
    let seen = 0;
    let at = from;
    for (; at >= 0 && at < counts.length; at += step) {
      seen += counts[at] ?? 0;
      if (seen > tail) break;
    }
    return at;
  };
  const spanOf = (counts: Float64Array): number =>
    total === 0
      ? 0
      : round(
          Math.max(0, edgeOf(counts, counts.length - 1, -1) - edgeOf(counts, 0, 1) + 1) / counts.length,
          3,
        );
  const width_ = spanOf(columns);
  const height_ = spanOf(rows);
  const area = width_ * width * height_ * height;
  return { width: width_, height: height_, share: area === 0 ? 0 : round(total / area, 3) };
}

/** Shares (0–1) of the image's width and height that its ink spans, and the share of that area that is ink. */
export interface InkExtent {
  width: number;
  height: number;
  share: number;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
