import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A storage item's value, kept current when another page changes it; null while loading. */
export function useStored<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    const unwatch = item.watch((v) => setValue(v));
    void item.getValue().then(setValue);
    return unwatch;
  }, [item]);
  return value;
}
