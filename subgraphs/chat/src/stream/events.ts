import { defineChannel } from '@aula/runtime';

/**
 * Chat's stream event shapes are bus contracts: they are declared once in the runtime's
 * contracts module and re-exported here under the names chat's code has always used.
 */
export type {
  ChatStreamPayload,
  MessageRecord,
  SettlementPayload,
  UsagePayload,
} from '@aula/runtime';

/** A `chat.heartbeat` message: "this replica is still writing these answers". */
export interface AnswerHeartbeat {
  readonly replicaId: string;
  readonly messageIds: readonly string[];
  /**
   * Answers named in an earlier beat that this replica has finished since: stored, settled (or
   * owed) and their terminal event published. An answer that falls silent without being named
   * here lost its writer, perhaps after it was stored and before its end went out.
   */
  readonly ended?: readonly string[];
}

/** Chat replicas name the answers they are writing here (chat only). */
export const ANSWER_HEARTBEAT = defineChannel<AnswerHeartbeat>('chat.heartbeat');
