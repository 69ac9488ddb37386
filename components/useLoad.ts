import { useEffect, useState } from 'preact/hooks';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: string };

/** Runs `load` once per `key` and tracks its outcome; a stale answer for an old key is dropped. */
export function useLoad<T>(load: () => Promise<T>, key: unknown = null): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      (error: unknown) => current && setResult({ state: 'error', error: String(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is recreated on every render; `key` says when it means something new.
  }, [key]);
  return result;
}
