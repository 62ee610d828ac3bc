/**
 * A named bus channel and the payload every message on it carries. The payload type exists
 * only for the compiler: {@link EventBus} accepts channels, not strings, so a publisher and a
 * subscriber that disagree about a channel's name or payload fail `npm run typecheck`.
 */
export interface Channel<TPayload> {
  /** The bus name, such as `chat.activity` (Redis adds the bus's key prefix). */
  readonly name: string;
  /**
   * What the channel's metrics are labelled with when its name carries an id (every session's
   * `chat.stream.<id>` is `chat.stream`); the name itself when absent.
   */
  readonly family?: string;
  /** Never set: carries the payload type. */
  readonly payload?: TPayload;
}

/**
 * Declares a channel. Channels between services are declared once in this contracts module
 * (`channels.ts`); a channel only its owner publishes and reads may be declared in the owner.
 */
export function defineChannel<TPayload>(name: string, family?: string): Channel<TPayload> {
  return Object.freeze(family ? { name, family } : { name });
}

/** The payload type of a channel. */
export type PayloadOf<C> = C extends Channel<infer T> ? T : never;
