import { type HsdsDataset, offerCategories } from '@pathways/contracts';
import { describe, expect, it } from 'vitest';
import { type ImportContext, planImport } from './hsds.import-plan.js';
import { CATEGORY_TAXONOMY_ID, categoryTermId, derivedId, toHsdsDataset } from './hsds.mapping.js';
import type { OfferRecord, PartnerRecord } from './hsds.records.js';
import { fieldPath, parseDataset } from './hsds.validate.js';

const ACCRA = '01a21e13-0a61-7391-99cb-b127fd4740e2';

const partner: PartnerRecord = {
  id: '019a0000-0000-7000-8000-000000000001',
  name: 'Accra Skills Institute',
  type: 'tvet_institution',
  website: 'https://skills.example.org',
  description: null,
  contacts: [
    { name: 'Ama Owusu', role: 'Registrar', email: 'ama@skills.example.org', phone: '+233201234567' },
    { name: 'Kofi Mensah' },
  ],
};

const offer: OfferRecord = {
  id: '019a0000-0000-7000-8000-000000000101',
  partnerOrganisationId: partner.id,
  category: 'business_start_up',
  centreIds: [ACCRA],
  title: { en: 'Start-up training for women', fr: 'Formation à la création d’entreprise' },
  description: { en: 'Six weeks of business basics.', ar: 'ستة أسابيع' },
  eligibility: {
    clientGroups: ['returnee'],
    sexes: ['female'],
    minAge: 18,
    maxAge: 45,
    language: { code: 'en', minLevel: 'B1' },
    regions: [],
  },
  capacity: 20,
  seatsLeft: 7,
  schedule: { startsOn: '2026-09-01', endsOn: '2026-10-15', sessions: 12, note: 'Mon and Wed 9:00–12:00' },
  cost: { amount: 0, currency: 'GHS', note: 'Free for returnees' },
  deliveryMode: 'hybrid',
  languages: ['en', 'ha'],
  location: { name: 'Accra campus', address: '12 Ring Road', city: 'Accra', latitude: 5.6, longitude: -0.19 },
  status: 'paused',
};

/** A minimal offer: no schedule, cost, location, limits or translations. */
const bareOffer: OfferRecord = {
  id: '019a0000-0000-7000-8000-000000000102',
  partnerOrganisationId: partner.id,
  category: 'health',
  centreIds: [],
  title: { en: 'Health check' },
  description: {},
  eligibility: { clientGroups: [], sexes: [], regions: [] },
  capacity: null,
  seatsLeft: null,
  schedule: {},
  cost: null,
  deliveryMode: 'in_person',
  languages: ['en'],
  location: null,
  status: 'draft',
};

const emptyContext: ImportContext = {
  countryCode: 'GH',
  partners: new Map(),
  offers: new Map(),
  foreignOrganisationIds: new Set(),
  foreignOfferIds: new Set(),
  centreIds: new Set([ACCRA]),
};

/** A dataset as it travels: serialised and parsed back, as the import receives it. */
function viaJson(dataset: HsdsDataset): HsdsDataset {
  const parsed = parseDataset(JSON.parse(JSON.stringify(dataset)));
  if (!('dataset' in parsed)) throw new Error(JSON.stringify(parsed.errors));
  return parsed.dataset;
}

