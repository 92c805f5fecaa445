import { Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { PublicOffer } from '@pathways/contracts';
import {
  IconArmchair,
  IconCalendar,
  IconCoin,
  IconDeviceLaptop,
  IconLanguage,
  IconMapPin,
  IconUsers,
} from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryBadge, WomenOnlyBadge } from './offer-badges';
import { describeCost, describeDates, describeSeats, useLanguageNames } from './offer-format';

type FactProps = { icon: ReactNode; label: string; children: ReactNode };

/** One line of the card: the label is read out, the icon stands for it on screen. */
const Fact = ({ icon, label, children }: FactProps) => (
  <Group gap={8} wrap="nowrap" align="flex-start">
    <span
      style={{ display: 'inline-flex', flexShrink: 0, paddingTop: 2, color: 'var(--mantine-color-gray-7)' }}
    >
      {icon}
    </span>
    <Text size="sm" component="div">
      <VisuallyHidden component="span">{label}: </VisuallyHidden>
      {children}
    </Text>
  </Group>
);

const useAudience = (offer: PublicOffer): string | null => {
  const { t } = useTranslation();
  const groups = offer.clientGroups.map((group) => t(`clients.group.${group}`));
  const ages =
    offer.minAge !== null && offer.maxAge !== null
      ? t('offers.ages.range', { min: offer.minAge, max: offer.maxAge })
      : offer.minAge !== null
        ? t('offers.ages.from', { min: offer.minAge })
        : offer.maxAge !== null
          ? t('offers.ages.upTo', { max: offer.maxAge })
          : null;
  const parts = [...groups, ...(ages ? [ages] : [])];
  return parts.length > 0 ? parts.join(' · ') : null;
};

const iconSize = 16;

export const PublicOfferCard = ({ offer }: { offer: PublicOffer }) => {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const languageNames = useLanguageNames();
  const dates = describeDates(offer.startsOn, offer.endsOn, i18n.language, t);
  const audience = useAudience(offer);
  // The server says free (an amount of 0); a missing cost is not stated, so not shown.
  const cost = offer.free ? t('offers.cost.free') : describeCost(offer.cost, i18n.language, t);
  const deliveryIcon =
    offer.deliveryMode === 'online' ? (
      <IconDeviceLaptop size={iconSize} aria-hidden="true" />
    ) : (
      <IconMapPin size={iconSize} aria-hidden="true" />
    );
  const where = [t(`offers.deliveryMode.${offer.deliveryMode}`), ...(offer.city ? [offer.city] : [])].join(
    ' · ',
  );

  return (
    <Paper component="article" withBorder radius="md" p="md" aria-labelledby={titleId} h="100%">
      <Stack gap="xs">
        <Group gap={6}>
          <CategoryBadge category={offer.category} />
          {offer.womenOnly ? <WomenOnlyBadge /> : null}
        </Group>
        <Title order={2} size="h4" id={titleId} lang={offer.language} dir="auto">
          {offer.title}
        </Title>
        <Text size="sm" fw={600} c="gray.8" dir="auto">
          {offer.providerName}
        </Text>
        {offer.description ? (
          <Text size="sm" lang={offer.language} dir="auto" lineClamp={5}>
            {offer.description}
          </Text>
        ) : null}
        <Stack gap={6} mt={4}>
          {dates ? (
            <Fact icon={<IconCalendar size={iconSize} aria-hidden="true" />} label={t('offers.facts.dates')}>
              {dates}
            </Fact>
          ) : null}
          <Fact icon={<IconArmchair size={iconSize} aria-hidden="true" />} label={t('offers.facts.seats')}>
            {describeSeats(offer.seatsLeft, t)}
          </Fact>
          {cost ? (
            <Fact icon={<IconCoin size={iconSize} aria-hidden="true" />} label={t('offers.facts.cost')}>
              {cost}
              {offer.cost?.note ? (
                <Text span size="sm" c="gray.7" dir="auto">
                  {' '}
                  ({offer.cost.note})
                </Text>
              ) : null}
            </Fact>
          ) : null}
          <Fact icon={deliveryIcon} label={t('offers.facts.where')}>
            {where}
          </Fact>
          {offer.languages.length > 0 ? (
            <Fact
              icon={<IconLanguage size={iconSize} aria-hidden="true" />}
              label={t('offers.facts.languages')}
            >
              {languageNames.listOf(offer.languages)}
            </Fact>
          ) : null}
          {audience ? (
            <Fact icon={<IconUsers size={iconSize} aria-hidden="true" />} label={t('offers.facts.audience')}>
              {audience}
            </Fact>
          ) : null}
        </Stack>
      </Stack>
    </Paper>
  );
};
