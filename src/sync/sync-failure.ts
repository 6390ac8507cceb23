/** Why a sync could not run, as a code the settings word ("wrong token", "offline"…). */
export type SyncFailure =
  | { code: 'wrongToken' }
  | { code: 'noPermission' }
  | { code: 'notFound' }
  | { code: 'serverError'; status: number }
  | { code: 'noAnswer' }
  | { code: 'unreachable' }
  | { code: 'notGitServer' }
  | { code: 'unexpected'; detail: string };

/**
 * The failure an error of isomorphic-git, the network or the deadline stands for. A forge
 * answers 401 to a token it does not know and 403 to one that may read but not push (GitHub,
 * GitLab and Gitea alike); fetch rejects with a TypeError when nothing answers at that address.
 */
export function syncFailure(error: unknown): SyncFailure {
  const { code, data, name } = (error ?? {}) as { code?: string; data?: { statusCode?: number }; name?: string };
  if (code === 'noAnswer') return { code: 'noAnswer' };
  if (code === 'HttpError') {
    const status = data?.statusCode ?? 0;
    if (status === 401) return { code: 'wrongToken' };
    if (status === 403) return { code: 'noPermission' };
    if (status === 404) return { code: 'notFound' };
    return { code: 'serverError', status };
  }
  if (code === 'SmartHttpError' || code === 'ParseError' || code === 'UnknownTransportError' || code === 'UrlParseError') return { code: 'notGitServer' };
  if (error instanceof TypeError || name === 'TypeError') return { code: 'unreachable' };
  return { code: 'unexpected', detail: String(error) };
}
