import { Fieldset, Group, NumberInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { costKinds, toNumberValue } from './offer-draft';
import type { SectionProps } from './offer-form-types';

/** Places, dates and sessions. */
export const OfferScheduleFields = ({ draft, update, errors, isNew }: SectionProps & { isNew: boolean }) => {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('offers.form.capacitySchedule')} radius="md">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <NumberInput
            label={t('offers.form.capacity')}
            description={t('offers.form.capacityHint')}
            min={1}
            max={100_000}
            allowDecimal={false}
            allowNegative={false}
            value={draft.capacity}
            onChange={(value) => update({ capacity: toNumberValue(value) })}
            error={errors.capacity}
          />
          {isNew ? null : (
            <NumberInput
              label={t('offers.form.seatsLeft')}
              description={t('offers.form.seatsLeftHint')}
              min={0}
              max={100_000}
              allowDecimal={false}
              allowNegative={false}
              disabled={draft.capacity === ''}
              value={draft.seatsLeft}
              onChange={(value) => update({ seatsLeft: toNumberValue(value) })}
              error={errors.seatsLeft}
            />
          )}
          <NumberInput
            label={t('offers.form.sessions')}
            min={1}
            max={1000}
            allowDecimal={false}
            allowNegative={false}
            value={draft.sessions}
            onChange={(value) => update({ sessions: toNumberValue(value) })}
            error={errors['schedule.sessions']}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('offers.form.startsOn')}
            value={draft.startsOn}
            onChange={(event) => update({ startsOn: event.currentTarget.value })}
            error={errors['schedule.startsOn']}
          />
          <TextInput
            type="date"
            label={t('offers.form.endsOn')}
            value={draft.endsOn}
            onChange={(event) => update({ endsOn: event.currentTarget.value })}
            error={errors['schedule.endsOn']}
          />
        </SimpleGrid>
        <TextInput
          label={t('offers.form.scheduleNote')}
          description={t('offers.form.scheduleNoteHint')}
          dir="auto"
          value={draft.scheduleNote}
          onChange={(event) => update({ scheduleNote: event.currentTarget.value })}
          error={errors['schedule.note']}
        />
      </Stack>
    </Fieldset>
  );
};

/** Free, paid (an amount in a currency) or not stated; a note for what the price covers. */
export const OfferCostFields = ({ draft, update, errors }: SectionProps) => {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('offers.form.cost')} radius="md">
      <Stack gap="sm">
        <Radio.Group
          label={t('offers.form.costKind')}
          value={draft.costKind}
          onChange={(value) => {
            const costKind = costKinds.find((kind) => kind === value);
            if (costKind) update({ costKind });
          }}
          error={errors.cost}
        >
          <Group gap="md" mt={6}>
            {costKinds.map((kind) => (
              <Radio key={kind} value={kind} label={t(`offers.form.costKinds.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
        {draft.costKind === 'unknown' ? null : (
          <>
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
              {draft.costKind === 'paid' ? (
                <NumberInput
                  label={t('offers.form.amount')}
                  withAsterisk
                  min={0}
                  max={1_000_000}
                  decimalScale={2}
                  allowNegative={false}
                  value={draft.costAmount}
                  onChange={(value) => update({ costAmount: toNumberValue(value) })}
                  error={errors['cost.amount']}
                />
              ) : null}
              <TextInput
                label={t('offers.form.currency')}
                description={t('offers.form.currencyHint')}
                withAsterisk
                dir="ltr"
                maxLength={3}
                autoComplete="off"
                value={draft.currency}
                onChange={(event) => update({ currency: event.currentTarget.value.toUpperCase() })}
                error={errors['cost.currency']}
              />
            </SimpleGrid>
            <TextInput
              label={t('offers.form.costNote')}
              description={t('offers.form.costNoteHint')}
              dir="auto"
              value={draft.costNote}
              onChange={(event) => update({ costNote: event.currentTarget.value })}
              error={errors['cost.note']}
            />
          </>
        )}
      </Stack>
    </Fieldset>
  );
};
