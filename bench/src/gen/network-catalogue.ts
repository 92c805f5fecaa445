/**
 * The texts and shares the partner network is drawn from: countries, partner types and names,
 * what each type offers, offer subjects in the three UI languages, durations, and how referrals
 * spread over categories per client group.
 */

export type PartnerType =
  | 'ministry'
  | 'public_employment_service'
  | 'tvet_institution'
  | 'language_school'
  | 'ngo'
  | 'private_employer'
  | 'multilateral'
  | 'eu_programme'
  | 'diaspora_organisation'
  | 'microfinance'
  | 'health_psychosocial';

export type Category =
  | 'vocational_training'
  | 'qualification'
  | 'pre_integration_language_course'
  | 'job_search_support'
  | 'job_placement'
  | 'business_start_up'
  | 'psychosocial_support'
  | 'health'
  | 'shelter_emergency'
  | 'reintegration_assistance'
  | 'recognition_support'
  | 'information_event';

export const COUNTRY: Record<string, { name: string; currency: string; cities: string[] }> = {
  MA: { name: 'Morocco', currency: 'MAD', cities: ['Casablanca', 'Rabat', 'Fès', 'Tanger', 'Agadir'] },
  TN: { name: 'Tunisia', currency: 'TND', cities: ['Tunis', 'Sfax', 'Sousse', 'Gafsa'] },
  EG: { name: 'Egypt', currency: 'EGP', cities: ['Cairo', 'Giza', 'Alexandria', 'Asyut'] },
  IQ: { name: 'Iraq', currency: 'IQD', cities: ['Erbil', 'Baghdad', 'Duhok', 'Sulaymaniyah'] },
  PK: { name: 'Pakistan', currency: 'PKR', cities: ['Lahore', 'Islamabad', 'Rawalpindi', 'Faisalabad'] },
  GH: { name: 'Ghana', currency: 'GHS', cities: ['Accra', 'Kumasi', 'Takoradi', 'Tamale'] },
  NG: { name: 'Nigeria', currency: 'NGN', cities: ['Abuja', 'Lagos', 'Benin City', 'Ibadan'] },
  JO: { name: 'Jordan', currency: 'JOD', cities: ['Amman', 'Irbid', 'Zarqa'] },
  ID: { name: 'Indonesia', currency: 'IDR', cities: ['Bandung', 'Mataram', 'Jakarta', 'Surabaya'] },
  AL: { name: 'Albania', currency: 'ALL', cities: ['Tirana', 'Durrës', 'Shkodër'] },
  GM: { name: 'Gambia', currency: 'GMD', cities: ['Banjul', 'Serekunda', 'Brikama'] },
  XK: { name: 'Kosovo', currency: 'EUR', cities: ['Pristina', 'Prizren', 'Peja'] },
  SN: { name: 'Senegal', currency: 'XOF', cities: ['Dakar', 'Thiès', 'Saint-Louis'] },
  RS: { name: 'Serbia', currency: 'RSD', cities: ['Belgrade', 'Novi Sad', 'Niš'] },
};

// The first n of these per country (n grows with the country's activity).
export const PARTNER_TYPES: PartnerType[] = [
  'public_employment_service',
  'tvet_institution',
  'language_school',
  'ngo',
  'health_psychosocial',
  'microfinance',
  'private_employer',
  'tvet_institution',
  'language_school',
  'multilateral',
  'diaspora_organisation',
  'eu_programme',
  'ngo',
  'ministry',
];

export const NAME_TEMPLATES: Record<PartnerType, ((city: string, country: string) => string)[]> = {
  ministry: [(city) => `Ministry of Labour – ${city} Directorate`],
  public_employment_service: [(city, country) => `${country} Public Employment Service – ${city}`],
  tvet_institution: [
    (city) => `${city} Technical and Vocational Training Institute`,
    (city) => `${city} Polytechnic Skills Centre`,
  ],
  language_school: [(city) => `${city} German Language Institute`, (city) => `${city} Language Academy`],
  ngo: [(city) => `${city} Returnee Support Association`, (city) => `Women's Livelihood Initiative ${city}`],
  private_employer: [(city) => `${city} Hospitality Group`, (city) => `${city} Construction and Engineering`],
  multilateral: [(_c, country) => `UN Migration Programme ${country}`],
  eu_programme: [(_c, country) => `EU Skills Partnership ${country}`],
  diaspora_organisation: [(_c, country) => `${country} Diaspora Business Network`],
  microfinance: [(_c, country) => `${country} Microfinance Trust`],
  health_psychosocial: [(city) => `${city} Psychosocial Support Centre`],
};

