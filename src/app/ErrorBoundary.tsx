/**
 * The last line of defence against a blank page: whatever a render throws (a
 * data file that passed every check and still breaks a component, a bug) is
 * shown as what failed, with the way back, instead of an empty screen.
 * React catches render errors only in a class component.
 */
import { Component, type ReactNode } from 'react';

/**
 * The page again, without its filters; still an embed when it was one, since only an
 * embed may be shown in another site's frame (the full app would be refused there).
 */
function reloadHref(): string {
  return new URLSearchParams(window.location.search).get('embed') === '1' ? './?embed=1' : './';
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error" role="alert">
        <h2>The timeline could not be shown</h2>
        <p>Something in the data or in the app failed while drawing it: {error.message}</p>
        <p>
          <a href={reloadHref()}>Reload the page without its filters</a>, or run “npm run extract”
          again if the data file was edited by hand.
        </p>
      </div>
    );
  }
}
