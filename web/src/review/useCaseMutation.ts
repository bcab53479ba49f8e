import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { STALE_CODES } from './reviewErrors';

/**
 * A write on a case. When it succeeds, or fails because the case changed under the caller (a
 * conflict, someone else holds it), every query of the case is invalidated: the case, its
 * requirements, documents, timeline and decisions load again, and the page shows what is true now.
 */
export function useCaseMutation<Variables, Result>(
  caseId: string,
  mutationFn: (variables: Variables) => Promise<Result>,
  onDone?: (result: Result) => void,
) {
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) });
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      onDone?.(result);
      await invalidate();
    },
    onError: async (error) => {
      if (error instanceof ApiError && STALE_CODES.includes(error.code)) await invalidate();
    },
  });
}
