import { Anchor, Group, NativeSelect, Paper, Stack, Tabs, Text } from '@mantine/core';
import { type ReferralStatus, referralStatuses } from '@pathways/contracts';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { Page } from '../../ui/page';
import { type ReferralFilters, useOverdueReferralCount, useReferralList } from './api';
import { ListPager } from './list-pager';
import type { ReferralListSearch } from './list-search';
import { useReferralTarget } from './referral-format';
import { ReferralList } from './referral-list';
import { ReferralRowHeader } from './referral-row-header';

type Listed = NonNullable<ReturnType<typeof useReferralList>['data']>['items'][number];

const ReferralRow = ({ referral }: { referral: Listed }) => {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const target = useReferralTarget()(referral);
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <ReferralRowHeader referral={referral} target={target} />
        <Group gap="sm" wrap="wrap">
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
          </Anchor>
          <Text size="sm" dir="auto">
            {referral.clientDisplayName}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {referral.sentAt
            ? t('referrals.list.sentOn', { date: formatDateTime(referral.sentAt) })
            : t('referrals.list.createdOn', { date: formatDateTime(referral.createdAt) })}
        </Text>
      </Stack>
    </Paper>
  );
};

const ReferralResults = ({
  filters,
  page,
  onPage,
}: {
  filters: ReferralFilters;
  page: number;
  onPage: (page: number) => void;
}) => {
  const { t } = useTranslation();
  const list = useReferralList(filters, page);
  return (
    <Stack gap="sm">
      <div aria-live="polite" aria-atomic="true">
        {list.isSuccess ? (
          <Text size="sm" c="dimmed">
            {t('referrals.list.count', { count: list.data.total })}
          </Text>
        ) : null}
      </div>
      <ReferralList
        list={list}
        empty={filters.overdue ? t('referrals.list.noOverdue') : t('referrals.list.empty')}
        renderItem={(referral) => <ReferralRow key={referral.id} referral={referral} />}
      />
      <ListPager total={list.data?.total ?? 0} page={page} onChange={onPage} />
    </Stack>
  );
};

/** All referrals in the user's reach, by status, with the overdue ones a tab of their own. */
export const ReferralsPage = ({ search }: { search: ReferralListSearch }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const overdueCount = useOverdueReferralCount();
  const page = search.page ?? 1;
  const setSearch = (next: ReferralListSearch) =>
    void navigate({ to: '/referrals', search: next, replace: true });
  const tab = search.overdue ? 'overdue' : 'all';
  const overdueLabel =
    overdueCount.data === undefined
      ? t('referrals.list.overdueTab')
      : t('referrals.list.overdueTabCount', { count: overdueCount.data });
  return (
    <Page title={t('referrals.title')}>
      <Text>{t('referrals.list.intro')}</Text>
      <Tabs
        value={tab}
        onChange={(value) => setSearch(value === 'overdue' ? { overdue: true } : {})}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="all">{t('referrals.list.allTab')}</Tabs.Tab>
          <Tabs.Tab value="overdue">{overdueLabel}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="all" pt="md">
          <Stack gap="md">
            <NativeSelect
              label={t('referrals.list.statusFilter')}
              maw={280}
              data={[
                { value: '', label: t('referrals.list.anyStatus') },
                ...referralStatuses.map((status) => ({
                  value: status,
                  label: t(`referrals.status.${status}`),
                })),
              ]}
              value={search.status ?? ''}
              onChange={(event) => {
                const status = referralStatuses.find((value) => value === event.currentTarget.value);
                setSearch(status ? { status } : {});
              }}
            />
            <ReferralResults
              filters={{ status: search.status as ReferralStatus | undefined }}
              page={page}
              onPage={(next) => setSearch({ ...search, page: next > 1 ? next : undefined })}
            />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="overdue" pt="md">
          <Stack gap="md">
            <Text size="sm">{t('referrals.list.overdueIntro')}</Text>
            <ReferralResults
              filters={{ overdue: true }}
              page={page}
              onPage={(next) => setSearch({ overdue: true, page: next > 1 ? next : undefined })}
            />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
};
