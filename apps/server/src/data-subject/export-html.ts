// The printable export: one self-contained HTML page (no script, no external file; the style is
// inline, which the CSP of apps/server/src/http/security-headers.ts already allows), in the staff
// member's language, right-to-left for Arabic.
import type { ClientExport } from '@pathways/contracts';
import { RULE_PACKS } from '@pathways/domain';
import { type ExportLabels, exportLabels, fill, labelOf } from './export-labels.js';
import { fieldTable, html, isolated, listTable, Markup, prose } from './html.js';

export type ExportContext = {
  /** Code-list labels keyed `list:code` (counselling_topics, session_channels, isced_2011, languages, isco_08). */
  codes: Map<string, string>;
  centreName: string | null;
  partnerNames: Map<string, string>;
};

const STYLE = `
body { font: 11pt/1.45 system-ui, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", sans-serif; color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; border-bottom: 2px solid #333; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .4rem; } p.meta, p.empty { color: #444; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; } th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: start; vertical-align: top; }
table.fields th { width: 32%; background: #f2f2f2; font-weight: 600; } table.list th { background: #f2f2f2; }
.prose { white-space: pre-wrap; } .note { font-style: italic; color: #444; }
section, article { break-inside: avoid-page; } pre { white-space: pre-wrap; font-size: 9pt; background: #f6f6f6; padding: .5rem; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
@page { margin: 18mm; }`;

function formattersFor(language: string) {
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return {
    day: (iso: string | null | undefined) =>
      iso ? day.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) : '',
    moment: (iso: string | null | undefined) => (iso ? `${moment.format(new Date(iso))} UTC` : ''),
  };
}

type Page = {
  l: ExportLabels;
  f: ReturnType<typeof formattersFor>;
  code: (list: string, value: string | number | null | undefined) => string;
  ctx: ExportContext;
};

const joinName = (n: { given: string | null; middle: string | null; family: string | null } | null) =>
  n ? [n.given, n.middle, n.family].filter(Boolean).join(' ') : '';

function profileSection({ l, f, code, ctx }: Page, c: ClientExport['client']) {
  const dob = c.dateOfBirth
    ? `${c.dateOfBirth.precision === 'exact' ? f.day(c.dateOfBirth.value) : c.dateOfBirth.value} (${labelOf(l.dobPrecision, c.dateOfBirth.precision)})`
    : '';
  return html`<section><h2>${l.sections.profile}</h2>${fieldTable([
    [l.fields.caseCode, isolated(c.caseCode)],
    [l.fields.status, labelOf(l.clientStatus, c.status)],
    [l.fields.centre, ctx.centreName],
    [l.fields.name, isolated(joinName(c.name))],
    [l.fields.nameOriginal, isolated(joinName(c.nameOriginal))],
    [l.fields.aliases, c.aliases.length ? isolated(c.aliases.join(', ')) : ''],
    [l.fields.sex, labelOf(l.sex, c.sex)],
    [l.fields.dateOfBirth, dob],
    [
      l.fields.idDocument,
      c.idDocument ? html`${labelOf(l.idDocument, c.idDocument.type)}: ${isolated(c.idDocument.number)}` : '',
    ],
    [l.fields.phone, isolated(c.phone)],
    [l.fields.messenger, c.phone ? (c.phoneHasMessenger ? l.yes : l.no) : ''],
    [l.fields.nationality, c.nationality],
    [l.fields.region, isolated(c.region)],
    [l.fields.education, c.educationIsced === null ? '' : code('isced_2011', c.educationIsced)],
    [l.fields.occupation, code('isco_08', c.occupationIsco)],
    [l.fields.workExperience, c.workExperienceYears === null ? '' : String(c.workExperienceYears)],
    [l.fields.languages, c.languages.map((s) => `${code('languages', s.code)} (${s.level})`).join(', ')],
    [l.fields.group, labelOf(l.group, c.group)],
    [l.fields.destinations, c.intentions?.destinations.join(', ')],
    [l.fields.purposes, c.intentions?.purposes.map((p) => labelOf(l.migrationPurpose, p)).join(', ')],
    [
      l.fields.returnDetails,
      c.returnDetails
        ? `${labelOf(l.returnKind, c.returnDetails.kind)}, ${c.returnDetails.fromCountry}${c.returnDetails.returnedOn ? `, ${f.day(c.returnDetails.returnedOn)}` : ''}`
        : '',
    ],
    [l.fields.heardVia, labelOf(l.heardVia, c.heardVia)],
    [l.fields.registeredOn, f.moment(c.createdAt)],
    [l.fields.updatedOn, f.moment(c.updatedAt)],
  ])}</section>`;
}

