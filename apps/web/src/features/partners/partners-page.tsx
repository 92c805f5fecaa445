import { Alert, Button, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type PartnerDetail, partnerTypes } from '@pathways/contracts';
import { IconBuildingBank, IconPlus, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useCan } from '../auth/api';
import { countryNameIn } from '../offers/directory-countries';
import { AgreementModal } from './agreement-modal';
import { usePartners } from './api';
import { PartnerDetailsDrawer } from './partner-details-drawer';
import { PartnerFormModal } from './partner-form-modal';
import { PartnersList } from './partners-list';

type View =
  | { kind: 'details'; partnerId: string }
  | { kind: 'edit'; partnerId: string }
  | { kind: 'agreement'; partnerId: string }
  | { kind: 'create' }
  | null;

const normalise = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

export const PartnersPage = () => {
  const { t, i18n } = useTranslation();
  const canManage = useCan('partners.manage');
  const partners = usePartners();
  const [view, setView] = useState<View>(null);
  const [query, setQuery] = useState('');
  const [type, setType] = useState<string | null>(null);
  const [country, setCountry] = useState<string | null>(null);
  const deferredQuery = useDeferredValue(query);

  const all = partners.data ?? [];
  const countryCodes = [...new Set(all.map((partner) => partner.countryCode))];
  const countryName = countryNameIn(i18n.language);
  const visible = useMemo(() => {
    const needle = normalise(deferredQuery.trim());
    return (partners.data ?? []).filter(
      (partner) =>
        (!type || partner.type === type) &&
        (!country || partner.countryCode === country) &&
        (!needle || normalise(partner.name).includes(needle)),
    );
  }, [partners.data, deferredQuery, type, country]);

  const selected =
    view && view.kind !== 'create' ? (all.find((partner) => partner.id === view.partnerId) ?? null) : null;
  const showDetails = (partner: PartnerDetail) => setView({ kind: 'details', partnerId: partner.id });
  const backToDetails = () => setView(selected ? { kind: 'details', partnerId: selected.id } : null);
  const reloadSelected = async () => {
    const latest = await partners.refetch();
    return latest.data?.find((partner) => partner.id === selected?.id);
  };

  return (
    <Page
      title={t('offers.partners.title')}
      actions={
        canManage ? (
          <Button
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => setView({ kind: 'create' })}
          >
            {t('offers.partners.new')}
          </Button>
        ) : null
      }
    >
      <Text>{t('offers.partners.intro')}</Text>
      <SimpleGrid
        cols={{ base: 1, sm: countryCodes.length > 1 ? 3 : 2 }}
        spacing="sm"
        maw={countryCodes.length > 1 ? 960 : 640}
      >
        <TextInput
          label={t('offers.partners.filter')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          type="search"
          autoComplete="off"
          dir="auto"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        <Select
          label={t('offers.partners.typeFilter')}
          placeholder={t('offers.partners.allTypes')}
          clearable
          data={partnerTypes.map((value) => ({ value, label: t(`offers.partnerType.${value}`) }))}
          value={type}
          onChange={setType}
        />
        {countryCodes.length > 1 ? (
          <Select
            label={t('offers.partners.countryFilter')}
            placeholder={t('offers.partners.allCountries')}
            clearable
            data={countryCodes.map((code) => ({ value: code, label: countryName(code) }))}
            value={country}
            onChange={setCountry}
          />
        ) : null}
      </SimpleGrid>
      {partners.isPending ? <LoadingState /> : null}
      {partners.isError ? <ErrorState onRetry={() => void partners.refetch()} /> : null}
      {partners.isSuccess ? (
        all.length === 0 ? (
          <Alert
            variant="light"
            color="indigo"
            icon={<IconBuildingBank aria-hidden="true" />}
            title={t('offers.partners.emptyTitle')}
          >
            <Text size="sm">
              {canManage ? t('offers.partners.emptyBody') : t('offers.partners.emptyBodyReadOnly')}
            </Text>
          </Alert>
        ) : visible.length === 0 ? (
          <Text>{t('offers.partners.noResults')}</Text>
        ) : (
          <Stack gap="sm">
            <PartnersList partners={visible} showCountry={countryCodes.length > 1} onOpen={showDetails} />
          </Stack>
        )
      ) : null}
      <PartnerDetailsDrawer
        partner={view?.kind === 'details' ? selected : null}
        onClose={() => setView(null)}
        onEdit={() => selected && setView({ kind: 'edit', partnerId: selected.id })}
        onAddAgreement={() => selected && setView({ kind: 'agreement', partnerId: selected.id })}
      />
      <PartnerFormModal
        opened={view?.kind === 'create' || view?.kind === 'edit'}
        partner={view?.kind === 'edit' ? (selected ?? undefined) : undefined}
        onClose={view?.kind === 'edit' ? backToDetails : () => setView(null)}
        onReload={reloadSelected}
        onSaved={(saved) => setView({ kind: 'details', partnerId: saved.id })}
      />
      <AgreementModal
        opened={view?.kind === 'agreement'}
        partner={selected ?? undefined}
        onClose={backToDetails}
      />
    </Page>
  );
};
