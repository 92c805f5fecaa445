import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  CreateEventBody,
  counsellingTopics,
  eventChannels,
  eventKinds,
  type GroupEvent,
  sexes,
  UpdateEventBody,
} from '@pathways/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCentreChoices } from '../clients/use-centres';
import { useIndicatorText } from '../indicators/labels';
import { FormAlert } from '../offers/form-alert';
import { describeSaveFailure, type FieldErrorMap, validateWith } from '../offers/form-errors';
import { useCountryPartners } from '../referrals/api';
import { useCreateEvent, useUpdateEvent } from './api';
import { AttendeesField } from './attendees-field';
import { bodyOfDraft, draftOfEvent, type EventDraft, emptyEventDraft, type Sex } from './event-draft';
import { ParticipantsGrid } from './participants-grid';

const SHOWN_FIELDS = new Set([
  'centreId',
  'kind',
  'title',
  'heldOn',
  'topics',
  'channel',
  'location',
  'notes',
  'partnerOrganisationIds',
  'attendeeClientIds',
  ...sexes.map((sex) => `participants.${sex}`),
]);

const todayIso = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

type Props = { event?: GroupEvent | undefined; onClose: () => void };

const EventForm = ({ event, onClose }: Props) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const { choices } = useCentreChoices();
  const createEvent = useCreateEvent();
  const updateEvent = useUpdateEvent();
  const [draft, setDraft] = useState<EventDraft>(() =>
    event ? draftOfEvent(event) : emptyEventDraft(choices[0]?.id ?? '', todayIso()),
  );
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const update = (patch: Partial<EventDraft>) => setDraft((current) => ({ ...current, ...patch }));
  // The centres load with the countries: until the user picks one, the first choice holds.
  const centreId = draft.centreId || (choices[0]?.id ?? '');
  const countryCode = event?.countryCode ?? choices.find((c) => c.id === centreId)?.countryCode ?? '';
  const partners = useCountryPartners(countryCode, countryCode !== '');
  const centresOfCountry = new Set(choices.filter((c) => c.countryCode === countryCode).map((c) => c.id));
  const otherErrors = Object.entries(errors).filter(([field]) => !SHOWN_FIELDS.has(field));
  const sexErrors = Object.fromEntries(
    sexes.flatMap((sex) => (errors[`participants.${sex}`] ? [[sex, errors[`participants.${sex}`]]] : [])),
  ) as Partial<Record<Sex, string>>;

  const fail = (next: FieldErrorMap, message: string) => {
    setErrors(next);
    setFormError(message);
  };

  const submit = async (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    try {
      let saved: GroupEvent;
      if (event) {
        const result = validateWith(UpdateEventBody, { ...bodyOfDraft(draft), version: event.version }, t);
        if (result.errors) return fail(result.errors, t('offers.errors.checkFields'));
        saved = await updateEvent.mutateAsync({ eventId: event.id, body: result.body });
      } else {
        const result = validateWith(CreateEventBody, { centreId, ...bodyOfDraft(draft) }, t);
        if (result.errors) return fail(result.errors, t('offers.errors.checkFields'));
        saved = await createEvent.mutateAsync(result.body);
      }
      notifications.show({
        color: 'teal.9',
        message: t(event ? 'events.form.saved' : 'events.form.created', { title: saved.title }),
      });
      onClose();
    } catch (error) {
      const failure = describeSaveFailure(error, t);
      fail(failure.errors, failure.message);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} otherErrors={otherErrors} focusRef={alertRef} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {event ? null : (
            <NativeSelect
              label={t('events.form.centre')}
              required
              value={centreId}
              error={errors.centreId}
              onChange={(e) =>
                update({ centreId: e.currentTarget.value, partnerOrganisationIds: [], attendees: [] })
              }
              data={choices.map((c) => ({ value: c.id, label: c.label }))}
            />
          )}
          <NativeSelect
            label={t('events.form.kind')}
            required
            value={draft.kind}
            error={errors.kind}
            onChange={(e) => update({ kind: eventKinds.find((k) => k === e.currentTarget.value) ?? '' })}
            data={[
              { value: '', label: t('events.form.choose') },
              ...eventKinds.map((k) => ({ value: k, label: t(`events.kinds.${k}`) })),
            ]}
          />
          <TextInput
            label={t('events.form.title')}
            required
            dir="auto"
            value={draft.title}
            error={errors.title}
            onChange={(e) => update({ title: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('events.form.heldOn')}
            required
            value={draft.heldOn}
            error={errors.heldOn}
            onChange={(e) => update({ heldOn: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('events.form.channel')}
            required
            value={draft.channel}
            error={errors.channel}
            onChange={(e) =>
              update({ channel: eventChannels.find((c) => c === e.currentTarget.value) ?? '' })
            }
            data={[
              { value: '', label: t('events.form.choose') },
              ...eventChannels.map((c) => ({ value: c, label: t(`events.channels.${c}`) })),
            ]}
          />
          <TextInput
            label={t('events.form.location')}
            dir="auto"
            value={draft.location}
            error={errors.location}
            onChange={(e) => update({ location: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('events.form.topics')}
          withAsterisk
          value={draft.topics}
          error={errors.topics}
          onChange={(values) =>
            update({ topics: counsellingTopics.filter((topic) => values.includes(topic)) })
          }
        >
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing={6} mt={6}>
            {counsellingTopics.map((topic) => (
              <Checkbox key={topic} value={topic} label={text.valueLabel('topic', topic)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group
          label={t('events.form.partners')}
          description={t('events.form.partnersHint')}
          value={draft.partnerOrganisationIds}
          error={errors.partnerOrganisationIds}
          onChange={(values) => update({ partnerOrganisationIds: values })}
        >
          <Stack gap={6} mt={6}>
            {(partners.data ?? []).map((partner) => (
              <Checkbox key={partner.id} value={partner.id} label={<span dir="auto">{partner.name}</span>} />
            ))}
          </Stack>
        </Checkbox.Group>
        <ParticipantsGrid
          value={draft.participants}
          onChange={(participants) => update({ participants })}
          errors={sexErrors}
        />
        <AttendeesField
          value={draft.attendees}
          onChange={(attendees) => update({ attendees })}
          isCentreOfEventCountry={(centreId) => centresOfCountry.has(centreId)}
          error={errors.attendeeClientIds}
        />
        <Textarea
          label={t('events.form.notes')}
          description={t('events.form.notesHint')}
          autosize
          minRows={2}
          value={draft.notes}
          error={errors.notes}
          onChange={(e) => update({ notes: e.currentTarget.value })}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={createEvent.isPending || updateEvent.isPending}>
            {event ? t('events.form.submitEdit') : t('events.form.submitNew')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

export const EventFormModal = ({ opened, ...props }: Props & { opened: boolean }) => {
  const { t } = useTranslation();
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={props.event ? t('events.form.editTitle') : t('events.form.newTitle')}
      size="xl"
      fullScreen={isMobile}
      closeOnClickOutside={false}
    >
      {opened ? <EventForm key={props.event?.id ?? 'new'} {...props} /> : null}
    </Modal>
  );
};
