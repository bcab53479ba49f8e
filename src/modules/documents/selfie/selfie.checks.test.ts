import { describe, expect, it } from 'vitest';
import { registeredCodes, runSelfieChecks, SELFIE_CHECK_DEFINITIONS } from '../checks/registry.js';
import type { DetectedFace, FaceAnalysis } from './face.analyzer.js';
import { SELFIE_RULES, type SelfieEvidence } from './selfie.rules.js';

const face = (width: number, more: Partial<DetectedFace> = {}): DetectedFace => ({
  box: { x: 100, y: 100, width, height: width },
  score: 0.98,
  eyes: { left: 0.3, right: 0.32 },
  sharpness: 180,
  real: 0.9,
  live: 0.95,
  embedding: [],
  ...more,
});
const picture = (...faces: DetectedFace[]): FaceAnalysis => ({
  width: 720,
  height: 960,
  faces,
  model: 'fixture',
});
const id = { documentId: 'id-1', portrait: face(150) };
const codes = (evidence: SelfieEvidence) =>
  Object.fromEntries(runSelfieChecks(evidence).map((item) => [item.code, item.status]));

describe('selfie checks', () => {
  it('passes one large, sharp, open-eyed, live face that matches the ID portrait', () => {
    expect(codes({ selfie: picture(face(300), face(90)), id, similarity: 0.93 })).toEqual({
      SELFIE_ONE_FACE: 'pass',
      SELFIE_FACE_CLEAR: 'pass',
      SELFIE_EYES_VISIBLE: 'pass',
      SELFIE_LIVE: 'pass',
      FACE_MATCH: 'pass',
    });
  });

  it('fails no face, and two live faces or a third face, with nothing else judged', () => {
    expect(codes({ selfie: picture(), id })).toEqual({ SELFIE_NO_FACE: 'fail' });
    expect(codes({ selfie: picture(face(300), face(260)), id, similarity: 0.9 })).toEqual({
      SELFIE_MANY_FACES: 'fail',
    });
    const three = runSelfieChecks({ selfie: picture(face(300), face(100), face(80)), id });
    expect(three.map((i) => [i.code, i.evidence.faces])).toEqual([['SELFIE_MANY_FACES', 3]]);
    expect(three[0]?.message).toEqual({
      en: '3 faces were found: only you should be in the selfie, holding your ID.',
      zh: '检测到 3 张人脸：自拍中只能有您本人，并手持证件。',
    });
  });

  it('fails a small face (by share or by pixels), a blurred one, and closed or hidden eyes', () => {
    expect(codes({ selfie: picture(face(80)), id })).toMatchObject({ SELFIE_FACE_TOO_SMALL: 'fail' });
    const tiny = { ...picture(face(60)), width: 400, height: 400 };
    expect(codes({ selfie: tiny, id })).toMatchObject({ SELFIE_FACE_TOO_SMALL: 'fail' });
    expect(codes({ selfie: picture(face(300, { sharpness: 5 })), id })).toMatchObject({
      SELFIE_FACE_BLURRED: 'fail',
    });
    expect(codes({ selfie: picture(face(300, { eyes: { left: 0.3, right: 0.05 } })), id })).toMatchObject({
      SELFIE_EYES_NOT_VISIBLE: 'fail',
    });
    expect(codes({ selfie: picture(face(300, { eyes: undefined })), id })).toMatchObject({
      SELFIE_EYES_NOT_VISIBLE: 'fail',
    });
  });

  it('warns of a replay and of a low match, and says when there is nothing to compare with', () => {
    expect(codes({ selfie: picture(face(300, { real: 0.2 })), id, similarity: 0.95 })).toMatchObject({
      SELFIE_REPLAY_SUSPECTED: 'warn',
    });
    const low = runSelfieChecks({ selfie: picture(face(300)), id, similarity: 0.41 });
    expect(low.find((i) => i.code === 'FACE_MATCH_LOW')).toMatchObject({
      status: 'warn',
      evidence: { similarity: 0.41, threshold: SELFIE_RULES.match, id_document_id: 'id-1' },
      message: { en: expect.stringContaining('(similarity 0.41)') },
    });
    expect(codes({ selfie: picture(face(300)) })).toMatchObject({ ID_NOT_SUBMITTED: 'warn' });
    expect(
      codes({ selfie: picture(face(300)), id: { documentId: 'id-1', portrait: undefined } }),
    ).toMatchObject({
      ID_PORTRAIT_NOT_FOUND: 'warn',
    });
  });

  it('the threshold is inclusive: a score exactly at it matches', () => {
    expect(codes({ selfie: picture(face(300)), id, similarity: SELFIE_RULES.match })).toMatchObject({
      FACE_MATCH: 'pass',
    });
  });

  it('registers every selfie code with both languages, none shared with another check', () => {
    const listed = registeredCodes(SELFIE_CHECK_DEFINITIONS);
    expect(listed).toHaveLength(14);
    for (const { message } of listed)
      expect([message.en.length > 0, message.zh.length > 0]).toEqual([true, true]);
    expect(new Set(listed.map((c) => c.code)).size).toBe(listed.length);
  });
});
