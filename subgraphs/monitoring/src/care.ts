import {
  AsyncQueue,
  keysetAfter,
  millisecondsOf,
  type CursorPosition,
  type Db,
  type EventBus,
  type Logger,
} from '@aula/runtime';
import { and, desc, eq } from 'drizzle-orm';
import { flags } from './db/schema';
import { FLAG_EVENTS, type FlagEvent } from './flag-watcher';
import { revive } from './flag-inbox';
import { helpResourcesOf, type HelpLocale, type HelpResourcesModel } from './help-resources';
import type { FlagModel } from './mappers';

/** The `CareOffer` shown to a student after a SELF_HARM flag on their message. */
export interface CareOfferModel {
  /** The flag's id: with `offeredAt`, the offer's place in a page. */
  readonly flagId: string;
  readonly messageId: string;
  readonly sessionId: string;
  readonly offeredAt: Date;
  readonly resources: HelpResourcesModel;
}

/** Whether a flag calls for care: a SELF_HARM flag on the student's own words. */
export const offersCare = (flag: Pick<FlagModel, 'category' | 'source'>): boolean =>
  flag.category === 'SELF_HARM' && flag.source === 'STUDENT_MESSAGE';

/** Where an offer sits in "newest first" order. */
export const careOfferPosition = (offer: CareOfferModel): CursorPosition => ({
  key: offer.offeredAt,
  id: offer.flagId,
});

/**
 * A page of the care offered to a student in one conversation (after a reload), newest first,
 * after `after`; one extra row tells whether more follow. One offer per SELF_HARM flag on the
 * student's own messages, so a long conversation can hold many: hence pages.
 */
export async function careOffersIn(
  db: Db,
  studentId: string,
  sessionId: string,
  locale: HelpLocale,
  first: number,
  after: CursorPosition | null,
): Promise<CareOfferModel[]> {
  const at = millisecondsOf(flags.createdAt);
  const rows = await db
    .select({
      id: flags.id,
      messageId: flags.messageId,
      sessionId: flags.sessionId,
      at: flags.createdAt,
    })
    .from(flags)
    .where(
      and(
        eq(flags.studentId, studentId),
        eq(flags.sessionId, sessionId),
        eq(flags.category, 'SELF_HARM'),
        eq(flags.source, 'STUDENT_MESSAGE'),
        keysetAfter(at, flags.id, after),
      ),
    )
    .orderBy(desc(at), desc(flags.id))
    .limit(first + 1);
  if (!rows.length) return [];
  const resources = await helpResourcesOf(db, locale);
  return rows.map((row) => ({
    flagId: row.id,
    messageId: row.messageId,
    sessionId: row.sessionId,
    offeredAt: row.at,
    resources,
  }));
}

/** Options for {@link careOfferedStream}. */
export interface CareStreamOptions {
  readonly db: Db;
  readonly bus: EventBus;
  readonly logger: Logger;
  /** The signed-in student: only their own flags are ever offered. */
  readonly studentId: string;
  readonly sessionId: string;
  readonly locale: HelpLocale;
}

/**
 * Care the moment it is due: each SELF_HARM flag raised on the student's own message in this
 * conversation becomes one offer with the school's current resources. Read from the bus, so
 * every replica serves its own subscribers; another person's flag never passes the filter.
 */
export function careOfferedStream(
  options: CareStreamOptions,
): AsyncIterableIterator<CareOfferModel> {
  const stops: Array<Promise<() => void>> = [];
  const queue = new AsyncQueue<CareOfferModel>(() => {
    for (const stop of stops) void stop.then((unsubscribe) => unsubscribe());
  });
  let chain = Promise.resolve();
  const subscription = options.bus.subscribe(FLAG_EVENTS, (event: FlagEvent) => {
    if (event.event !== 'raised') return;
    const flag = revive(event.flag);
    if (
      !offersCare(flag) ||
      flag.studentId !== options.studentId ||
      flag.sessionId !== options.sessionId
    )
      return;
    chain = chain
      .then(async () => {
        queue.push({
          flagId: flag.id,
          messageId: flag.messageId,
          sessionId: flag.sessionId,
          offeredAt: flag.createdAt,
          resources: await helpResourcesOf(options.db, options.locale),
        });
      })
      .catch((error: unknown) =>
        options.logger.error({ err: error, flagId: flag.id }, 'care offer failed'),
      );
  });
  stops.push(subscription);
  return queue;
}
