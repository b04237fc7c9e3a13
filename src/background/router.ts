// Receives every runtime message, checks who sent it and what it is, and dispatches it to its handler.
import type { Runtime } from 'webextension-polyfill';
import type { RequestType, ResponseMessage, WorkerRequests } from '../shared/messages';
import { parseRequest } from './validate';

/** One async function per request type: the worker's whole API. */
export type Handlers = {
  [K in RequestType]: (params: Parameters<WorkerRequests[K]>[0]) => Promise<ReturnType<WorkerRequests[K]>>;
};

/**
 * True when the sender is one of our own extension pages (popup, side panel, options — the last may sit in
 * a tab), not a content script in a web page and not another extension.
 */
export function fromOwnPage(
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return sender.id === extensionId && (sender.url ?? '').startsWith(extensionOrigin);
}

/** Handles one message; never throws, answers refused or failed requests with a reader-facing error. */
export async function route(
  handlers: Handlers,
  message: unknown,
  trusted: boolean,
): Promise<ResponseMessage> {
  if (!trusted) return { ok: false, error: 'Request refused: it did not come from StoryDiff.' };
  const request = parseRequest(message);
  if (!request) return { ok: false, error: 'Request refused: it is not one StoryDiff understands.' };
  try {
    const handler = handlers[request.type] as (params: unknown) => Promise<unknown>;
    const result = await handler(request.params);
    return { ok: true, result } as ResponseMessage;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