describe('export mapping', () => {
  const d = toHsdsDataset('GH', [partner], [offer, bareOffer]);

  it('maps a partner to an organization with contacts and phones', () => {
    expect(d.organizations).toEqual([
      {
        id: partner.id,
        name: 'Accra Skills Institute',
        description: '',
        website: 'https://skills.example.org',
        contacts: [
          {
            id: derivedId(partner.id, 'contact', '0'),
            organization_id: partner.id,
            name: 'Ama Owusu',
            title: 'Registrar',
            email: 'ama@skills.example.org',
            phones: [
              {
                id: derivedId(derivedId(partner.id, 'contact', '0'), 'phone'),
                contact_id: derivedId(partner.id, 'contact', '0'),
                number: '+233201234567',
              },
            ],
          },
          {
            id: derivedId(partner.id, 'contact', '1'),
            organization_id: partner.id,
            name: 'Kofi Mensah',
            phones: [],
          },
        ],
        x_pathways: { type: 'tvet_institution' },
      },
    ]);
  });

  it('maps an offer to a service with HSDS fields and the x_pathways extension', () => {
    expect(d.services[0]).toEqual({
      id: offer.id,
      organization_id: partner.id,
      name: 'Start-up training for women',
      description: 'Six weeks of business basics.',
      status: 'temporarily closed',
      eligibility_description: 'Women only. For: returnee. Ages 18 to 45. English at level B1 or above.',
      minimum_age: 18,
      maximum_age: 45,
      x_pathways: {
        title_translations: { fr: 'Formation à la création d’entreprise' },
        description_translations: { ar: 'ستة أسابيع' },
        eligibility: offer.eligibility,
        centre_ids: [ACCRA],
        capacity: 20,
        seats_left: 7,
        sessions: 12,
        delivery_mode: 'hybrid',
      },
    });
    expect(d.services[1]).toMatchObject({ status: 'inactive', name: 'Health check' });
    expect(d.services[1]).not.toHaveProperty('description');
    expect(d.services[1]).not.toHaveProperty('eligibility_description');
  });

  it('splits schedule, cost, languages, location and category into their HSDS tables', () => {
    expect(d.schedules).toEqual([
      {
        id: derivedId(offer.id, 'schedule'),
        service_id: offer.id,
        valid_from: '2026-09-01',
        valid_to: '2026-10-15',
        description: 'Mon and Wed 9:00–12:00',
      },
    ]);
    expect(d.cost_options).toEqual([
      {
        id: derivedId(offer.id, 'cost'),
        service_id: offer.id,
        amount: 0,
        currency: 'GHS',
        option: 'Free for returnees',
      },
    ]);
    expect(d.languages.map((l) => [l.service_id, l.code, l.name])).toEqual([
      [offer.id, 'en', 'English'],
      [offer.id, 'ha', 'Hausa'],
      [bareOffer.id, 'en', 'English'],
    ]);
    expect(d.locations).toEqual([
      {
        id: derivedId(offer.id, 'location'),
        location_type: 'physical',
        organization_id: partner.id,
        name: 'Accra campus',
        latitude: 5.6,
        longitude: -0.19,
        addresses: [
          {
            id: derivedId(offer.id, 'address'),
            location_id: derivedId(offer.id, 'location'),
            address_1: '12 Ring Road',
            city: 'Accra',
            state_province: '',
            postal_code: '',
            country: 'GH',
            address_type: 'physical',
          },
        ],
      },
    ]);
    expect(d.service_at_locations).toEqual([
      {
        id: derivedId(offer.id, 'service_at_location'),
        service_id: offer.id,
        location_id: d.locations[0]?.id,
      },
    ]);
    expect(d.attributes).toEqual([
      {
        id: derivedId(offer.id, 'category'),
        link_id: offer.id,
        link_entity: 'service',
        taxonomy_term_id: categoryTermId('business_start_up'),
      },
      {
        id: derivedId(bareOffer.id, 'category'),
        link_id: bareOffer.id,
        link_entity: 'service',
        taxonomy_term_id: categoryTermId('health'),
      },
    ]);
  });

  it('lists the category taxonomy with one term per offer category', () => {
    expect(d.taxonomies).toEqual([
      expect.objectContaining({ id: CATEGORY_TAXONOMY_ID, name: 'pathways-offer-category' }),
    ]);
    expect(d.taxonomy_terms.map((t) => t.code)).toEqual([...offerCategories]);
    expect(new Set(d.taxonomy_terms.map((t) => t.id)).size).toBe(offerCategories.length);
    expect(d.taxonomy_terms.every((t) => t.taxonomy_id === CATEGORY_TAXONOMY_ID)).toBe(true);
  });

  it('validates against its own import schema', () => {
    expect(parseDataset(JSON.parse(JSON.stringify(d))).errors).toEqual([]);
  });
});

