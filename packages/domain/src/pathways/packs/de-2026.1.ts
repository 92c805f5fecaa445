// Germany, rule pack 2026.1, transcribed from /work/shared/domain/germany-pathways.md. Every figure
// and condition comes from that file; quality marks follow it. Statute links point to the official
// consolidated text (gesetze-im-internet.de) so "check the official source" has somewhere to go.
import {
  type ConditionInput,
  loadRulePack,
  type PointsCriterionInput,
  type RulePack,
  type RulePackInput,
  type Test,
} from '../pack.schema.js';

const LAW = 'https://www.gesetze-im-internet.de/aufenthg_2004';
const BESCHV = 'https://www.gesetze-im-internet.de/beschv_2013';
const OC = ['https://digitale-gesetze.de/gesetze/aufenthg/20a', 'https://www.buzer.de/Anlage_AufenthG.htm'];
const OC_SECONDARY = [...OC, 'https://www.deutsch-solutions.de/', 'https://www.energie-bkk.com/'];
const BLUE_CARD = [`${LAW}/__18g.html`, 'https://netzwerk-grossbeerenstrasse.de/'];
const SKILLED = [`${LAW}/__18.html`, 'https://netzwerk-grossbeerenstrasse.de/', 'https://www.asyl.net/'];
const EXPERIENCE = ['https://www.buzer.de/6_BeschV.htm', 'https://diebewertung.de/?p=510092'];
const TRAINING = [`${LAW}/__16a.html`, 'https://www.zbs-auf.info/', 'https://www.make-it-in-germany.com/'];
const SEARCH = [`${LAW}/__17.html`, 'https://www.zbs-auf.info/', 'https://www.make-it-in-germany.com/'];
const PARTNERSHIP = [
  `${LAW}/__16d.html`,
  'https://www.make-it-in-germany.com/',
  'https://www.haufe.de/',
  'https://www.lexcada.com/',
];
const BALKANS = [`${BESCHV}/__26.html`, 'https://www.dehoga-bayern.de/', 'https://www.bundestag.de/'];
const LANGUAGE = [`${LAW}/__16f.html`, 'https://www.buzer.de/'];

const official = { sourceQuality: 'official' } as const;
const secondary = { sourceQuality: 'secondary' } as const;

const livelihood = (legalBasis: string, sourceUrls: string[]): ConditionInput => ({
  id: 'livelihood_secured',
  legalBasis,
  sourceUrls,
  ...official,
  test: { kind: 'fact', fact: 'isLivelihoodSecured', equals: true },
  nextStep: { code: 'secure_livelihood' },
});

const recognised = (legalBasis: string, sourceUrls: string[]): ConditionInput => ({
  id: 'qualification_recognised',
  legalBasis,
  sourceUrls,
  ...official,
  test: { kind: 'recognitionIn', statuses: ['full'], pendingStatuses: ['applied'] },
});

const matchingJobOffer = (legalBasis: string, sourceUrls: string[]): ConditionInput => ({
  id: 'job_offer',
  legalBasis,
  sourceUrls,
  ...official,
  test: { kind: 'hasOffer', offer: 'jobOffer', mustMatchQualification: true },
});

const age45Rule: ConditionInput = {
  id: 'age_45_salary_or_pension',
  legalBasis: '§18(2) Nr. 5 AufenthG',
  sourceUrls: SKILLED,
  ...official,
  test: {
    kind: 'anyOf',
    tests: [
      { kind: 'age', below: 45 },
      { kind: 'salaryAtLeast', table: 'bbgShare', variant: 'pct55' },
      { kind: 'fact', fact: 'hasAdequatePensionProvision', equals: true },
    ],
  },
};

const blueCardSalary = (lowerWhen: Test): ConditionInput => ({
  id: 'salary_threshold',
  legalBasis: '§18g(1) S. 1–2 AufenthG',
  sourceUrls: BLUE_CARD,
  ...official,
  test: {
    kind: 'salaryAtLeast',
    table: 'blueCard',
    variant: 'general',
    lowerVariants: [{ variant: 'shortageOrNewEntrant', when: lowerWhen }],
  },
});

const germanPoints = (level: 'B2' | 'B1' | 'A2', points: number): PointsCriterionInput => ({
  id: `german_${level.toLowerCase()}`,
  points,
  group: 'german',
  legalBasis: '§20b(1) Nr. 2–4 AufenthG with the Annex',
  sourceUrls: OC,
  ...official,
  test: { kind: 'cefrAtLeast', language: 'de', level },
});

