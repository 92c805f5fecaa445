import type {
  DeliveryMode,
  Eligibility,
  LocalisedText,
  OfferCategory,
  OfferCost,
  OfferLocation,
  OfferSchedule,
  OfferStatus,
  OptionalLocalisedText,
  PartnerContact,
  PartnerType,
} from '@pathways/contracts';
import type { z } from 'zod';

/**
 * A partner and an offer as the HSDS mapping sees them: exactly the fields an export carries
 * and an import writes, in API shape. The repo turns rows into these and these into rows.
 */
export type PartnerRecord = {
  id: string;
  name: string;
  type: z.infer<typeof PartnerType>;
  website: string | null;
  description: string | null;
  contacts: PartnerContact[];
};

export type OfferRecord = {
  id: string;
  partnerOrganisationId: string;
  category: OfferCategory;
  centreIds: string[];
  title: LocalisedText;
  description: z.infer<typeof OptionalLocalisedText>;
  eligibility: Eligibility;
  capacity: number | null;
  seatsLeft: number | null;
  schedule: z.infer<typeof OfferSchedule>;
  cost: z.infer<typeof OfferCost> | null;
  deliveryMode: z.infer<typeof DeliveryMode>;
  languages: string[];
  location: z.infer<typeof OfferLocation> | null;
  status: OfferStatus;
};

/** JSON with object keys sorted at every level: two records compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}
