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
