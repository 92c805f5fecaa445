import type { ShareableField } from '@pathways/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The fields a referral shares, in words; the case code always comes first. */
export const SharedFieldList = ({ fields }: { fields: readonly ShareableField[] }) => {
  const { t, i18n } = useTranslation();
  const list = useMemo(() => new Intl.ListFormat(i18n.language, { type: 'conjunction' }), [i18n.language]);
  return (
    <>
      {list.format([
        t('referrals.fields.caseCode'),
        ...fields.map((field) => t(`referrals.fields.${field}`)),
      ])}
    </>
  );
};
