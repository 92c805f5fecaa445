import type { OfferMatches } from '@pathways/contracts';
import { matchOffers } from '@pathways/domain';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { getClient } from '../clients/clients.service.js';
import type { DB } from '../db/schema.js';
import { todayUtc } from '../partners/agreement-validity.js';
import { presentOffer } from './offers.presenter.js';
import { listOffers } from './offers.repo.js';

/** Active offers of a country seldom run into hundreds; this bounds one matching pass. */
const MAX_OFFERS_MATCHED = 500;

/**
 * The active offers of the client's country, ranked for this client with reasons, and the
 * ineligible ones apart with what fails. Whoever may read the client may see the offers
 * matched to them: offers are not personal data.
 */
export async function matchOffersForClient(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
): Promise<OfferMatches> {
  const client = await getClient(db, actor, clientId);
  const country = { isGlobal: false, countryCodes: [client.countryCode], partnerOrganisationIds: [] };
  const { items } = await listOffers(db, country, {
    country: client.countryCode,
    status: 'active',
    limit: MAX_OFFERS_MATCHED,
    offset: 0,
  });
  return matchOffers(client, items.map(presentOffer), todayUtc());
}
