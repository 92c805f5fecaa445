import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';

/** `body`, `params` and `query` are the route's zod schemas: the fuzz tests (robustness/) derive inputs from them. */
export type RouteEntry = {
  method: string;
  url: string;
  permission: string;
  body?: unknown;
  params?: unknown;
  query?: unknown;
};

const DOCS_PREFIX = '/api/docs';
const noQueryParameters = z.strictObject({});

/**
 * Every /api route must declare its permission, or the server refuses to start: a route can
 * never be reachable by accident. Routes that take no query parameters refuse unknown ones.
 * Returns the catalogue of routes, which tests walk to prove 401/403 on every one.
 */
export function guardRoutes(app: FastifyInstance): RouteEntry[] {
  const catalogue: RouteEntry[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api')) return;
    if (route.url.startsWith(DOCS_PREFIX)) {
      route.config = { ...route.config, permission: 'public' };
      return;
    }
    const permission = route.config?.permission;
    if (!permission) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} declares no permission (config.permission).`,
      );
    }
    if (!route.schema?.querystring) route.schema = { ...route.schema, querystring: noQueryParameters };
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        catalogue.push({
          method,
          url: route.url,
          permission,
          body: route.schema?.body,
          params: route.schema?.params,
          query: route.schema?.querystring,
        });
    }
  });
  return catalogue;
}
