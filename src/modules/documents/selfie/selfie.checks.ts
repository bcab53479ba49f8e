import type { CheckDefinition, EmitItem } from '../checks/check.definition.js';
import type { CheckItem } from '../checks/check.types.js';
import type { DetectedFace } from './face.analyzer.js';
import { type SelfieEvidence, type SelfieRules, sortSelfieFaces, theLiveFace } from './selfie.rules.js';

/**
 * A selfie check: an id, a group and its codes like every document check, and a pure function of
 * the face analysis (`SelfieEvidence`) and the thresholds. `SELFIE_CHECK_DEFINITIONS` in the checks
 * registry is the one list the selfie workflow runs.
 */
export interface SelfieCheckDefinition<Code extends string = string>
  extends Pick<CheckDefinition<Code>, 'id' | 'group' | 'codes'> {
  readonly check: (
    evidence: SelfieEvidence,
    rules: SelfieRules,
    emit: EmitItem<Code>,
  ) => readonly CheckItem[];
}

const defineSelfieCheck = <Code extends string>(
  definition: SelfieCheckDefinition<Code>,
): SelfieCheckDefinition<Code> => definition;

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
const boxOf = (face: DetectedFace) => face.box;

/** Exactly one live face; a smaller second face is taken for the portrait on the ID held in hand. */
export const selfieFacesCheck = defineSelfieCheck({
  id: 'selfie_faces',
  group: 'completeness',
  codes: {
    SELFIE_ONE_FACE: { en: 'One face, with the ID held in view.', zh: '照片中有一张人脸，并手持证件。' },
    SELFIE_NO_FACE: {
      en: 'No face was found: take the selfie facing the camera, in good light.',
      zh: '未检测到人脸：请正对镜头、在光线充足处重新自拍。',
    },
    SELFIE_MANY_FACES: {
      en: '{count} faces were found: only you should be in the selfie, holding your ID.',
      zh: '检测到 {count} 张人脸：自拍中只能有您本人，并手持证件。',
    },
  },
  check: (evidence, rules, emit) => {
    const faces = sortSelfieFaces(evidence.selfie, rules);
    const count = evidence.selfie.faces.length;
    const boxes = evidence.selfie.faces.map(boxOf);
    if (count === 0) return [emit('SELFIE_NO_FACE', 'fail', { faces: 0 })];
    if (faces.live.length > 1 || faces.others.length > 0)
      return [emit('SELFIE_MANY_FACES', 'fail', { faces: count, boxes }, { count })];
    return [
      emit('SELFIE_ONE_FACE', 'pass', { faces: count, held_portrait: faces.heldPortrait !== undefined }),
    ];
  },
});

/** The live face large enough, sharp enough, with both eyes open. */
export const selfieQualityCheck = defineSelfieCheck({
  id: 'selfie_quality',
  group: 'image_quality',
  codes: {
    SELFIE_FACE_CLEAR: { en: 'The face is large and sharp enough.', zh: '人脸足够大且清晰。' },
    SELFIE_FACE_TOO_SMALL: {
      en: 'The face is too small ({share}% of the picture): hold the camera closer.',
      zh: '人脸太小（占画面 {share}%）：请将镜头靠近一些。',
    },
    SELFIE_FACE_BLURRED: {
      en: 'The face is blurred: hold still and retake the selfie.',
      zh: '人脸模糊：请保持不动后重新自拍。',
    },
    SELFIE_EYES_VISIBLE: { en: 'Both eyes are open and visible.', zh: '双眼睁开且清晰可见。' },
    SELFIE_EYES_NOT_VISIBLE: {
      en: 'Both eyes must be open and visible: no sunglasses, hair or hand over them.',
      zh: '双眼须睁开且可见：请勿佩戴墨镜，勿让头发或手遮挡。',
    },
  },
  check: (evidence, rules, emit) => {
    const face = theLiveFace(evidence.selfie, rules);
    if (!face) return [];
    const items: CheckItem[] = [];
    const side = Math.min(evidence.selfie.width, evidence.selfie.height);
    const share = side > 0 ? face.box.width / side : 0;
    const measured = {
      face_width: Math.round(face.box.width),
      share: round(share),
      sharpness: face.sharpness,
    };
    if (share < rules.minFaceShare || face.box.width < rules.minFacePixels)
      items.push(emit('SELFIE_FACE_TOO_SMALL', 'fail', measured, { share: Math.round(share * 100) }));
    else if (face.sharpness < rules.minSharpness) items.push(emit('SELFIE_FACE_BLURRED', 'fail', measured));
    else items.push(emit('SELFIE_FACE_CLEAR', 'pass', measured));
    const eyes = face.eyes;
    const open = eyes !== undefined && Math.min(eyes.left, eyes.right) >= rules.minEyeOpening;
    const eyeEvidence = eyes ? { left: round(eyes.left), right: round(eyes.right) } : { mesh: false };
    items.push(
      open
        ? emit('SELFIE_EYES_VISIBLE', 'pass', eyeEvidence)
        : emit('SELFIE_EYES_NOT_VISIBLE', 'fail', eyeEvidence),
    );
    return items;
  },
});

