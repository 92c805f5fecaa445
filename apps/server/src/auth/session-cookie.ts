import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../http/authenticate.js';

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxHours: number,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    // Secure whenever the browser reached us over HTTPS (directly or through a trusted proxy).
    secure: request.protocol === 'https',
    maxAge: maxHours * 3600,
  });
}
