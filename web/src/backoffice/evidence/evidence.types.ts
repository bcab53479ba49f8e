import type { ReactNode } from 'react';
import type { CaseReason } from '../../api/client';

/** Every trigger the API knows: the discriminant of a case reason in the generated schema. */
export type TriggerId = CaseReason['trigger'];

/** A reason of one trigger, and its evidence as the OpenAPI types it. */
type ReasonOf<T extends TriggerId> = Extract<CaseReason, { trigger: T }>;
/** Each trigger's evidence: a map type, so a view picked by a generic trigger takes that trigger's evidence. */
export type EvidenceByTrigger = { [T in TriggerId]: NonNullable<ReasonOf<T>['evidence']> };

export type EvidenceViewProps<T extends TriggerId> = { evidence: EvidenceByTrigger[T]; seller: string };

/**
 * One evidence view per trigger. The compiler holds this map to the API's union: a trigger added
 * on the server and not here fails `tsc -p web` (after `npm run api:generate`).
 */
export type EvidenceViews = { [T in TriggerId]: (props: EvidenceViewProps<T>) => ReactNode };
