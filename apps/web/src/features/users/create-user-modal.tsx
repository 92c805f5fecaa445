import { Button, Group, List, Modal, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { currentLanguage } from '../../i18n/i18n';
import { isLanguage, languages } from '../../i18n/languages';
import { useCountries, usePartnerOrganisations } from '../centres/api';
import { useCreateUser } from './api';
import { createMembershipDraft, createUserDraft, toRequestBody, type UserDraft } from './create-user-form';
import { type FieldErrorMap, validateCreateUser } from './form-errors';
import { MembershipFields } from './membership-fields';

const languageOptions = languages.map((language) => ({ value: language.code, label: language.nativeName }));
const TOP_FIELDS = ['email', 'displayName', 'password', 'locale'];

const isShownField = (field: string): boolean =>
  TOP_FIELDS.includes(field) ||
  /^memberships\.\d+\.(role|countryCode|centreId|partnerOrganisationId)$/.test(field);

type Props = { opened: boolean; onClose: () => void };

export const CreateUserModal = ({ opened, onClose }: Props) => {
  const { t } = useTranslation();
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const countries = useCountries();
  const partners = usePartnerOrganisations(opened);
  const createUser = useCreateUser();
  const [draft, setDraft] = useState<UserDraft>(() => createUserDraft(currentLanguage()));
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const otherErrors = Object.entries(errors).filter(([field]) => !isShownField(field));

  const close = () => {
    setDraft(createUserDraft(currentLanguage()));
    setErrors({});
    setFormError(null);
    createUser.reset();
    onClose();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const result = validateCreateUser(toRequestBody(draft), t);
    if (result.errors) {
      setErrors(result.errors);
      setFormError(t('users.form.checkFields'));
      return;
    }
    setErrors({});
    try {
      const user = await createUser.mutateAsync(result.body);
      notifications.show({
        color: 'teal.9',
        title: t('users.form.createdTitle'),
        message: t('users.form.created', { name: user.displayName }),
      });
      close();
    } catch (error) {
      if (!isApiError(error)) {
        setFormError(t('users.form.failed'));
        return;
      }
      const fieldErrors: FieldErrorMap = {};
      for (const { field, message } of error.fieldErrors) fieldErrors[field] ??= message;
      if (error.status === 409) fieldErrors.email = t('users.form.emailTaken');
      setErrors(fieldErrors);
      setFormError(
        error.status === 409
          ? t('users.form.emailTaken')
          : error.status === 403
            ? t('users.form.forbidden')
            : error.status === 0
              ? t('common.networkError')
              : Object.keys(fieldErrors).length > 0
                ? t('users.form.checkFields')
                : t('users.form.failed'),
      );
    }
  };

  const updateMembership = (index: number, next: UserDraft['memberships'][number]) =>
    setDraft((current) => ({
      ...current,
      memberships: current.memberships.map((membership, i) => (i === index ? next : membership)),
    }));

  return (
    <Modal opened={opened} onClose={close} title={t('users.form.title')} size="lg" fullScreen={isMobile}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <div role="alert">
            {formError ? (
              <Stack gap={4} p="sm" bg="red.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
                <Text size="sm" c="red.9" fw={600}>
                  {formError}
                </Text>
                {otherErrors.length > 0 ? (
                  <List size="sm" c="red.9">
                    {otherErrors.map(([field, message]) => (
                      <List.Item key={field}>{message}</List.Item>
                    ))}
                  </List>
                ) : null}
              </Stack>
            ) : null}
          </div>
          <TextInput
            label={t('users.form.email')}
            type="email"
            autoComplete="off"
            dir="ltr"
            withAsterisk
            data-autofocus
            value={draft.email}
            onChange={(event) => setDraft({ ...draft, email: event.currentTarget.value })}
            error={errors.email}
          />
          <TextInput
            label={t('users.form.displayName')}
            autoComplete="off"
            withAsterisk
            value={draft.displayName}
            onChange={(event) => setDraft({ ...draft, displayName: event.currentTarget.value })}
            error={errors.displayName}
          />
          <PasswordInput
            label={t('users.form.password')}
            description={t('users.form.passwordHint')}
            autoComplete="new-password"
            withAsterisk
            value={draft.password}
            onChange={(event) => setDraft({ ...draft, password: event.currentTarget.value })}
            error={errors.password}
          />
          <Select
            label={t('users.form.language')}
            data={languageOptions}
            value={draft.locale}
            allowDeselect={false}
            onChange={(value) => {
              if (isLanguage(value)) setDraft({ ...draft, locale: value });
            }}
            error={errors.locale}
          />
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('users.form.memberships')}
            </Text>
            {errors.memberships ? (
              <Text size="sm" c="red.9">
                {errors.memberships}
              </Text>
            ) : null}
            {draft.memberships.map((membership, index) => (
              <MembershipFields
                key={membership.key}
                index={index}
                draft={membership}
                countries={countries.data ?? []}
                partners={partners.data ?? []}
                errors={errors}
                canRemove={draft.memberships.length > 1}
                onChange={(next) => updateMembership(index, next)}
                onRemove={() =>
                  setDraft({ ...draft, memberships: draft.memberships.filter((_, i) => i !== index) })
                }
              />
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden="true" />}
                onClick={() =>
                  setDraft({ ...draft, memberships: [...draft.memberships, createMembershipDraft()] })
                }
                disabled={draft.memberships.length >= 20}
              >
                {t('users.form.addMembership')}
              </Button>
            </Group>
          </Stack>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={createUser.isPending}>
              {t('users.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
