import {
  Checkbox,
  Fieldset,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
} from '@mantine/core';
import { cefrLevels, clientGroups } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { isWomenOnly, toNumberValue } from './offer-draft';
import type { SectionProps } from './offer-form-types';
import { useOfferOptions } from './offer-options';

/** Who may take part. Nothing set means open to everyone. */
export const OfferEligibilityFields = ({ draft, update, errors }: SectionProps) => {
  const { t } = useTranslation();
  const options = useOfferOptions(draft.languageCode ? [draft.languageCode] : []);
  const womenOnly = isWomenOnly(draft.sexes);
  // An offer limited otherwise (set through the API or an import) keeps its condition, shown here.
  const otherSexCondition = draft.sexes.length > 0 && !womenOnly;
  return (
    <Fieldset legend={t('offers.form.eligibility')} radius="md">
      <Stack gap="md">
        <Text size="sm" c="gray.7">
          {t('offers.form.eligibilityHint')}
        </Text>
        <Checkbox.Group
          label={t('offers.form.clientGroups')}
          description={t('offers.form.clientGroupsHint')}
          value={draft.clientGroups}
          onChange={(values) =>
            update({ clientGroups: clientGroups.filter((group) => values.includes(group)) })
          }
          error={errors['eligibility.clientGroups']}
        >
          <Stack gap={6} mt={6}>
            {options.clientGroups.map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Switch
          label={t('offers.form.womenOnly')}
          description={
            otherSexCondition
              ? t('offers.form.sexCondition', {
                  sexes: draft.sexes.map((sex) => t(`clients.sex.${sex}`)).join(', '),
                })
              : t('offers.form.womenOnlyHint')
          }
          checked={womenOnly}
          onChange={(event) => update({ sexes: event.currentTarget.checked ? ['female'] : [] })}
          error={errors['eligibility.sexes']}
        />
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <NumberInput
            label={t('offers.form.minAge')}
            min={0}
            max={120}
            allowDecimal={false}
            allowNegative={false}
            value={draft.minAge}
            onChange={(value) => update({ minAge: toNumberValue(value) })}
            error={errors['eligibility.minAge']}
          />
          <NumberInput
            label={t('offers.form.maxAge')}
            min={0}
            max={120}
            allowDecimal={false}
            allowNegative={false}
            value={draft.maxAge}
            onChange={(value) => update({ maxAge: toNumberValue(value) })}
            error={errors['eligibility.maxAge']}
          />
        </SimpleGrid>
        <Select
          label={t('offers.form.minEducation')}
          placeholder={t('offers.form.noCondition')}
          clearable
          data={options.isced}
          value={draft.minEducationIsced}
          onChange={(minEducationIsced) => update({ minEducationIsced })}
          error={errors['eligibility.minEducationIsced']}
          maw={480}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('offers.form.language')}
            description={t('offers.form.languageHint')}
            placeholder={t('offers.form.noCondition')}
            clearable
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={options.languages}
            value={draft.languageCode}
            onChange={(languageCode) => update({ languageCode })}
            error={errors['eligibility.language.code'] ?? errors['eligibility.language']}
          />
          <Select
            label={t('offers.form.languageLevel')}
            description={t('offers.form.languageLevelHint')}
            placeholder={t('offers.form.noCondition')}
            clearable
            data={options.cefrLevels}
            value={draft.languageLevel}
            onChange={(value) =>
              update({ languageLevel: cefrLevels.find((level) => level === value) ?? null })
            }
            error={errors['eligibility.language.minLevel']}
          />
        </SimpleGrid>
        <TagsInput
          label={t('offers.form.regions')}
          description={t('offers.form.regionsHint')}
          dir="auto"
          maxTags={50}
          value={draft.regions}
          onChange={(regions) => update({ regions })}
          error={
            errors['eligibility.regions'] ??
            Object.entries(errors).find(([field]) => field.startsWith('eligibility.regions.'))?.[1]
          }
        />
      </Stack>
    </Fieldset>
  );
};
