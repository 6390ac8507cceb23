/**
 * The reason phrases of HTTP (RFC 9110) for the answers the check meets most. They stay English
 * in every language on purpose: they are the protocol's names for the answers, as servers send
 * them and as a curator would look them up, not sentences of this extension; the sentences
 * around them come from _locales.
 */
const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  407: 'Proxy Authentication Required',
  410: 'Gone',
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** An HTTP answer as servers word it: "404 Not Found", or the bare status for a rarer one. */
export const answerText = (status: number) => `${status}${REASON_PHRASES[status] ? ` ${REASON_PHRASES[status]}` : ''}`;
