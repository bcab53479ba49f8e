export { CountSurprise } from './count.surprise.js';
export {
  DETECTOR_PARAMS,
  type DetectorParams,
  type DetectorSettings,
  rawNoveltyOf,
  StreamingDetector,
  scoreSeries,
  scoresOfNovelty,
  settingsOf,
} from './detector.core.js';

export { detectSalesAnomalies } from './sales.detector.js';

export {
  buildSalesPanel,
  type DailySales,
  dateOfDay,
  dayNumber,
  marketOf,
  type SalesPanel,
} from './sales.panel.js';
export { SALES_PARAMS } from './sales.params.js';
export { parseSeriesCsv, parseTimestamp } from './series.csv.js';

export { StreamScorer } from './stream.core.js';
