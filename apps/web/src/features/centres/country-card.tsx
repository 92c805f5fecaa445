import { Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Centre, Country } from '@pathways/contracts';
import { IconClock, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { StatusBadge } from '../../ui/status-badge';

const Field = ({ label, value }: { label: string; value: string }) => (
  <div>
    <Text size="xs" fw={700} c="dimmed" tt="uppercase">
      {label}
    </Text>
    <Text size="sm">{value}</Text>
  </div>
);

const CentreItem = ({ centre }: { centre: Centre }) => {
  const { t } = useTranslation();
  const { formatList, formatLanguageName } = useFormatters();
  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700} component="h3" fz="md" m={0}>
            {centre.name}
          </Text>
          {centre.status === 'handed_over' ? (
            <StatusBadge tone="handover">{t('status.handed_over')}</StatusBadge>
          ) : null}
        </Group>
        <Group gap={6} wrap="nowrap">
          <IconMapPin size={16} aria-hidden="true" />
          <Text size="sm">{centre.city}</Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <IconClock size={16} aria-hidden="true" />
          <Text size="sm" className="ltr-text">
            {centre.timeZone}
          </Text>
        </Group>
        <Field label={t('centres.operator')} value={centre.operator} />
        {centre.languages.length > 0 ? (
          <Field
            label={t('centres.languages')}
            value={formatList(centre.languages.map(formatLanguageName))}
          />
        ) : null}
      </Stack>
    </Paper>
  );
};

export const CountryCard = ({ country }: { country: Country }) => {
  const { t } = useTranslation();
  const { formatList, formatLanguageName } = useFormatters();
  const headingId = `country-${country.code}`;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={2} size="h3" id={headingId}>
            {country.name}{' '}
            <Text span c="dimmed" fz="md" fw={500}>
              ({country.code})
            </Text>
          </Title>
          <StatusBadge tone={country.status === 'active' ? 'positive' : 'handover'}>
            {t(`status.${country.status}`)}
          </StatusBadge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Field label={t('centres.partnerInstitution')} value={country.partnerInstitution || '—'} />
          <Field
            label={t('centres.uiLanguages')}
            value={country.uiLanguages.length ? formatList(country.uiLanguages.map(formatLanguageName)) : '—'}
          />
        </SimpleGrid>
        {country.centres.length === 0 ? (
          <Text size="sm">{t('centres.noCentres')}</Text>
        ) : (
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="sm"
            component="ul"
            aria-label={t('centres.centresOf', { country: country.name })}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {country.centres.map((centre) => (
              <CentreItem key={centre.id} centre={centre} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
};
