import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/**
 * The app's query cache. A problem the API answered (4xx) is final, so it is not retried; a
 * network failure or a 5xx is tried twice more. Data counts as fresh for 10 s: switching tabs
 * does not refetch every panel, and a write invalidates what it changed anyway.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
