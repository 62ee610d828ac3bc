import type { ChatStreamSnapshotResolvers } from '../generated/graphql';
import { streamedText } from '../stream/fields';

/** Streamed text is message content too: a watcher other than the owner stays on record. */
export const ChatStreamSnapshot: ChatStreamSnapshotResolvers = { text: streamedText };