function consentsAndFamily({ l, f, ctx }: Page, c: ClientExport['client']) {
  const consents = c.consents.map((k) => [
    labelOf(l.consentPurpose, k.purpose),
    k.partnerOrganisationId ? (ctx.partnerNames.get(k.partnerOrganisationId) ?? '') : '',
    `${k.textVersion} (${k.language})`,
    k.givenBy === 'guardian' ? fill(l.givenBy.guardian, { name: k.guardianName ?? '' }) : l.givenBy.client,
    f.moment(k.recordedAt),
    f.moment(k.withdrawnAt),
  ]);
  const x = l.fields;
  const family = c.family.map((m) => [
    labelOf(l.relation, m.relation),
    m.name ? isolated(m.name) : x.registeredRelative,
  ]);
  return html`<section><h2>${l.sections.consents}</h2>${listTable(
    [x.purpose, x.partner, x.textVersion, x.givenBy, x.recordedOn, x.withdrawnOn],
    consents,
    l.none,
  )}</section><section><h2>${l.sections.family}</h2>${listTable([x.relation, x.name], family, l.none)}</section>`;
}

function sessionsSection({ l, f, code }: Page, sessions: ClientExport['sessions']) {
  const items = sessions.map((s) => {
    const sensitive = s.sensitiveNotes
      ? prose(s.sensitiveNotes)
      : s.hasSensitiveNotes
        ? html`<span class="note">${s.sensitiveNotesWithheld ? l.sensitiveWithheld : l.sensitiveGone}</span>`
        : '';
    return html`<article><h3>${f.day(s.heldOn)}</h3>${fieldTable([
      [l.fields.channel, code('session_channels', s.channel)],
      [l.fields.format, labelOf(l.sessionFormat, s.format)],
      [l.fields.topics, s.topics.map((t) => code('counselling_topics', t)).join(', ')],
      [l.fields.duration, String(s.durationMinutes)],
      [l.fields.counsellor, s.counsellorName],
      [l.fields.notes, prose(s.notes)],
      [l.fields.sensitiveNotes, sensitive],
      [l.fields.nextSteps, prose(s.nextSteps)],
    ])}</article>`;
  });
  return html`<section><h2>${l.sections.sessions}</h2>${items.length ? items : html`<p class="empty">${l.none}</p>`}</section>`;
}

function tasksSection({ l, f }: Page, tasks: ClientExport['tasks']) {
  const x = l.fields;
  const rows = tasks.map((t) => [
    prose(t.title),
    prose(t.goal),
    f.day(t.dueOn),
    t.assigneeName,
    labelOf(l.taskStatus, t.status),
  ]);
  return html`<section><h2>${l.sections.tasks}</h2>${listTable([x.task, x.goal, x.dueOn, x.assignee, x.status], rows, l.none)}</section>`;
}

type RouteResult = { routes?: { routeId: string; status: string }[] };

function assessmentsSection({ l, f }: Page, assessments: ClientExport['pathwayAssessments']) {
  const items = assessments.map((a) => {
    const routes = (a.result as RouteResult | null)?.routes ?? [];
    // Route names are German legal titles, kept in the rule pack as they are published.
    const pack = RULE_PACKS.find((p) => p.id === a.packId);
    const routeName = (id: string) => pack?.routes.find((r) => r.id === id)?.title ?? id;
    return html`<article><h3>${f.day(a.evaluatedOn)}</h3>${fieldTable([
      [l.fields.rulePack, `${a.packId} ${a.packVersion}`],
      [l.fields.by, `${a.createdBy}, ${f.moment(a.createdAt)}`],
      [
        l.fields.result,
        routes.map((r) => `${routeName(r.routeId)}: ${labelOf(l.routeStatus, r.status)}`).join('; '),
      ],
      [l.fields.profileEntered, html`<pre dir="ltr">${JSON.stringify(a.profile, null, 2)}</pre>`],
    ])}</article>`;
  });
  return html`<section><h2>${l.sections.assessments}</h2>${items.length ? items : html`<p class="empty">${l.none}</p>`}</section>`;
}

function sharedValue(page: Page, field: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field === 'languages' && Array.isArray(value))
    return value
      .map((s: { code: string; level: string }) => `${page.code('languages', s.code)} (${s.level})`)
      .join(', ');
  if (field === 'sex') return labelOf(page.l.sex, String(value));
  if (field === 'clientGroup') return labelOf(page.l.group, String(value));
  if (field === 'educationIsced') return page.code('isced_2011', value as number);
  if (field === 'occupationIsco') return page.code('isco_08', String(value));
  return String(value);
}

