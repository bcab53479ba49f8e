export {
  DETECTOR_PARAMS,
  type DetectorParams,
  type DetectorSettings,
  rawNoveltyOf,
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

export { parseSeriesCsv, parseTimestamp } from './series.csv.js';
