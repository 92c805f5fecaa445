import { Alert, Button, Center, Pagination, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { type Offer, offerCategories, offerStatuses } from '@pathways/contracts';
import { IconListDetails, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useCan } from '../auth/api';
import { usePartners } from '../partners/api';
import { fetchOffer, OFFERS_PAGE_SIZE, useOffers } from './api';
import type { OfferListSearch } from './list-search';
import { OfferFormModal } from './offer-form-modal';
import { useOfferOptions } from './offer-options';
import { OffersList } from './offers-list';
import { SearchField } from './search-field';

type Editing = { kind: 'create' } | { kind: 'edit'; offer: Offer } | null;

const OfferFilters = ({
  value,
  onChange,
}: {
  value: OfferListSearch;
  onChange: (next: OfferListSearch) => void;
}) => {
  const { t, i18n } = useTranslation();
  const options = useOfferOptions();
  const canReadPartners = useCan('partners.read');
  const partners = usePartners(canReadPartners);
  const partnerOptions = useMemo(
    () =>
      (partners.data ?? [])
        .map((partner) => ({ value: partner.id, label: partner.name }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [partners.data, i18n.language],
  );
  const set = (patch: Partial<OfferListSearch>) => onChange({ ...value, ...patch, page: undefined });
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2, lg: canReadPartners ? 4 : 3 }}
      spacing="sm"
      role="search"
      aria-label={t('offers.filters')}
    >
      <SearchField label={t('offers.search')} value={value.q} onSearch={(q) => set({ q })} />
      <Select
        label={t('offers.statusFilter')}
        placeholder={t('offers.allStatuses')}
        clearable
        data={options.statuses}
        value={value.status ?? null}
        onChange={(status) => set({ status: offerStatuses.find((candidate) => candidate === status) })}
      />
      <Select
        label={t('offers.categoryFilter')}
        placeholder={t('offers.allCategories')}
        clearable
        data={options.categories}
        value={value.category ?? null}
        onChange={(category) =>
          set({ category: offerCategories.find((candidate) => candidate === category) })
        }
      />
      {canReadPartners ? (
        <Select
          label={t('offers.partnerFilter')}
          placeholder={t('offers.allPartners')}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          data={partnerOptions}
          value={value.partner ?? null}
          onChange={(partner) => set({ partner: partner ?? undefined })}
        />
      ) : null}
    </SimpleGrid>
  );
};

export const OffersPage = ({ search }: { search: OfferListSearch }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan('offers.manage');
  const offers = useOffers(search);
  const [editing, setEditing] = useState<Editing>(null);
  const page = search.page ?? 1;
  const total = offers.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / OFFERS_PAGE_SIZE));
  const hasFilters = Boolean(search.q || search.status || search.category || search.partner);
  const setSearch = (next: OfferListSearch) => void navigate({ to: '/offers', search: next, replace: true });

  return (
    <Page
      title={t('offers.title')}
      actions={
        canManage ? (
          <Button
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => setEditing({ kind: 'create' })}
          >
            {t('offers.new')}
          </Button>
        ) : null
      }
    >
      <OfferFilters value={search} onChange={setSearch} />
      <div aria-live="polite" aria-atomic="true">
        {offers.isSuccess ? (
          <Text size="sm" c="gray.7">
            {t('offers.count', { count: total })}
          </Text>
        ) : null}
      </div>
      {offers.isPending ? <LoadingState /> : null}
      {offers.isError ? <ErrorState onRetry={() => void offers.refetch()} /> : null}
      {offers.isSuccess ? (
        offers.data.items.length === 0 ? (
          hasFilters ? (
            <Stack gap="xs" align="flex-start">
              <Text>{t('offers.noResults')}</Text>
              <Button size="xs" variant="default" onClick={() => setSearch({})}>
                {t('offers.clearFilters')}
              </Button>
            </Stack>
          ) : (
            <Alert
              variant="light"
              color="indigo"
              icon={<IconListDetails aria-hidden="true" />}
              title={t('offers.emptyTitle')}
            >
              <Text size="sm">{canManage ? t('offers.emptyBody') : t('offers.emptyBodyReadOnly')}</Text>
            </Alert>
          )
        ) : (
          <Stack gap="md">
            <OffersList
              offers={offers.data.items}
              caption={t('offers.tableCaption', { page, pages: pageCount })}
              canManage={canManage}
              onEdit={(offer) => setEditing({ kind: 'edit', offer })}
            />
            {pageCount > 1 ? (
              <Center>
                <Pagination
                  total={pageCount}
                  value={page}
                  onChange={(next) => setSearch({ ...search, page: next > 1 ? next : undefined })}
                  getControlProps={(control) => ({
                    'aria-label':
                      control === 'previous'
                        ? t('offers.previousPage')
                        : control === 'next'
                          ? t('offers.nextPage')
                          : undefined,
                  })}
                  getItemProps={(item) => ({ 'aria-label': t('offers.pageN', { page: item }) })}
                />
              </Center>
            ) : null}
          </Stack>
        )
      ) : null}
      <OfferFormModal
        opened={editing !== null}
        offer={editing?.kind === 'edit' ? editing.offer : undefined}
        onClose={() => setEditing(null)}
        onReload={async (offerId) => {
          const latest = await fetchOffer(offerId);
          setEditing({ kind: 'edit', offer: latest });
          return latest;
        }}
      />
    </Page>
  );
};
