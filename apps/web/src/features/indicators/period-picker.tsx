import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndicatorText } from './labels';
import { changeKind, isIsoDate, type PeriodKind, type PeriodPick, yearChoices } from './period-pick';

type Props = {
  value: PeriodPick;
  onChange: (pick: PeriodPick) => void;
  /** Only managers seeing their own scope may give free dates; suppressed views may not. */
  allowRange: boolean;
  today: Date;
};

const months = Array.from({ length: 12 }, (_, i) => i + 1);
const quarters = [1, 2, 3, 4];

/** The period as a year, a quarter or a month of a year (or, for managers, two dates). */
export const PeriodPicker = ({ value, onChange, allowRange, today }: Props) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const kinds: PeriodKind[] = allowRange
    ? ['year', 'quarter', 'month', 'range']
    : ['year', 'quarter', 'month'];
  const years = yearChoices(today);
  const year = value.kind === 'range' ? Number(value.from.slice(0, 4)) : value.year;
  if (!years.includes(year)) years.push(year);
  const pad = (n: number) => String(n).padStart(2, '0');

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label={t('indicators.period.kind')}
        value={value.kind}
        onChange={(event) => {
          const kind = kinds.find((candidate) => candidate === event.currentTarget.value);
          if (kind) onChange(changeKind(value, kind, today));
        }}
        data={kinds.map((kind) => ({ value: kind, label: t(`indicators.period.kinds.${kind}`) }))}
      />
      {value.kind !== 'range' ? (
        <NativeSelect
          label={t('indicators.period.year')}
          value={String(value.year)}
          onChange={(event) => onChange({ ...value, year: Number(event.currentTarget.value) })}
          data={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      ) : null}
      {value.kind === 'quarter' ? (
        <NativeSelect
          label={t('indicators.period.quarter')}
          value={String(value.quarter)}
          onChange={(event) => onChange({ ...value, quarter: Number(event.currentTarget.value) })}
          data={quarters.map((q) => ({
            value: String(q),
            label: t('indicators.period.quarterName', { quarter: q }),
          }))}
        />
      ) : null}
      {value.kind === 'month' ? (
        <NativeSelect
          label={t('indicators.period.month')}
          value={String(value.month)}
          onChange={(event) => onChange({ ...value, month: Number(event.currentTarget.value) })}
          data={months.map((m) => ({
            value: String(m),
            label: text.monthName(`${value.year}-${pad(m)}`),
          }))}
        />
      ) : null}
      {value.kind === 'range' ? <RangeInputs value={value} onChange={onChange} /> : null}
    </Group>
  );
};

/** Two dates, applied once both are valid and in order. */
const RangeInputs = ({
  value,
  onChange,
}: {
  value: Extract<PeriodPick, { kind: 'range' }>;
  onChange: (pick: PeriodPick) => void;
}) => {
  const { t } = useTranslation();
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const isOrdered = isIsoDate(from) && isIsoDate(to) && from <= to;
  const apply = (nextFrom: string, nextTo: string) => {
    if (isIsoDate(nextFrom) && isIsoDate(nextTo) && nextFrom <= nextTo)
      onChange({ kind: 'range', from: nextFrom, to: nextTo });
  };
  return (
    <>
      <TextInput
        type="date"
        label={t('indicators.period.from')}
        value={from}
        onChange={(event) => {
          setFrom(event.currentTarget.value);
          apply(event.currentTarget.value, to);
        }}
      />
      <TextInput
        type="date"
        label={t('indicators.period.to')}
        value={to}
        error={isOrdered ? undefined : t('indicators.period.rangeInvalid')}
        onChange={(event) => {
          setTo(event.currentTarget.value);
          apply(from, event.currentTarget.value);
        }}
      />
    </>
  );
};
