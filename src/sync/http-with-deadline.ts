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
 * `http` whose requests give up after `ms` without an answer: a server that never answers must
 * end the sync with a message, not leave it waiting for ever.
 */
export function httpWithDeadline(http: HttpClient, ms: number): HttpClient {
  return {
    request: (request) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new NoAnswerError(request.url)), ms);
        http.request(request).then(
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
