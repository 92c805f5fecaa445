import {
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { deliveryModes } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { toNumberValue } from './offer-draft';
import type { SectionProps } from './offer-form-types';
import { useOfferOptions } from './offer-options';

const firstError = (errors: SectionProps['errors'], prefix: string) =>
  errors[prefix] ?? Object.entries(errors).find(([field]) => field.startsWith(`${prefix}.`))?.[1];

/** How and where it takes place, and in which languages. */
export const OfferDeliveryFields = ({ draft, update, errors }: SectionProps) => {
  const { t } = useTranslation();
  const options = useOfferOptions(draft.languages);
  return (
    <Fieldset legend={t('offers.form.delivery')} radius="md">
      <Stack gap="sm">
        <Radio.Group
          label={t('offers.form.deliveryMode')}
          withAsterisk
          value={draft.deliveryMode ?? ''}
          onChange={(value) => update({ deliveryMode: deliveryModes.find((mode) => mode === value) ?? null })}
          error={errors.deliveryMode}
        >
          <Group gap="md" mt={6}>
            {options.deliveryModes.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Group>
        </Radio.Group>
        <MultiSelect
          label={t('offers.form.languages')}
          description={t('offers.form.languagesHint')}
          withAsterisk
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          maxValues={10}
          data={options.languages}
          value={draft.languages}
          onChange={(languages) => update({ languages })}
          error={firstError(errors, 'languages')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('offers.form.locationName')}
            description={t('offers.form.locationNameHint')}
            dir="auto"
            value={draft.locationName}
            onChange={(event) => update({ locationName: event.currentTarget.value })}
            error={errors['location.name'] ?? errors.location}
          />
          <TextInput
            label={t('offers.form.city')}
            dir="auto"
            value={draft.locationCity}
            onChange={(event) => update({ locationCity: event.currentTarget.value })}
            error={errors['location.city']}
          />
        </SimpleGrid>
        <TextInput
          label={t('offers.form.address')}
          dir="auto"
          value={draft.locationAddress}
          onChange={(event) => update({ locationAddress: event.currentTarget.value })}
          error={errors['location.address']}
        />
        <SimpleGrid cols={{ base: 2 }} spacing="sm" maw={480}>
          <NumberInput
            label={t('offers.form.latitude')}
            min={-90}
            max={90}
            decimalScale={6}
            value={draft.latitude}
            onChange={(value) => update({ latitude: toNumberValue(value) })}
            error={errors['location.latitude']}
          />
          <NumberInput
            label={t('offers.form.longitude')}
            min={-180}
            max={180}
            decimalScale={6}
            value={draft.longitude}
            onChange={(value) => update({ longitude: toNumberValue(value) })}
            error={errors['location.longitude']}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
};
