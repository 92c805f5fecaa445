import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  type ReferralOutcome,
  type ReferralStatus,
  type ReferralTransitionBody,
  referralOutcomes,
} from '@pathways/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionsFor, buildTransitionBody, type ReferralAction, splitCentreActions } from './referral-actions';
import { describeReferralError } from './referral-errors';

type Submit = (body: ReferralTransitionBody) => Promise<unknown>;

type FormProps = {
  action: ReferralAction | null;
  version: number;
  isPending: boolean;
  onSubmit: Submit;
  onClose: () => void;
};

/** Asks for what the move needs (a reason, the outcome, optional feedback) before sending it. */
const TransitionModal = ({ action, version, isPending, onSubmit, onClose }: FormProps) => {
  const { t } = useTranslation();
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<ReferralOutcome | null>(null);
  const [feedback, setFeedback] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setOutcome(null);
    setFeedback('');
    setMissing([]);
    setError(null);
    onClose();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!action) return;
    const checked = buildTransitionBody(action.to, version, { reason, outcome, feedback });
    if (!checked.ok) {
      setMissing(checked.missing);
      setError(t('referrals.errors.checkFields'));
      return;
    }
    try {
      await onSubmit(checked.body);
      notifications.show({
        color: 'teal.9',
        message: t('referrals.transition.done', { status: t(`referrals.status.${action.to}`) }),
      });
      close();
    } catch (caught) {
      setError(describeReferralError(caught, t));
    }
  };

  const form = action?.form;
  return (
    <Modal
      opened={action !== null}
      onClose={close}
      title={action ? t(action.labelKey) : ''}
      fullScreen={isMobile}
      centered
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <div role="alert">
            {error ? (
              <Text size="sm" c="red.9" fw={600}>
                {error}
              </Text>
            ) : null}
          </div>
          {form === 'reason' ? (
            <Textarea
              label={t('referrals.transition.reason')}
              description={
                action?.to === 'declined'
                  ? t('referrals.transition.declineHint')
                  : t('referrals.transition.cancelHint')
              }
              withAsterisk
              required
              autosize
              minRows={3}
              maxLength={1000}
              data-autofocus
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={missing.includes('reason') ? t('validation.required') : undefined}
            />
          ) : null}
          {form === 'outcome' ? (
            <NativeSelect
              label={t('referrals.transition.outcome')}
              withAsterisk
              required
              data-autofocus
              data={[
                { value: '', label: t('referrals.transition.chooseOutcome'), disabled: true },
                ...referralOutcomes.map((value) => ({ value, label: t(`referrals.outcome.${value}`) })),
              ]}
              value={outcome ?? ''}
              onChange={(event) =>
                setOutcome(referralOutcomes.find((value) => value === event.currentTarget.value) ?? null)
              }
              error={missing.includes('outcome') ? t('validation.required') : undefined}
            />
          ) : null}
          {form === 'outcome' || form === 'feedback' ? (
            <Textarea
              label={t('referrals.transition.feedback')}
              description={t('referrals.transition.feedbackHint')}
              autosize
              minRows={3}
              maxLength={2000}
              data-autofocus={form === 'feedback' ? true : undefined}
              value={feedback}
              onChange={(event) => setFeedback(event.currentTarget.value)}
            />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={action?.color} loading={isPending}>
              {t('referrals.transition.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

type Props = {
  allowed: readonly ReferralStatus[];
  /** Centre staff see their own moves apart from the partner's answers recorded on its behalf. */
  side: 'centre' | 'partner';
  version: number;
  isPending: boolean;
  onSubmit: Submit;
  /** The heading level of this block's heading (sub-headings go one deeper). */
  headingOrder: 2 | 3;
};

/** The buttons for every move the server allows now; moves needing input open a small form. */
export const TransitionControls = ({ allowed, side, version, isPending, onSubmit, headingOrder }: Props) => {
  const { t } = useTranslation();
  const titleId = useId();
  const [open, setOpen] = useState<ReferralAction | null>(null);
  const [pendingTo, setPendingTo] = useState<ReferralStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: ReferralAction) => {
    setError(null);
    if (action.form !== 'none') {
      setOpen(action);
      return;
    }
    const checked = buildTransitionBody(action.to, version, { reason: '', outcome: null, feedback: '' });
    if (!checked.ok) return;
    setPendingTo(action.to);
    try {
      await onSubmit(checked.body);
      notifications.show({
        color: 'teal.9',
        message: t('referrals.transition.done', { status: t(`referrals.status.${action.to}`) }),
      });
    } catch (caught) {
      setError(describeReferralError(caught, t));
    } finally {
      setPendingTo(null);
    }
  };

  const buttons = (actions: ReferralAction[]) => (
    <Group gap="xs" wrap="wrap">
      {actions.map((action) => (
        <Button
          key={action.to}
          size="sm"
          variant={action.form === 'none' ? 'filled' : 'outline'}
          color={action.color}
          loading={pendingTo === action.to}
          disabled={isPending && pendingTo !== action.to}
          onClick={() => void run(action)}
        >
          {t(action.labelKey)}
        </Button>
      ))}
    </Group>
  );

  const split =
    side === 'centre'
      ? splitCentreActions(allowed)
      : { own: actionsFor(allowed), onBehalf: [] as ReferralAction[] };
  const hasActions = split.own.length + split.onBehalf.length > 0;

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={headingOrder} size="h4" id={titleId}>
        {t('referrals.transition.title')}
      </Title>
      {hasActions ? null : <Text size="sm">{t('referrals.transition.none')}</Text>}
      {split.own.length > 0 ? buttons(split.own) : null}
      {split.onBehalf.length > 0 ? (
        <Stack gap={6}>
          <Title order={(headingOrder + 1) as 3 | 4} size="h5">
            {t('referrals.transition.onBehalfTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('referrals.transition.onBehalfHint')}
          </Text>
          {buttons(split.onBehalf)}
        </Stack>
      ) : null}
      <div role="alert">
        {error ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
            {error}
          </Alert>
        ) : null}
      </div>
      <TransitionModal
        action={open}
        version={version}
        isPending={isPending}
        onSubmit={onSubmit}
        onClose={() => setOpen(null)}
      />
    </Stack>
  );
};
