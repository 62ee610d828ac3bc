/**
 * Bedrock Runtime's wire format: `application/vnd.amazon.eventstream` frames for
 * streams, and JSON error responses whose `x-amzn-errortype` header the SDK's
 * restJson protocol turns into typed exceptions (ThrottlingException, …).
 */
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import type { StreamExceptionType } from './directives';

const codec = new EventStreamCodec(toUtf8, fromUtf8);

/** The `:event-type` values of a ConverseStream response. */
export type ConverseStreamEventType =
  | 'messageStart'
  | 'contentBlockStart'
  | 'contentBlockDelta'
  | 'contentBlockStop'
  | 'messageStop'
  | 'metadata';

/** The minimal response surface shared by node:http and node:http2 compat responses. */
export interface ResponseSink {
  writeHead(status: number, headers: Record<string, string>): unknown;
  write(chunk: Uint8Array | string): boolean;
  end(chunk?: Uint8Array | string): unknown;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  removeListener(event: 'drain' | 'close', listener: () => void): unknown;
  readonly writableEnded: boolean;
}

/** An event frame, e.g. `contentBlockDelta` with `{ contentBlockIndex, delta: { text } }`. */
export function eventFrame(eventType: ConverseStreamEventType, payload: object): Uint8Array {
  return codec.encode({
    headers: {
      ':message-type': { type: 'string', value: 'event' },
      ':event-type': { type: 'string', value: eventType },
      ':content-type': { type: 'string', value: 'application/json' },
    },
    body: fromUtf8(JSON.stringify(payload)),
  });
}

/** An exception frame: the SDK throws it from the stream's async iterator. */
export function exceptionFrame(
  type: StreamExceptionType,
  payload: { message: string },
): Uint8Array {
  return codec.encode({
    headers: {
      ':message-type': { type: 'string', value: 'exception' },
      ':exception-type': { type: 'string', value: type },
      ':content-type': { type: 'string', value: 'application/json' },
    },
    body: fromUtf8(JSON.stringify(payload)),
  });
}

/** Errors returned as an HTTP response before any stream starts. */
export type ServiceErrorType =
  | 'ThrottlingException'
  | 'ValidationException'
  | 'ResourceNotFoundException'
  | 'ModelErrorException'
  | 'InternalServerException'
  | 'ServiceUnavailableException';

const STATUS: Record<ServiceErrorType, number> = {
  ThrottlingException: 429,
  ValidationException: 400,
  ResourceNotFoundException: 404,
  ModelErrorException: 424,
  InternalServerException: 500,
  ServiceUnavailableException: 503,
};

/** Writes a restJson error response the SDK maps to the named exception class. */
export function writeServiceError(
  response: ResponseSink,
  type: ServiceErrorType,
  message: string,
  requestId: string,
): void {
  if (response.writableEnded) return;
  response.writeHead(STATUS[type], {
    'content-type': 'application/json',
    'x-amzn-errortype': type,
    'x-amzn-requestid': requestId,
  });
  response.end(JSON.stringify({ message }));
}

/**
 * Writes a frame and waits while the client is slow, so a stalled reader
 * applies back-pressure instead of growing the server's buffers. Resolves
 * false when the response closed first.
 */
export function writeFrame(response: ResponseSink, frame: Uint8Array): Promise<boolean> {
  if (response.writableEnded) return Promise.resolve(false);
  if (response.write(frame)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const settle = (drained: boolean) => () => {
      response.removeListener('drain', onDrain);
      response.removeListener('close', onClose);
      resolve(drained);
    };
    const onDrain = settle(true);
    const onClose = settle(false);
    response.once('drain', onDrain);
    response.once('close', onClose);
  });
}
