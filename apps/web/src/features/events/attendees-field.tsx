import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientSearch } from '../clients/api';
import type { Attendee } from './event-draft';

type Props = {
  value: Attendee[];
  onChange: (value: Attendee[]) => void;
  /** Only clients registered at a centre of the event's country may be linked. */
  isCentreOfEventCountry: (centreId: string) => boolean;
  error?: string | undefined;
};

/**
 * Registered clients who attended, found with the client search (the name stays in the request
 * body and in memory; only the case code is kept with the event).
 */
export const AttendeesField = ({ value, onChange, isCentreOfEventCountry, error }: Props) => {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const search = useClientSearch(debounced);
  const linked = new Set(value.map((a) => a.clientId));
  const results = (search.data ?? []).filter(
    (c) => c.status !== 'merged' && isCentreOfEventCountry(c.centreId) && !linked.has(c.id),
  );
  return (
    <Fieldset legend={t('events.attendees.title')}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('events.attendees.hint')}
        </Text>
        {value.length ? (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {value.map((a) => (
              <Group key={a.clientId} component="li" gap="xs" wrap="nowrap">
                <Text size="sm" ff="monospace" className="ltr-text">
                  {a.caseCode}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  size="sm"
                  aria-label={t('events.attendees.remove', { caseCode: a.caseCode })}
                  onClick={() => onChange(value.filter((other) => other.clientId !== a.clientId))}
                >
                  <IconX size={14} aria-hidden="true" />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        ) : (
          <Text size="sm">{t('events.attendees.none')}</Text>
        )}
        {error ? (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
        <TextInput
          label={t('events.attendees.search')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          dir="auto"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        {debounced.length >= 2 && search.isSuccess && results.length === 0 ? (
          <Text size="sm">{t('common.nothingFound')}</Text>
        ) : null}
        {results.length ? (
          <Stack
            gap={4}
            component="ul"
            aria-label={t('events.attendees.results')}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {results.slice(0, 8).map((c) => (
              <Group key={c.id} component="li" gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm" style={{ minWidth: 0 }}>
                  <Text span ff="monospace" className="ltr-text">
                    {c.caseCode}
                  </Text>{' '}
                  <span dir="auto">{c.displayName}</span>
                </Text>
                <Button
                  size="compact-xs"
                  variant="light"
                  aria-label={t('events.attendees.addCode', { caseCode: c.caseCode })}
                  onClick={() => {
                    onChange([...value, { clientId: c.id, caseCode: c.caseCode }]);
                    setQuery('');
                  }}
                >
                  {t('events.attendees.add')}
                </Button>
              </Group>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Fieldset>
  );
};
