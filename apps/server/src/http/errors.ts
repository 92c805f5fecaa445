import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export type FieldError = { field: string; message: string };

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** The one error type of the server: a code for clients, an HTTP status, and the fields at fault. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? titles[status] ?? 'Error');
  }
}

export const notFound = (what = 'resource') => new AppError(404, 'not_found', `No such ${what}.`);
export const forbidden = () => new AppError(403, 'forbidden', 'Your role does not allow this action.');
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Sign in to continue.');
export const invalid = (field: string, message: string, code = 'validation_failed') =>
  new AppError(400, code, `${field}: ${message}`, [{ field, message }]);
export const conflict = (code: string, detail: string, field?: string) =>
  new AppError(409, code, detail, field ? [{ field, message: detail }] : undefined);

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  detail?: string,
  errors?: FieldError[],
) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: `https://pathways.local/problems/${code}`,
      title: titles[status] ?? 'Error',
      status,
      code,
      ...(detail ? { detail } : {}),
      ...(errors?.length ? { errors } : {}),
    });
}

type ZodIssueParams = { keys?: string[] };

function fieldErrorsOf(error: FastifyError): FieldError[] {
  const context = error.validationContext;
  return (error.validation ?? []).flatMap((v) => {
    const path = v.instancePath.split('/').filter(Boolean).join('.');
    const prefix = context === 'body' || context === undefined ? '' : `${context}.`;
    const keys = (v.params as ZodIssueParams).keys;
    // An unknown key is reported on its parent; name the key itself, it is what the caller sent.
    if (v.keyword === 'unrecognized_keys' && keys?.length) {
      return keys.map((k) => ({
        field: prefix + (path ? `${path}.${k}` : k),
        message: 'is not a known field',
      }));
    }
    return [{ field: prefix + (path || context || 'body'), message: v.message ?? 'is invalid' }];
  });
}

const fastifyCodes: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed_json', 'The body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'empty_body', 'The body is empty; send a JSON object.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large', 'The body is larger than this endpoint accepts.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'Send the body as application/json.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'invalid_content_length',
    'Content-Length does not match the body.',
  ],
};

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return sendProblem(reply, error.status, error.code, error.message, error.errors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = fieldErrorsOf(error);
      const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      return sendProblem(reply, 400, 'validation_failed', detail, errors);
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return sendProblem(reply, known[0], known[1], known[2]);
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON') {
      return sendProblem(reply, 400, 'malformed_json', 'The body is not valid JSON.');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, error.statusCode, 'bad_request', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 500, 'internal_error', 'Something went wrong on our side; it has been logged.');
  });
}
