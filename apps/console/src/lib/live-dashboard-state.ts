import type { ConsoleServerEvents, DashboardDto } from '@yiqia/contracts';

export type DashboardDelta = Parameters<ConsoleServerEvents['dashboard:update']>[0];

/**
 * What the dashboard holds: the last full snapshot with the deltas applied, and the deltas that
 * arrived before the snapshot of the current watch (they are applied on top of it when newer).
 */
export interface DashboardState {
  dashboard: DashboardDto | null;
  /** Deltas received while waiting for the snapshot of a (re)watch. */
  pending: DashboardDelta[];
  /** True while a (re)watch is under way: deltas wait for its snapshot. */
  awaitingSnapshot: boolean;
}

export const initialDashboardState: DashboardState = { dashboard: null, pending: [], awaitingSnapshot: true };

function merge(dashboard: DashboardDto, delta: DashboardDelta): DashboardDto {
  return { ...dashboard, ...delta.sections, expoId: dashboard.expoId, version: delta.version, computedAt: delta.computedAt };
}

/** A (re)watch started: keep showing what we have, hold new deltas until its snapshot. */
export function startWatch(state: DashboardState): DashboardState {
  return { ...state, pending: [], awaitingSnapshot: true };
}

/**
 * The snapshot of a watch replaces everything (even with a lower version: the server may have
 * restarted and counts again from 1), then the held deltas newer than it are applied in order.
 */
export function applySnapshot(state: DashboardState, snapshot: DashboardDto): DashboardState {
  let dashboard = snapshot;
  for (const delta of [...state.pending].sort((a, b) => a.version - b.version)) {
    if (delta.expoId === snapshot.expoId && delta.version > dashboard.version) dashboard = merge(dashboard, delta);
  }
  return { dashboard, pending: [], awaitingSnapshot: false };
}

/** A pushed delta: applied only when it is newer than what is held and for the same expo. */
export function applyDelta(state: DashboardState, delta: DashboardDelta): DashboardState {
  if (state.awaitingSnapshot) return { ...state, pending: [...state.pending, delta] };
  const current = state.dashboard;
  if (!current || delta.expoId !== current.expoId || delta.version <= current.version) return state;
  return { ...state, dashboard: merge(current, delta) };
}
