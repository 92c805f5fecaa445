import {
  Alert,
  Anchor,
  Button,
  Center,
  Group,
  Pagination,
  Paper,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconCompass, IconInfoCircle, IconMapSearch, IconMessageCircle } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { StandalonePage } from '../../app/pages/standalone-page';
import { currentLanguage } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { DIRECTORY_PAGE_SIZE, usePublicOffers } from './api';
import { countryNameIn } from './directory-countries';
import { DirectoryFilters } from './directory-filters';
import type { DirectorySearch } from './list-search';
import { PublicOfferCard } from './public-offer-card';

const ChooseCountry = () => {
  const { t } = useTranslation();
  return (
    <Alert
      variant="light"
      color="indigo"
      icon={<IconMapSearch aria-hidden="true" />}
      title={t('offers.directory.startTitle')}
    >
      <Text size="sm">{t('offers.directory.startBody')}</Text>
    </Alert>
  );
};

const NothingFound = ({
  country,
  hasFilters,
  onClear,
}: {
  country: string;
  hasFilters: boolean;
  onClear: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <Alert
      variant="light"
      color="indigo"
      icon={<IconInfoCircle aria-hidden="true" />}
      title={hasFilters ? t('offers.directory.noMatchTitle') : t('offers.directory.emptyTitle', { country })}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {hasFilters ? t('offers.directory.noMatchBody') : t('offers.directory.emptyBody')}
        </Text>
        {hasFilters ? (
          <Button size="xs" variant="default" onClick={onClear}>
            {t('offers.directory.clearFilters')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
};

/** Where to go next: a counsellor refers people to these offers; the self-check is open to all. */
const NextSteps = () => {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" bg="indigo.0">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconMessageCircle size={22} aria-hidden="true" style={{ flexShrink: 0 }} />
        <Stack gap={4}>
          <Text component="h2" fw={700}>
            {t('offers.directory.howToJoinTitle')}
          </Text>
          <Text size="sm">{t('offers.directory.howToJoinBody')}</Text>
          <Group gap="md">
            <Anchor component={Link} to="/self-check" size="sm">
              <Group gap={4} wrap="nowrap" component="span">
                <IconCompass size={16} aria-hidden="true" />
                {t('offers.directory.selfCheckLink')}
              </Group>
            </Anchor>
            <Anchor component={Link} to="/login" size="sm">
              {t('offers.directory.staffLink')}
            </Anchor>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
};

/** The public directory: no login, nothing personal, one country's open offers in the UI language. */
export const DirectoryPage = ({ search }: { search: DirectorySearch }) => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const offers = usePublicOffers(search, currentLanguage());
  const setSearch = useCallback(
    (next: DirectorySearch) => void navigate({ to: '/directory', search: next, replace: true }),
    [navigate],
  );
  const countryName = search.country ? countryNameIn(i18n.language)(search.country) : '';
  const page = search.page ?? 1;
  const total = offers.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  const hasFilters = Boolean(search.q || search.category || search.page);

  return (
    <StandalonePage width={1040}>
      <Page title={t('offers.directory.title')}>
        <Text>{t('offers.directory.intro')}</Text>
        <DirectoryFilters value={search} onChange={setSearch} />
        <div aria-live="polite" aria-atomic="true">
          {search.country && offers.isSuccess ? (
            <Text size="sm" c="gray.7">
              {t('offers.directory.count', { count: total, country: countryName })}
            </Text>
          ) : null}
        </div>
        {!search.country ? <ChooseCountry /> : null}
        {offers.isPending && offers.fetchStatus !== 'idle' ? <LoadingState /> : null}
        {offers.isError ? <ErrorState onRetry={() => void offers.refetch()} /> : null}
        {search.country && offers.isSuccess ? (
          offers.data.items.length === 0 ? (
            <NothingFound
              country={countryName}
              hasFilters={hasFilters}
              onClear={() => setSearch({ country: search.country })}
            />
          ) : (
            <Stack gap="md">
              <SimpleGrid
                cols={{ base: 1, sm: 2 }}
                spacing="md"
                component="ul"
                style={{ listStyle: 'none', padding: 0, margin: 0 }}
                aria-label={t('offers.directory.listLabel', { country: countryName })}
              >
                {offers.data.items.map((offer) => (
                  <li key={offer.id}>
                    <PublicOfferCard offer={offer} />
                  </li>
                ))}
              </SimpleGrid>
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
        <NextSteps />
      </Page>
    </StandalonePage>
  );
};
