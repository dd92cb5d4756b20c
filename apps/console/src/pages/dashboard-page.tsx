import type { ExpoDto } from '@yiqia/contracts';
import { ConsoleFrame } from '../components/console-frame.js';

/** Placeholder until the live console work fills it in. */
function DashboardPageBody({ expo }: { expo: ExpoDto }) {
  return <div data-testid="console-dashboard-page" data-expo-id={expo.id} />;
}

export function DashboardPage() {
  return <ConsoleFrame>{(expo) => <DashboardPageBody expo={expo} />}</ConsoleFrame>;
}
