import { Button, Collapse, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Offer, OfferMatches, OfferMatchReason } from '@pathways/contracts';
import {
  IconAlertTriangle,
  IconChevronDown,
  IconChevronUp,
  IconCircleCheck,
  IconCircleX,
} from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useOfferMatches } from './api';
import { groupReasons, type ReasonTone } from './match-reasons';
import { localised } from './offer-text';
import { useReasonText } from './use-reason-text';

// The icon and its hidden word say what the colour says, so colour is never the only signal.
const toneIcons: Record<ReasonTone, ReactNode> = {
  fits: <IconCircleCheck size={16} color="var(--mantine-color-teal-9)" aria-hidden="true" />,
  caution: <IconAlertTriangle size={16} color="var(--mantine-color-orange-9)" aria-hidden="true" />,
  fails: <IconCircleX size={16} color="var(--mantine-color-red-9)" aria-hidden="true" />,
};

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

const ReasonList = ({ reasons }: { reasons: readonly OfferMatchReason[] }) => {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const { fit, logistics } = groupReasons(reasons);
  const logisticsLine = logistics.map((reason) => reasonText(reason).text).join(' · ');
  return (
    <Stack gap={4} component="ul" style={listStyle}>
      {fit.map((reason) => {
        const { text, tone } = reasonText(reason);
        return (
          <Group
            key={`${reason.code}:${JSON.stringify(reason.params)}`}
            component="li"
            gap={6}
            wrap="nowrap"
            align="flex-start"
          >
            {toneIcons[tone]}
            <Text size="sm">
              <VisuallyHidden component="span">{t(`referrals.suggested.tone.${tone}`)} </VisuallyHidden>
              {text}
            </Text>
          </Group>
        );
      })}
      {logisticsLine ? (
        <Text component="li" size="sm" c="dimmed">
          {logisticsLine}
        </Text>
      ) : null}
    </Stack>
  );
};

const OfferCard = ({
  offer,
  reasons,
  onRefer,
}: {
  offer: Offer;
  reasons: readonly OfferMatchReason[];
  onRefer?: ((offer: Offer) => void) | undefined;
}) => {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const title = localised(offer.title, i18n.language);
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={6} component="article" aria-labelledby={titleId}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <div style={{ minWidth: 0 }}>
            <Title order={4} size="h6" id={titleId} dir="auto">
              {title}
            </Title>
            <Text size="sm" c="dimmed" dir="auto">
              {offer.partnerName}
            </Text>
          </div>
          {onRefer ? (
            <Button
              size="xs"
              onClick={() => onRefer(offer)}
              aria-label={t('referrals.suggested.referTo', { offer: title })}
            >
              {t('referrals.suggested.refer')}
            </Button>
          ) : null}
        </Group>
        <ReasonList reasons={reasons} />
      </Stack>
    </Paper>
  );
};

const IneligibleList = ({ items }: { items: OfferMatches['ineligible'] }) => {
  const { t } = useTranslation();
  const [isOpen, { toggle }] = useDisclosure(false);
  const listId = useId();
  if (items.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={toggle}
          aria-expanded={isOpen}
          aria-controls={listId}
          rightSection={
            isOpen ? (
              <IconChevronUp size={14} aria-hidden="true" />
            ) : (
              <IconChevronDown size={14} aria-hidden="true" />
            )
          }
        >
          {t('referrals.suggested.ineligible', { count: items.length })}
        </Button>
      </Group>
      <Collapse expanded={isOpen}>
        <Stack gap="xs" component="ul" style={listStyle} id={listId}>
          {items.map((item) => (
            <OfferCard key={item.offer.id} offer={item.offer} reasons={item.failures} />
          ))}
        </Stack>
      </Collapse>
    </Stack>
  );
};

type Props = { clientId: string; onRefer?: ((offer: Offer) => void) | undefined };

/** The country's active offers ranked for this client, with why; the ineligible ones apart. */
export const SuggestedOffers = ({ clientId, onRefer }: Props) => {
  const { t } = useTranslation();
  const matches = useOfferMatches(clientId);
  const titleId = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId}>
        {t('referrals.suggested.title')}
      </Title>
      {matches.isPending ? <LoadingState /> : null}
      {matches.isError ? <ErrorState onRetry={() => void matches.refetch()} /> : null}
      {matches.data ? (
        <>
          {matches.data.eligible.length === 0 ? (
            <Text size="sm">{t('referrals.suggested.empty')}</Text>
          ) : (
            <Stack
              gap="xs"
              component="ol"
              style={listStyle}
              aria-label={t('referrals.suggested.eligibleList')}
            >
              {matches.data.eligible.map((match) => (
                <OfferCard
                  key={match.offer.id}
                  offer={match.offer}
                  reasons={match.reasons}
                  onRefer={onRefer}
                />
              ))}
            </Stack>
          )}
          <IneligibleList items={matches.data.ineligible} />
        </>
      ) : null}
    </Stack>
  );
};
