/** Messages: the thread of a case between the seller and support, internal notes, contact throttling. */
export { findMessages, findThrottleHistory, insertMessage, type MessageRow } from './message.repository.js';
export { decideThrottle, THROTTLE_WINDOW_MS, type ThrottleDecision } from './throttle.js';
