import { useCallback } from 'react';
import { useMutation } from 'urql';
import { useNavigate } from 'react-router';
import { emit } from '../../lib/events';
import { problemFromCombined, type Problem } from '../../lib/errors';
import type { Message } from './conversationState';
import { SendMessageMutation, StartChatMutation } from './documents';

/** Sends a message in an open conversation; the pending answer goes to `onSent`. */
export function useSendMessage(sessionId: string, onSent: (pending: Message) => void) {
  const [, send] = useMutation(SendMessageMutation);
  return useCallback(
    async (content: string): Promise<Problem | null> => {
      const outcome = await send({ sessionId, content });
      if (!outcome.data) return outcome.error ? problemFromCombined(outcome.error) : null;
      onSent(outcome.data.sendMessage);
      emit('credits-changed'); // the reservation lowers what is available at once
      emit('sessions-changed');
      return null;
    },
    [send, sessionId, onSent],
  );
}

/**
 * Starts a conversation with its first message (`startChat(message)`): nothing is created
 * until the student sends, and nothing is left behind when the message is refused.
 */
export function useStartChat(chatbotId: string | null) {
  const [, start] = useMutation(StartChatMutation);
  const navigate = useNavigate();
  return useCallback(
    async (message: string): Promise<Problem | null> => {
      const outcome = await start({ chatbotId, message });
      if (!outcome.data) return outcome.error ? problemFromCombined(outcome.error) : null;
      emit('credits-changed');
      emit('sessions-changed');
      navigate(`/chat/${outcome.data.startChat.id}`);
      return null;
    },
    [start, chatbotId, navigate],
  );
}
