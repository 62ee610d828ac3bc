import type React from 'react';
import { Composer, type ComposerHandle } from './Composer';
import { StarterPrompts } from './StarterPrompts';
import { useSendMessage } from './useSendMessage';

/** The footer of an open conversation: its starter prompts while empty, and the composer. */
export function ConversationComposer({
  sessionId,
  composer,
  streaming,
  draft,
  onDraft,
  starters,
  onSent,
}: {
  sessionId: string;
  composer?: React.RefObject<ComposerHandle | null>;
  streaming: boolean;
  draft: string;
  onDraft: (text: string) => void;
  starters: readonly string[];
  onSent: Parameters<typeof useSendMessage>[1];
}) {
  const send = useSendMessage(sessionId, onSent);
  return (
    <>
      <StarterPrompts prompts={starters} send={send} disabled={streaming} />
      <Composer ref={composer} disabled={streaming} draft={draft} onDraft={onDraft} send={send} />
    </>
  );
}
