import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Offer } from '@pathways/contracts';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CategoryBadge, OfferStatusBadge, WomenOnlyBadge } from './offer-badges';
import { isWomenOnly } from './offer-draft';
import { describeDates, localisedTitle } from './offer-format';

type Props = { offers: Offer[]; caption: string; canManage: boolean; onEdit: (offer: Offer) => void };

const useSeats = () => {
  const { t } = useTranslation();
  return (offer: Offer) =>
    offer.capacity === null
      ? t('offers.seats.noLimit')
      : t('offers.seats.ofCapacity', { left: offer.seatsLeft ?? 0, capacity: offer.capacity });
};

const OfferTitle = ({ offer }: { offer: Offer }) => {
  const { i18n } = useTranslation();
  const title = localisedTitle(offer, i18n.language);
  return (
    <Text fw={600} lang={title.lang} dir="auto" size="sm">
      {title.text}
    </Text>
  );
};

const EditButton = ({ offer, onEdit }: { offer: Offer; onEdit: Props['onEdit'] }) => {
  const { t, i18n } = useTranslation();
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconPencil size={14} aria-hidden="true" />}
      aria-label={t('offers.editLabel', { title: localisedTitle(offer, i18n.language).text })}
      onClick={() => onEdit(offer)}
    >
      {t('offers.edit')}
    </Button>
  );
};

const OfferCards = ({ offers, caption, canManage, onEdit }: Props) => {
  const { t, i18n } = useTranslation();
  const seats = useSeats();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={caption}>
      {offers.map((offer) => (
        <Paper key={offer.id} component="li" withBorder radius="md" p="sm">
          <Stack gap={6}>
            <Group gap={6}>
              <OfferStatusBadge status={offer.status} />
              <CategoryBadge category={offer.category} />
              {isWomenOnly(offer.eligibility.sexes) ? <WomenOnlyBadge /> : null}
            </Group>
            <OfferTitle offer={offer} />
            <Text size="sm" dir="auto">
              {offer.partnerName}
            </Text>
            <Text size="sm" c="gray.7">
              {[describeDates(offer.schedule.startsOn, offer.schedule.endsOn, i18n.language, t), seats(offer)]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {canManage ? (
              <Group justify="flex-end">
                <EditButton offer={offer} onEdit={onEdit} />
              </Group>
            ) : null}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
};

const OfferTable = ({ offers, caption, canManage, onEdit }: Props) => {
  const { t, i18n } = useTranslation();
  const seats = useSeats();
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={900} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Caption
            style={{ captionSide: 'top', textAlign: 'start', padding: 'var(--mantine-spacing-sm)' }}
          >
            {caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('offers.columns.title')}</Table.Th>
              <Table.Th>{t('offers.columns.partner')}</Table.Th>
              <Table.Th>{t('offers.columns.category')}</Table.Th>
              <Table.Th>{t('offers.columns.status')}</Table.Th>
              <Table.Th>{t('offers.columns.dates')}</Table.Th>
              <Table.Th>{t('offers.columns.seats')}</Table.Th>
              {canManage ? <Table.Th>{t('offers.columns.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {offers.map((offer) => (
              <Table.Tr key={offer.id}>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <OfferTitle offer={offer} />
                    {isWomenOnly(offer.eligibility.sexes) ? <WomenOnlyBadge /> : null}
                  </Stack>
                </Table.Td>
                <Table.Td dir="auto">{offer.partnerName}</Table.Td>
                <Table.Td>
                  <CategoryBadge category={offer.category} />
                </Table.Td>
                <Table.Td>
                  <OfferStatusBadge status={offer.status} />
                </Table.Td>
                <Table.Td>
                  {describeDates(offer.schedule.startsOn, offer.schedule.endsOn, i18n.language, t) ?? '—'}
                </Table.Td>
                <Table.Td>{seats(offer)}</Table.Td>
                {canManage ? (
                  <Table.Td>
                    <EditButton offer={offer} onEdit={onEdit} />
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
};

/** A table from the `md` breakpoint up; a list of cards on phones. */
export const OffersList = (props: Props) => {
  const isWide = useMediaQuery('(min-width: 62em)') ?? true;
  return isWide ? <OfferTable {...props} /> : <OfferCards {...props} />;
};
