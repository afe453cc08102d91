// SPDX-License-Identifier: EUPL-1.2
/**
 * Keeps a failing part (e.g. a map in a browser without WebGL) from blanking the whole page:
 * shows a fallback instead and reports the failure once.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export type ErrorBoundaryProps = {
  fallback: ReactNode;
  onError?: (error: unknown) => void;
  children: ReactNode;
};

/** Renders `fallback` instead of children that threw while rendering. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A part of the page failed', error, info.componentStack);
    this.props.onError?.(error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