export const DESCRIPTIONS: Record<PartnerType, string> = {
  ministry: 'Directorate handling the recognition of foreign and domestic qualifications.',
  public_employment_service: 'Job-search support, placement and labour-market information.',
  tvet_institution: 'Certified vocational courses with practical training.',
  language_school: 'Language courses from A1 to B2 with exam preparation.',
  ngo: 'Social and economic reintegration support for returnees and their families.',
  private_employer: 'Employer offering apprenticeships and placements.',
  multilateral: 'Programme partner co-organising information events and outreach.',
  eu_programme: 'Skills partnership preparing trainees for work in Europe.',
  diaspora_organisation: 'Diaspora entrepreneurs mentoring start-ups.',
  microfinance: 'Small loans and business coaching.',
  health_psychosocial: 'Psychosocial counselling and referral to health services.',
};

export type OfferKind = 'cohort' | 'rolling';
export const TYPE_OFFERS: Record<PartnerType, [Category, OfferKind][]> = {
  ministry: [['recognition_support', 'rolling']],
  public_employment_service: [
    ['job_search_support', 'rolling'],
    ['job_placement', 'rolling'],
    ['information_event', 'rolling'],
  ],
  tvet_institution: [
    ['vocational_training', 'cohort'],
    ['qualification', 'cohort'],
  ],
  language_school: [['pre_integration_language_course', 'cohort']],
  ngo: [
    ['reintegration_assistance', 'rolling'],
    ['psychosocial_support', 'rolling'],
    ['shelter_emergency', 'rolling'],
  ],
  health_psychosocial: [
    ['psychosocial_support', 'rolling'],
    ['health', 'rolling'],
  ],
  microfinance: [
    ['business_start_up', 'cohort'],
    ['reintegration_assistance', 'rolling'],
  ],
  private_employer: [['job_placement', 'rolling']],
  diaspora_organisation: [
    ['business_start_up', 'cohort'],
    ['information_event', 'rolling'],
  ],
  eu_programme: [
    ['vocational_training', 'cohort'],
    ['recognition_support', 'rolling'],
  ],
  // Co-organises events; its agreement covers statistics, not referrals.
  multilateral: [],
};

export type Localised = { en: string; fr: string; ar: string };
/** Subjects per category, in the three UI languages. */
export const SUBJECTS: Record<Category, Localised[]> = {
  vocational_training: [
    {
      en: 'Solar PV installation technician',
      fr: 'Technicien en installation photovoltaïque',
      ar: 'فني تركيب الألواح الشمسية',
    },
    { en: 'Electrical installation', fr: 'Installations électriques', ar: 'التمديدات الكهربائية' },
    { en: 'Hospitality and catering', fr: 'Hôtellerie et restauration', ar: 'الضيافة والمطاعم' },
    { en: 'Care assistant', fr: 'Aide-soignant', ar: 'مساعد رعاية' },
    { en: 'IT support technician', fr: 'Technicien support informatique', ar: 'فني دعم تقنية المعلومات' },
    { en: 'Automotive mechatronics', fr: 'Mécatronique automobile', ar: 'ميكاترونيات السيارات' },
  ],
  qualification: [
    {
      en: 'Certified welding qualification',
      fr: 'Qualification certifiée en soudage',
      ar: 'مؤهل معتمد في اللحام',
    },
    {
      en: 'Plumbing and heating certificate',
      fr: 'Certificat en plomberie et chauffage',
      ar: 'شهادة في السباكة والتدفئة',
    },
  ],
  pre_integration_language_course: [
    {
      en: 'German A1–A2 (pre-integration course)',
      fr: 'Allemand A1–A2 (cours de pré-intégration)',
      ar: 'اللغة الألمانية A1–A2 (دورة ما قبل الاندماج)',
    },
    {
      en: 'German B1 for skilled workers',
      fr: 'Allemand B1 pour travailleurs qualifiés',
      ar: 'اللغة الألمانية B1 للعمال المهرة',
    },
  ],
  job_search_support: [
    {
      en: 'Job-search coaching and CV clinic',
      fr: "Coaching à la recherche d'emploi et atelier CV",
      ar: 'إرشاد البحث عن عمل وإعداد السيرة الذاتية',
    },
  ],
  job_placement: [
    {
      en: 'Placement into apprenticeships and jobs',
      fr: 'Placement en apprentissage et en emploi',
      ar: 'التوظيف في التدريب المهني والوظائف',
    },
  ],
  business_start_up: [
    {
      en: 'Business start-up coaching and seed grant',
      fr: "Accompagnement à la création d'entreprise et subvention",
      ar: 'مرافقة لإنشاء المشاريع ومنحة انطلاق',
    },
    {
      en: 'Start-up coaching for women',
      fr: "Création d'entreprise pour les femmes",
      ar: 'مرافقة النساء في إنشاء المشاريع',
    },
  ],
  psychosocial_support: [
    {
      en: 'Psychosocial support group',
      fr: 'Groupe de soutien psychosocial',
      ar: 'مجموعة الدعم النفسي والاجتماعي',
    },
    {
      en: 'Individual psychosocial counselling',
      fr: 'Accompagnement psychosocial individuel',
      ar: 'إرشاد نفسي واجتماعي فردي',
    },
  ],
  health: [{ en: 'Health check and referral', fr: 'Bilan de santé et orientation', ar: 'فحص صحي وإحالة' }],
  shelter_emergency: [
    {
      en: 'Emergency accommodation for returnees',
      fr: "Hébergement d'urgence pour personnes de retour",
      ar: 'إيواء طارئ للعائدين',
    },
  ],
  reintegration_assistance: [
    {
      en: 'Reintegration assistance (in kind)',
      fr: 'Aide à la réintégration (en nature)',
      ar: 'مساعدة عينية لإعادة الإدماج',
    },
  ],
  recognition_support: [
    {
      en: 'Recognition of qualifications: application support',
      fr: 'Reconnaissance des qualifications : aide au dossier',
      ar: 'الاعتراف بالمؤهلات: المساعدة في الطلب',
    },
  ],
  information_event: [
    {
      en: 'Information session on legal pathways',
      fr: 'Séance d’information sur les voies légales',
      ar: 'جلسة إعلامية حول المسارات القانونية',
    },
  ],
};

