import type { Permission } from '@pathways/contracts';
import type { Actor } from '../access/actor.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api route declares the permission it needs; registration fails without one. */
    permission?: Permission;
    /** The route answers a session limited to setting up a second factor (auth/mfa.routes.ts). */
    allowsMfaEnrolmentOnly?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}