/** A photo of a screen or of a print: a warning for the reviewer, never a refusal on its own. */
export const selfieReplayCheck = defineSelfieCheck({
  id: 'selfie_replay',
  group: 'authenticity',
  codes: {
    SELFIE_LIVE: { en: 'The selfie looks taken of a live person.', zh: '自拍看起来是真人实拍。' },
    SELFIE_REPLAY_SUSPECTED: {
      en: 'The selfie may be a photo of a screen or of a print; a reviewer will look at it.',
      zh: '自拍可能是翻拍屏幕或打印照片；审核员会查看。',
    },
  },
  check: (evidence, rules, emit) => {
    const face = theLiveFace(evidence.selfie, rules);
    if (face?.real === undefined) return [];
    const scores = { real: round(face.real), ...(face.live !== undefined ? { live: round(face.live) } : {}) };
    return [
      face.real < rules.minReal
        ? emit('SELFIE_REPLAY_SUSPECTED', 'warn', { ...scores, threshold: rules.minReal })
        : emit('SELFIE_LIVE', 'pass', scores),
    ];
  },
});

/**
 * The live face against the portrait of the government ID the seller submitted. The score is the
 * reviewer's evidence: a low one warns, a high one passes, and neither accepts the selfie.
 */
export const faceMatchCheck = defineSelfieCheck({
  id: 'selfie_face_match',
  group: 'consistency',
  codes: {
    FACE_MATCH: {
      en: 'The face resembles the portrait on your ID (similarity {score}); a reviewer confirms it.',
      zh: '人脸与证件照相似（相似度 {score}）；由审核员确认。',
    },
    FACE_MATCH_LOW: {
      en: 'The face does not clearly resemble the portrait on your ID (similarity {score}); a reviewer will compare them.',
      zh: '人脸与证件照相似度不高（相似度 {score}）；审核员将进行比对。',
    },
    ID_PORTRAIT_NOT_FOUND: {
      en: 'No face was found on the ID you submitted, so the selfie could not be compared with it.',
      zh: '您提交的证件上未检测到人像，无法与自拍比对。',
    },
    ID_NOT_SUBMITTED: {
      en: 'Upload your government ID first: the selfie is compared with its portrait.',
      zh: '请先上传身份证件：自拍将与证件照比对。',
    },
  },
  check: (evidence, rules, emit) => {
    if (!theLiveFace(evidence.selfie, rules)) return [];
    if (!evidence.id) return [emit('ID_NOT_SUBMITTED', 'warn', {})];
    const documentId = evidence.id.documentId;
    if (!evidence.id.portrait || evidence.similarity === undefined)
      return [emit('ID_PORTRAIT_NOT_FOUND', 'warn', { id_document_id: documentId })];
    const score = round(evidence.similarity);
    const measured = { id_document_id: documentId, similarity: score, threshold: rules.match };
    return [
      evidence.similarity >= rules.match
        ? emit('FACE_MATCH', 'pass', measured, { score: score.toFixed(2) })
        : emit('FACE_MATCH_LOW', 'warn', measured, { score: score.toFixed(2) }),
    ];
  },
});
