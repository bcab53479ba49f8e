export { type CountParams, CountSurprise } from './count.surprise.js';
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
export { NOVELTY_FEATURES } from './novelty.features.js';
export { detectSalesAnomalies, type SalesAnomalyInput } from './sales.detector.js';
export { type SalesEpisode, SalesScanner } from './sales.model.js';
export {
  buildSalesPanel,
  type DailySales,
  dateOfDay,
  dayNumber,
  type MarketSeries,
  marketOf,
  type SalesPanel,
} from './sales.panel.js';
export { SALES_PARAMS, type SalesParams } from './sales.params.js';
export { type ParsedSeries, parseSeriesCsv, parseTimestamp } from './series.csv.js';
export type { SeriesWarning } from './series.warnings.js';
export { type IncidentSettings, StreamScorer } from './stream.core.js';
