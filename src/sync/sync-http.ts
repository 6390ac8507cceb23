import type { HttpClient } from 'isomorphic-git';

/** The server took longer than the deadline to answer one request. */
export class NoAnswerError extends Error {
  readonly code = 'noAnswer';
  constructor(readonly url: string) {
    super(`noAnswer: ${url}`);
    this.name = 'NoAnswerError';
  }
}

/**
 * isomorphic-git's fetch client as the sync needs it:
 * - without the browser's credentials: a forge answers a wrong token with 401 and a Basic
 *   challenge, and a request that may send credentials makes Chromium show its sign-in prompt
 *   and wait on it; the token goes in the Authorization header the sync sets itself;
 * - with a deadline: a request with no answer after `ms` is aborted, so a server that never
 *   answers ends the sync with a message instead of leaving it waiting.
 */
export function syncHttp(http: HttpClient, ms: number): HttpClient {
  return {
    request: (request) =>
      new Promise((resolve, reject) => {
        const controller = new AbortController();
        const timer = setTimeout(() => {
          const error = new NoAnswerError(request.url);
          controller.abort(error);
          reject(error);
        }, ms);
        http.request({ ...request, signal: controller.signal, fetchOptions: { ...request.fetchOptions, credentials: 'omit' } }).then(
          (response) => {
            clearTimeout(timer);
            resolve(response);
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error);
          },
        );
      }),
  };
}
