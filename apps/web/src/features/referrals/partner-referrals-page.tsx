import { Anchor, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { type PartnerReferral, referralStatuses } from '@pathways/contracts';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { Page } from '../../ui/page';
import { usePartnerReferralList } from './api';
import { ListPager } from './list-pager';
import type { ReferralListSearch } from './list-search';
import { ReferralStatusBadge } from './referral-badges';
import { useReferralTarget } from './referral-format';
import { ReferralList } from './referral-list';

const PartnerReferralRow = ({ referral }: { referral: PartnerReferral }) => {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const target = useReferralTarget()(referral) || t('referrals.partner.direct');
  const name = [referral.shared?.givenName, referral.shared?.familyName].filter(Boolean).join(' ');
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Group gap="sm" wrap="wrap">
            <Anchor
              className="ltr-text"
              ff="monospace"
              fw={700}
              renderRoot={(props) => (
                <Link {...props} to="/partner/referrals/$referralId" params={{ referralId: referral.id }} />
              )}
            >
              {referral.caseCode}
            </Anchor>
            {name ? (
              <Text size="sm" dir="auto">
                {name}
              </Text>
            ) : null}
          </Group>
          <ReferralStatusBadge status={referral.status} />
        </Group>
        <Text size="sm" dir="auto">
          {target}
        </Text>
        <Text size="sm" c="dimmed">
          {referral.sentAt
            ? t('referrals.list.sentOn', { date: formatDateTime(referral.sentAt) })
            : t('referrals.list.updatedOn', { date: formatDateTime(referral.updatedAt) })}
        </Text>
      </Stack>
    </Paper>
  );
};

/** Partner staff: the referrals sent to their organisation, with only what the clients agreed to share. */
export const PartnerReferralsPage = ({ search }: { search: ReferralListSearch }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const page = search.page ?? 1;
  const list = usePartnerReferralList(search.status, page);
  const setSearch = (next: ReferralListSearch) =>
    void navigate({ to: '/partner/referrals', search: next, replace: true });
  return (
    <Page title={t('referrals.partner.title')}>
      <Text>{t('referrals.partner.intro')}</Text>
      <NativeSelect
        label={t('referrals.list.statusFilter')}
        maw={280}
        data={[
          { value: '', label: t('referrals.list.anyStatus') },
          // A partner never sees drafts: they stay at the centre until sent.
          ...referralStatuses
            .filter((status) => status !== 'draft')
            .map((status) => ({ value: status, label: t(`referrals.status.${status}`) })),
        ]}
        value={search.status ?? ''}
        onChange={(event) => {
          const status = referralStatuses.find((value) => value === event.currentTarget.value);
          setSearch(status ? { status } : {});
        }}
      />
      <div aria-live="polite" aria-atomic="true">
        {list.isSuccess ? (
          <Text size="sm" c="dimmed">
            {t('referrals.list.count', { count: list.data.total })}
          </Text>
        ) : null}
      </div>
      <ReferralList
        list={list}
        empty={t('referrals.partner.empty')}
        renderItem={(referral) => <PartnerReferralRow key={referral.id} referral={referral} />}
      />
      <ListPager
        total={list.data?.total ?? 0}
        page={page}
        onChange={(next) => setSearch({ ...search, page: next > 1 ? next : undefined })}
      />
    </Page>
  );
};
