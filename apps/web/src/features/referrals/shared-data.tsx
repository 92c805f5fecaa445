import { Alert, Text } from '@mantine/core';
import { type SharedClientData, shareableFields } from '@pathways/contracts';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeNames } from '../clients/client-options';
import { Fact, Facts } from './facts';

/** What the partner received about the person: the case code and the shared fields, nothing else. */
export const SharedData = ({ caseCode, shared }: { caseCode: string; shared: SharedClientData | null }) => {
  const { t, i18n } = useTranslation();
  const { languageName } = useCodeNames();
  if (shared === null)
    return (
      <Alert color="gray" variant="light" icon={<IconLock aria-hidden="true" />}>
        {t('referrals.partner.consentWithdrawn')}
      </Alert>
    );
  const coded = (prefix: string, code: string) =>
    i18n.exists(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code;
  const notRecorded = t('referrals.partner.notRecorded');
  const display = (field: (typeof shareableFields)[number]): ReactNode => {
    switch (field) {
      case 'languages':
        return shared.languages?.length
          ? shared.languages
              .map((skill) =>
                t('clients.languageSkill', {
                  language: languageName(skill.code),
                  level: skill.level === 'native' ? t('clients.languageLevelNative') : skill.level,
                }),
              )
              .join(', ')
          : notRecorded;
      case 'sex':
        return shared.sex ? coded('clients.sex', shared.sex) : notRecorded;
      case 'clientGroup':
        return shared.clientGroup ? coded('clients.group', shared.clientGroup) : notRecorded;
      case 'educationIsced':
        return shared.educationIsced == null
          ? notRecorded
          : t('clients.iscedOption', {
              level: shared.educationIsced,
              name: coded('clients.isced', String(shared.educationIsced)),
            });
      case 'phone':
        return shared.phone ? <span className="ltr-text">{shared.phone}</span> : notRecorded;
      default: {
        const value = shared[field];
        return value === null || value === undefined || value === '' ? (
          notRecorded
        ) : (
          <span dir="auto">{String(value)}</span>
        );
      }
    }
  };
  const present = shareableFields.filter((field) => field in shared && shared[field] !== undefined);
  return (
    <Facts>
      <Fact label={t('referrals.fields.caseCode')}>
        <Text span className="ltr-text" ff="monospace" fw={600} size="sm">
          {caseCode}
        </Text>
      </Fact>
      {present.map((field) => (
        <Fact key={field} label={t(`referrals.fields.${field}`)}>
          {display(field)}
        </Fact>
      ))}
    </Facts>
  );
};
