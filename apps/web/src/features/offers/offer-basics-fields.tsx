import { Fieldset, MultiSelect, Select, SimpleGrid, Stack } from '@mantine/core';
import { offerCategories, offerStatuses } from '@pathways/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountries } from '../centres/api';
import { usePartners } from '../partners/api';
import { countryNameIn, currencyOf } from './directory-countries';
import type { SectionProps } from './offer-form-types';
import { useOfferOptions } from './offer-options';

/** Provider, category, centres and status. The partner decides the offer's country. */
export const OfferBasicsFields = ({ draft, update, errors, isNew }: SectionProps & { isNew: boolean }) => {
  const { t, i18n } = useTranslation();
  const options = useOfferOptions();
  const partners = usePartners();
  const countries = useCountries();
  const partner = partners.data?.find((candidate) => candidate.id === draft.partnerOrganisationId);
  const countryCodes = new Set((partners.data ?? []).map((candidate) => candidate.countryCode));
  const countryName = countryNameIn(i18n.language);

  const partnerOptions = useMemo(
    () =>
      (partners.data ?? [])
        .map((candidate) => ({
          value: candidate.id,
          label:
            countryCodes.size > 1
              ? `${candidate.name} (${countryName(candidate.countryCode)})`
              : candidate.name,
        }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [partners.data, countryCodes.size, countryName, i18n.language],
  );
  const centreOptions = useMemo(() => {
    const country = countries.data?.find((candidate) => candidate.code === partner?.countryCode);
    return (country?.centres ?? []).map((centre) => ({
      value: centre.id,
      label: `${centre.name} · ${centre.city}`,
    }));
  }, [countries.data, partner?.countryCode]);

  const choosePartner = (partnerId: string | null) => {
    const next = partners.data?.find((candidate) => candidate.id === partnerId);
    const sameCountry = next && partner && next.countryCode === partner.countryCode;
    update({
      partnerOrganisationId: partnerId,
      // Centres belong to one country: a partner elsewhere clears them.
      centreIds: sameCountry ? draft.centreIds : [],
      currency: draft.currency || currencyOf(next?.countryCode),
    });
  };

  return (
    <Fieldset legend={t('offers.form.basics')} radius="md">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('offers.form.partner')}
            description={isNew ? t('offers.form.partnerHint') : undefined}
            placeholder={t('offers.form.choosePartner')}
            withAsterisk
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={partnerOptions}
            value={draft.partnerOrganisationId}
            onChange={choosePartner}
            error={errors.partnerOrganisationId}
          />
          <Select
            label={t('offers.form.category')}
            placeholder={t('offers.form.chooseCategory')}
            withAsterisk
            data={options.categories}
            value={draft.category}
            onChange={(value) =>
              update({ category: offerCategories.find((category) => category === value) ?? null })
            }
            error={errors.category}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('offers.form.centres')}
          description={t('offers.form.centresHint')}
          placeholder={draft.centreIds.length === 0 ? t('offers.form.allCentres') : undefined}
          data={centreOptions}
          value={draft.centreIds}
          onChange={(centreIds) => update({ centreIds })}
          disabled={!partner}
          error={errors.centreIds}
        />
        <Select
          label={t('offers.form.status')}
          description={t('offers.form.statusHint')}
          withAsterisk
          allowDeselect={false}
          data={options.statuses}
          value={draft.status}
          onChange={(value) => {
            const status = offerStatuses.find((candidate) => candidate === value);
            if (status) update({ status });
          }}
          error={errors.status}
          maw={320}
        />
      </Stack>
    </Fieldset>
  );
};
