import type { TimelineEntry } from '@pathways/contracts';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormatters } from '../../i18n/format';
import { useCodeList } from '../clients/code-lists';
import { useCentreChoices } from '../clients/use-centres';
import { isolate, useDateFormat } from './casework-format';

export type Entry = z.infer<typeof TimelineEntry>;

const raw = (value: unknown): string => (typeof value === 'string' ? value : '');
const str = (value: unknown): string => isolate(raw(value));
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];

/** One readable sentence per timeline entry, in the UI language; an unknown kind shows its code. */
export const useTimelineText = () => {
  const { t, i18n } = useTranslation();
  const { formatNumber } = useFormatters();
  const { formatDay } = useDateFormat();
  const topics = useCodeList('counselling_topics');
  const channels = useCodeList('session_channels');
  const { centreName } = useCentreChoices();
  const andList = useMemo(() => new Intl.ListFormat(i18n.language, { type: 'conjunction' }), [i18n.language]);
  return useCallback(
    (entry: Entry): string => {
      const d = entry.details;
      const purpose = () => {
        const code = raw(d.purpose);
        return i18n.exists(`clients.consentPurpose.${code}`) ? t(`clients.consentPurpose.${code}`) : code;
      };
      switch (entry.kind) {
        case 'registered':
          return t('casework.timeline.registered', { caseCode: str(d.caseCode) });
        case 'session':
          return t('casework.timeline.session', {
            channel: channels.labelOf(raw(d.channel)) ?? raw(d.channel),
            minutes: formatNumber(num(d.durationMinutes)),
            topics: andList.format(list(d.topics).map((code) => topics.labelOf(code) ?? code)),
          });
        case 'task_created':
          return t('casework.timeline.taskCreated', {
            title: str(d.title),
            date: isolate(formatDay(raw(d.dueOn))),
            name: raw(d.assignee) ? str(d.assignee) : t('casework.timeline.someone'),
          });
        case 'task_done':
          return t('casework.timeline.taskDone', { title: str(d.title) });
        case 'consent_recorded':
          return t('casework.timeline.consentRecorded', { purpose: purpose() });
        case 'consent_withdrawn':
          return t('casework.timeline.consentWithdrawn', { purpose: purpose() });
        case 'closed': {
          const reason = raw(d.reason);
          return t('casework.timeline.closed', {
            reason: i18n.exists(`casework.closeReason.${reason}`)
              ? t(`casework.closeReason.${reason}`)
              : reason,
          });
        }
        case 'reopened':
          return t('casework.timeline.reopened');
        case 'transferred':
          return t('casework.timeline.transferred', {
            from: isolate(centreName(raw(d.fromCentreId)) ?? t('casework.timeline.otherCentre')),
            to: isolate(centreName(raw(d.toCentreId)) ?? t('casework.timeline.otherCentre')),
          });
        case 'pathway_assessed':
          return t('casework.timeline.pathwayAssessed', {
            date: isolate(formatDay(raw(d.evaluatedOn))),
            count: list(d.eligibleRoutes).length,
          });
        case 'merged':
          return d.survivorCaseCode
            ? t('casework.timeline.mergedInto', { caseCode: str(d.survivorCaseCode) })
            : t('casework.timeline.mergedFrom', { caseCode: str(d.duplicateCaseCode) });
        case 'referral':
          return d.outcome
            ? t('casework.timeline.referralCompleted', { partner: str(d.partner), outcome: raw(d.outcome) })
            : t('casework.timeline.referral', { partner: str(d.partner), status: raw(d.status) });
        default:
          return String(entry.kind);
      }
    },
    [t, i18n, andList, formatNumber, formatDay, topics, channels, centreName],
  );
};
