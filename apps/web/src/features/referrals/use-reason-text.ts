import type { OfferMatchReason } from '@pathways/contracts';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate, useDateFormat } from '../casework/casework-format';
import { useCodeNames } from '../clients/client-options';
import { describeMatchReason, type Namers } from './match-reasons';

/** A matcher's reason as a sentence in the UI language ("Needs German A2 — client has A1"). */
export const useReasonText = () => {
  const { t, i18n } = useTranslation();
  const { languageName } = useCodeNames();
  const { formatDay } = useDateFormat();
  const namers = useMemo<Namers>(() => {
    const coded = (prefix: string) => (code: string) =>
      i18n.exists(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code;
    return {
      language: (code) => isolate(languageName(code)),
      group: coded('clients.group'),
      sex: coded('clients.sex'),
      education: (isced) =>
        i18n.exists(`clients.isced.${isced}`)
          ? t('clients.iscedOption', { level: isced, name: t(`clients.isced.${isced}`) })
          : String(isced),
      level: (level) => (level === 'native' ? t('clients.languageLevelNative') : level),
      purpose: coded('clients.purpose'),
      day: (iso) => isolate(formatDay(iso)),
    };
  }, [t, i18n, languageName, formatDay]);
  return useCallback(
    (reason: OfferMatchReason) => {
      const message = describeMatchReason(reason, namers);
      return { text: t(message.key, message.values), tone: message.tone };
    },
    [t, namers],
  );
};
