import { useEffect, useRef, useState } from 'react';
import type { RequirementView, SelfieView } from '../../api/client';
import { useApi } from '../../app/session';
import { CheckList } from '../../components/Checks';
import { Badge, ErrorNotice } from '../../components/common';
import { useI18n } from '../../i18n/i18n';

const TONE = { pass: 'good', warn: 'warn', fail: 'bad' } as const;

/** One frame of the camera as a JPEG, at the camera's own size. */
function grab(video: HTMLVideoElement): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d')?.drawImage(video, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no picture'))), 'image/jpeg', 0.92),
  );
}

/**
 * A selfie holding the ID: from the camera (`getUserMedia`, the front camera when there is one) or
 * from a file. The picture is shown before it is sent; the answer's checks come back at once in
 * the seller’s language.
 */
export function SelfieCapture({
  caseId,
  requirement,
  onTaken,
}: {
  caseId: string;
  requirement: RequirementView;
  onTaken(): void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream>();
  const [picture, setPicture] = useState<Blob>();
  const [preview, setPreview] = useState<string>();
  const [result, setResult] = useState<SelfieView>();
  const [error, setError] = useState<Error>();
  const [isBusy, setIsBusy] = useState(false);
  /** The camera has painted a frame: a picture taken before would be black. */
  const [isPlaying, setIsPlaying] = useState(false);

  useEffect(() => {
    setIsPlaying(false);
    if (video.current && stream) video.current.srcObject = stream;
    return () => {
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [stream]);
  useEffect(() => {
    if (!picture) return;
    const url = URL.createObjectURL(picture);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [picture]);

  const openCamera = async () => {
    setError(undefined);
    try {
      setStream(await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' }, audio: false }));
    } catch {
      setError(new Error(t('selfie.noCamera')));
    }
  };
  const shoot = async () => {
    if (!video.current) return;
    setPicture(await grab(video.current));
    setStream(undefined);
  };
  const send = async () => {
    if (!picture) return;
    setIsBusy(true);
    setError(undefined);
    try {
      setResult(await api.takeSelfie(caseId, requirement.material, picture));
      setPicture(undefined);
      onTaken();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="selfie" aria-label={t('selfie.title')}>
      <h4 className="sub">{t('selfie.title')}</h4>
      <p className="muted">{t('selfie.intro')}</p>
      {stream ? (
        <div className="selfie-camera">
          <video
            ref={video}
            autoPlay
            playsInline
            muted
            aria-label={t('selfie.preview')}
            onPlaying={() => setIsPlaying(true)}
          />
          <button type="button" onClick={() => void shoot()} disabled={!isPlaying}>
            {t('selfie.shoot')}
          </button>
        </div>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => void openCamera()}>
            {t('selfie.openCamera')}
          </button>
          <label className="file-pick">
            {t('selfie.orFile')}{' '}
            <input
              type="file"
              accept="image/jpeg,image/png"
              onChange={(event) => setPicture(event.target.files?.[0])}
            />
          </label>
        </div>
      )}
      {preview && picture && (
        <div className="selfie-preview">
          <img src={preview} alt={t('selfie.yourPicture')} width={240} />
          <button type="button" onClick={() => void send()} disabled={isBusy}>
            {isBusy ? t('selfie.sending') : t('selfie.send')}
          </button>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
      {result && (
        <div className="selfie-result" data-outcome={result.outcome}>
          <p>
            <Badge tone={TONE[result.outcome]}>{t(`selfie.outcome.${result.outcome}`)}</Badge>
          </p>
          <CheckList checks={result.checks} audience="seller" />
        </div>
      )}
    </section>
  );
}
