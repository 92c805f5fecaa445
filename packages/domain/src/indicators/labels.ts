import type { Localised } from './definitions.js';

const l = (en: string, fr: string, ar: string): Localised => ({ en, fr, ar });

export const TOTAL_LABEL = l('Total', 'Total', 'المجموع');

/** Names of the values that rows and columns of indicator tables take, for exports and the UI. */
export const valueLabels: Record<string, Record<string, Localised>> = {
  sex: {
    female: l('Women', 'Femmes', 'نساء'),
    male: l('Men', 'Hommes', 'رجال'),
    other: l('Other', 'Autre', 'آخر'),
    unknown: l('Not stated', 'Non précisé', 'غير مذكور'),
    share_female: l('Share of women', 'Part des femmes', 'نسبة النساء'),
  },
  age_group: {
    under_15: l('Under 15', 'Moins de 15 ans', 'أقل من 15 سنة'),
    '15_24': l('15–24', '15–24 ans', '15–24 سنة'),
    '25_34': l('25–34', '25–34 ans', '25–34 سنة'),
    '35_44': l('35–44', '35–44 ans', '35–44 سنة'),
    '45_plus': l('45 and over', '45 ans et plus', '45 سنة فأكثر'),
    unknown: l('Age not known', 'Âge inconnu', 'العمر غير معروف'),
  },
  client_group: {
    prospective_migrant: l('Prospective migrants', 'Candidats à la migration', 'المهاجرون المحتملون'),
    returnee: l('Returnees', 'Personnes de retour', 'العائدون'),
    local_job_seeker: l('Local job seekers', 'Demandeurs d’emploi locaux', 'الباحثون عن عمل محليًا'),
  },
  channel: {
    in_person: l('In person', 'En présentiel', 'حضوريًا'),
    phone: l('Phone', 'Téléphone', 'الهاتف'),
    video: l('Video', 'Vidéo', 'الفيديو'),
    messenger: l('Messenger', 'Messagerie', 'تطبيق مراسلة'),
    outreach: l('Outreach', 'Sensibilisation de proximité', 'التواصل الميداني'),
  },
  topic: {
    regular_labour_migration: l(
      'Regular labour migration',
      'Migration de travail régulière',
      'هجرة العمل النظامية',
    ),
    vocational_training_migration: l(
      'Migration for vocational training',
      'Migration pour la formation professionnelle',
      'الهجرة للتدريب المهني',
    ),
    study: l('Study', 'Études', 'الدراسة'),
    regional_migration: l('Regional migration', 'Migration régionale', 'الهجرة الإقليمية'),
    recognition_of_qualifications: l(
      'Recognition of qualifications',
      'Reconnaissance des qualifications',
      'الاعتراف بالمؤهلات',
    ),
    language_learning: l('Language learning', 'Apprentissage des langues', 'تعلم اللغات'),
    risks_of_irregular_migration: l(
      'Risks of irregular migration',
      'Risques de la migration irrégulière',
      'مخاطر الهجرة غير النظامية',
    ),
    local_jobs: l('Local jobs', 'Emploi local', 'الوظائف المحلية'),
    business_start_up: l('Business start-up', 'Création d’entreprise', 'إنشاء المشاريع'),
    reintegration: l('Reintegration', 'Réintégration', 'إعادة الإدماج'),
    psychosocial: l('Psychosocial support', 'Soutien psychosocial', 'الدعم النفسي الاجتماعي'),
    other: l('Other', 'Autre', 'أخرى'),
  },
  offer_category: {
    vocational_training: l('Vocational training', 'Formation professionnelle', 'التدريب المهني'),
    qualification: l('Qualification', 'Qualification', 'التأهيل'),
    pre_integration_language_course: l(
      'Pre-integration language course',
      'Cours de langue de pré-intégration',
      'دورة لغة ما قبل الاندماج',
    ),
    job_search_support: l('Job-search support', 'Aide à la recherche d’emploi', 'دعم البحث عن عمل'),
    job_placement: l('Job placement', 'Placement', 'التوظيف'),
    business_start_up: l('Business start-up', 'Création d’entreprise', 'إنشاء المشاريع'),
    psychosocial_support: l('Psychosocial support', 'Soutien psychosocial', 'الدعم النفسي الاجتماعي'),
    health: l('Health', 'Santé', 'الصحة'),
    shelter_emergency: l(
      'Shelter and emergency help',
      'Hébergement et aide d’urgence',
      'المأوى والمساعدة الطارئة',
    ),
    reintegration_assistance: l(
      'Reintegration assistance',
      'Aide à la réintégration',
      'مساعدة إعادة الإدماج',
    ),
    recognition_support: l('Recognition support', 'Aide à la reconnaissance', 'دعم الاعتراف بالمؤهلات'),
    information_event: l('Information event', 'Événement d’information', 'فعالية إعلامية'),
    none: l('Partner, no specific offer', 'Partenaire, sans offre précise', 'شريك دون عرض محدد'),
  },
  partner_type: {
    ministry: l('Ministry', 'Ministère', 'وزارة'),
    public_employment_service: l(
      'Public employment service',
      'Service public de l’emploi',
      'خدمة التوظيف العامة',
    ),
    tvet_institution: l('TVET institution', 'Établissement d’EFTP', 'مؤسسة تعليم وتدريب تقني ومهني'),
    language_school: l('Language school', 'École de langues', 'مدرسة لغات'),
    ngo: l('NGO', 'ONG', 'منظمة غير حكومية'),
    private_employer: l('Private employer', 'Employeur privé', 'صاحب عمل خاص'),
    multilateral: l('Multilateral organisation', 'Organisation multilatérale', 'منظمة متعددة الأطراف'),
    eu_programme: l('EU programme', 'Programme de l’UE', 'برنامج الاتحاد الأوروبي'),
    diaspora_organisation: l('Diaspora organisation', 'Organisation de la diaspora', 'منظمة المغتربين'),
    microfinance: l('Microfinance', 'Microfinance', 'التمويل الأصغر'),
    health_psychosocial: l(
      'Health or psychosocial provider',
      'Prestataire de santé ou psychosocial',
      'مقدم خدمات صحية أو نفسية اجتماعية',
    ),
  },
  outcome: {
    job: l('Job', 'Emploi', 'وظيفة'),
    business_started: l('Business started', 'Entreprise créée', 'إنشاء مشروع'),
    certificate_obtained: l('Qualification obtained', 'Qualification obtenue', 'الحصول على مؤهل'),
    migrated_regularly: l('Migrated regularly', 'Migration régulière', 'هجرة نظامية'),
    other: l('Other', 'Autre', 'أخرى'),
  },
  measure: {
    made: l('Made', 'Effectuées', 'المرسلة'),
    accepted: l('Accepted', 'Acceptées', 'المقبولة'),
    completed: l('Completed', 'Achevées', 'المكتملة'),
    acceptance_rate: l('Acceptance rate', 'Taux d’acceptation', 'معدل القبول'),
    completion_rate: l('Completion rate', 'Taux d’achèvement', 'معدل الإتمام'),
    median_days_to_answer: l('Median days to answer', 'Délai médian de réponse (jours)', 'وسيط أيام الرد'),
  },
};

