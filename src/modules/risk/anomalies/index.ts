export {
  DETECTOR_PARAMS,
  type DetectorParams,
  NOVELTY_FEATURES,
  type NoveltyFeature,
  StreamingDetector,
  scoreSeries,
} from './detector.core.js';
export { type ParsedSeries, parseSeriesCsv, parseTimestamp } from './series.csv.js';