// §20b(1) items 1–5 (recognition, German, English) were read in the statute; the facts file marks
// items 8–12 as worded after secondary sources without saying which criteria they are, so every
// criterion after item 5 is flagged rather than guessing the numbering.
const laterPoints = (id: string, points: number, test: Test, group?: string): PointsCriterionInput => ({
  id,
  points,
  ...(group ? { group } : {}),
  legalBasis: '§20b(1) AufenthG with the Annex',
  sourceUrls: OC_SECONDARY,
  ...secondary,
  test,
});

export const DE_2026_1_DATA = {
  id: 'de-2026.1',
  destination: 'DE',
  version: '2026.1',
  publishedOn: '2026-01-15',
  amountTables: {
    blueCard: {
      description:
        'EU Blue Card minimum gross annual salary: 50% of BBG (general), 45.3% (shortage occupation or new entrant)',
      legalBasis: '§18g(1) AufenthG',
      currency: 'EUR',
      rows: [
        {
          year: 2024,
          variant: 'general',
          amount: 45_300,
          ...official,
          sourceUrls: ['https://netzwerk-grossbeerenstrasse.de/'],
        },
        {
          year: 2024,
          variant: 'shortageOrNewEntrant',
          amount: 41_041.8,
          ...official,
          sourceUrls: ['https://netzwerk-grossbeerenstrasse.de/'],
        },
        {
          year: 2025,
          variant: 'general',
          amount: 48_300,
          ...secondary,
          sourceUrls: ['https://lawfactory-frankfurt.de/'],
        },
        {
          year: 2025,
          variant: 'shortageOrNewEntrant',
          amount: 43_759.8,
          ...secondary,
          sourceUrls: ['https://lawfactory-frankfurt.de/'],
        },
        {
          year: 2026,
          variant: 'general',
          amount: 50_700,
          ...secondary,
          sourceUrls: ['https://www.jobbatical.com/'],
        },
        {
          year: 2026,
          variant: 'shortageOrNewEntrant',
          amount: 45_934.2,
          ...secondary,
          sourceUrls: ['https://www.jobbatical.com/'],
        },
      ],
    },
    bbgShare: {
      description:
        'Shares of the pension contribution ceiling (BBG West): 45% for §19c(2), 55% for a first permit at 45+',
      legalBasis: '§6 BeschV; §18(2) Nr. 5 AufenthG',
      currency: 'EUR',
      rows: [
        { year: 2024, variant: 'pct45', amount: 40_770, ...official, sourceUrls: EXPERIENCE },
        { year: 2024, variant: 'pct55', amount: 49_830, ...official, sourceUrls: SKILLED.slice(1) },
      ],
    },
  },
  routes: [
    {
      id: 'opportunity_card_skilled_worker',
      title: 'Opportunity Card — skilled worker (no points)',
      legalBasis: '§20a(3) Nr. 1 AufenthG with §18(3) AufenthG',
      sourceUrls: OC,
      ...official,
      effectiveFrom: '2024-06-01',
      conditions: [
        {
          id: 'skilled_worker_qualification',
          legalBasis: '§18(3) AufenthG',
          sourceUrls: OC,
          ...official,
          test: { kind: 'qualificationIn', levels: ['vocational', 'university', 'ahk'] },
        },
        recognised('§18(3) AufenthG', OC),
        livelihood('§20a(4) AufenthG', OC),
      ],
      notes: [
        { code: 'job_search_months', params: { months: 12 } },
        { code: 'side_work_hours_per_week', params: { hours: 20 } },
        { code: 'trial_work_weeks_per_employer', params: { weeks: 2 } },
      ],
    },
    {
      id: 'opportunity_card_points',
      title: 'Opportunity Card — points',
      legalBasis: '§20a(3) Nr. 2, §20a(4), §20b AufenthG',
      sourceUrls: OC,
      ...official,
      effectiveFrom: '2024-06-01',
      conditions: [
        {
          id: 'foreign_qualification',
          legalBasis: '§20a(4) S. 3 Nr. 1 AufenthG',
          sourceUrls: OC,
          ...official,
          test: { kind: 'qualificationIn', levels: ['vocational', 'university'] },
        },
        {
          id: 'language_minimum',
          legalBasis: '§20a(4) S. 3 Nr. 2 AufenthG',
          sourceUrls: OC,
          ...official,
          test: {
            kind: 'cefrAtLeast',
            language: 'de',
            level: 'A1',
            orAlternative: { language: 'en', level: 'B2' },
          },
        },
        livelihood('§20a(4) AufenthG', OC),
      ],
      points: {
        required: 6,
        criteria: [
          {
            id: 'partial_recognition',
            points: 4,
            legalBasis: '§20b(1) Nr. 1 AufenthG with the Annex',
            sourceUrls: OC,
            ...official,
            test: { kind: 'recognitionIn', statuses: ['partial'], pendingStatuses: ['applied'] },
          },
          germanPoints('B2', 3),
          germanPoints('B1', 2),
          germanPoints('A2', 1),
          {
            id: 'english_c1',
            points: 1,
            legalBasis: '§20b(1) Nr. 5 AufenthG with the Annex',
            sourceUrls: OC,
            ...official,
            test: { kind: 'cefrAtLeast', language: 'en', level: 'C1' },
          },
          laterPoints(
            'experience_5_of_7',
            3,
            { kind: 'experienceAtLeast', years: 5, withinYears: 7 },
            'experience',
          ),
          laterPoints(
            'experience_2_of_5',
            2,
            { kind: 'experienceAtLeast', years: 2, withinYears: 5 },
            'experience',
          ),
          laterPoints('shortage_occupation', 1, { kind: 'fact', fact: 'isShortageOccupation', equals: true }),
          laterPoints('age_under_35', 2, { kind: 'age', below: 35 }, 'age'),
          laterPoints('age_35_to_40', 1, { kind: 'age', atLeast: 35, below: 41 }, 'age'),
          laterPoints('stay_6_months', 1, {
            kind: 'numberAtLeast',
            fact: 'lawfulStayMonthsInLast5Years',
            value: 6,
          }),
          laterPoints('partner_applies', 1, {
            kind: 'fact',
            fact: 'isPartnerApplyingAndEligible',
            equals: true,
          }),
        ],
      },
      notes: [
        { code: 'job_search_months', params: { months: 12 } },
        { code: 'side_work_hours_per_week', params: { hours: 20 } },
        { code: 'trial_work_weeks_per_employer', params: { weeks: 2 } },
        { code: 'sources_differ_on_maximum_points', ...secondary },
      ],
    },
    {
      id: 'eu_blue_card',
      title: 'EU Blue Card',
      legalBasis: '§18g(1) AufenthG',
      sourceUrls: BLUE_CARD,
      ...official,
      effectiveFrom: '2023-11-18',
      conditions: [
        {
          id: 'university_degree',
          legalBasis: '§18g(1) AufenthG',
          sourceUrls: BLUE_CARD,
          ...official,
          test: { kind: 'qualificationIn', levels: ['university'] },
        },
        recognised('§18g(1) AufenthG', BLUE_CARD),
        matchingJobOffer('§18g(1) AufenthG', BLUE_CARD),
        blueCardSalary({
          kind: 'anyOf',
          tests: [
            { kind: 'fact', fact: 'isShortageOccupation', equals: true },
            { kind: 'qualificationAwardedWithin', years: 3 },
          ],
        }),
      ],
      notes: [{ code: 'lower_threshold_needs_agency_approval' }],
    },
    {
      id: 'eu_blue_card_it',
      title: 'EU Blue Card — IT specialist without a degree',
      legalBasis: '§18g(2) AufenthG',
      sourceUrls: BLUE_CARD,
      ...official,
      effectiveFrom: '2023-11-18',
      conditions: [
        {
          id: 'it_specialist',
          legalBasis: '§18g(2) AufenthG',
          sourceUrls: BLUE_CARD,
          ...official,
          test: { kind: 'fact', fact: 'isItSpecialist', equals: true },
        },
        {
          id: 'it_experience_3_of_7',
          legalBasis: '§18g(2) AufenthG',
          sourceUrls: BLUE_CARD,
          ...official,
          test: { kind: 'experienceAtLeast', years: 3, withinYears: 7 },
        },
        { ...matchingJobOffer('§18g(2) AufenthG', BLUE_CARD), test: { kind: 'hasOffer', offer: 'jobOffer' } },
        blueCardSalary({ kind: 'fact', fact: 'isShortageOccupation', equals: true }),
      ],
      notes: [{ code: 'lower_threshold_needs_agency_approval' }],
    },
    {
      id: 'skilled_worker_vocational',
      title: 'Skilled worker with vocational training',
      legalBasis: '§18a AufenthG',
      sourceUrls: [`${LAW}/__18a.html`, ...SKILLED],
      ...official,
      effectiveFrom: '2023-11-18',
      conditions: [
        {
          id: 'vocational_qualification',
          legalBasis: '§18a AufenthG',
          sourceUrls: [`${LAW}/__18a.html`],
          ...official,
          test: { kind: 'qualificationIn', levels: ['vocational'] },
        },
        recognised('§18a, §18(3) AufenthG', [`${LAW}/__18a.html`]),
        matchingJobOffer('§18a AufenthG', [`${LAW}/__18a.html`]),
        age45Rule,
      ],
      notes: [{ code: 'agency_approval_required' }],
    },
    {
      id: 'skilled_worker_academic',
      title: 'Skilled worker with a university degree',
      legalBasis: '§18b AufenthG',
      sourceUrls: [`${LAW}/__18b.html`, ...SKILLED],
      ...official,
      effectiveFrom: '2023-11-18',
      conditions: [
        {
          id: 'university_degree',
          legalBasis: '§18b AufenthG',
          sourceUrls: [`${LAW}/__18b.html`],
          ...official,
          test: { kind: 'qualificationIn', levels: ['university'] },
        },
        recognised('§18b, §18(3) AufenthG', [`${LAW}/__18b.html`]),
        matchingJobOffer('§18b AufenthG', [`${LAW}/__18b.html`]),
        age45Rule,
      ],
      notes: [{ code: 'agency_approval_required' }],
    },
    {
      id: 'experience_based',
      title: 'Employment based on professional experience',
      legalBasis: '§19c(2) AufenthG with §6 BeschV',
      sourceUrls: EXPERIENCE,
      ...official,
      effectiveFrom: '2024-03-01',
      conditions: [
        {
          id: 'experience_2_of_5',
          legalBasis: '§6 BeschV',
          sourceUrls: EXPERIENCE,
          ...official,
          test: { kind: 'experienceAtLeast', years: 2, withinYears: 5 },
        },
        {
          id: 'state_recognised_qualification',
          legalBasis: '§6 BeschV',
          sourceUrls: EXPERIENCE,
          ...official,
          test: { kind: 'qualificationIn', levels: ['vocational', 'university', 'ahk'] },
        },
        {
          ...matchingJobOffer('§19c(2) AufenthG', EXPERIENCE),
          test: { kind: 'hasOffer', offer: 'jobOffer' },
        },
        {
          id: 'salary_or_collective_agreement',
          legalBasis: '§6 BeschV',
          sourceUrls: EXPERIENCE,
          ...official,
          test: {
            kind: 'anyOf',
            tests: [
              { kind: 'salaryAtLeast', table: 'bbgShare', variant: 'pct45' },
              { kind: 'fact', fact: 'jobOffer.isEmployerBoundByCollectiveAgreement', equals: true },
            ],
          },
        },
      ],
    },
    {
      id: 'vocational_training',
      title: 'Vocational training',
      legalBasis: '§16a AufenthG',
      sourceUrls: TRAINING,
      ...official,
      conditions: [
        {
          id: 'training_place_offer',
          legalBasis: '§16a AufenthG',
          sourceUrls: TRAINING,
          ...official,
          test: { kind: 'hasOffer', offer: 'trainingPlaceOffer' },
        },
        {
          id: 'german_for_training',
          legalBasis: '§16a(3) AufenthG',
          sourceUrls: TRAINING,
          ...official,
          test: {
            kind: 'anyOf',
            tests: [
              { kind: 'cefrAtLeast', language: 'de', level: 'B1' },
              { kind: 'fact', fact: 'trainingPlaceOffer.isLanguageConfirmedAdequate', equals: true },
              { kind: 'fact', fact: 'trainingPlaceOffer.hasPreparatoryLanguageCourse', equals: true },
            ],
          },
        },
      ],
      notes: [
        { code: 'agency_approval_with_priority_check' },
        { code: 'training_pay_at_local_level' },
        { code: 'side_work_hours_per_week', params: { hours: 10 } },
      ],
    },
    {
      id: 'training_place_search',
      title: 'Search for a training place',
      legalBasis: '§17(1) AufenthG',
      sourceUrls: SEARCH,
      ...official,
      conditions: [
        {
          id: 'age_under_35',
          legalBasis: '§17(1) AufenthG',
          sourceUrls: SEARCH,
          ...official,
          test: { kind: 'age', below: 35 },
        },
        {
          id: 'german_b1',
          legalBasis: '§17(1) AufenthG',
          sourceUrls: SEARCH,
          ...official,
          test: { kind: 'cefrAtLeast', language: 'de', level: 'B1' },
        },
        {
          id: 'school_leaving_certificate',
          legalBasis: '§17(1) AufenthG',
          sourceUrls: SEARCH,
          ...official,
          test: { kind: 'qualificationIn', levels: ['school_leaving', 'vocational', 'university', 'ahk'] },
        },
        livelihood('§17(1) AufenthG', SEARCH),
      ],
      notes: [{ code: 'permit_months', params: { months: 9 } }],
    },
    {
      id: 'recognition_partnership',
      title: 'Recognition partnership',
      legalBasis: '§16d(3) AufenthG',
      sourceUrls: PARTNERSHIP,
      ...official,
      effectiveFrom: '2024-03-01',
      conditions: [
        {
          id: 'state_recognised_qualification',
          legalBasis: '§16d(3) AufenthG',
          sourceUrls: PARTNERSHIP,
          ...official,
          test: { kind: 'qualificationIn', levels: ['vocational', 'university'] },
        },
        {
          id: 'german_a2',
          legalBasis: '§16d(3) AufenthG',
          sourceUrls: PARTNERSHIP,
          ...official,
          test: { kind: 'cefrAtLeast', language: 'de', level: 'A2' },
        },
        matchingJobOffer('§16d(3) AufenthG', PARTNERSHIP),
        {
          id: 'recognition_agreement',
          legalBasis: '§16d(3) AufenthG',
          sourceUrls: PARTNERSHIP,
          ...official,
          test: {
            kind: 'fact',
            fact: 'jobOffer.hasRecognitionPartnershipAgreement',
            equals: true,
            isObtainable: true,
          },
          nextStep: { code: 'agree_recognition_with_employer' },
        },
        {
          id: 'employer_suitable',
          legalBasis: '§16d(3) AufenthG',
          sourceUrls: PARTNERSHIP,
          ...official,
          test: {
            kind: 'fact',
            fact: 'jobOffer.isEmployerSuitableForQualification',
            equals: true,
            isObtainable: true,
          },
        },
      ],
      notes: [{ code: 'permit_months', params: { months: 12, extendableToMonths: 36 } }],
    },
    {
      id: 'western_balkans',
      title: 'Western Balkans regulation',
      legalBasis: '§26(2) BeschV',
      sourceUrls: BALKANS,
      ...official,
      conditions: [
        {
          id: 'western_balkans_nationality',
          legalBasis: '§26(2) BeschV',
          sourceUrls: BALKANS,
          ...official,
          test: { kind: 'nationalityIn', countries: ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'] },
        },
        { ...matchingJobOffer('§26(2) BeschV', BALKANS), test: { kind: 'hasOffer', offer: 'jobOffer' } },
        {
          id: 'no_asylum_seeker_benefits_24_months',
          legalBasis: '§26(2) BeschV',
          sourceUrls: BALKANS,
          ...official,
          test: { kind: 'fact', fact: 'hasReceivedAsylumSeekerBenefitsLast24Months', equals: false },
        },
      ],
      notes: [
        { code: 'apply_at_mission_in_home_country' },
        { code: 'agency_approval_with_priority_check' },
        { code: 'annual_quota', params: { quota: 50_000 }, effectiveFrom: '2024-06-01' },
        {
          code: 'annual_quota_exhausted',
          params: { year: 2025 },
          ...secondary,
          effectiveFrom: '2025-12-01',
          effectiveTo: '2025-12-31',
        },
        {
          code: 'quota_reduction_planned',
          params: { quota: 25_000 },
          ...secondary,
          effectiveFrom: '2025-01-01',
        },
      ],
    },
    {
      id: 'language_course',
      title: 'Intensive language course',
      legalBasis: '§16f(1) AufenthG',
      sourceUrls: LANGUAGE,
      ...official,
      isDiscretionary: true,
      conditions: [
        {
          id: 'language_course_admission',
          legalBasis: '§16f(1) AufenthG',
          sourceUrls: LANGUAGE,
          ...official,
          test: { kind: 'hasOffer', offer: 'languageCourse' },
        },
        {
          id: 'intensive_course_hours',
          legalBasis: '§16f(1) AufenthG (administrative practice)',
          sourceUrls: LANGUAGE,
          ...secondary,
          test: { kind: 'numberAtLeast', fact: 'languageCourse.hoursPerWeek', value: 18 },
        },
      ],
      notes: [
        { code: 'permit_months', params: { months: 12 }, ...secondary },
        { code: 'side_work_hours_per_week', params: { hours: 20 } },
      ],
    },
  ],
} satisfies RulePackInput;

export const DE_2026_1: RulePack = loadRulePack(DE_2026_1_DATA);
