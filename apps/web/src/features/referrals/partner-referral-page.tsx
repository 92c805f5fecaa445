import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PartnerReferral } from '@pathways/contracts';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { useFormatters } from '../../i18n/format';
import { useDocumentTitle } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { usePartnerReferral, usePartnerReferralTransition } from './api';
import { Fact, Facts } from './facts';
import { ReferralStatusBadge } from './referral-badges';
import { useReferralTarget } from './referral-format';
import { SharedData } from './shared-data';
import { TransitionControls } from './transition-controls';

const BackToList = () => {
  const { t, i18n } = useTranslation();
  const Icon = i18n.dir() === 'rtl' ? IconArrowRight : IconArrowLeft;
  return (
    <Anchor component={Link} to="/partner/referrals" size="sm">
      <Group gap={4} component="span" wrap="nowrap">
        <Icon size={14} aria-hidden="true" />
        {t('referrals.partner.backToList')}
      </Group>
    </Anchor>
  );
};

const PartnerReferralDetail = ({ referral }: { referral: PartnerReferral }) => {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const transition = usePartnerReferralTransition(referral.id);
  const target = useReferralTarget()(referral) || t('referrals.partner.direct');
  const sharedTitleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new page in a single-page app: move focus to its heading so screen readers start there.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} size="h2" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
          {t('referrals.partner.detailTitle', { caseCode: referral.caseCode })}
        </Title>
        <Group gap="sm" wrap="wrap">
          <ReferralStatusBadge status={referral.status} />
          <Text size="sm" dir="auto">
            {target}
          </Text>
        </Group>
      </Stack>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby={sharedTitleId}>
        <Stack gap="sm">
          <Title order={2} size="h4" id={sharedTitleId}>
            {t('referrals.partner.sharedTitle')}
          </Title>
          <SharedData caseCode={referral.caseCode} shared={referral.shared} />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Facts>
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
      <Paper withBorder radius="md" p="md">
        <TransitionControls
          allowed={referral.allowedTransitions}
          side="partner"
          version={referral.version}
          isPending={transition.isPending}
          onSubmit={(body) => transition.mutateAsync(body)}
          headingOrder={2}
        />
      </Paper>
    </Stack>
  );
};

/** One referral as the partner sees it: the shared data, the dates, and its answers. */
export const PartnerReferralPage = ({ referralId }: { referralId: string }) => {
  const { t } = useTranslation();
  const referral = usePartnerReferral(referralId);
  useDocumentTitle(
    referral.data
      ? t('referrals.partner.detailTitle', { caseCode: referral.data.caseCode })
      : t('referrals.partner.title'),
  );
  return (
    <Stack gap="lg">
      <BackToList />
      {referral.isPending ? <LoadingState /> : null}
      {referral.isError ? (
        <>
          <Title order={1} size="h2">
            {t('referrals.partner.title')}
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
      {referral.data ? <PartnerReferralDetail referral={referral.data} /> : null}
    </Stack>
  );
};
