import { eventKinds } from '@pathways/contracts';
import { isIsoDate } from '../indicators/period-pick';
import type { EventKind } from './event-draft';

/** The event list's filters and page, in the URL (codes and dates only). */
export type EventListSearch = {
  from?: string;
  to?: string;
  centreId?: string;
  kind?: EventKind;
  page?: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseEventListSearch(raw: Record<string, unknown>): EventListSearch {
  const search: EventListSearch = {};
  if (isIsoDate(raw.from)) search.from = raw.from;
  if (isIsoDate(raw.to)) search.to = raw.to;
  if (typeof raw.centreId === 'string' && UUID.test(raw.centreId))
    search.centreId = raw.centreId.toLowerCase();
  const kind = eventKinds.find((value) => value === raw.kind);
  if (kind) search.kind = kind;
  const page = Number(raw.page);
  if (Number.isInteger(page) && page > 1 && page <= 2000) search.page = page;
  return search;
}

export const EVENTS_PAGE_SIZE = 25;

export function eventListQueryString(search: EventListSearch): string {
  const params = new URLSearchParams();
  if (search.from) params.set('from', search.from);
  if (search.to) params.set('to', search.to);
  if (search.centreId) params.set('centreId', search.centreId);
  if (search.kind) params.set('kind', search.kind);
  params.set('limit', String(EVENTS_PAGE_SIZE));
  params.set('offset', String(((search.page ?? 1) - 1) * EVENTS_PAGE_SIZE));
  return params.toString();
}
