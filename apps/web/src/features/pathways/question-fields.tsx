import { Group, NativeSelect, NumberInput, Radio, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberAnswer, TriState } from './profile-draft';

// Small controlled inputs for the questionnaire. Each has a visible label (its accessible name);
// "I don't know" is always an explicit choice, and the default.

type Common = { label: string; description?: ReactNode; error?: string | undefined };

type TriProps = Common & { value: TriState; onChange: (value: TriState) => void };

const UNKNOWN = 'unknown';

export const YesNoQuestion = ({ label, description, error, value, onChange }: TriProps) => {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={label}
      description={description}
      error={error}
      value={value === '' ? UNKNOWN : value}
      onChange={(next) => onChange(next === 'yes' || next === 'no' ? next : '')}
    >
      <Group gap="md" mt={6} wrap="wrap">
        <Radio value="yes" label={t('pathways.form.yes')} />
        <Radio value="no" label={t('pathways.form.no')} />
        <Radio value={UNKNOWN} label={t('pathways.form.dontKnow')} />
      </Group>
    </Radio.Group>
  );
};

type ChoiceProps<T extends string> = Common & {
  value: '' | T;
  options: readonly { value: T; label: string }[];
  onChange: (value: '' | T) => void;
  dir?: 'ltr' | 'rtl' | 'auto';
};

/** A native select: usable with the phone's own picker and with keyboard type-ahead. */
export const ChoiceQuestion = <T extends string>({
  label,
  description,
  error,
  value,
  options,
  onChange,
}: ChoiceProps<T>) => {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      description={description}
      error={error}
      value={value}
      data={[{ value: '', label: t('pathways.form.dontKnow') }, ...options]}
      onChange={(event) => {
        const next = event.currentTarget.value;
        onChange(options.some((option) => option.value === next) ? (next as T) : '');
      }}
    />
  );
};

type NumberProps = Common & {
  value: NumberAnswer;
  onChange: (value: NumberAnswer) => void;
  min?: number;
  max?: number;
  decimalScale?: number;
  suffix?: string;
  leftSection?: ReactNode;
  thousandSeparator?: boolean;
};

export const NumberQuestion = ({
  label,
  description,
  error,
  value,
  onChange,
  min,
  max,
  decimalScale = 0,
  leftSection,
  thousandSeparator,
}: NumberProps) => (
  <NumberInput
    label={label}
    description={description}
    error={error}
    value={value}
    onChange={onChange}
    min={min}
    max={max}
    decimalScale={decimalScale}
    allowNegative={false}
    clampBehavior="none"
    leftSection={leftSection}
    thousandSeparator={thousandSeparator ? ' ' : undefined}
    inputMode={decimalScale > 0 ? 'decimal' : 'numeric'}
    maw={260}
  />
);

type DateProps = Common & { value: string; onChange: (value: string) => void };

export const DateQuestion = ({ label, description, error, value, onChange }: DateProps) => (
  <TextInput
    type="date"
    label={label}
    description={description}
    error={error}
    value={value}
    onChange={(event) => onChange(event.currentTarget.value)}
    maw={260}
  />
);
