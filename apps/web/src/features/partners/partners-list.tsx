import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { PartnerDetail } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { countryNameIn } from '../offers/directory-countries';
import { ReferralBadge } from './referral-badge';

type Props = { partners: PartnerDetail[]; showCountry: boolean; onOpen: (partner: PartnerDetail) => void };

const OpenButton = ({ partner, onOpen }: { partner: PartnerDetail; onOpen: Props['onOpen'] }) => {
  const { t } = useTranslation();
  return (
    <Button
      size="xs"
      variant="default"
      onClick={() => onOpen(partner)}
      aria-label={t('offers.partners.openLabel', { name: partner.name })}
    >
      {t('offers.partners.open')}
    </Button>
  );
};

const PartnerCards = ({ partners, showCountry, onOpen }: Props) => {
  const { t, i18n } = useTranslation();
  const countryName = countryNameIn(i18n.language);
  return (
    <Stack
      gap="sm"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      aria-label={t('offers.partners.title')}
    >
      {partners.map((partner) => (
        <Paper key={partner.id} component="li" withBorder radius="md" p="sm">
          <Stack gap={6}>
            <Text fw={700} dir="auto">
              {partner.name}
            </Text>
            <Text size="sm">
              {t(`offers.partnerType.${partner.type}`)}
              {showCountry ? ` · ${countryName(partner.countryCode)}` : ''}
            </Text>
            <Group>
              <ReferralBadge partner={partner} />
            </Group>
            <Group justify="flex-end">
              <OpenButton partner={partner} onOpen={onOpen} />
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
};

const PartnerTable = ({ partners, showCountry, onOpen }: Props) => {
  const { t, i18n } = useTranslation();
  const countryName = countryNameIn(i18n.language);
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={760} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Caption
            style={{ captionSide: 'top', textAlign: 'start', padding: 'var(--mantine-spacing-sm)' }}
          >
            {t('offers.partners.tableCaption', { count: partners.length })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('offers.partners.columns.name')}</Table.Th>
              <Table.Th>{t('offers.partners.columns.type')}</Table.Th>
              {showCountry ? <Table.Th>{t('offers.partners.columns.country')}</Table.Th> : null}
              <Table.Th>{t('offers.partners.columns.referrals')}</Table.Th>
              <Table.Th>{t('offers.partners.columns.contacts')}</Table.Th>
              <Table.Th>{t('offers.partners.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {partners.map((partner) => (
              <Table.Tr key={partner.id}>
                <Table.Td fw={600} dir="auto">
                  {partner.name}
                </Table.Td>
                <Table.Td>{t(`offers.partnerType.${partner.type}`)}</Table.Td>
                {showCountry ? <Table.Td>{countryName(partner.countryCode)}</Table.Td> : null}
                <Table.Td miw={240}>
                  <ReferralBadge partner={partner} />
                </Table.Td>
                <Table.Td>{t('offers.partners.contactCount', { count: partner.contacts.length })}</Table.Td>
                <Table.Td>
                  <OpenButton partner={partner} onOpen={onOpen} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
};

/** A table from the `md` breakpoint up; a list of cards on phones. */
export const PartnersList = (props: Props) => {
  const isWide = useMediaQuery('(min-width: 62em)') ?? true;
  return isWide ? <PartnerTable {...props} /> : <PartnerCards {...props} />;
};
