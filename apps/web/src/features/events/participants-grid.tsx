import { NumberInput, Table, Text } from '@mantine/core';
import { type AgeGroup, ageGroups, type ParticipantCounts, sexes } from '@pathways/contracts';
import { labelOf } from '@pathways/domain/indicators';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useIndicatorText } from '../indicators/labels';
import { participantsTotal, type Sex, totalOfAgeGroup, totalOfSex, withCount } from './event-draft';

type Props = {
  value: ParticipantCounts;
  onChange: (value: ParticipantCounts) => void;
  /** Errors the server named per sex (`participants.female`: more attendees linked than counted). */
  errors: Partial<Record<Sex, string>>;
};

/** Participants counted by sex (rows) and age group (columns): one labelled number input per cell. */
export const ParticipantsGrid = ({ value, onChange, errors }: Props) => {
  const { t } = useTranslation();
  const { lang } = useIndicatorText();
  const { formatNumber } = useFormatters();
  const captionId = useId();
  const set = (sex: Sex, group: AgeGroup, next: string | number) =>
    onChange(withCount(value, sex, group, next));
  const sexLabel = (sex: Sex) => labelOf('sex', sex, lang);
  const groupLabel = (group: AgeGroup) => labelOf('age_group', group, lang);
  return (
    <div>
      <Text id={captionId} size="sm" fw={500} mb={4}>
        {t('events.form.participants')}
      </Text>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={4}
          horizontalSpacing={6}
          aria-labelledby={captionId}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('events.form.sexAge')}</Table.Th>
              {ageGroups.map((group) => (
                <Table.Th key={group} scope="col" fz="xs">
                  {groupLabel(group)}
                </Table.Th>
              ))}
              <Table.Th scope="col" fz="xs">
                {t('events.form.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sexes.map((sex) => (
              <Table.Tr key={sex}>
                <Table.Th scope="row" fz="sm">
                  {sexLabel(sex)}
                  {errors[sex] ? (
                    <Text size="xs" c="red.9" role="alert">
                      {errors[sex]}
                    </Text>
                  ) : null}
                </Table.Th>
                {ageGroups.map((group) => (
                  <Table.Td key={group}>
                    <NumberInput
                      size="xs"
                      min={0}
                      max={100_000}
                      allowDecimal={false}
                      allowNegative={false}
                      hideControls
                      w={72}
                      aria-label={t('events.form.countLabel', { sex: sexLabel(sex), age: groupLabel(group) })}
                      value={value[sex][group]}
                      onChange={(next) => set(sex, group, next)}
                      error={Boolean(errors[sex])}
                    />
                  </Table.Td>
                ))}
                <Table.Td fw={700} ta="end">
                  {formatNumber(totalOfSex(value, sex))}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">{t('events.form.total')}</Table.Th>
              {ageGroups.map((group) => (
                <Table.Td key={group} fw={700} ta="end">
                  {formatNumber(totalOfAgeGroup(value, group))}
                </Table.Td>
              ))}
              <Table.Td fw={700} ta="end">
                {formatNumber(participantsTotal(value))}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
};
