import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { CreatePartnerBody, type PartnerDetail, partnerTypes, UpdatePartnerBody } from '@pathways/contracts';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../offers/form-alert';
import { describeSaveFailure, type FieldErrorMap, validateWith } from '../offers/form-errors';
import { useCreatePartner, useUpdatePartner } from './api';
import { ContactFields } from './contact-fields';
import { useManageableCountries } from './manageable-countries';
import {
  contactRowIndex,
  draftFromPartner,
  emptyPartnerDraft,
  type PartnerDraft,
  toCreatePartnerBody,
  toUpdatePartnerBody,
} from './partner-draft';

const SHOWN = /^(countryCode|name|type|website|description|contacts\.\d+\.(name|role|email|phone))$/;

type Props = {
  /** Absent: a new partner. */
  partner?: PartnerDetail | undefined;
  onClose: () => void;
  /** Loads the latest version of the partner after a conflict. */
  onReload?: () => Promise<PartnerDetail | undefined>;
  onSaved?: (partner: PartnerDetail) => void;
};

const PartnerForm = ({ partner, onClose, onReload, onSaved }: Props) => {
  const { t } = useTranslation();
  const countries = useManageableCountries('partners.manage');
  const createPartner = useCreatePartner();
  const updatePartner = useUpdatePartner();
  const [draft, setDraft] = useState<PartnerDraft>(() =>
    partner ? draftFromPartner(partner) : emptyPartnerDraft(null),
  );
  const [version, setVersion] = useState(partner?.version ?? 1);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isStale, setIsStale] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const typeOptions = useMemo(
    () => partnerTypes.map((type) => ({ value: type, label: t(`offers.partnerType.${type}`) })),
    [t],
  );

  // Errors name contacts by their index among the rows sent; rows are shown by key.
  const rowOf = contactRowIndex(draft);
  const contactError = (key: string, field: string) => {
    for (const [index, rowKey] of rowOf) if (rowKey === key) return errors[`contacts.${index}.${field}`];
    return undefined;
  };
  const otherErrors = Object.entries(errors).filter(([field]) => !SHOWN.test(field));
  const update = (patch: Partial<PartnerDraft>) => setDraft((current) => ({ ...current, ...patch }));

  // A manager of one country creates partners there: no need to ask (the list may load late).
  const onlyCountry = countries.length === 1 ? (countries[0]?.value ?? null) : null;
  useEffect(() => {
    if (onlyCountry)
      setDraft((current) => (current.countryCode ? current : { ...current, countryCode: onlyCountry }));
  }, [onlyCountry]);

  const fail = (nextErrors: FieldErrorMap, message: string) => {
    setErrors(nextErrors);
    setFormError(message);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsStale(false);
    try {
      let saved: PartnerDetail;
      if (partner) {
        const result = validateWith(UpdatePartnerBody, toUpdatePartnerBody(draft, version), t);
        if (result.errors) return fail(result.errors, t('offers.errors.checkFields'));
        saved = await updatePartner.mutateAsync({ partnerId: partner.id, body: result.body });
      } else {
        const result = validateWith(CreatePartnerBody, toCreatePartnerBody(draft), t);
        if (result.errors) return fail(result.errors, t('offers.errors.checkFields'));
        saved = await createPartner.mutateAsync(result.body);
      }
      notifications.show({
        color: 'teal.9',
        message: t(partner ? 'offers.partners.form.saved' : 'offers.partners.form.created', {
          name: saved.name,
        }),
      });
      // After saving, the page may show the partner (onSaved) or simply close the form.
      if (onSaved) onSaved(saved);
      else onClose();
    } catch (error) {
      const failure = describeSaveFailure(error, t);
      setIsStale(failure.isStale);
      fail(failure.errors, failure.message);
    }
  };

  const reload = async () => {
    const latest = await onReload?.();
    if (!latest) return;
    setDraft(draftFromPartner(latest));
    setVersion(latest.version);
    setIsStale(false);
    setErrors({});
    setFormError(null);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <FormAlert
          message={formError}
          otherErrors={otherErrors}
          onReload={isStale ? () => void reload() : undefined}
          focusRef={alertRef}
        />
        {partner ? null : (
          <Select
            label={t('offers.partners.form.country')}
            placeholder={t('offers.partners.form.chooseCountry')}
            withAsterisk
            data={countries}
            value={draft.countryCode}
            onChange={(countryCode) => update({ countryCode })}
            error={errors.countryCode}
          />
        )}
        <TextInput
          label={t('offers.partners.form.name')}
          withAsterisk
          dir="auto"
          data-autofocus
          value={draft.name}
          onChange={(event) => update({ name: event.currentTarget.value })}
          error={errors.name}
        />
        <Select
          label={t('offers.partners.form.type')}
          placeholder={t('offers.partners.form.chooseType')}
          withAsterisk
          data={typeOptions}
          value={draft.type}
          onChange={(type) => update({ type: partnerTypes.find((candidate) => candidate === type) ?? null })}
          error={errors.type}
        />
        <TextInput
          label={t('offers.partners.form.website')}
          description={t('offers.partners.form.websiteHint')}
          type="url"
          dir="ltr"
          value={draft.website}
          onChange={(event) => update({ website: event.currentTarget.value })}
          error={errors.website}
        />
        <Textarea
          label={t('offers.partners.form.description')}
          autosize
          minRows={2}
          maxRows={8}
          dir="auto"
          value={draft.description}
          onChange={(event) => update({ description: event.currentTarget.value })}
          error={errors.description}
        />
        <ContactFields
          contacts={draft.contacts}
          onChange={(contacts) => update({ contacts })}
          errorOf={contactError}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={createPartner.isPending || updatePartner.isPending}>
            {partner ? t('offers.partners.form.submitEdit') : t('offers.partners.form.submitNew')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

export const PartnerFormModal = ({ opened, ...props }: Props & { opened: boolean }) => {
  const { t } = useTranslation();
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={props.partner ? t('offers.partners.form.editTitle') : t('offers.partners.form.newTitle')}
      size="lg"
      fullScreen={isMobile}
    >
      {opened ? <PartnerForm key={props.partner?.id ?? 'new'} {...props} /> : null}
    </Modal>
  );
};
