import type { IndicatorId } from '@pathways/contracts';

export type Localised = { en: string; fr: string; ar: string };

export type IndicatorDefinition = {
  id: IndicatorId;
  /**
   * distinct: people, each counted once over the whole period (never summed across months);
   * count: additive counts of records; rate: a fraction of two counts; median: days.
   */
  kind: 'distinct' | 'count' | 'rate' | 'median';
  name: Localised;
  definition: Localised;
};

const def = (id: IndicatorId, kind: IndicatorDefinition['kind'], name: Localised, definition: Localised) => ({
  id,
  kind,
  name,
  definition,
});

/** The written definitions the dashboard shows and the exports carry on their second sheet. */
export const indicatorDefinitions: readonly IndicatorDefinition[] = [
  def(
    'people_counselled',
    'distinct',
    { en: 'People counselled', fr: 'Personnes conseillées', ar: 'الأشخاص الذين تلقوا الإرشاد' },
    {
      en: 'Distinct clients with at least one counselling session (individual or group) held in the period. Each person counts once in the whole period, however many sessions they had; monthly figures are never added up into a longer period.',
      fr: 'Clients distincts ayant eu au moins une séance de conseil (individuelle ou collective) pendant la période. Chaque personne compte une seule fois sur toute la période, quel que soit le nombre de ses séances ; les chiffres mensuels ne sont jamais additionnés pour former une période plus longue.',
      ar: 'عدد المستفيدين المختلفين الذين حضروا جلسة إرشاد واحدة على الأقل (فردية أو جماعية) خلال الفترة. يُحسب كل شخص مرة واحدة طوال الفترة مهما كان عدد جلساته، ولا تُجمع الأرقام الشهرية أبدًا لتكوين فترة أطول.',
    },
  ),
  def(
    'sessions_held',
    'count',
    { en: 'Counselling sessions held', fr: 'Séances de conseil tenues', ar: 'جلسات الإرشاد المنعقدة' },
    {
      en: 'Counselling sessions recorded with a date in the period. A session on several topics counts once in the total and once under each of its topics.',
      fr: 'Séances de conseil enregistrées avec une date comprise dans la période. Une séance portant sur plusieurs thèmes compte une fois dans le total et une fois pour chacun de ses thèmes.',
      ar: 'جلسات الإرشاد المسجلة بتاريخ يقع ضمن الفترة. الجلسة التي تتناول عدة مواضيع تُحسب مرة واحدة في المجموع ومرة واحدة تحت كل موضوع من مواضيعها.',
    },
  ),
  def(
    'share_women_counselled',
    'rate',
    {
      en: 'Share of women among people counselled',
      fr: 'Part des femmes parmi les personnes conseillées',
      ar: 'نسبة النساء بين من تلقوا الإرشاد',
    },
    {
      en: 'Women among the people counselled in the period, divided by all people counselled.',
      fr: 'Femmes parmi les personnes conseillées pendant la période, divisées par l’ensemble des personnes conseillées.',
      ar: 'عدد النساء بين الأشخاص الذين تلقوا الإرشاد خلال الفترة مقسومًا على مجموع من تلقوا الإرشاد.',
    },
  ),
  def(
    'referrals_made',
    'count',
    { en: 'Referrals made', fr: 'Orientations effectuées', ar: 'الإحالات المُرسلة' },
    {
      en: 'Referrals sent to a partner organisation in the period (drafts are not counted). The referrals of a period are followed as a cohort: whatever happens to them later counts in the period they were sent.',
      fr: 'Orientations envoyées à une organisation partenaire pendant la période (brouillons exclus). Les orientations d’une période sont suivies comme une cohorte : ce qui leur arrive ensuite compte dans la période de leur envoi.',
      ar: 'الإحالات المرسلة إلى منظمة شريكة خلال الفترة (لا تُحتسب المسودات). تُتابَع إحالات الفترة كمجموعة واحدة: كل ما يحدث لها لاحقًا يُحتسب في الفترة التي أُرسلت فيها.',
    },
  ),
  def(
    'referrals_accepted',
    'count',
    { en: 'Referrals accepted', fr: 'Orientations acceptées', ar: 'الإحالات المقبولة' },
    {
      en: 'Referrals made in the period that the partner accepted, including those that went on to enrolment, completion, drop-out or no-show.',
      fr: 'Orientations de la période que le partenaire a acceptées, y compris celles qui ont ensuite abouti à une inscription, un achèvement, un abandon ou une absence.',
      ar: 'إحالات الفترة التي قبلها الشريك، بما فيها التي انتقلت بعد ذلك إلى التسجيل أو الإتمام أو الانسحاب أو عدم الحضور.',
    },
  ),
  def(
    'referrals_completed',
    'count',
    { en: 'Measures completed', fr: 'Mesures achevées', ar: 'التدابير المكتملة' },
    {
      en: 'Referrals made in the period whose measure the client completed (status completed, with an outcome).',
      fr: 'Orientations de la période dont le client a achevé la mesure (statut « achevée », avec un résultat).',
      ar: 'إحالات الفترة التي أتمّ فيها المستفيد التدبير (الحالة «مكتملة» مع نتيجة مسجلة).',
    },
  ),
  def(
    'acceptance_rate',
    'rate',
    { en: 'Acceptance rate', fr: 'Taux d’acceptation', ar: 'معدل القبول' },
    {
      en: 'Referrals accepted divided by referrals made, for the same referrals (those sent in the period).',
      fr: 'Orientations acceptées divisées par les orientations effectuées, pour les mêmes orientations (envoyées pendant la période).',
      ar: 'الإحالات المقبولة مقسومة على الإحالات المرسلة، للإحالات نفسها (المرسلة خلال الفترة).',
    },
  ),
  def(
    'completion_rate',
    'rate',
    { en: 'Completion rate', fr: 'Taux d’achèvement', ar: 'معدل الإتمام' },
    {
      en: 'Measures completed divided by referrals accepted, for the referrals sent in the period.',
      fr: 'Mesures achevées divisées par les orientations acceptées, pour les orientations envoyées pendant la période.',
      ar: 'التدابير المكتملة مقسومة على الإحالات المقبولة، للإحالات المرسلة خلال الفترة.',
    },
  ),
  def(
    'median_days_to_answer',
    'median',
    {
      en: 'Median days to partner answer',
      fr: 'Délai médian de réponse du partenaire (jours)',
      ar: 'وسيط عدد أيام رد الشريك',
    },
    {
      en: 'For the referrals sent in the period that the partner has answered (accepted or declined), the median time from sending to answer, in days.',
      fr: 'Pour les orientations envoyées pendant la période auxquelles le partenaire a répondu (acceptation ou refus), durée médiane entre l’envoi et la réponse, en jours.',
      ar: 'للإحالات المرسلة خلال الفترة التي ردّ عليها الشريك (بالقبول أو الرفض)، الوسيط للمدة بين الإرسال والرد بالأيام.',
    },
  ),
  def(
    'share_women_referred',
    'rate',
    {
      en: 'Share of women among referrals',
      fr: 'Part des femmes parmi les orientations',
      ar: 'نسبة النساء بين الإحالات',
    },
    {
      en: 'Referrals made for women divided by all referrals made in the period.',
      fr: 'Orientations effectuées pour des femmes divisées par l’ensemble des orientations de la période.',
      ar: 'الإحالات المرسلة لنساء مقسومة على مجموع الإحالات المرسلة خلال الفترة.',
    },
  ),
  def(
    'share_women_completed',
    'rate',
    {
      en: 'Share of women among completed measures',
      fr: 'Part des femmes parmi les mesures achevées',
      ar: 'نسبة النساء بين التدابير المكتملة',
    },
    {
      en: 'Measures completed by women divided by all measures completed (of the referrals sent in the period).',
      fr: 'Mesures achevées par des femmes divisées par l’ensemble des mesures achevées (orientations envoyées pendant la période).',
      ar: 'التدابير التي أتمّتها نساء مقسومة على مجموع التدابير المكتملة (من الإحالات المرسلة خلال الفترة).',
    },
  ),
  def(
    'returnees_reintegration',
    'distinct',
    {
      en: 'Returnees supported with reintegration measures',
      fr: 'Personnes de retour soutenues par des mesures de réintégration',
      ar: 'العائدون الذين تلقوا دعمًا بتدابير إعادة الإدماج',
    },
    {
      en: 'Distinct returnees with at least one referral sent in the period that the partner accepted, to any measure (training, job placement, business start-up, psychosocial or financial support, …). Each person counts once.',
      fr: 'Personnes de retour distinctes ayant au moins une orientation envoyée pendant la période et acceptée par le partenaire, vers toute mesure (formation, placement, création d’entreprise, soutien psychosocial ou financier, …). Chaque personne compte une fois.',
      ar: 'عدد العائدين المختلفين الذين لديهم إحالة واحدة على الأقل أُرسلت خلال الفترة وقبلها الشريك، إلى أي تدبير (تدريب، توظيف، إنشاء مشروع، دعم نفسي اجتماعي أو مالي، …). يُحسب كل شخص مرة واحدة.',
    },
  ),
  def(
    'outcomes',
    'count',
    {
      en: 'Outcomes of completed measures',
      fr: 'Résultats des mesures achevées',
      ar: 'نتائج التدابير المكتملة',
    },
    {
      en: 'Measures completed (referrals sent in the period) by the outcome the partner reported: job, business started, qualification (certificate) obtained, migrated regularly, other.',
      fr: 'Mesures achevées (orientations envoyées pendant la période) selon le résultat signalé par le partenaire : emploi, entreprise créée, qualification (certificat) obtenue, migration régulière, autre.',
      ar: 'التدابير المكتملة (من الإحالات المرسلة خلال الفترة) حسب النتيجة التي أبلغ عنها الشريك: وظيفة، إنشاء مشروع، الحصول على مؤهل (شهادة)، هجرة نظامية، أخرى.',
    },
  ),
  def(
    'event_participants',
    'count',
    { en: 'Event participants', fr: 'Participants aux événements', ar: 'المشاركون في الفعاليات' },
    {
      en: 'Participants of group events (information sessions, job fairs, outreach, online sessions) held in the period, as counted by sex and age group. Someone attending two events counts twice: participants are not named.',
      fr: 'Participants aux événements collectifs (séances d’information, salons de l’emploi, sensibilisation, séances en ligne) tenus pendant la période, comptés par sexe et tranche d’âge. Une personne présente à deux événements compte deux fois : les participants ne sont pas nommés.',
      ar: 'المشاركون في الفعاليات الجماعية (جلسات إعلامية، معارض توظيف، أنشطة توعية، جلسات عبر الإنترنت) المنعقدة خلال الفترة، معدودين حسب الجنس والفئة العمرية. من يحضر فعاليتين يُحسب مرتين لأن المشاركين غير مسجلين بأسمائهم.',
    },
  ),
  def(
    'people_reached',
    'distinct',
    { en: 'People reached', fr: 'Personnes atteintes', ar: 'الأشخاص الذين تم الوصول إليهم' },
    {
      en: 'People counselled, plus registered clients who attended an event in the period without being counselled in it, plus event participants not linked to a registered client. Nobody linked to a client record is counted twice.',
      fr: 'Personnes conseillées, plus les clients enregistrés ayant assisté à un événement de la période sans y avoir été conseillés, plus les participants aux événements non liés à un client enregistré. Aucune personne liée à un dossier client n’est comptée deux fois.',
      ar: 'الأشخاص الذين تلقوا الإرشاد، مضافًا إليهم المستفيدون المسجلون الذين حضروا فعالية خلال الفترة دون أن يتلقوا إرشادًا فيها، ومشاركو الفعاليات غير المرتبطين بملف مستفيد. لا يُحسب أي شخص مرتبط بملف مستفيد مرتين.',
    },
  ),
];

