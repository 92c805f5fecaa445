import type { PartnerOrganisation, Role } from '@pathways/contracts';

/**
 * The invented people and partners of the demo installation. Names follow each country's
 * naming patterns and scripts; every organisation is marked "(demo)".
 */
export const DEMO_COUNTRIES = ['GH', 'MA', 'EG', 'PK', 'IQ'] as const;
export type DemoCountry = (typeof DEMO_COUNTRIES)[number];

type CountryStaff = Record<'country_manager' | 'centre_manager' | 'counsellor' | 'partner_staff', string>;

export const demoStaff: Record<DemoCountry, CountryStaff> = {
  GH: {
    country_manager: 'Akosua Mensah',
    centre_manager: 'Kwame Owusu-Ansah',
    counsellor: 'Abena Boateng',
    partner_staff: 'Yaw Darko',
  },
  MA: {
    country_manager: 'Samira Benali (سميرة بنعلي)',
    centre_manager: 'Youssef El Amrani (يوسف العمراني)',
    counsellor: 'Fatima Zahra Idrissi (فاطمة الزهراء الإدريسي)',
    partner_staff: 'Karim Ouazzani (كريم الوزاني)',
  },
  EG: {
    country_manager: 'Mona Abdel Rahman (منى عبد الرحمن)',
    centre_manager: 'Ahmed Saeed (أحمد سعيد)',
    counsellor: 'Nourhan Mahmoud (نورهان محمود)',
    partner_staff: 'Tarek El-Sayed (طارق السيد)',
  },
  PK: {
    country_manager: 'Ayesha Siddiqui (عائشہ صدیقی)',
    centre_manager: 'Imran Qureshi (عمران قریشی)',
    counsellor: 'Sana Malik (ثناء ملک)',
    partner_staff: 'Bilal Chaudhry (بلال چوہدری)',
  },
  IQ: {
    country_manager: 'Zainab Al-Jubouri (زينب الجبوري)',
    centre_manager: 'Hawre Mohammed (هاوڕێ محمد)',
    counsellor: 'Shilan Aziz (شیلان عەزیز)',
    partner_staff: 'Mustafa Kadhim (مصطفى كاظم)',
  },
};

export const demoGlobalStaff: Record<'admin' | 'analyst' | 'auditor', string> = {
  admin: 'Lena Hoffmann',
  analyst: 'Daniel Osei',
  auditor: 'Claire Martin',
};

type DemoPartner = Omit<PartnerOrganisation, 'id' | 'countryCode'>;

/** The first partner of each country is where its demo partner_staff user works. */
export const demoPartners: Record<DemoCountry, DemoPartner[]> = {
  GH: [
    { name: 'Accra Skills and Technical Institute (demo)', type: 'tvet_institution' },
    { name: 'Ghana Returnee Enterprise Fund (demo)', type: 'microfinance' },
    { name: 'Accra Counselling and Wellbeing Network (demo)', type: 'health_psychosocial' },
  ],
  MA: [
    { name: 'Institut de formation hôtelière de Casablanca (démo)', type: 'tvet_institution' },
    { name: 'École de langue allemande Casablanca (démo)', type: 'language_school' },
    { name: 'Association Retour et Avenir (démo)', type: 'ngo' },
  ],
  EG: [
    { name: 'Cairo Employability Academy (demo)', type: 'tvet_institution' },
    { name: 'Nile German Language Centre (demo)', type: 'language_school' },
    { name: 'Giza Small Business Incubator (demo)', type: 'private_employer' },
  ],
  PK: [
    { name: 'Lahore Technical Skills College (demo)', type: 'tvet_institution' },
    { name: 'Punjab Microcredit Trust (demo)', type: 'microfinance' },
    { name: 'Lahore Psychosocial Support Centre (demo)', type: 'health_psychosocial' },
  ],
  IQ: [
    { name: 'Erbil Vocational Training Centre (demo)', type: 'tvet_institution' },
    { name: 'Kurdistan Start-up Support Office (demo)', type: 'ngo' },
    { name: 'Erbil Mental Health Outreach (demo)', type: 'health_psychosocial' },
  ],
};

export const DEMO_PASSWORD = 'pathways-demo';
export const DEMO_DOMAIN = 'demo.pathways.local';

export type DemoAccount = { email: string; role: Role; countryCode: DemoCountry | null; displayName: string };

export function listDemoAccountsWithNames(): DemoAccount[] {
  const global = (Object.keys(demoGlobalStaff) as (keyof typeof demoGlobalStaff)[]).map((role) => ({
    email: `${role}@${DEMO_DOMAIN}`,
    role,
    countryCode: null,
    displayName: demoGlobalStaff[role],
  }));
  const perCountry = DEMO_COUNTRIES.flatMap((country) =>
    (Object.keys(demoStaff[country]) as (keyof CountryStaff)[]).map((role) => ({
      email: `${role}.${country.toLowerCase()}@${DEMO_DOMAIN}`,
      role,
      countryCode: country,
      displayName: demoStaff[country][role],
    })),
  );
  return [...global, ...perCountry];
}
