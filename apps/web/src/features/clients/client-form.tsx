import { Button, Grid, Group, List, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type FormEvent, type ReactNode, type RefObject, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ClientDraft, toDuplicateCheckBody } from './client-draft';
import { ConsentFields } from './consent-fields';
import { ContactFields, ProfileFields } from './contact-profile-fields';
import { DuplicatePanel } from './duplicate-panel';
import { GroupFields } from './group-fields';
import { IdentityFields } from './identity-fields';
import type { FieldErrorMap } from './validate';

// Fields the form shows next to an input; anything else is listed in the summary at the top.
const SHOWN = [
  /^centreId$/,
  /^name(Original)?(\.(given|middle|family))?$/,
  /^aliases(\.\d+)?$/,
  /^sex$/,
  /^dateOfBirth(\.value)?$/,
  /^idDocument(\.(type|number))?$/,
  /^phone$/,
  /^region$/,
  /^nationality$/,
  /^educationIsced$/,
  /^occupationIsco$/,
  /^workExperienceYears$/,
  /^languages(\.\d+\.(code|level))?$/,
  /^group$/,
  /^intentions(\.(destinations|purposes))?$/,
  /^returnDetails(\.(fromCountry|returnedOn|kind))?$/,
  /^heardVia$/,
  /^consents(\.0\.(textVersion|language|guardianName|givenBy))?$/,
  /^family(\.\d+\.\w+)?$/,
];

type Props = {
  mode: 'create' | 'edit';
  draft: ClientDraft;
  onChange: (draft: ClientDraft) => void;
  errors: FieldErrorMap;
  formError: ReactNode;
  formErrorRef: RefObject<HTMLDivElement | null>;
  isSubmitting: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  centrePicker?: ReactNode;
  clientId?: string | undefined;
};

export const ClientForm = ({
  mode,
  draft,
  onChange,
  errors,
  formError,
  formErrorRef,
  isSubmitting,
  submitLabel,
  onSubmit,
  onCancel,
  centrePicker,
  clientId,
}: Props) => {
  const { t } = useTranslation();
  const update = (patch: Partial<ClientDraft>) => onChange({ ...draft, ...patch });
  const section = { draft, update, errors };
  const otherErrors = Object.entries(errors).filter(
    ([field]) => !SHOWN.some((pattern) => pattern.test(field)),
  );
  const duplicateBody = useMemo(() => toDuplicateCheckBody(draft), [draft]);
  const isWide = useMediaQuery('(min-width: 75em)') ?? true;
  const duplicates = <DuplicatePanel body={duplicateBody} excludeClientId={clientId} />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <div role="alert" ref={formErrorRef} tabIndex={-1}>
              {typeof formError === 'string' ? (
                <Stack gap={4} p="sm" bg="red.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
                  <Text size="sm" c="red.9" fw={600}>
                    {formError}
                  </Text>
                  {otherErrors.length > 0 ? (
                    <List size="sm" c="red.9">
                      {otherErrors.map(([field, message]) => (
                        <List.Item key={field}>
                          <span className="ltr-text">{field}</span>: {message}
                        </List.Item>
                      ))}
                    </List>
                  ) : null}
                </Stack>
              ) : (
                formError
              )}
            </div>
            <IdentityFields {...section} centrePicker={centrePicker} />
            {/* On phones the duplicate check sits right after the identity fields it checks. */}
            {isWide ? null : duplicates}
            <ContactFields {...section} />
            <ProfileFields {...section} />
            <GroupFields {...section} />
            {mode === 'create' ? <ConsentFields {...section} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={isSubmitting}>
                {submitLabel}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        {isWide ? (
          <Grid.Col span={4}>
            <div style={{ position: 'sticky', top: 76 }}>{duplicates}</div>
          </Grid.Col>
        ) : null}
      </Grid>
    </form>
  );
};
