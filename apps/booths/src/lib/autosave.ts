/**
 * Debounced autosave of a record-like draft with key-level diffing.
 *
 * - `update(draft)` is called on every edit; after `delay` ms of quiet the changed keys are saved.
 * - Only one save runs at a time; edits made during a save are saved right after it.
 * - When the server rejects some fields (validation), the other fields are saved and the rejected
 *   ones wait until the user changes them again (state `invalid`).
 * - Other failures (network, server) keep the changes, report `error` and retry with back-off;
 *   `retry()` tries again at once. Nothing typed is dropped.
 */

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid'; at: Date | null; keys: string[] }
  | { kind: 'error'; error: unknown; retryInMs: number | null };

/** What a save call reports: nothing (all saved) or the keys the server refused as invalid. */
export type SaveOutcome = void | { invalidKeys: string[] };

export interface AutosaverOptions<D extends object> {
  initial: D;
  delay?: number;
  diff: (saved: D, current: D) => Partial<D>;
  save: (patch: Partial<D>) => Promise<SaveOutcome>;
  onStateChange?: (state: AutosaveState) => void;
  /** Back-off for automatic retries after an error, in ms; the last value repeats. */
  retryDelays?: number[];
  now?: () => Date;
}

export class Autosaver<D extends object> {
  private baseline: D;
  private current: D;
  private readonly delay: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inflight: Promise<void> | null = null;
  private rejected = new Map<keyof D, string>();
  private failures = 0;
  private lastSavedAt: Date | null = null;
  private disposed = false;
  private stateValue: AutosaveState = { kind: 'idle' };

  constructor(private readonly options: AutosaverOptions<D>) {
    this.baseline = options.initial;
    this.current = options.initial;
    this.delay = options.delay ?? 800;
  }

  get state(): AutosaveState {
    return this.stateValue;
  }

  /** True while something typed is not yet on the server. */
  get hasUnsavedChanges(): boolean {
    return Object.keys(this.pendingPatch()).length > 0 || this.inflight !== null;
  }

  /** Record the latest draft and (re)start the debounce timer. */
  update(draft: D): void {
    if (this.disposed) return;
    this.current = draft;
    for (const [key, json] of this.rejected) {
      if (JSON.stringify(draft[key]) !== json) this.rejected.delete(key);
    }
    const pending = Object.keys(this.pendingPatch()).length > 0;
    if (!pending) {
      // Back to what the server has (an edit undone, a refused value reverted): nothing to send.
      this.clearTimer();
      if (!this.inflight && this.stateValue.kind !== 'saving') {
        this.failures = 0;
        this.settle();
      }
      return;
    }
    if (this.stateValue.kind !== 'saving' && this.stateValue.kind !== 'error') this.setState({ kind: 'dirty' });
    this.schedule(this.delay);
  }

  /** Forget local changes and take `saved` as what the server has (e.g. after a reload). */
  reset(saved: D): void {
    this.clearTimer();
    this.baseline = saved;
    this.current = saved;
    this.rejected.clear();
    this.failures = 0;
    this.setState({ kind: 'idle' });
  }

  /** Save now (cancelling the timer) and resolve when everything pending has been tried. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    while (!this.disposed) {
      if (this.inflight) {
        await this.inflight;
        continue;
      }
      if (Object.keys(this.pendingPatch()).length === 0) return this.rejected.size === 0;
      await this.run();
      if (this.stateValue.kind === 'error') return false;
    }
    return false;
  }

  retry(): Promise<boolean> {
    this.failures = 0;
    return this.flush();
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private pendingPatch(): Partial<D> {
    const patch = this.options.diff(this.baseline, this.current);
    for (const key of this.rejected.keys()) delete patch[key];
    return patch;
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.inflight) return; // the running save picks the changes up when it ends
      void this.run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    const job = this.saveOnce().finally(() => {
      this.inflight = null;
      if (this.disposed) return;
      if (this.stateValue.kind === 'error') return;
      if (Object.keys(this.pendingPatch()).length > 0) {
        if (this.timer === null) void this.run();
      } else {
        this.settle();
      }
    });
    this.inflight = job;
    return job;
  }

  private async saveOnce(): Promise<void> {
    let patch = this.pendingPatch();
    while (Object.keys(patch).length > 0 && !this.disposed) {
      this.setState({ kind: 'saving' });
      let outcome: SaveOutcome;
      try {
        outcome = await this.options.save(patch);
      } catch (error) {
        this.failures += 1;
        const delays = this.options.retryDelays ?? [3000, 10000, 30000];
        const retryInMs = delays.length ? delays[Math.min(this.failures - 1, delays.length - 1)] : null;
        this.setState({ kind: 'error', error, retryInMs });
        if (retryInMs !== null) {
          this.clearTimer();
          this.timer = setTimeout(() => {
            this.timer = null;
            if (!this.inflight) void this.run();
          }, retryInMs);
        }
        return;
      }
      this.failures = 0;
      const invalid = new Set((outcome?.invalidKeys ?? []).filter((k) => k in patch) as (keyof D)[]);
      if (outcome && outcome.invalidKeys.length > 0 && invalid.size === 0) {
        // The server refused the change without naming a field we sent: do not loop.
        for (const key of Object.keys(patch) as (keyof D)[]) invalid.add(key);
      }
      for (const key of invalid) this.rejected.set(key, JSON.stringify(patch[key]));
      const accepted: Partial<D> = {};
      for (const key of Object.keys(patch) as (keyof D)[]) {
        if (!invalid.has(key)) accepted[key] = patch[key];
      }
      if (invalid.size === 0) {
        this.baseline = { ...this.baseline, ...accepted };
        this.lastSavedAt = this.now();
        break;
      }
      // Some fields were refused: the request changed nothing, so send the others again.
      patch = accepted;
    }
  }

  private settle(): void {
    if (this.rejected.size > 0) {
      this.setState({ kind: 'invalid', at: this.lastSavedAt, keys: [...this.rejected.keys()].map(String) });
    } else if (this.lastSavedAt) {
      this.setState({ kind: 'saved', at: this.lastSavedAt });
    } else {
      this.setState({ kind: 'idle' });
    }
  }

  private now(): Date {
    return this.options.now ? this.options.now() : new Date();
  }

  private setState(state: AutosaveState): void {
    this.stateValue = state;
    this.options.onStateChange?.(state);
  }
}
