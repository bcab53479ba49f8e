import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SelfieView } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi } from '../app/session';
import { CheckList } from '../components/Checks';
import { Badge, ErrorNotice, Section } from '../components/common';
import { useI18n } from '../i18n/i18n';

/** One face crop, read with the reviewer's session (the API answers a JPEG). */
function FaceCrop({ selfie, which, alt }: { selfie: SelfieView; which: 'selfie' | 'id'; alt: string }) {
  const api = useApi();
  const { t } = useI18n();
  const [url, setUrl] = useState<string>();
  const [failed, setFailed] = useState(false);
  const available = selfie.faces[which];
  useEffect(() => {
    if (!available) return;
    let revoked = false;
    let made: string | undefined;
    api
      .selfieFace(selfie.id, which)
      .then((blob) => {
        if (revoked) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      })
      .catch(() => setFailed(true));
    return () => {
      revoked = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [api, selfie.id, which, available]);
  return (
    <figure className="face-crop">
      {url ? (
        <img src={url} alt={alt} width={200} />
      ) : (
        <div className="face-missing">{t('selfie.noFace')}</div>
      )}
      <figcaption>{failed ? t('selfie.noFace') : alt}</figcaption>
    </figure>
  );
}

/**
 * The reviewer's view of the newest selfie: the live face and the ID's portrait side by side, the
 * face-match score beside its threshold (evidence, never an acceptance), and every check.
 */
export function SelfieEvidence({ caseId }: { caseId: string }) {
  const api = useApi();
  const { t, formatDate } = useI18n();
  const selfies = useQuery({ queryKey: queryKeys.selfies(caseId), queryFn: () => api.selfies(caseId) });
  const newest = selfies.data?.[0];
  if (!newest && !selfies.error) return null;
  return (
    <Section title={t('selfie.staffTitle')} id="selfie">
      {selfies.error && <ErrorNotice error={selfies.error} onRetry={() => void selfies.refetch()} />}
      {newest && (
        <div className="selfie-evidence" data-selfie={newest.id}>
          <div className="faces-side-by-side">
            <FaceCrop selfie={newest} which="selfie" alt={t('selfie.faceSelfie')} />
            <FaceCrop selfie={newest} which="id" alt={t('selfie.faceId')} />
          </div>
          <p className="face-score">
            {newest.similarity === null
              ? t('selfie.noScore')
              : t('selfie.score', {
                  score: newest.similarity.toFixed(2),
                  threshold: newest.match_threshold.toFixed(2),
                })}{' '}
            <Badge tone="info">{t('selfie.evidenceOnly')}</Badge>
          </p>
          <p className="muted small">
            {t('selfie.taken', { date: formatDate(newest.uploaded_at), count: selfies.data?.length ?? 1 })}
          </p>
          <CheckList checks={newest.checks} audience="staff" />
        </div>
      )}
    </Section>
  );
}
