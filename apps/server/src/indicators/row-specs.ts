import {
  ageGroups,
  clientGroups,
  counsellingTopics,
  type IndicatorDimension,
  sessionChannels,
} from '@pathways/contracts';
import { ageGroupOf, calendarYearKeys, monthsOf, type Period } from '@pathways/domain';
import type { RowSpec } from './counselling.tables.js';
import type { IndicatorView } from './indicators.scope.js';

/** No breakdown: the total row alone. */
export const noBreakdown = (): RowSpec => ({
  dimension: 'none',
  keys: [],
  shownKeys: [],
  fold: (raw) => raw,
  labelOf: () => null,
});

/**
 * The rows of the counselling tables for a breakdown. Every possible value is a row (zeros
 * included) so that the shape of a table, and so its suppression, does not depend on the data.
 * With `linkedYear`, month rows cover the whole year (the linked tables share one shape).
 */
export function rowSpecOf(
  dimension: IndicatorDimension,
  view: IndicatorView,
  period: Period,
  linkedYear: number | null,
): RowSpec {
  const plain = (keys: readonly string[]): RowSpec => ({
    dimension,
    keys: [...keys],
    shownKeys: [...keys],
    fold: (raw) => raw,
    labelOf: () => null,
  });
  switch (dimension) {
    case 'none':
      return plain([]);
    case 'month': {
      const shown = monthsOf(period);
      return { ...plain(shown), keys: linkedYear === null ? shown : calendarYearKeys(linkedYear).months };
    }
    case 'country':
      return plain(view.countryCodes);
    case 'centre': {
      const names = new Map(view.centres.map((c) => [c.id, c.name]));
      return { ...plain(view.centres.map((c) => c.id)), labelOf: (row) => names.get(row) ?? null };
    }
    case 'client_group':
      return plain(clientGroups);
    case 'age_group': {
      // The age reached in the year the period ends (the same year for every linked period).
      const referenceYear = Number(period.to.slice(0, 4));
      return {
        ...plain(ageGroups),
        fold: (raw) => (raw === '' ? 'unknown' : ageGroupOf(Number(raw), referenceYear)),
      };
    }
    case 'channel':
      return plain(sessionChannels);
    case 'topic':
      return plain(counsellingTopics);
  }
}