describe('import mapping', () => {
  it('turns an export back into the same partners and offers', () => {
    const { errors, plan } = planImport(
      viaJson(toHsdsDataset('GH', [partner], [offer, bareOffer])),
      emptyContext,
    );
    expect(errors).toEqual([]);
    expect(plan?.partners).toEqual([partner]);
    expect(plan?.offers).toEqual([offer, bareOffer]);
  });

  it('maps every HSDS status to a distinct Pathways status and back', () => {
    for (const status of ['draft', 'active', 'paused', 'closed'] as const) {
      const d = viaJson(toHsdsDataset('GH', [partner], [{ ...bareOffer, status }]));
      expect(planImport(d, emptyContext).plan?.offers[0]?.status).toBe(status);
    }
  });

  it('gives a plain HSDS service (no extension) the defaults, and keeps an existing offer’s Pathways-only fields', () => {
    const d = viaJson(toHsdsDataset('GH', [partner], [offer]));
    const plain = d.services.map(({ x_pathways: _x, ...s }) => s);
    const organizations = d.organizations.map(({ x_pathways: _x, contacts: _c, ...o }) => o);

    const created = planImport({ ...d, services: plain, organizations }, emptyContext).plan;
    expect(created?.partners[0]).toMatchObject({ type: 'ngo', contacts: [] });
    expect(created?.offers[0]).toMatchObject({
      deliveryMode: 'in_person',
      capacity: null,
      seatsLeft: null,
      centreIds: [],
      title: { en: offer.title.en },
      eligibility: { clientGroups: [], sexes: [], regions: [], minAge: 18, maxAge: 45 },
    });

    // Ten seats taken of twenty: a file raising capacity to 30 leaves twenty free, whatever
    // (stale) seats_left it carries.
    const existing = { ...offer, seatsLeft: 10 };
    const context = {
      ...emptyContext,
      partners: new Map([[partner.id, partner]]),
      offers: new Map([[offer.id, existing]]),
    };
    const raised = plain.map((s) => ({
      ...s,
      minimum_age: 21,
      x_pathways: { capacity: 30, seats_left: 29 },
    }));
    const updated = planImport({ ...d, services: raised, organizations }, context).plan;
    expect(updated?.partners[0]).toEqual(partner);
    expect(updated?.offers[0]).toEqual({
      ...existing,
      capacity: 30,
      seatsLeft: 20,
      eligibility: { ...offer.eligibility, minAge: 21 },
    });
  });

  it('lists every broken reference with its path', () => {
    const d = viaJson(toHsdsDataset('GH', [partner], [offer, bareOffer]));
    const stranger = '019a0000-0000-7000-8000-00000000dead';
    const [first, second] = d.services as [HsdsDataset['services'][number], HsdsDataset['services'][number]];
    const broken: HsdsDataset = {
      ...d,
      services: [
        { ...first, organization_id: stranger, x_pathways: { ...first.x_pathways, seats_left: 21 } },
        { ...second, id: first.id, minimum_age: 40, maximum_age: 30 },
      ],
      schedules: [
        ...d.schedules,
        { id: stranger, service_id: offer.id, valid_from: '2026-05-02', valid_to: '2026-05-01' },
      ],
      taxonomy_terms: [
        ...d.taxonomy_terms,
        { id: derivedId('x'), code: 'cooking', name: 'Cooking', taxonomy_id: CATEGORY_TAXONOMY_ID },
      ],
      attributes: [
        ...d.attributes,
        { id: derivedId('y'), link_id: offer.id, link_entity: 'service', taxonomy_term_id: stranger },
      ],
    };
    const context = { ...emptyContext, foreignOfferIds: new Set([offer.id]) };
    const fields = planImport(broken, context).errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'services[1].id',
        'services[0].id',
        'services[0].organization_id',
        'services[0].x_pathways.seats_left',
        'services[1].maximum_age',
        'schedules[1].valid_to',
        'schedules[1].service_id',
        'taxonomy_terms[12].code',
        'attributes[2].taxonomy_term_id',
      ]),
    );
    expect(planImport(broken, context).plan).toBeUndefined();
  });

  it('refuses a service without category or language, and a centre of another country', () => {
    const d = viaJson(toHsdsDataset('GH', [partner], [offer]));
    const fields = planImport(
      { ...d, attributes: [], languages: [] },
      { ...emptyContext, centreIds: new Set() },
    ).errors.map((e) => e.field);
    expect(fields).toEqual(['services[0].x_pathways.centre_ids[0]', 'services[0].id', 'services[0].id']);
  });
});

describe('type errors', () => {
  it('names each field as a path into the file', () => {
    expect(fieldPath(['services', 3, 'organization_id'])).toBe('services[3].organization_id');
    expect(fieldPath([])).toBe('body');
    const { errors } = parseDataset({
      services: [{ id: 'nope', organization_id: 42, name: 'x', status: 'open' }],
      organisations: [],
    });
    expect(errors.map((e) => e.field).sort()).toEqual([
      'organisations',
      'services[0].id',
      'services[0].organization_id',
      'services[0].status',
    ]);
  });

  it('lets unknown HSDS fields through but not unknown extension fields', () => {
    const d = JSON.parse(JSON.stringify(toHsdsDataset('GH', [partner], [offer])));
    d.services[0].fees_description = 'Free';
    expect(parseDataset(d).errors).toEqual([]);
    d.services[0].x_pathways.capacty = 3;
    expect(parseDataset(d).errors).toEqual([
      { field: 'services[0].x_pathways.capacty', message: 'is not a known field' },
    ]);
  });
});