/** Titles of the report's tables. */
export const tableTitles: Record<string, Localised> = {
  people_counselled: l('People counselled', 'Personnes conseillées', 'الأشخاص الذين تلقوا الإرشاد'),
  sessions_held: l('Counselling sessions held', 'Séances de conseil tenues', 'جلسات الإرشاد المنعقدة'),
  referrals_by_offer_category: l(
    'Referrals by offer category',
    'Orientations par catégorie d’offre',
    'الإحالات حسب فئة العرض',
  ),
  referrals_by_partner_type: l(
    'Referrals by partner type',
    'Orientations par type de partenaire',
    'الإحالات حسب نوع الشريك',
  ),
  referrals_by_sex: l('Referrals by sex', 'Orientations par sexe', 'الإحالات حسب الجنس'),
  outcomes: l('Outcomes of completed measures', 'Résultats des mesures achevées', 'نتائج التدابير المكتملة'),
  returnees_reintegration: l(
    'Returnees supported with reintegration measures',
    'Personnes de retour soutenues par des mesures de réintégration',
    'العائدون الذين تلقوا دعمًا بتدابير إعادة الإدماج',
  ),
  event_participants: l('Event participants', 'Participants aux événements', 'المشاركون في الفعاليات'),
  people_reached: l('People reached', 'Personnes atteintes', 'الأشخاص الذين تم الوصول إليهم'),
};

/** Names of what rows are broken down by (the first column's heading). */
export const dimensionLabels: Record<string, Localised> = {
  none: l('All', 'Ensemble', 'الكل'),
  month: l('Month', 'Mois', 'الشهر'),
  country: l('Country', 'Pays', 'البلد'),
  centre: l('Centre', 'Centre', 'المركز'),
  client_group: l('Client group', 'Groupe', 'فئة المستفيد'),
  age_group: l('Age group', 'Tranche d’âge', 'الفئة العمرية'),
  channel: l('Channel', 'Canal', 'قناة التواصل'),
  topic: l('Topic', 'Thème', 'الموضوع'),
  offer_category: l('Offer category', 'Catégorie d’offre', 'فئة العرض'),
  partner_type: l('Partner type', 'Type de partenaire', 'نوع الشريك'),
  sex: l('Sex', 'Sexe', 'الجنس'),
  outcome: l('Outcome', 'Résultat', 'النتيجة'),
};

/** The label of a row or column key; centre and country rows carry their own names. */
export function labelOf(dimension: string, key: string, lang: keyof Localised): string {
  if (key === 'total') return TOTAL_LABEL[lang];
  return (
    valueLabels[dimension]?.[key]?.[lang] ??
    valueLabels.sex?.[key]?.[lang] ??
    valueLabels.measure?.[key]?.[lang] ??
    key
  );
}
