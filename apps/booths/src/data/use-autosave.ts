import { useEffect, useRef, useState } from 'react';
import { Autosaver, type AutosaveState, type AutosaverOptions } from '../lib/autosave.js';

/**
 * One Autosaver for the lifetime of the component. Pending changes are flushed when the component
 * unmounts (navigating away inside the app) and the browser warns before a reload or close while
 * something is not saved yet.
 */
export function useAutosaver<D extends object>(options: Omit<AutosaverOptions<D>, 'onStateChange'>) {
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const saverRef = useRef<Autosaver<D> | null>(null);
  if (!saverRef.current) {
    saverRef.current = new Autosaver<D>({
      ...options,
      diff: (a, b) => optionsRef.current.diff(a, b),
      save: (patch) => optionsRef.current.save(patch),
      onStateChange: setState,
    });
  }
  const saver = saverRef.current;

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsavedChanges) return;
      void saver.flush();
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      if (saver.hasUnsavedChanges) void saver.flush();
    };
  }, [saver]);

  return { saver, state };
}
