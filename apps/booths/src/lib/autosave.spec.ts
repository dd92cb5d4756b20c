import { jest } from '@jest/globals';
import { Autosaver, type AutosaveState, type SaveOutcome } from './autosave.js';

interface Doc {
  title: string;
  slogan: string;
  tags: string[];
}

const initial: Doc = { title: '初稿', slogan: '', tags: [] };

function diff(saved: Doc, current: Doc): Partial<Doc> {
  const out: Partial<Doc> = {};
  for (const k of Object.keys(current) as (keyof Doc)[]) {
    if (JSON.stringify(saved[k]) !== JSON.stringify(current[k])) (out as Record<string, unknown>)[k] = current[k];
  }
  return out;
}

function setup(save: (patch: Partial<Doc>) => Promise<SaveOutcome>, retryDelays?: number[]) {
  const states: AutosaveState[] = [];
  const calls: Partial<Doc>[] = [];
  const saver = new Autosaver<Doc>({
    initial,
    delay: 800,
    diff,
    retryDelays,
    save: (patch) => {
      calls.push(patch);
      return save(patch);
    },
    onStateChange: (s) => states.push(s),
    now: () => new Date('2026-05-20T10:11:12+08:00'),
  });
  return { saver, states, calls };
}

/** Let pending promise callbacks run (the fake timers do not cover microtasks). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('Autosaver', () => {
  it('debounces: many edits within the delay make one request with the last values', async () => {
    const { saver, calls, states } = setup(async () => undefined);
    saver.update({ ...initial, title: '阳' });
    jest.advanceTimersByTime(500);
    saver.update({ ...initial, title: '阳光' });
    jest.advanceTimersByTime(500);
    saver.update({ ...initial, title: '阳光助老' });
    expect(calls).toHaveLength(0);
    expect(states.at(-1)).toEqual({ kind: 'dirty' });
    jest.advanceTimersByTime(800);
    await settle();
    expect(calls).toEqual([{ title: '阳光助老' }]);
    expect(states.map((s) => s.kind)).toContain('saving');
    expect(states.at(-1)).toEqual({ kind: 'saved', at: new Date('2026-05-20T10:11:12+08:00') });
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('sends only what changed since the last successful save', async () => {
    const { saver, calls } = setup(async () => undefined);
    saver.update({ ...initial, title: 'A' });
    jest.advanceTimersByTime(800);
    await settle();
    saver.update({ ...initial, title: 'A', slogan: 'B' });
    jest.advanceTimersByTime(800);
    await settle();
    expect(calls).toEqual([{ title: 'A' }, { slogan: 'B' }]);
  });

  it('does nothing when an edit is undone before the delay', async () => {
    const { saver, calls, states } = setup(async () => undefined);
    saver.update({ ...initial, title: 'X' });
    saver.update({ ...initial });
    jest.advanceTimersByTime(2000);
    await settle();
    expect(calls).toHaveLength(0);
    expect(states.at(-1)).toEqual({ kind: 'idle' });
  });

  it('runs one save at a time and saves edits made during a save right after it', async () => {
    let release!: () => void;
    const { saver, calls } = setup(
      (patch) =>
        new Promise<void>((resolve) => {
          if (patch.title === 'first') release = resolve;
          else resolve();
        }),
    );
    saver.update({ ...initial, title: 'first' });
    jest.advanceTimersByTime(800);
    await settle();
    saver.update({ ...initial, title: 'first', tags: ['elderly'] });
    jest.advanceTimersByTime(800);
    await settle();
    expect(calls).toHaveLength(1);
    release();
    await settle();
    expect(calls).toEqual([{ title: 'first' }, { tags: ['elderly'] }]);
    expect(saver.state.kind).toBe('saved');
  });

  it('keeps changes after a failure, retries with back-off, and retry() tries at once', async () => {
    let fail = true;
    const { saver, calls, states } = setup(async () => {
      if (fail) throw new Error('offline');
    }, [5000]);
    saver.update({ ...initial, slogan: '一起向未来' });
    jest.advanceTimersByTime(800);
    await settle();
    expect(states.at(-1)).toMatchObject({ kind: 'error', retryInMs: 5000 });
    expect(saver.hasUnsavedChanges).toBe(true);
    jest.advanceTimersByTime(5000);
    await settle();
    expect(calls).toHaveLength(2);
    fail = false;
    await expect(saver.retry()).resolves.toBe(true);
    expect(calls).toHaveLength(3);
    expect(calls[2]).toEqual({ slogan: '一起向未来' });
    expect(saver.state.kind).toBe('saved');
  });

  it('saves the valid fields when the server refuses some, and waits for the user to fix the rest', async () => {
    const { saver, calls, states } = setup(async (patch) => ('slogan' in patch ? { invalidKeys: ['slogan'] } : undefined));
    saver.update({ ...initial, title: '新标题', slogan: 'bad' });
    jest.advanceTimersByTime(800);
    await settle();
    expect(calls).toEqual([{ title: '新标题', slogan: 'bad' }, { title: '新标题' }]);
    expect(states.at(-1)).toMatchObject({ kind: 'invalid', keys: ['slogan'] });
    // Unrelated edits do not resend the refused value.
    saver.update({ ...initial, title: '新标题2', slogan: 'bad' });
    jest.advanceTimersByTime(800);
    await settle();
    expect(calls.at(-1)).toEqual({ title: '新标题2' });
    // Fixing the field sends it again.
    saver.update({ ...initial, title: '新标题2', slogan: 'good' });
    jest.advanceTimersByTime(800);
    await settle();
    expect(calls.at(-1)).toEqual({ slogan: 'good' });
    expect(saver.state.kind).toBe('invalid');
  });

  it('clears the invalid state once the refused field saves', async () => {
    const { saver } = setup(async (patch) => (patch.slogan === 'bad' ? { invalidKeys: ['slogan'] } : undefined));
    saver.update({ ...initial, slogan: 'bad' });
    jest.advanceTimersByTime(800);
    await settle();
    expect(saver.state.kind).toBe('invalid');
    saver.update({ ...initial, slogan: 'ok' });
    jest.advanceTimersByTime(800);
    await settle();
    expect(saver.state.kind).toBe('saved');
  });

  it('settles when a refused value is reverted to what the server has', async () => {
    const { saver, calls } = setup(async (patch) => (patch.slogan === 'bad' ? { invalidKeys: ['slogan'] } : undefined));
    saver.update({ ...initial, slogan: 'bad' });
    jest.advanceTimersByTime(800);
    await settle();
    expect(saver.state.kind).toBe('invalid');
    saver.update({ ...initial });
    expect(saver.state.kind).toBe('idle');
    expect(saver.hasUnsavedChanges).toBe(false);
    jest.advanceTimersByTime(2000);
    await settle();
    expect(calls).toHaveLength(1);
  });

  it('settles when the edits that failed to save are undone', async () => {
    const { saver } = setup(async () => {
      throw new Error('offline');
    }, [60000]);
    saver.update({ ...initial, title: 'X' });
    jest.advanceTimersByTime(800);
    await settle();
    expect(saver.state.kind).toBe('error');
    saver.update({ ...initial });
    expect(saver.state.kind).toBe('idle');
  });

  it('flush() saves immediately without waiting for the timer', async () => {
    const { saver, calls } = setup(async () => undefined);
    saver.update({ ...initial, title: '马上保存' });
    await expect(saver.flush()).resolves.toBe(true);
    expect(calls).toEqual([{ title: '马上保存' }]);
    jest.advanceTimersByTime(5000);
    await settle();
    expect(calls).toHaveLength(1);
  });

  it('reset() takes a new baseline and stops pending work', async () => {
    const { saver, calls } = setup(async () => undefined);
    saver.update({ ...initial, title: 'local' });
    saver.reset({ ...initial, title: 'server' });
    jest.advanceTimersByTime(2000);
    await settle();
    expect(calls).toHaveLength(0);
    saver.update({ ...initial, title: 'server' });
    expect(saver.hasUnsavedChanges).toBe(false);
  });
});
