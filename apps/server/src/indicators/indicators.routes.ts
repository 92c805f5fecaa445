import { IndicatorExportQuery, IndicatorQuery, IndicatorReport } from '@pathways/contracts';
import { DEFAULT_MIN_CELL } from '@pathways/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { actorOf } from '../http/authenticate.js';
import { indicatorsToCsv, indicatorsToXlsx } from './indicators.export.js';
import { buildIndicatorReport } from './indicators.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `k`: the suppression threshold (INDICATORS_MIN_CELL). */
export function registerIndicatorRoutes(app: FastifyInstance, db: Kysely<DB>, k = DEFAULT_MIN_CELL) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['indicators'];
  const config = { permission: 'indicators.read' as const };

  r.get(
    '/api/indicators',
    {
      config,
      schema: {
        tags,
        summary: 'Programme indicators for a period, within your scope (suppressed for the analyst)',
        querystring: IndicatorQuery,
        response: { 200: IndicatorReport },
      },
    },
    async (request) => buildIndicatorReport(db, actorOf(request), request.query, k),
  );

  const fileName = (report: { period: { key: string | null; from: string; to: string } }, ext: string) =>
    `indicators-${report.period.key ?? `${report.period.from}_${report.period.to}`}.${ext}`;

  r.get(
    '/api/indicators/export.csv',
    {
      config,
      schema: {
        tags,
        summary: 'The same figures as CSV: one line per published cell',
        querystring: IndicatorExportQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { lang, ...query } = request.query;
      const report = await buildIndicatorReport(db, actorOf(request), query, k);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(report, 'csv')}"`)
        .send(`\uFEFF${indicatorsToCsv(report, lang)}`);
    },
  );

  r.get(
    '/api/indicators/export.xlsx',
    {
      config,
      schema: {
        tags,
        summary: 'The same figures as an XLSX workbook, with the definitions on a second sheet',
        querystring: IndicatorExportQuery,
        produces: [XLSX_TYPE],
      },
    },
    async (request, reply) => {
      const { lang, ...query } = request.query;
      const report = await buildIndicatorReport(db, actorOf(request), query, k);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${fileName(report, 'xlsx')}"`)
        .send(await indicatorsToXlsx(report, lang));
    },
  );
}
