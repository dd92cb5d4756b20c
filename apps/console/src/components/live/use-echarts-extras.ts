import { loadEChartsExtras, type EChartsExtras } from '@yiqia/web-ui';
import { useEffect, useState } from 'react';

let extrasPromise: Promise<EChartsExtras> | null = null;

/** Map and funnel charts, loaded once into the shared EChart's echarts (a separate chunk). */
export function ensureEChartsExtras(): Promise<EChartsExtras> {
  // Through a then(): an older shell without the loader rejects (the card says so) instead of throwing.
  extrasPromise ??= Promise.resolve()
    .then(() => loadEChartsExtras())
    .catch((error: unknown) => {
      extrasPromise = null;
      throw error;
    });
  return extrasPromise;
}

/** 'ready' once a funnel or map series can be drawn. */
export function useEChartsExtras(): 'loading' | 'ready' | 'failed' {
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    let alive = true;
    ensureEChartsExtras().then(
      () => alive && setState('ready'),
      () => alive && setState('failed'),
    );
    return () => {
      alive = false;
    };
  }, []);
  return state;
}