export function definitionOf(id: IndicatorId): IndicatorDefinition {
  const found = indicatorDefinitions.find((d) => d.id === id);
  if (!found) throw new Error(`no definition for ${id}`);
  return found;
}

/** Notes that apply to every figure; `{k}` is the suppression threshold. */
export const indicatorNotes: readonly Localised[] = [
  {
    en: 'Small cells: for the analyst and in every view across countries, counts from 1 to {k−1} show as "<{k}"; where a row or column would then hold a single hidden cell, its next smallest cell shows as "x". Rates and medians show only where their base is at least {k}. Such views take whole months, quarters or years only.',
    fr: 'Petits effectifs : pour l’analyste et dans toute vue couvrant plusieurs pays, les effectifs de 1 à {k−1} s’affichent « <{k} » ; si une ligne ou une colonne ne compte alors qu’une seule cellule masquée, sa plus petite cellule suivante s’affiche « x ». Taux et médianes ne s’affichent que sur une base d’au moins {k}. Ces vues ne portent que sur des mois, trimestres ou années entiers.',
    ar: 'الخلايا الصغيرة: للمحلل وفي كل عرض يشمل أكثر من بلد، تظهر الأعداد من 1 إلى {k−1} على شكل «<{k}»؛ وإذا بقيت في صف أو عمود خلية مخفية واحدة فقط، تظهر الخلية الأصغر التالية على شكل «x». لا تظهر النسب والوسيطات إلا إذا كان أساسها {k} على الأقل. ولا تشمل هذه العروض إلا أشهرًا أو أرباعًا أو سنوات كاملة.',
  },
  {
    en: 'Age groups use the age a person reaches in the year the period ends, from the year of birth.',
    fr: 'Les tranches d’âge reposent sur l’âge atteint dans l’année où se termine la période, d’après l’année de naissance.',
    ar: 'تعتمد الفئات العمرية على العمر الذي يبلغه الشخص في السنة التي تنتهي فيها الفترة، استنادًا إلى سنة الميلاد.',
  },
  {
    en: 'Dates, months and periods follow each centre’s local calendar.',
    fr: 'Les dates, mois et périodes suivent le calendrier local de chaque centre.',
    ar: 'تتبع التواريخ والأشهر والفترات التقويم المحلي لكل مركز.',
  },
];

/** A note with the threshold filled in. */
export const noteText = (note: Localised, lang: keyof Localised, k: number) =>
  note[lang].replaceAll('{k−1}', String(k - 1)).replaceAll('{k}', String(k));
