import type { ExpoDto } from '@yiqia/contracts';
import { ConsoleFrame } from '../components/console-frame.js';

/** Placeholder until the live console work fills it in. */
function ResultsPageBody({ expo }: { expo: ExpoDto }) {
  return <div data-testid="console-results-page" data-expo-id={expo.id} />;
}

export function ResultsPage() {
  return <ConsoleFrame>{(expo) => <ResultsPageBody expo={expo} />}</ConsoleFrame>;
}
