import { useTranslation } from 'react-i18next';
import {
  forwardRef,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { ProblemBanner } from '../../components/Feedback';
import type { Problem } from '../../lib/errors';
import { formatNumber } from '../../lib/format';

/** The longest message chat accepts (its CHAT_MAX_MESSAGE_CHARS default). */
export const MAX_MESSAGE_CHARS = 8000;
/** From how many characters on the counter shows. */
const COUNTER_FROM = 6500;

/** What the composer's owner can do to it. */
export interface ComposerHandle {
  focus(): void;
}

/**
 * Where a student writes: it grows with its text, Enter sends and Shift+Enter starts a new
 * line. Near the limit a counter says how many characters are left; past it, Send is off and
 * nothing is cut. `send` returns the problem to show when the message was refused.
 */
export const Composer = forwardRef<
  ComposerHandle,
  {
    disabled: boolean;
    draft: string;
    onDraft: (text: string) => void;
    send: (content: string) => Promise<Problem | null>;
  }
>(function Composer({ disabled, draft, onDraft, send }, ref) {
  const { t } = useTranslation();
  const box = useRef<HTMLTextAreaElement>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  useImperativeHandle(ref, () => ({ focus: () => box.current?.focus() }), []);

  // Grows with the text up to a third of the screen, then scrolls inside.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight + 2, window.innerHeight / 3)}px`;
  }, [draft]);

  const length = draft.length;
  const over = length > MAX_MESSAGE_CHARS;
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const content = draft.trim();
    if (!content || disabled || sending || over) return;
    setSending(true);
    const refused = await send(content);
    setSending(false);
    setProblem(refused);
    if (!refused) onDraft('');
    box.current?.focus();
  };
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit}>
      {problem && <ProblemBanner problem={problem} />}
      <label htmlFor="composer-text" className="visually-hidden">
        {t('chat:composer.label')}
      </label>
      <div className="composer-row">
        <textarea
          id="composer-text"
          ref={box}
          rows={1}
          placeholder={disabled ? t('chat:composer.waiting') : t('chat:composer.placeholder')}
          value={draft}
          onChange={(e) => onDraft(e.target.value)}
          onKeyDown={onKey}
          aria-describedby={length >= COUNTER_FROM ? 'composer-count' : undefined}
          aria-invalid={over || undefined}
        />
        <button type="submit" disabled={disabled || sending || over || !draft.trim()}>
          {sending ? t('chat:composer.sending') : t('chat:composer.send')}
        </button>
      </div>
      {length >= COUNTER_FROM && (
        <p id="composer-count" className={`small composer-count${over ? ' over' : ''}`}>
          {over
            ? t('chat:composer.over', {
                count: length - MAX_MESSAGE_CHARS,
                amount: formatNumber(length - MAX_MESSAGE_CHARS),
              })
            : t('chat:composer.left', {
                count: MAX_MESSAGE_CHARS - length,
                amount: formatNumber(MAX_MESSAGE_CHARS - length),
              })}
        </p>
      )}
    </form>
  );
});
