import { api, type Page } from '../api/client';
import type { Conversation, TranscriptMessage } from '../api/types';

/** A conversation with its transcript, whichever way the conversation service returns it. */
export async function loadConversation(id: string): Promise<{ conversation: Conversation; messages: TranscriptMessage[] }> {
  const conversation = await api<Conversation>(`/api/conversations/${id}`);
  let messages = conversation.messages ?? conversation.transcript;
  if (!messages) {
    const page = await api<Page<TranscriptMessage>>(`/api/conversations/${id}/messages`);
    messages = page.items;
  }
  return { conversation, messages };
}

export function stateOf(conversation: Conversation | undefined): string | undefined {
  return conversation?.state ?? conversation?.stage;
}
