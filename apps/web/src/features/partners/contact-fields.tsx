import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type ContactDraft, emptyContact } from './partner-draft';

type Props = {
  contacts: ContactDraft[];
  onChange: (contacts: ContactDraft[]) => void;
  /** Errors by row key and field. */
  errorOf: (key: string, field: keyof Omit<ContactDraft, 'key'>) => string | undefined;
};

export const MAX_CONTACTS = 20;

export const ContactFields = ({ contacts, onChange, errorOf }: Props) => {
  const { t } = useTranslation();
  const update = (key: string, patch: Partial<ContactDraft>) =>
    onChange(contacts.map((contact) => (contact.key === key ? { ...contact, ...patch } : contact)));
  return (
    <Fieldset legend={t('offers.partners.form.contacts')} radius="md">
      <Stack gap="md">
        {contacts.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('offers.partners.form.noContacts')}
          </Text>
        ) : null}
        {contacts.map((contact, index) => (
          <Stack key={contact.key} gap="xs">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={600}>
                {t('offers.partners.form.contactN', { index: index + 1 })}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red.8"
                aria-label={t('offers.partners.form.removeContact', { index: index + 1 })}
                onClick={() => onChange(contacts.filter((candidate) => candidate.key !== contact.key))}
              >
                <IconTrash size={16} aria-hidden="true" />
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('offers.partners.form.contactName')}
                withAsterisk
                dir="auto"
                value={contact.name}
                onChange={(event) => update(contact.key, { name: event.currentTarget.value })}
                error={errorOf(contact.key, 'name')}
              />
              <TextInput
                label={t('offers.partners.form.contactRole')}
                dir="auto"
                value={contact.role}
                onChange={(event) => update(contact.key, { role: event.currentTarget.value })}
                error={errorOf(contact.key, 'role')}
              />
              <TextInput
                label={t('offers.partners.form.contactEmail')}
                type="email"
                dir="ltr"
                autoComplete="off"
                value={contact.email}
                onChange={(event) => update(contact.key, { email: event.currentTarget.value })}
                error={errorOf(contact.key, 'email')}
              />
              <TextInput
                label={t('offers.partners.form.contactPhone')}
                description={t('offers.partners.form.contactPhoneHint')}
                type="tel"
                dir="ltr"
                autoComplete="off"
                value={contact.phone}
                onChange={(event) => update(contact.key, { phone: event.currentTarget.value })}
                error={errorOf(contact.key, 'phone')}
              />
            </SimpleGrid>
          </Stack>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden="true" />}
            disabled={contacts.length >= MAX_CONTACTS}
            onClick={() => onChange([...contacts, emptyContact()])}
          >
            {t('offers.partners.form.addContact')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
};
