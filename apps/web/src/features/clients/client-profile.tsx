import { SimpleGrid } from '@mantine/core';
import type { Client } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useCodeNames } from './client-options';
import { useCodeList } from './code-lists';
import { joinName, useClientFormat } from './client-format';
import { FamilyCard } from './family-card';
import { ProfileCard } from './profile-item';

const dash = '—';

export const ClientProfile = ({ client }: { client: Client }) => {
  const { t, i18n } = useTranslation();
  const { formatList } = useFormatters();
  const { formatDate, formatDateOfBirth } = useClientFormat();
  const { countryName, languageName } = useCodeNames();
  const occupations = useCodeList('isco_08');
  const orDash = (value: string | null | undefined) => (value ? value : dash);
  const translated = (prefix: string, value: string | null | undefined) =>
    value ? (i18n.exists(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : value) : dash;

  const identity = [
    { label: t('clients.form.nameLatin'), value: orDash(joinName(client.name)), dir: 'auto' as const },
    {
      label: t('clients.form.nameOriginal'),
      value: orDash(joinName(client.nameOriginal)),
      dir: 'auto' as const,
    },
    {
      label: t('clients.form.aliases'),
      value: client.aliases.length ? formatList(client.aliases) : dash,
      dir: 'auto' as const,
    },
    { label: t('clients.form.sex'), value: t(`clients.sex.${client.sex}`) },
    { label: t('clients.form.dateOfBirth'), value: formatDateOfBirth(client.dateOfBirth) ?? dash },
    {
      label: t('clients.form.idDocument'),
      value: client.idDocument
        ? t('clients.idDocumentValue', {
            type: t(`clients.idDocumentType.${client.idDocument.type}`),
            number: client.idDocument.number,
          })
        : dash,
    },
  ];
  const contact = [
    { label: t('clients.form.phone'), value: orDash(client.phone), isLtr: true },
    {
      label: t('clients.form.phoneHasMessenger'),
      value: client.phoneHasMessenger ? t('clients.yes') : t('clients.no'),
    },
    { label: t('clients.form.region'), value: orDash(client.region), dir: 'auto' as const },
  ];
  const profile = [
    { label: t('clients.form.nationality'), value: countryName(client.nationality) },
    {
      label: t('clients.form.education'),
      value:
        client.educationIsced === null
          ? dash
          : t('clients.iscedOption', {
              level: client.educationIsced,
              name: t(`clients.isced.${client.educationIsced}`),
            }),
    },
    {
      label: t('clients.form.occupation'),
      value: client.occupationIsco
        ? t('clients.occupationOption', {
            code: client.occupationIsco,
            name: occupations.labelOf(client.occupationIsco) ?? '',
          })
        : dash,
    },
    {
      label: t('clients.form.workExperience'),
      value:
        client.workExperienceYears === null
          ? dash
          : t('clients.years', { count: client.workExperienceYears }),
    },
    {
      label: t('clients.form.languages'),
      value: client.languages.length
        ? formatList(
            client.languages.map((skill) =>
              t('clients.languageSkill', {
                language: languageName(skill.code),
                level: skill.level === 'native' ? t('clients.languageLevelNative') : skill.level,
              }),
            ),
          )
        : dash,
    },
  ];
  const group = [
    { label: t('clients.form.group'), value: t(`clients.group.${client.group}`) },
    ...(client.intentions
      ? [
          {
            label: t('clients.form.destinations'),
            value: client.intentions.destinations.length
              ? formatList(client.intentions.destinations.map(countryName))
              : dash,
          },
          {
            label: t('clients.form.purposes'),
            value: client.intentions.purposes.length
              ? formatList(
                  client.intentions.purposes.map((purpose) => translated('clients.purpose', purpose)),
                )
              : dash,
          },
        ]
      : []),
    ...(client.returnDetails
      ? [
          { label: t('clients.form.returnFrom'), value: countryName(client.returnDetails.fromCountry) },
          {
            label: t('clients.form.returnedOn'),
            value: client.returnDetails.returnedOn ? formatDate(client.returnDetails.returnedOn) : dash,
          },
          {
            label: t('clients.form.returnKind'),
            value: translated('clients.returnKind', client.returnDetails.kind),
          },
        ]
      : []),
    { label: t('clients.form.heardVia'), value: translated('clients.heardVia', client.heardVia) },
  ];

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ProfileCard id="client-identity" title={t('clients.form.identity')} items={identity} />
      <ProfileCard id="client-contact" title={t('clients.form.contact')} items={contact} />
      <ProfileCard id="client-profile" title={t('clients.form.profile')} items={profile} />
      <ProfileCard id="client-group" title={t('clients.form.groupSection')} items={group} />
      <FamilyCard family={client.family} />
    </SimpleGrid>
  );
};
