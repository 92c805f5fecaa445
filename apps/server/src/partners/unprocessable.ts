import { AppError } from '../http/errors.js';

/** 422: the body is well formed but breaks a rule about one of its fields, which it names. */
export const unprocessable = (field: string, message: string, code = 'unprocessable') =>
  new AppError(422, code, `${field}: ${message}`, [{ field, message }]);
