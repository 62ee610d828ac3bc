import { useSyncExternalStore } from 'react';

/** The state of the one WebSocket that carries every live subscription. */
export type SocketStatus = 'idle' | 'connecting' | 'connected' | 'closed';

let status: SocketStatus = 'idle';
const listeners = new Set<() => void>();

/** Called by the graphql-ws client's lifecycle hooks. */
export function setSocketStatus(next: SocketStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

/** The socket's state, re-rendering the caller when it changes. */
export function useSocketStatus(): SocketStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
  );
}
