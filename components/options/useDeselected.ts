import { useEffect, useState } from 'preact/hooks';
import { getDeselectedSources, watchDeselectedSources } from '@/utils/settings';

/** The stored deselected ids, kept current when another tab or device changes them; null while loading. */
export function useDeselected(): string[] | null {
  const [ids, setIds] = useState<string[] | null>(null);
  useEffect(() => {
    const unwatch = watchDeselectedSources(setIds);
    void getDeselectedSources().then(setIds);
    return unwatch;
  }, []);
  return ids;
}
