import type { ClientGroup, Eligibility, LocalisedText, OfferCategory } from '@pathways/contracts';
import type { Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../db/schema.js';
import type { DemoCountry } from './demo-data.js';

type DemoOffer = {
  /** Index into demoPartners[country]: who runs it. */
  partner: number;
  category: OfferCategory;
  title: Required<LocalisedText>;
  description: Required<LocalisedText>;
  eligibility: Partial<Eligibility> & { clientGroups?: ClientGroup[] };
  /** Absent: no seat limit. */
  capacity?: number;
  seatsTaken?: number;
  /** Days from the seed date; absent for ongoing services. */
  startsInDays?: number;
  weeks?: number;
  sessions?: number;
  languages: string[];
  deliveryMode: 'in_person' | 'online' | 'hybrid';
};

const places: Record<DemoCountry, { city: string; currency: string }> = {
  GH: { city: 'Accra', currency: 'GHS' },
  MA: { city: 'Casablanca', currency: 'MAD' },
  EG: { city: 'Cairo', currency: 'EGP' },
  PK: { city: 'Lahore', currency: 'PKR' },
  IQ: { city: 'Erbil', currency: 'IQD' },
};

/** Invented measures, each in English, French and Arabic, with varied categories and conditions. */
export const demoOffers: Record<DemoCountry, DemoOffer[]> = {
  GH: [
    {
      partner: 0,
      category: 'pre_integration_language_course',
      title: {
        en: 'German B1 for skilled workers (pre-integration course)',
        fr: 'Allemand B1 pour travailleurs qualifiés (cours de pré-intégration)',
        ar: 'اللغة الألمانية B1 للعمال المهرة (دورة ما قبل الاندماج)',
      },
      description: {
        en: 'Intensive course from A2 to B1 with an introduction to working life in Germany.',
        fr: 'Cours intensif du niveau A2 au niveau B1, avec une introduction à la vie professionnelle en Allemagne.',
        ar: 'دورة مكثفة من المستوى A2 إلى B1 مع مقدمة عن الحياة المهنية في ألمانيا.',
      },
      eligibility: {
        clientGroups: ['prospective_migrant'],
        minAge: 18,
        language: { code: 'de', minLevel: 'A2' },
      },
      capacity: 20,
      seatsTaken: 6,
      startsInDays: 30,
      weeks: 16,
      sessions: 64,
      languages: ['de', 'en'],
      deliveryMode: 'hybrid',
    },
    {
      partner: 0,
      category: 'vocational_training',
      title: {
        en: 'Solar PV installation technician training',
        fr: 'Formation de technicien en installation photovoltaïque',
        ar: 'تدريب فني تركيب الألواح الشمسية',
      },
      description: {
        en: 'Hands-on training with a certificate recognised by the national TVET authority.',
        fr: "Formation pratique avec un certificat reconnu par l'autorité nationale de formation professionnelle.",
        ar: 'تدريب عملي مع شهادة معترف بها من الهيئة الوطنية للتعليم والتدريب المهني.',
      },
      eligibility: { minAge: 18, minEducationIsced: 2 },
      capacity: 16,
      seatsTaken: 14,
      startsInDays: 10,
      weeks: 12,
      languages: ['en', 'tw'],
      deliveryMode: 'in_person',
    },
    {
      partner: 1,
      category: 'business_start_up',
      title: {
        en: 'Business start-up coaching and seed grant for returnees',
        fr: "Accompagnement à la création d'entreprise et subvention de démarrage pour personnes de retour",
        ar: 'مرافقة لإنشاء المشاريع ومنحة انطلاق للعائدين',
      },
      description: {
        en: 'Business plan coaching over eight weeks, then a seed grant for viable plans.',
        fr: "Huit semaines d'accompagnement au plan d'affaires, puis une subvention pour les projets viables.",
        ar: 'ثمانية أسابيع من المرافقة لإعداد خطة العمل، ثم منحة للمشاريع القابلة للتنفيذ.',
      },
      eligibility: { clientGroups: ['returnee'], minAge: 18 },
      capacity: 25,
      startsInDays: 45,
      weeks: 8,
      languages: ['en', 'tw'],
      deliveryMode: 'in_person',
    },
    {
      partner: 2,
      category: 'psychosocial_support',
      title: {
        en: 'Psychosocial support group',
        fr: 'Groupe de soutien psychosocial',
        ar: 'مجموعة الدعم النفسي والاجتماعي',
      },
      description: {
        en: 'Weekly confidential group sessions with a trained counsellor.',
        fr: 'Séances de groupe confidentielles chaque semaine avec un conseiller formé.',
        ar: 'جلسات جماعية سرية أسبوعية مع مرشد مدرَّب.',
      },
      eligibility: {},
      languages: ['en', 'tw'],
      deliveryMode: 'in_person',
    },
  ],
  MA: [
    {
      partner: 0,
      category: 'business_start_up',
      title: {
        en: 'Start your own business — training for women returnees',
        fr: 'Créer son entreprise — formation pour femmes de retour',
        ar: 'أنشئي مشروعك — تكوين للنساء العائدات',
      },
      description: {
        en: 'Six weeks to build a business plan, with mentoring and access to microcredit.',
        fr: "Six semaines pour bâtir un plan d'affaires, avec un mentorat et un accès au microcrédit.",
        ar: 'ستة أسابيع لإعداد خطة عمل، مع مرافقة ونفاذ إلى القروض الصغرى.',
      },
      eligibility: { clientGroups: ['returnee'], sexes: ['female'], minAge: 18 },
      capacity: 12,
      startsInDays: 21,
      weeks: 6,
      sessions: 12,
      languages: ['ar', 'fr'],
      deliveryMode: 'in_person',
    },
    {
      partner: 0,
      category: 'vocational_training',
      title: {
        en: 'Hotel and restaurant service training',
        fr: 'Formation aux métiers de la restauration et du service hôtelier',
        ar: 'تكوين في مهن الفندقة والمطعمة',
      },
      description: {
        en: 'Kitchen and service skills with an internship in a partner hotel.',
        fr: 'Cuisine et service en salle, avec un stage dans un hôtel partenaire.',
        ar: 'مهارات المطبخ والخدمة مع تدريب ميداني في فندق شريك.',
      },
      eligibility: { minAge: 18, maxAge: 35, minEducationIsced: 2 },
      capacity: 20,
      seatsTaken: 8,
      startsInDays: 35,
      weeks: 20,
      languages: ['ar', 'fr'],
      deliveryMode: 'in_person',
    },
    {
      partner: 1,
      category: 'pre_integration_language_course',
      title: {
        en: 'German A2 to B1 before departure',
        fr: 'Allemand A2 vers B1 avant le départ',
        ar: 'اللغة الألمانية من A2 إلى B1 قبل السفر',
      },
      description: {
        en: 'Evening course preparing the B1 exam, for people with a job or training offer in Germany.',
        fr: "Cours du soir préparant l'examen B1, pour les personnes ayant une offre d'emploi ou de formation en Allemagne.",
        ar: 'دروس مسائية للتحضير لامتحان B1، لمن لديهم عرض عمل أو تكوين في ألمانيا.',
      },
      eligibility: { clientGroups: ['prospective_migrant'], language: { code: 'de', minLevel: 'A2' } },
      capacity: 15,
      seatsTaken: 3,
      startsInDays: 14,
      weeks: 14,
      languages: ['de', 'fr'],
      deliveryMode: 'hybrid',
    },
    {
      partner: 2,
      category: 'reintegration_assistance',
      title: {
        en: 'Reintegration support after return',
        fr: 'Accompagnement à la réintégration après le retour',
        ar: 'مرافقة لإعادة الإدماج بعد العودة',
      },
      description: {
        en: 'Individual follow-up: housing, documents, schooling of children, first steps to work.',
        fr: 'Suivi individuel : logement, papiers, scolarité des enfants, premiers pas vers l’emploi.',
        ar: 'متابعة فردية: السكن، الوثائق، تمدرس الأطفال، الخطوات الأولى نحو العمل.',
      },
      eligibility: { clientGroups: ['returnee'] },
      languages: ['ar', 'fr'],
      deliveryMode: 'in_person',
    },
  ],
  EG: [
    {
      partner: 0,
      category: 'job_search_support',
      title: {
        en: 'Job-search bootcamp',
        fr: "Atelier intensif de recherche d'emploi",
        ar: 'معسكر مكثف للبحث عن عمل',
      },
      description: {
        en: 'CV, interviews and employer visits in two weeks.',
        fr: "CV, entretiens et visites d'employeurs en deux semaines.",
        ar: 'السيرة الذاتية والمقابلات وزيارات أصحاب العمل في أسبوعين.',
      },
      eligibility: { clientGroups: ['local_job_seeker', 'returnee'], minAge: 18 },
      capacity: 30,
      seatsTaken: 12,
      startsInDays: 7,
      weeks: 2,
      languages: ['ar'],
      deliveryMode: 'in_person',
    },
    {
      partner: 1,
      category: 'pre_integration_language_course',
      title: {
        en: 'German for nurses (A1 to B1)',
        fr: 'Allemand pour infirmiers et infirmières (A1 à B1)',
        ar: 'اللغة الألمانية للممرضين والممرضات (من A1 إلى B1)',
      },
      description: {
        en: 'Language course with nursing vocabulary, for qualified nurses planning to work in Germany.',
        fr: 'Cours de langue avec vocabulaire des soins, pour le personnel infirmier qualifié.',
        ar: 'دورة لغة بمفردات التمريض للممرضين المؤهلين الراغبين في العمل في ألمانيا.',
      },
      eligibility: { clientGroups: ['prospective_migrant'], minEducationIsced: 5 },
      capacity: 18,
      startsInDays: 28,
      weeks: 24,
      languages: ['de', 'ar'],
      deliveryMode: 'hybrid',
    },
    {
      partner: 2,
      category: 'business_start_up',
      title: {
        en: 'Small business incubator',
        fr: 'Incubateur de petites entreprises',
        ar: 'حاضنة المشاريع الصغيرة',
      },
      description: {
        en: 'Three months of coaching and a shared workspace for new businesses.',
        fr: "Trois mois d'accompagnement et un espace de travail partagé pour les nouvelles entreprises.",
        ar: 'ثلاثة أشهر من المرافقة ومساحة عمل مشتركة للمشاريع الجديدة.',
      },
      eligibility: { minAge: 21 },
      capacity: 10,
      seatsTaken: 4,
      startsInDays: 40,
      weeks: 12,
      languages: ['ar', 'en'],
      deliveryMode: 'in_person',
    },
  ],
  PK: [
    {
      partner: 0,
      category: 'pre_integration_language_course',
      title: {
        en: 'German A1 to B1 for skilled workers',
        fr: 'Allemand de A1 à B1 pour travailleurs qualifiés',
        ar: 'اللغة الألمانية من A1 إلى B1 للعمال المهرة',
      },
      description: {
        en: 'Evening course preparing the B1 exam, for engineers and technicians planning to work in Germany.',
        fr: "Cours du soir préparant l'examen B1, pour ingénieurs et techniciens qui veulent travailler en Allemagne.",
        ar: 'دورة مسائية تُحضّر لامتحان B1 للمهندسين والفنيين الراغبين في العمل في ألمانيا.',
      },
      eligibility: { clientGroups: ['prospective_migrant'], minAge: 18 },
      capacity: 25,
      seatsTaken: 9,
      startsInDays: 14,
      weeks: 24,
      languages: ['de', 'ur', 'en'],
      deliveryMode: 'hybrid',
    },
    {
      partner: 0,
      category: 'qualification',
      title: {
        en: 'Certified welding qualification',
        fr: 'Qualification certifiée en soudage',
        ar: 'مؤهل معتمد في اللحام',
      },
      description: {
        en: 'Preparation for an internationally recognised welding certificate.',
        fr: 'Préparation à un certificat de soudage reconnu au niveau international.',
        ar: 'تحضير لشهادة لحام معترف بها دولياً.',
      },
      eligibility: { minAge: 18, minEducationIsced: 2 },
      capacity: 24,
      seatsTaken: 10,
      startsInDays: 18,
      weeks: 16,
      languages: ['ur', 'en'],
      deliveryMode: 'in_person',
    },
    {
      partner: 1,
      category: 'business_start_up',
      title: {
        en: 'Microcredit for returnee start-ups',
        fr: 'Microcrédit pour les entreprises créées par des personnes de retour',
        ar: 'قروض صغيرة لمشاريع العائدين',
      },
      description: {
        en: 'Small loans with a grace period and monthly coaching.',
        fr: 'Petits prêts avec un délai de grâce et un suivi mensuel.',
        ar: 'قروض صغيرة مع فترة سماح ومتابعة شهرية.',
      },
      eligibility: { clientGroups: ['returnee'], minAge: 18 },
      capacity: 40,
      startsInDays: 60,
      weeks: 52,
      languages: ['ur', 'pa'],
      deliveryMode: 'in_person',
    },
    {
      partner: 2,
      category: 'psychosocial_support',
      title: {
        en: 'Individual psychosocial counselling',
        fr: 'Accompagnement psychosocial individuel',
        ar: 'إرشاد نفسي واجتماعي فردي',
      },
      description: {
        en: 'Confidential sessions with a psychologist, in person or by phone.',
        fr: 'Séances confidentielles avec un psychologue, en personne ou par téléphone.',
        ar: 'جلسات سرية مع أخصائي نفسي، حضورياً أو عبر الهاتف.',
      },
      eligibility: {},
      languages: ['ur', 'pa', 'en'],
      deliveryMode: 'hybrid',
    },
  ],
  IQ: [
    {
      partner: 0,
      category: 'vocational_training',
      title: {
        en: 'IT support technician course',
        fr: 'Formation de technicien en support informatique',
        ar: 'دورة فني دعم تقنية المعلومات',
      },
      description: {
        en: 'Hardware, networks and help-desk skills with a work placement.',
        fr: 'Matériel, réseaux et assistance aux utilisateurs, avec un stage en entreprise.',
        ar: 'الأجهزة والشبكات ومهارات الدعم الفني مع تدريب ميداني.',
      },
      eligibility: { minAge: 18, maxAge: 40, minEducationIsced: 3 },
      capacity: 20,
      seatsTaken: 5,
      startsInDays: 25,
      weeks: 18,
      languages: ['ar', 'ckb', 'en'],
      deliveryMode: 'in_person',
    },
    {
      partner: 1,
      category: 'business_start_up',
      title: {
        en: 'Start-up coaching for women',
        fr: "Accompagnement à la création d'entreprise pour les femmes",
        ar: 'مرافقة النساء في إنشاء المشاريع',
      },
      description: {
        en: 'A women-only cohort: business plan, bookkeeping and marketing.',
        fr: "Une promotion réservée aux femmes : plan d'affaires, comptabilité et commercialisation.",
        ar: 'دفعة مخصصة للنساء: خطة العمل والمحاسبة والتسويق.',
      },
      eligibility: { sexes: ['female'], minAge: 18 },
      capacity: 15,
      startsInDays: 20,
      weeks: 10,
      languages: ['ar', 'ckb'],
      deliveryMode: 'in_person',
    },
    {
      partner: 2,
      category: 'psychosocial_support',
      title: {
        en: 'Mental health outreach',
        fr: 'Soutien en santé mentale de proximité',
        ar: 'التوعية والدعم في مجال الصحة النفسية',
      },
      description: {
        en: 'Home visits and group sessions for returnees and their families.',
        fr: 'Visites à domicile et séances de groupe pour les personnes de retour et leurs familles.',
        ar: 'زيارات منزلية وجلسات جماعية للعائدين وأسرهم.',
      },
      eligibility: { clientGroups: ['returnee'] },
      languages: ['ar', 'ckb'],
      deliveryMode: 'in_person',
    },
  ],
};

const addDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Agreements for every demo partner (signed a year ago, valid two more years, covering
 * referrals and outcome feedback) and the active demo offers, dated from `today` so the demo
 * never goes stale.
 */
export async function seedDemoOffers(
  trx: Transaction<DB>,
  country: DemoCountry,
  partnerIds: string[],
  managerId: string,
  today: string,
) {
  await trx
    .insertInto('data_sharing_agreements')
    .values(
      partnerIds.map((partnerId, i) => ({
        country_code: country,
        id: uuidv7(),
        partner_organisation_id: partnerId,
        signed_on: addDays(today, -365),
        expires_on: addDays(today, 730),
        purposes: ['referrals', 'outcome_feedback'],
        reference: `DSA-${country}-${i + 1} (demo)`,
        created_by: managerId,
      })),
    )
    .execute();
  const { city, currency } = places[country];
  for (const offer of demoOffers[country]) {
    const startsOn = offer.startsInDays === undefined ? undefined : addDays(today, offer.startsInDays);
    const endsOn = startsOn && offer.weeks ? addDays(startsOn, offer.weeks * 7) : undefined;
    await trx
      .insertInto('offers')
      .values({
        country_code: country,
        id: uuidv7(),
        partner_organisation_id: partnerIds[offer.partner] as string,
        category: offer.category,
        title: JSON.stringify(offer.title),
        description: JSON.stringify(offer.description),
        eligibility: JSON.stringify({ clientGroups: [], sexes: [], regions: [], ...offer.eligibility }),
        capacity: offer.capacity ?? null,
        seats_left: offer.capacity === undefined ? null : offer.capacity - (offer.seatsTaken ?? 0),
        schedule: JSON.stringify({ startsOn, endsOn, sessions: offer.sessions }),
        starts_on: startsOn ?? null,
        ends_on: endsOn ?? null,
        cost: JSON.stringify({ amount: 0, currency }),
        delivery_mode: offer.deliveryMode,
        languages: offer.languages,
        location: JSON.stringify({ name: `${city} (demo)`, city }),
        status: 'active',
        created_by: managerId,
      })
      .execute();
  }
}