export const CATEGORY_DESCRIPTION: Record<Category, string> = {
  vocational_training: 'Practical training with a certificate recognised by the national TVET authority.',
  qualification: 'Preparation for a nationally and internationally recognised qualification.',
  pre_integration_language_course:
    'Intensive language course with an introduction to working life in Germany.',
  job_search_support: 'Individual coaching, CV writing and interview practice.',
  job_placement: 'Matching with employers looking for apprentices and workers.',
  business_start_up: 'Business plan coaching, then a seed grant or loan for viable plans.',
  psychosocial_support: 'Confidential sessions with a trained counsellor.',
  health: 'Health check with referral to public health services.',
  shelter_emergency: 'Short-term accommodation and emergency help.',
  reintegration_assistance: 'Tools, equipment or training vouchers for reintegration.',
  recognition_support: 'Help assembling and translating documents for recognition.',
  information_event: 'Group information on regular migration and its requirements.',
};

/** Rolling services: how long a client stays, in days. */
export const DURATION: Record<Category, [number, number]> = {
  vocational_training: [60, 180],
  qualification: [60, 120],
  pre_integration_language_course: [90, 180],
  job_search_support: [30, 90],
  job_placement: [14, 60],
  business_start_up: [60, 120],
  psychosocial_support: [30, 120],
  health: [7, 60],
  shelter_emergency: [7, 30],
  reintegration_assistance: [60, 180],
  recognition_support: [60, 200],
  information_event: [1, 3],
};

/** How referrals spread over categories, per client group (`direct`: to a partner, no offer). */
export const REFERRAL_MIX: Record<string, [Category | 'direct', number][]> = {
  prospective_migrant: [
    ['pre_integration_language_course', 34],
    ['vocational_training', 18],
    ['qualification', 8],
    ['recognition_support', 14],
    ['information_event', 8],
    ['job_search_support', 6],
    ['psychosocial_support', 2],
    ['direct', 10],
  ],
  returnee: [
    ['reintegration_assistance', 24],
    ['business_start_up', 18],
    ['psychosocial_support', 14],
    ['job_search_support', 10],
    ['job_placement', 8],
    ['vocational_training', 10],
    ['health', 5],
    ['shelter_emergency', 3],
    ['direct', 8],
  ],
  local_job_seeker: [
    ['job_search_support', 26],
    ['job_placement', 18],
    ['vocational_training', 22],
    ['business_start_up', 12],
    ['qualification', 10],
    ['information_event', 4],
    ['direct', 8],
  ],
};
// Client groups as the generator draws them (people.ts makeProfile).
export const GROUP_SHARE: [string, number][] = [
  ['prospective_migrant', 0.74],
  ['returnee', 0.082],
  ['local_job_seeker', 0.178],
];

export const MONTHS: Record<keyof Localised, string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  ar: [
    'يناير',
    'فبراير',
    'مارس',
    'أبريل',
    'مايو',
    'يونيو',
    'يوليو',
    'أغسطس',
    'سبتمبر',
    'أكتوبر',
    'نوفمبر',
    'ديسمبر',
  ],
};
