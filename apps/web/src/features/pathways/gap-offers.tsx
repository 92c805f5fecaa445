import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { offerCategoriesForPathwayGaps } from '@pathways/domain/offers';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useOfferMatches } from '../referrals/api';
import { localised } from '../referrals/offer-text';
import type { PathwayEvaluation } from './api';

const MAX_SHOWN = 5;

type Props = { clientId: string; evaluation: PathwayEvaluation; headingOrder?: 3 | 4 };

/**
 * After a pathway check: the offers the client is eligible for that address what the routes
 * still miss (a German course when the language level is short, recognition support…).
 */
export const GapOffers = ({ clientId, evaluation, headingOrder = 3 }: Props) => {
  const { t, i18n } = useTranslation();
  const categories = offerCategoriesForPathwayGaps(evaluation);
  const matches = useOfferMatches(clientId, categories.length > 0);
  if (categories.length === 0) return null;
  const rank = (category: string) => categories.indexOf(category as (typeof categories)[number]);
  const offers = (matches.data?.eligible ?? [])
    .filter((m) => rank(m.offer.category) >= 0)
    .sort((a, b) => rank(a.offer.category) - rank(b.offer.category) || b.score - a.score)
    .slice(0, MAX_SHOWN);
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={t('pathways.gapOffers.title')}>
      <Stack gap="xs">
        <Title order={headingOrder} size="h5">
          {t('pathways.gapOffers.title')}
        </Title>
        <Text size="sm">{t('pathways.gapOffers.intro')}</Text>
        {matches.isPending ? <LoadingState /> : null}
        {matches.isError ? <ErrorState onRetry={() => void matches.refetch()} /> : null}
        {matches.isSuccess && offers.length === 0 ? (
          <Text size="sm">{t('pathways.gapOffers.none')}</Text>
        ) : null}
        {offers.length > 0 ? (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {offers.map(({ offer }) => (
              <Group key={offer.id} component="li" gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {localised(offer.title, i18n.language)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('pathways.gapOffers.provider', { provider: offer.partnerName })}
                </Text>
                <Badge variant="light" color="gray.9">
                  {t(`offers.category.${offer.category}`)}
                </Badge>
              </Group>
            ))}
          </Stack>
        ) : null}
        {offers.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('pathways.gapOffers.referHint')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
};
