import { describe, expect, it } from 'vitest';
import { syncFailure } from '../../../src/sync/sync-failure';
import { NoAnswerError } from '../../../src/sync/sync-http';

const http = (statusCode: number) => Object.assign(new Error('HTTP Error'), { code: 'HttpError', data: { statusCode } });

describe('syncFailure', () => {
  it('names what a forge’s answer means', () => {
    expect(syncFailure(http(401))).toEqual({ code: 'wrongToken' });
    expect(syncFailure(http(403))).toEqual({ code: 'noPermission' });
    expect(syncFailure(http(404))).toEqual({ code: 'notFound' });
    expect(syncFailure(http(502))).toEqual({ code: 'serverError', status: 502 });
  });

  it('tells no answer, no server and not a git server apart', () => {
    expect(syncFailure(new NoAnswerError('https://git.example/x.git'))).toEqual({ code: 'noAnswer' });
    expect(syncFailure(new TypeError('Failed to fetch'))).toEqual({ code: 'unreachable' });
    expect(syncFailure(Object.assign(new Error('x'), { code: 'SmartHttpError' }))).toEqual({ code: 'notGitServer' });
    expect(syncFailure(new Error('odd'))).toEqual({ code: 'unexpected', detail: 'Error: odd' });
  });
});
