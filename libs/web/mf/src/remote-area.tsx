import { Component, Suspense, lazy, useCallback, useState, type ComponentType, type ErrorInfo, type LazyExoticComponent, type ReactNode } from 'react';
import { loadRemoteModule, resetRemote } from './remotes.js';
import { RemoteLoadError } from './runtime-plugin.js';

export interface RemoteFallbackArgs {
  error: unknown;
  /** True when the remote's code could not be loaded (as opposed to an error while rendering it). */
  loadFailed: boolean;
  retry: () => void;
}

interface RemoteBoundaryProps {
  children: ReactNode;
  fallback: (args: RemoteFallbackArgs) => ReactNode;
  /** When this changes (e.g. the pathname), a render error is cleared and the remote renders again. */
  resetKey?: unknown;
  /** Called by the fallback's retry; `loadFailed` tells a load failure from a render error. */
  onRetry?: (loadFailed: boolean) => void;
  onError?: (error: unknown, info: ErrorInfo) => void;
}

interface RemoteBoundaryState {
  error: unknown;
  hasError: boolean;
  resetKey: unknown;
}

/** Error boundary around one remote area: a failing remote never takes the shell down with it. */
export class RemoteBoundary extends Component<RemoteBoundaryProps, RemoteBoundaryState> {
  override state: RemoteBoundaryState = { error: null, hasError: false, resetKey: undefined };

  static getDerivedStateFromError(error: unknown): Partial<RemoteBoundaryState> {
    return { error, hasError: true };
  }

  static getDerivedStateFromProps(props: RemoteBoundaryProps, state: RemoteBoundaryState): Partial<RemoteBoundaryState> | null {
    if (props.resetKey === state.resetKey) return null;
    // A render error belongs to the page it happened on; a load failure stays until the user retries.
    if (state.hasError && !(state.error instanceof RemoteLoadError)) return { hasError: false, error: null, resetKey: props.resetKey };
    return { resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
    if (typeof console !== 'undefined') console.error('[yiqia] remote area failed', error);
  }

  private retry = () => {
    // With onRetry the owner remounts this boundary (new key) once the remote is reset.
    if (this.props.onRetry) this.props.onRetry(this.state.error instanceof RemoteLoadError);
    else this.setState({ hasError: false, error: null });
  };

  override render(): ReactNode {
    if (this.state.hasError) {
      return this.props.fallback({ error: this.state.error, loadFailed: this.state.error instanceof RemoteLoadError, retry: this.retry });
    }
    return this.props.children;
  }
}

const lazyCache = new Map<string, LazyExoticComponent<ComponentType>>();

function remoteComponent(remote: string, attempt: number): LazyExoticComponent<ComponentType> {
  const key = `${remote}#${attempt}`;
  let component = lazyCache.get(key);
  if (!component) {
    component = lazy(() => loadRemoteModule<ComponentType>(remote));
    lazyCache.set(key, component);
  }
  return component;
}

export interface RemoteAreaProps {
  /** Remote name, as listed in /remotes.json (e.g. "booths"). */
  remote: string;
  fallback: (args: RemoteFallbackArgs) => ReactNode;
  loading: ReactNode;
  resetKey?: unknown;
}

/** Renders a remote's `./Module` inside an error boundary and Suspense; retry reloads the remote. */
export function RemoteArea({ remote, fallback, loading, resetKey }: RemoteAreaProps) {
  const [attempt, setAttempt] = useState(0);
  const Remote = remoteComponent(remote, attempt);
  const onRetry = useCallback(
    (loadFailed: boolean) => {
      // A load failure fetches the remote again; a render error only renders it again.
      if (loadFailed) void resetRemote(remote).finally(() => setAttempt((a) => a + 1));
      else setAttempt((a) => a + 1);
    },
    [remote],
  );
  return (
    <RemoteBoundary key={attempt} fallback={fallback} resetKey={resetKey} onRetry={onRetry}>
      <Suspense fallback={loading}>
        <Remote />
      </Suspense>
    </RemoteBoundary>
  );
}
