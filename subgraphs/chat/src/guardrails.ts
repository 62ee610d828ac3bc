import { findBlockedTerm, type BlockedActivity, type BlockedTermHit } from '@aula/runtime';
import type { ChatbotRuntime } from './chatbots';

/** What a chatbot says to a blocked message when its manager wrote no refusal of their own. */
export const DEFAULT_REFUSAL =
  'I can’t help with that here: it’s a topic this chatbot has been set up not to talk about. ' +
  'Let’s get back to your learning. What else would you like to work on?';

/** Why a blocked answer stopped, as the student reads it. */
export const BLOCKED_ANSWER_REASON =
  'This answer touched a topic this chatbot does not cover, so it was stopped and replaced.';

/** Characters of earlier answer text judged again with each batch, so a term split across batches is seen. */
const ANSWER_WINDOW_CHARS = 1_000;

/** The refusal text this chatbot answers blocked messages with. */
export const refusalOf = (chatbot: ChatbotRuntime): string =>
  chatbot.refusalMessage?.trim() || DEFAULT_REFUSAL;

/** The blocked topic or keyword of this chatbot that `text` touches, or null. */
export function blockedTermIn(chatbot: ChatbotRuntime, text: string): BlockedTermHit | null {
  return findBlockedTerm(text, {
    topics: chatbot.blockedTopics,
    keywords: chatbot.blockedKeywords,
  });
}

/** The hit as `chat.activity` reports it, with a short excerpt around it. */
export function blockedActivity(text: string, hit: BlockedTermHit): BlockedActivity {
  const from = Math.max(0, hit.start - 60);
  const to = Math.min(text.length, hit.end + 60);
  const excerpt = `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
  return { kind: hit.kind, term: hit.term, excerpt };
}

/**
 * Judges a streaming answer batch by batch, before each batch is published: the batch with
 * the last {@link ANSWER_WINDOW_CHARS} characters already published before it.
 */
export class AnswerGuard {
  private published = '';
  private hit: BlockedActivity | null = null;

  constructor(private readonly chatbot: ChatbotRuntime) {}

  /** Whether this chatbot blocks anything at all (most do not: the check is then skipped). */
  get active(): boolean {
    return this.chatbot.blockedTopics.length + this.chatbot.blockedKeywords.length > 0;
  }

  /** What blocked the answer, once something has. */
  get blocked(): BlockedActivity | null {
    return this.hit;
  }

  /** Takes the next batch: true when it may be published, false when it blocks the answer. */
  admit(batch: string): boolean {
    if (this.hit) return false;
    if (!this.active) return true;
    const window = this.published.slice(-ANSWER_WINDOW_CHARS) + batch;
    const hit = blockedTermIn(this.chatbot, window);
    if (hit) {
      this.hit = blockedActivity(window, hit);
      return false;
    }
    this.published = (this.published + batch).slice(-ANSWER_WINDOW_CHARS);
    return true;
  }
}
