import { describe, expect, it } from 'vitest';
import { openColumnarEngine } from '../../../adapters/columnar/duckdb.js';
import { parseFeedLine } from '../../sellers/index.js';
import { appendEvent, EVENT_COLUMNS, EventRecords } from './events.records.js';

const LINES = [
  '{"seller_id":"S1","event_id":"e1","type":"login","at":"2026-05-05T10:00:00Z","ip":"1.2.3.4","ip_country":"DE","device_id":"d1"}',
  '{"seller_id":"S1","type":"login","at":"2026-05-05T10:00:01Z","ip_country":"FR"}',
  '{"seller_id":"S2","event_id":"e2","type":"shipment","at":"2026-05-06T00:00:00Z","ship_from":{"type":"seller","country":"PL"}}',
  '{"seller_id":"S2","event_id":"e3","type":"payout","at":"2026-05-07T00:00:00Z","bank_account_number":"DE89 3704","bank_country":"DE"}',
  '{"seller_id":"S3","event_id":"e4","type":"identity_check","at":"2026-05-08T00:00:00Z","result":"failed","reason":"a\\u001fb\\u001ec"}',
  '{"seller_id":"S3","event_id":"e5","type":"profile_change","at":"2026-05-09T00:00:00Z","field":"name","old":"","new":"x\\\\y"}',
  '{"seller_id":"S3","event_id":"e6","type":"profile_change","at":"2026-05-09T00:00:01Z","field":"name","old":"","new":"z"}',
  '{"seller_id":"S4","event_id":"e7","type":"card_added","at":"2026-05-10T00:00:00Z","card_fingerprint":"fp\\u001d"}',
  '{"seller_id":"S4","event_id":"e8","type":"card_added","at":"2026-05-10T00:00:01Z","card_fingerprint":7}',
];

describe('EventRecords', () => {
  it('gives the same rows as the row appender, absent, empty and separator-holding values included', async () => {
    const engine = await openColumnarEngine({ threads: 1 });
    try {
      await engine.run(
        `CREATE TABLE events_read (${EVENT_COLUMNS}); CREATE TABLE appended (${EVENT_COLUMNS})`,
      );
      const records = await EventRecords.open(engine);
      const appender = await engine.connection.createAppender('appended');
      // Many copies, so that several batches go through the statement.
      for (let copy = 0; copy < 3000; copy++)
        for (const [i, text] of LINES.entries()) {
          const line = copy * LINES.length + i + 1;
          const parsed = parseFeedLine('events', text, line);
          if ('rejection' in parsed) throw new Error(`line ${i + 1}: ${parsed.rejection.message}`);
          await records.add(text, parsed.record, line);
          appendEvent(appender, parsed.record, line);
        }
      await records.finish();
      appender.closeSync();
      const rows = (table: string) => engine.rows(`SELECT * FROM ${table} ORDER BY ln`);
      const read = await rows('events_read');
      expect(read).toHaveLength(3000 * LINES.length);
      expect(read).toEqual(await rows('appended'));
      const [first, second, , , check, change, plain] = read;
      expect(first!.slice(0, 9)).toEqual([
        1,
        'S1',
        'login',
        'e1',
        '2026-05-05T10:00:00Z',
        1777975200000n,
        '1.2.3.4',
        'DE',
        'd1',
      ]);
      expect(second![3]).toBeNull();
      expect(check![15]).toBe('a\u001fb\u001ec');
      expect(change!.slice(16)).toEqual(['name', null, 'x\\y']);
      expect(plain!.slice(16)).toEqual(['name', null, 'z']);
    } finally {
      engine.close();
    }
  });
});
