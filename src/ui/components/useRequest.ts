// A worker request as component state: loading, its result, or its reader-facing error.
import { useEffect, useState } from 'preact/hooks';

/** The state of one request. */
export type Loadable<T> =
  { phase: 'loading' } | { phase: 'done'; value: T } | { phase: 'failed'; message: string };

/** Runs `load` whenever `deps` change and returns its state. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ phase: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ phase: 'loading' });
    load().then(
      (value) => live && setState({ phase: 'done', value }),
      (error: unknown) =>
        live &&
        setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
