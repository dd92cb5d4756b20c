import { ApiError, apiErrorFromBody, apiErrorFromResponse } from './api-error.js';

describe('API error envelope parsing', () => {
  it('reads code, message and field errors', () => {
    const error = apiErrorFromBody(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: '提交的内容有误，请按提示修改',
        details: { fields: [{ path: 'organization.creditCode', code: 'custom', message: '统一社会信用代码校验位不正确，请核对后重新输入' }, { bad: true }] },
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('提交的内容有误，请按提示修改');
    expect(error.fieldErrors).toEqual([{ path: 'organization.creditCode', code: 'custom', message: '统一社会信用代码校验位不正确，请核对后重新输入' }]);
    expect(error.fieldError('organization.creditCode')).toMatch(/校验位/);
    expect(error.details?.fields).toBeDefined();
  });

  it('falls back to a code from the status when the body is not our envelope', () => {
    expect(apiErrorFromBody(502, '<html>Bad gateway</html>').code).toBe('INTERNAL');
    expect(apiErrorFromBody(404, undefined).code).toBe('NOT_FOUND');
    expect(apiErrorFromBody(429, { message: 'x' }).code).toBe('RATE_LIMITED');
    const e = apiErrorFromBody(418, null);
    expect(e.code).toBe('HTTP_ERROR');
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.fieldErrors).toEqual([]);
  });

  it('reads a Response whose body is not JSON', async () => {
    const error = await apiErrorFromResponse(new Response('oops', { status: 500 }));
    expect(error.status).toBe(500);
    expect(error.code).toBe('INTERNAL');
  });
});
