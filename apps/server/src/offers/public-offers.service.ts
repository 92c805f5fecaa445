import type { PublicOffer } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { presentPublicOffer } from './offers.presenter.js';
import { listActiveOffers, type PublicOfferFilters } from './offers.repo.js';

/** The public directory: anyone, no session, active offers of one country only. */
export async function listPublicOffers(
  db: Kysely<DB>,
  filters: PublicOfferFilters,
): Promise<{ items: PublicOffer[]; total: number }> {
  const { items, total } = await listActiveOffers(db, filters);
  return { items: items.map((row) => presentPublicOffer(row, filters.lang)), total };
}
