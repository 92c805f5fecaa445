import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export function registerHsdsRoutes(_app: FastifyInstance, _db: Kysely<DB>) {}
