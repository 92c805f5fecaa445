import { Checkbox, Fieldset, MultiSelect, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { clientGroups } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { useClientOptions } from './client-options';
import type { SectionProps } from './form-types';

const IntentionFields = ({ draft, update, errors }: SectionProps) => {
  const { t } = useTranslation();
  const options = useClientOptions();
  return (
    <Stack gap="sm">
      <MultiSelect
        label={t('clients.form.destinations')}
        description={t('clients.form.destinationsHint')}
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        maxValues={10}
        data={options.countries}
        value={draft.destinations}
        onChange={(destinations) => update({ destinations })}
        error={errors['intentions.destinations'] ?? errors.intentions}
      />
      <Checkbox.Group
        label={t('clients.form.purposes')}
        value={draft.purposes}
        onChange={(purposes) => update({ purposes })}
        error={errors['intentions.purposes']}
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={4}>
          {options.purposes.map((option) => (
            <Checkbox key={option.value} value={option.value} label={option.label} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </Stack>
  );
};

const ReturnFields = ({ draft, update, errors }: SectionProps) => {
  const { t } = useTranslation();
  const options = useClientOptions();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <Select
        label={t('clients.form.returnFrom')}
        withAsterisk
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        data={options.countries}
        value={draft.returnFromCountry}
        onChange={(returnFromCountry) => update({ returnFromCountry })}
        error={errors['returnDetails.fromCountry'] ?? errors.returnDetails}
      />
      <TextInput
        type="date"
        label={t('clients.form.returnedOn')}
        value={draft.returnedOn}
        onChange={(event) => update({ returnedOn: event.currentTarget.value })}
        error={errors['returnDetails.returnedOn']}
      />
      <Select
        label={t('clients.form.returnKind')}
        withAsterisk
        data={options.returnKinds}
        value={draft.returnKind}
        onChange={(returnKind) => update({ returnKind })}
        error={errors['returnDetails.kind']}
      />
    </SimpleGrid>
  );
};

export const GroupFields = (props: SectionProps) => {
  const { t } = useTranslation();
  const options = useClientOptions();
  const { draft, update, errors } = props;
  return (
    <Fieldset legend={t('clients.form.groupSection')} radius="md">
      <Stack gap="md">
        <Radio.Group
          label={t('clients.form.group')}
          withAsterisk
          value={draft.group}
          onChange={(value) => update({ group: clientGroups.find((group) => group === value) ?? null })}
          error={errors.group}
        >
          <Stack gap={6} mt={4}>
            {options.groups.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Stack>
        </Radio.Group>
        {draft.group === 'prospective_migrant' ? <IntentionFields {...props} /> : null}
        {draft.group === 'returnee' ? <ReturnFields {...props} /> : null}
        <Select
          label={t('clients.form.heardVia')}
          clearable
          placeholder={t('clients.form.notRecorded')}
          data={options.heardVia}
          value={draft.heardVia}
          onChange={(heardVia) => update({ heardVia })}
          error={errors.heardVia}
          maw={420}
        />
      </Stack>
    </Fieldset>
  );
};
