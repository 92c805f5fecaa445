import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CentreChoice } from './use-centres';

type Props = {
  centres: CentreChoice[];
  value: string | null;
  onChange: (centreId: string | null) => void;
  error?: string | undefined;
};

/** A counsellor registers at their own centre; a country manager picks one of the country's centres. */
export const CentrePicker = ({ centres, value, onChange, error }: Props) => {
  const { t } = useTranslation();
  const only = centres.length === 1 ? centres[0] : undefined;
  if (only)
    return (
      <div>
        <Text size="sm" fw={500}>
          {t('clients.form.centre')}
        </Text>
        <Text size="sm">{only.label}</Text>
        {error ? (
          <Text size="sm" c="red.9">
            {error}
          </Text>
        ) : null}
      </div>
    );
  return (
    <Select
      label={t('clients.form.centre')}
      placeholder={t('clients.form.chooseCentre')}
      withAsterisk
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      data={centres.map((centre) => ({ value: centre.id, label: centre.label }))}
      value={value}
      onChange={onChange}
      error={error}
      maw={420}
    />
  );
};