function referralsSection(
  page: Page,
  referrals: ClientExport['referrals'],
  language: ClientExport['language'],
) {
  const { l, f } = page;
  const x = l.fields;
  const items = referrals.map((r) => {
    const shared = r.sharedSnapshot
      ? fieldTable(
          Object.entries(r.sharedSnapshot).map(([k, v]) => [
            labelOf(l.sharedField, k),
            isolated(sharedValue(page, k, v)),
          ]),
        )
      : html`<p class="note">${r.redactedAt ? fill(x.sharedWithdrawn, { date: f.moment(r.redactedAt) }) : r.sharedFields.map((k) => labelOf(l.sharedField, k)).join(', ')}</p>`;
    const history = r.events.map((e) => [
      f.moment(e.at),
      `${e.from ? `${labelOf(l.referralStatus, e.from)} → ` : ''}${labelOf(l.referralStatus, e.to)}`,
      `${e.actorName} (${labelOf(l.actorSide, e.actorSide)})`,
      prose(e.reason),
    ]);
    const offer = r.offer ? (r.offer.title[language] ?? r.offer.title.en ?? '') : '';
    return html`<article><h3>${r.partnerName}</h3>${fieldTable([
      [x.offer, offer],
      [x.reason, prose(r.reason)],
      [x.status, labelOf(l.referralStatus, r.status)],
      [x.sentOn, f.moment(r.sentAt)],
      [x.answeredOn, f.moment(r.answeredAt)],
      [x.outcome, r.outcome ? labelOf(l.outcome, r.outcome) : ''],
      [x.declineReason, prose(r.declineReason)],
      [x.feedback, prose(r.feedback)],
    ])}<h4>${x.sharedFields}</h4>${shared}<h4>${x.history}</h4>${listTable([x.date, x.status, x.by, x.reason], history, l.none)}</article>`;
  });
  return html`<section><h2>${l.sections.referrals}</h2>${items.length ? items : html`<p class="empty">${l.none}</p>`}</section>`;
}

function timelineDetails({ l, code }: Page, entry: ClientExport['timeline'][number]): string {
  const d = entry.details;
  const text = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');
  switch (entry.kind) {
    case 'session':
      return Array.isArray(d.topics) ? d.topics.map((t) => code('counselling_topics', t)).join(', ') : '';
    case 'closed':
      return labelOf(l.closeReason, text('reason'));
    case 'consent_recorded':
    case 'consent_withdrawn':
      return labelOf(l.consentPurpose, text('purpose'));
    case 'task_created':
    case 'task_done':
      return text('title');
    case 'referral':
      return `${text('partner')}: ${labelOf(l.referralStatus, text('status'))}`;
    case 'registered':
      return text('caseCode');
    case 'merged':
      return text('duplicateCaseCode') || text('survivorCaseCode');
    default:
      return '';
  }
}

function timelineSection(page: Page, timeline: ClientExport['timeline']) {
  const { l, f } = page;
  const rows = timeline.map((e) => [
    f.moment(e.at),
    labelOf(l.timelineKind, e.kind),
    e.actorName ?? '',
    isolated(timelineDetails(page, e)),
  ]);
  return html`<section><h2>${l.sections.timeline}</h2>${listTable([l.fields.date, l.fields.event, l.fields.by, l.fields.details], rows, l.none)}</section>`;
}

/** The whole page: a document the person can be handed or sent, readable without Pathways. */
export function renderExportHtml(data: ClientExport, ctx: ExportContext): string {
  const l = exportLabels[data.language];
  const f = formattersFor(data.language);
  const code = (list: string, value: string | number | null | undefined) =>
    value === null || value === undefined ? '' : (ctx.codes.get(`${list}:${value}`) ?? String(value));
  const page: Page = { l, f, code, ctx };
  const title = fill(l.title, { caseCode: data.client.caseCode });
  const body: Markup = html`<main>
<h1>${title}</h1>
<p>${l.intro}</p>
<p class="meta">${fill(l.exportedOn, { date: f.moment(data.exportedAt), name: data.exportedBy.name })}</p>
${profileSection(page, data.client)}
${consentsAndFamily(page, data.client)}
${sessionsSection(page, data.sessions)}
${tasksSection(page, data.tasks)}
${assessmentsSection(page, data.pathwayAssessments)}
${referralsSection(page, data.referrals, data.language)}
${timelineSection(page, data.timeline)}
</main>`;
  return html`<!doctype html>
<html lang="${data.language}" dir="${l.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>${new Markup(STYLE)}</style>
</head>
<body>
${body}
</body>
</html>
`.value;
}
