import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import type { Client as WsClient } from 'graphql-ws';
import { useMemo } from 'react';
import { createPlaygroundFetcher } from './fetcher';

const EXAMPLE = `# Operations run as you, with your permissions.
# Ctrl+Enter runs; Ctrl+Space completes; the book icon opens the docs.
query Me {
  me {
    id
    displayName
    role
  }
}
`;

/** GraphiQL on the gateway, with the docs explorer open (loaded on demand: Monaco is large). */
export default function GraphiQLPlayground({ socket }: { socket: WsClient }) {
  const fetcher = useMemo(() => createPlaygroundFetcher(socket), [socket]);
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={EXAMPLE}
      visiblePlugin="Documentation Explorer"
      forcedTheme="light"
      shouldPersistHeaders={false}
    />
  );
}
