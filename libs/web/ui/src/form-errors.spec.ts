import { jest } from '@jest/globals';
import { ApiError } from '@yiqia/web-data';
import { formErrorsFromApi, pathToNamePath } from './form-errors.js';

describe('formErrorsFromApi', () => {
  const form = () => ({ setFields: jest.fn() });

  it('maps field paths to antd name paths', () => {
    expect(pathToNamePath('organization.creditCode')).toEqual(['organization', 'creditCode']);
    expect(pathToNamePath('contacts.0.phone')).toEqual(['contacts', 0, 'phone']);
    expect(pathToNamePath('contacts[1].email')).toEqual(['contacts', 1, 'email']);
  });

  it('puts VALIDATION_FAILED field messages under their fields', () => {
    const f = form();
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'bad',
      fieldErrors: [
        { path: 'organization.creditCode', code: 'custom', message: '校验位不正确' },
        { path: 'email', code: 'invalid', message: '邮箱格式不正确' },
        { path: 'email', code: 'invalid', message: '邮箱格式不正确' },
      ],
    });
    expect(formErrorsFromApi(error, f)).toBe(true);
    expect(f.setFields).toHaveBeenCalledWith([
      { name: ['organization', 'creditCode'], errors: ['校验位不正确'] },
      { name: ['email'], errors: ['邮箱格式不正确'] },
    ]);
  });

  it('binds codes without details to a field when asked', () => {
    const f = form();
    const error = new ApiError({ status: 409, code: 'EMAIL_TAKEN', message: '该邮箱已注册' });
    expect(formErrorsFromApi(error, f, { codeFields: { EMAIL_TAKEN: 'email' } })).toBe(true);
    expect(f.setFields).toHaveBeenCalledWith([{ name: ['email'], errors: ['该邮箱已注册'] }]);
  });

  it('leaves other errors to the caller', () => {
    const f = form();
    expect(formErrorsFromApi(new ApiError({ status: 500, code: 'INTERNAL', message: 'x' }), f)).toBe(false);
    expect(formErrorsFromApi(new Error('x'), f)).toBe(false);
    expect(f.setFields).not.toHaveBeenCalled();
  });
});
