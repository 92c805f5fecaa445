import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Referral } from '@pathways/contracts';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { useFormatters } from '../../i18n/format';
import { useDocumentTitle } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useCan } from '../auth/api';
import { useReferral, useReferralTransition } from './api';
import { Fact, Facts } from './facts';
import { OverdueReferralBadge, ReferralStatusBadge } from './referral-badges';
import { ReferralEvents } from './referral-events';
import { useReferralTarget } from './referral-format';
import { SharedFieldList } from './shared-field-list';
import { TransitionControls } from './transition-controls';

const BackLinks = ({ clientId }: { clientId: string | null }) => {
  const { t, i18n } = useTranslation();
  const Icon = i18n.dir() === 'rtl' ? IconArrowRight : IconArrowLeft;
  return (
    <Group gap="lg" wrap="wrap">
      {clientId ? (
        <Anchor
          size="sm"
          renderRoot={(props) => <Link {...props} to="/clients/$clientId" params={{ clientId }} />}
        >
          <Group gap={4} component="span" wrap="nowrap">
            <Icon size={14} aria-hidden="true" />
            {t('referrals.detail.backToClient')}
          </Group>
        </Anchor>
      ) : null}
      <Anchor component={Link} to="/referrals" size="sm">
        {t('referrals.detail.backToList')}
      </Anchor>
    </Group>
  );
};

const ReferralSummary = ({ referral }: { referral: Referral }) => {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  return (
    <Paper withBorder radius="md" p="md">
      <Facts>
        <Fact label={t('referrals.detail.client')}>
          <Anchor
            className="ltr-text"
            ff="monospace"
            fw={600}
            size="sm"
            renderRoot={(props) => (
              <Link {...props} to="/clients/$clientId" params={{ clientId: referral.clientId }} />
            )}
          >
            {referral.caseCode}
          </Anchor>{' '}
          <span dir="auto">{referral.clientDisplayName}</span>
        </Fact>
        <Fact label={t('referrals.detail.partner')}>
          <span dir="auto">{referral.partnerName}</span>
        </Fact>
        <Fact label={t('referrals.detail.reason')}>
          <span dir="auto">{referral.reason}</span>
        </Fact>
        <Fact label={t('referrals.detail.shared')}>
          <SharedFieldList fields={referral.sharedFields} />
        </Fact>
        <Fact label={t('referrals.detail.createdAt')}>{formatDateTime(referral.createdAt)}</Fact>
        <Fact label={t('referrals.detail.sentAt')}>
          {referral.sentAt ? formatDateTime(referral.sentAt) : t('referrals.detail.notYet')}
        </Fact>
        <Fact label={t('referrals.detail.answeredAt')}>
          {referral.answeredAt ? formatDateTime(referral.answeredAt) : t('referrals.detail.notYet')}
        </Fact>
        <Fact label={t('referrals.detail.updatedAt')}>{formatDateTime(referral.updatedAt)}</Fact>
        {referral.declineReason ? (
          <Fact label={t('referrals.detail.declineReason')}>
            <span dir="auto">{referral.declineReason}</span>
          </Fact>
        ) : null}
        {referral.outcome ? (
          <Fact label={t('referrals.detail.outcome')}>{t(`referrals.outcome.${referral.outcome}`)}</Fact>
        ) : null}
        {referral.feedback ? (
          <Fact label={t('referrals.detail.feedback')}>
            <span dir="auto">{referral.feedback}</span>
          </Fact>
        ) : null}
      </Facts>
    </Paper>
  );
};

const ReferralDetail = ({ referral }: { referral: Referral }) => {
  const { t } = useTranslation();
  const canWrite = useCan('referrals.write');
  const transition = useReferralTransition(referral);
  const target = useReferralTarget();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new page in a single-page app: move focus to its heading so screen readers start there.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} size="h2" dir="auto" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
          {t('referrals.detail.title', { target: target(referral) })}
        </Title>
        <Group gap="sm" wrap="wrap">
          <ReferralStatusBadge status={referral.status} />
          {referral.overdue ? <OverdueReferralBadge /> : null}
          {referral.offer ? (
            <Text size="sm" c="dimmed" dir="auto">
              {referral.partnerName}
            </Text>
          ) : null}
        </Group>
      </Stack>
      <ReferralSummary referral={referral} />
      {canWrite ? (
        <Paper withBorder radius="md" p="md">
          <TransitionControls
            allowed={referral.allowedTransitions}
            side="centre"
            version={referral.version}
            isPending={transition.isPending}
            onSubmit={(body) => transition.mutateAsync(body)}
            headingOrder={2}
          />
        </Paper>
      ) : null}
      <Paper withBorder radius="md" p="md">
        <ReferralEvents events={referral.events} />
      </Paper>
    </Stack>
  );
};

/** One referral for centre staff: its facts, the moves allowed now, and its history. */
export const ReferralPage = ({ referralId }: { referralId: string }) => {
  const { t } = useTranslation();
  const referral = useReferral(referralId);
  // The window title lands in browser history: the case code, never the name.
  useDocumentTitle(
    referral.data
      ? t('referrals.detail.documentTitle', { caseCode: referral.data.caseCode })
      : t('referrals.title'),
  );
  return (
    <Stack gap="lg">
      <BackLinks clientId={referral.data?.clientId ?? null} />
      {referral.isPending ? <LoadingState /> : null}
      {referral.isError ? (
        <>
          <Title order={1} size="h2">
            {t('referrals.title')}
          </Title>
          <ErrorState
            onRetry={() => void referral.refetch()}
            message={
              isApiError(referral.error) && referral.error.status === 404
                ? t('referrals.errors.notFound')
                : undefined
            }
          />
        </>
      ) : null}
      {referral.data ? <ReferralDetail referral={referral.data} /> : null}
    </Stack>
  );
};
