import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { Locale, Offer } from '@pathways/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateOffer, useUpdateOffer } from './api';
import { FormAlert } from './form-alert';
import { describeSaveFailure, type FieldErrorMap } from './form-errors';
import { OfferBasicsFields } from './offer-basics-fields';
import { OfferDeliveryFields } from './offer-delivery-fields';
import { draftFromOffer, emptyOfferDraft, type OfferDraft } from './offer-draft';
import { OfferEligibilityFields } from './offer-eligibility-fields';
import { isShownField } from './offer-form-types';
import { localisedTitle } from './offer-format';
import { OfferCostFields, OfferScheduleFields } from './offer-schedule-fields';
import { OfferTextFields } from './offer-text-fields';
import { firstTextLanguageWithError, validateNewOffer, validateOfferChange } from './offer-validation';

type Props = {
  /** Absent: a new offer. */
  offer?: Offer | undefined;
  onClose: () => void;
  /** Loads the latest version after someone else saved the offer. */
  onReload?: (offerId: string) => Promise<Offer | undefined>;
};

const OfferForm = ({ offer, onClose, onReload }: Props) => {
  const { t, i18n } = useTranslation();
  const createOffer = useCreateOffer();
  const updateOffer = useUpdateOffer();
  const [draft, setDraft] = useState<OfferDraft>(() => (offer ? draftFromOffer(offer) : emptyOfferDraft()));
  const [version, setVersion] = useState(offer?.version ?? 1);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isStale, setIsStale] = useState(false);
  const [textTab, setTextTab] = useState<Locale>('en');
  const alertRef = useRef<HTMLDivElement>(null);
  const update = (patch: Partial<OfferDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const section = { draft, update, errors };
  const otherErrors = Object.entries(errors).filter(([field]) => !isShownField(field));

  const fail = (nextErrors: FieldErrorMap, message: string) => {
    setErrors(nextErrors);
    setFormError(message);
    // An error in a hidden language tab would go unseen: open that tab.
    const language = firstTextLanguageWithError(nextErrors);
    if (language) setTextTab(language);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsStale(false);
    try {
      let saved: Offer;
      if (offer) {
        const result = validateOfferChange(draft, version, t);
        if (result.errors) return fail(result.errors, t('offers.errors.checkFields'));
        saved = await updateOffer.mutateAsync({ offerId: offer.id, body: result.body });
      } else {
        const result = validateNewOffer(draft, t);
        if (result.errors) return fail(result.errors, t('offers.errors.checkFields'));
        saved = await createOffer.mutateAsync(result.body);
      }
      notifications.show({
        color: 'teal.9',
        message: t(offer ? 'offers.form.saved' : 'offers.form.created', {
          title: localisedTitle(saved, i18n.language).text,
        }),
      });
      onClose();
    } catch (error) {
      const failure = describeSaveFailure(error, t);
      setIsStale(failure.isStale);
      fail(failure.errors, failure.message);
    }
  };

  const reload = async () => {
    if (!offer) return;
    const latest = await onReload?.(offer.id);
    if (!latest) return;
    setDraft(draftFromOffer(latest));
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
        <OfferBasicsFields {...section} isNew={!offer} />
        <OfferTextFields {...section} activeTab={textTab} onTabChange={setTextTab} />
        <OfferEligibilityFields {...section} />
        <OfferScheduleFields {...section} isNew={!offer} />
        <OfferCostFields {...section} />
        <OfferDeliveryFields {...section} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={createOffer.isPending || updateOffer.isPending}>
            {offer ? t('offers.form.submitEdit') : t('offers.form.submitNew')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

export const OfferFormModal = ({ opened, ...props }: Props & { opened: boolean }) => {
  const { t } = useTranslation();
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={props.offer ? t('offers.form.editTitle') : t('offers.form.newTitle')}
      size="xl"
      fullScreen={isMobile}
      // A long form: a stray click outside must not throw the work away (Escape and Cancel still close).
      closeOnClickOutside={false}
    >
      {opened ? <OfferForm key={props.offer?.id ?? 'new'} {...props} /> : null}
    </Modal>
  );
};
