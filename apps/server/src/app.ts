import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerDeniedAccessAudit } from './audit/access-denied.js';
import { registerAuditRoutes } from './audit/audit.routes.js';
import { registerAuthRoutes } from './auth/auth.routes.js';
import type { PasswordHasher } from './auth/passwords.js';
import { registerCaseworkRoutes } from './casework/casework.routes.js';
import { registerClientRoutes } from './clients/clients.routes.js';
import type { Config } from './config/config.js';
import { type KeyProvider, keyProviderFor } from './crypto/key-ring.js';
import { registerDataSubjectRoutes } from './data-subject/data-subject.routes.js';
import type { Database } from './db/client.js';
import { registerEventRoutes } from './events/events.routes.js';
import { registerHsdsRoutes } from './hsds/hsds.routes.js';
import { registerAuthentication } from './http/authenticate.js';
import { registerErrorHandling } from './http/errors.js';
import { guardRoutes, type RouteEntry } from './http/route-guard.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerStorableTextCheck } from './http/storable-text.js';
import { registerWebApp } from './http/web-app.js';
import { registerIndicatorRoutes } from './indicators/indicators.routes.js';
import { registerOfferRoutes } from './offers/offers.routes.js';
import { registerPartnerRoutes } from './partners/partners.routes.js';
import { registerPathwayRoutes } from './pathways/pathways.routes.js';
import { registerReferenceRoutes } from './reference/reference.routes.js';
import { registerReferralRoutes } from './referrals/referrals.routes.js';
import { registerSystemRoutes, VERSION } from './system/system.routes.js';
import { registerUserRoutes } from './users/users.routes.js';

/** `keys` defaults to the configuration's key ring (main.ts passes the one it checked at start). */
export type AppDeps = { config: Config; database: Database; hasher: PasswordHasher; keys?: KeyProvider };
export type App = FastifyInstance & { routeCatalogue: RouteEntry[] };

// JSON bodies here are forms, not files: 256 KiB is generous and keeps floods cheap.
const BODY_LIMIT = 256 * 1024;

/** Builds the whole server without listening: main.ts listens, tests inject. */
export async function buildApp({
  config,
  database,
  hasher,
  keys = keyProviderFor(config),
}: AppDeps): Promise<App> {
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            // Ids and routes only: never bodies, cookies, query strings or names.
            serializers: {
              req: (req) => ({ method: req.method, route: req.routeOptions?.url, id: req.id }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
          },
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
  }) as unknown as App;

  // The API speaks JSON only: a text body is a client mistake (415), not a string to validate.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.routeCatalogue = guardRoutes(app);
  registerErrorHandling(app);
  registerSecurityHeaders(app);
  registerStorableTextCheck(app);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Pathways API',
        version: VERSION,
        description:
          'Case management, referrals and indicators for the Centres for Migration and Development. ' +
          'Sign in with POST /api/auth/login; send the returned csrfToken as x-csrf-token on every write. ' +
          'Errors are RFC 9457 problem+json naming the failing fields.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pathways_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const db = database.db;
  registerAuthentication(app, db, config.session);
  registerDeniedAccessAudit(app, db);
  registerSystemRoutes(app, db, config.demo, config.mfa.required);
  registerAuthRoutes(app, { db, hasher, config });
  registerReferenceRoutes(app, db);
  registerUserRoutes(app, { db, hasher });
  registerClientRoutes(app, db, keys);
  registerCaseworkRoutes(app, db, keys);
  registerDataSubjectRoutes(app, db, keys);
  registerPathwayRoutes(app, db);
  registerPartnerRoutes(app, db);
  registerOfferRoutes(app, db);
  registerHsdsRoutes(app, db);
  registerReferralRoutes(app, db);
  registerEventRoutes(app, db);
  registerIndicatorRoutes(app, db, config.indicators.minCell);
  registerAuditRoutes(app, db, config.audit);
  await registerWebApp(app, config.webDistDir);

  await app.ready();
  return app;
}
