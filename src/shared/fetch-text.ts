/** Why a fetch failed, for messages and for tests. */
export type FetchFailure = 'timeout' | 'status' | 'network' | 'too-large' | 'aborted';

/** A failed fetch: the kind, and the HTTP status where there was one. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly kind: FetchFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Limits for one fetch. */
export interface FetchLimits {
  /** Gives up after this many milliseconds. */
  readonly timeout: number;
  /** Stops reading past this many bytes. */
  readonly maxBytes: number;
  /** Aborts the fetch from outside (a newer `src`, the element leaving the page). */
  readonly signal?: AbortSignal;
}

/**
 * Fetches `url` as text within `limits`: a timeout through `AbortSignal`,
 * and a size cap enforced while streaming, so a huge response is cut off
 * after `maxBytes` rather than read whole.
 *
 * @throws FetchError for every failure.
 */
export async function fetchText(url: string, limits: FetchLimits): Promise<{text: string; type: string}> {
  // A timer of our own rather than AbortSignal.timeout(), so it is cleared as
  // soon as the fetch settles instead of outliving it.
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), limits.timeout);
  const timeout = timer.signal;
  const signal = limits.signal ? AbortSignal.any([limits.signal, timeout]) : timeout;
  const failure = (error: unknown): FetchError => {
    if (error instanceof FetchError) return error;
    if (limits.signal?.aborted) return new FetchError('aborted', 'The request was cancelled.');
    if (timeout.aborted) return new FetchError('timeout', `No answer within ${limits.timeout} ms.`);
    return new FetchError('network', `The request failed: ${(error as Error)?.message ?? error}`);
  };
  try {
    const response = await fetch(url, {signal, credentials: 'same-origin'});
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw new FetchError('status', `The server answered ${response.status}.`, response.status);
    }
    const length = Number(response.headers.get('content-length'));
    if (length > limits.maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw tooLarge(limits.maxBytes);
    }
    const type = response.headers.get('content-type') ?? '';
    if (!response.body) return {text: await response.text(), type};
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(limits.maxBytes);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return {text: new TextDecoder().decode(bytes), type};
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timeoutId);
  }
}

const tooLarge = (maxBytes: number) =>
  new FetchError('too-large', `The response is larger than ${maxBytes} bytes.`);
