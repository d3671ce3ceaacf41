import { api } from '../api/client';
import type { Conversation, TranscriptMessage } from '../api/types';

/** A conversation with its transcript ({@code GET /api/conversations/{id}}). */
export async function loadConversation(id: string): Promise<{ conversation: Conversation; messages: TranscriptMessage[] }> {
  const conversation = await api<Conversation>(`/api/conversations/${id}`);
  return { conversation, messages: conversation.messages ?? [] };
}

export function stateOf(conversation: Conversation | undefined): string | undefined {
  return conversation?.stage;
}
