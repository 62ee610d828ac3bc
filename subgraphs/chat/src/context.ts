import type { BaseContext, Db, EventBus, ServiceClient } from '@aula/runtime';
import type { ConversationAccess } from './access';
import type { ChatService } from './chat-service';
import type { SettlementOutbox } from './stream/outbox';
import type { RetentionHold } from './retention';
import type { SendTargets } from './send-targets';
import type { SnapshotStore } from './stream/snapshot';

/** What chat's resolvers receive. */
export interface ChatSubgraphContext extends BaseContext {
  readonly db: Db;
  readonly bus: EventBus;
  readonly snapshots: SnapshotStore;
  readonly access: ConversationAccess;
  readonly chat: ChatService;
  /** The unchanging part of conversations messages were sent in here, so the next skips a read. */
  readonly sendTargets: SendTargets;
  /** Deletes conversations, keeping those a safety flag holds. */
  readonly retention: RetentionHold;
  /** Calls other subgraphs as the chat service. */
  readonly services: ServiceClient;
  /** Whether a subgraph is part of this platform. */
  readonly isAvailable: (service: string) => boolean;
  /** Settlements owed to accounting. */
  readonly outbox: SettlementOutbox;
  /**
   * Longest a non-owner's stream holds events whose reading monitoring cannot record before
   * it ends with SERVICE_UNAVAILABLE (`CHAT_UNRECORDED_HOLD_SECONDS`), in milliseconds.
   */
  readonly unrecordedHoldMs: number;
}
