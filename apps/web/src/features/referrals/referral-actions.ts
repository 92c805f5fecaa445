import { type ReferralOutcome, type ReferralStatus, ReferralTransitionBody } from '@pathways/contracts';

export type TargetStatus = Exclude<ReferralStatus, 'draft'>;

/** What the person must give before a move: nothing, a reason, the outcome, or optional feedback. */
export type ActionForm = 'none' | 'reason' | 'outcome' | 'feedback';

export type ReferralAction = {
  to: TargetStatus;
  /** The button's accessible name (and visible text). */
  labelKey: string;
  form: ActionForm;
  /** Mantine colour; destructive moves are red, the usual next step filled. */
  color: string;
  /** A move that is the partner's to make: centre staff record it on the partner's behalf. */
  isPartnerMove: boolean;
};

const definitions: Record<TargetStatus, Omit<ReferralAction, 'to'>> = {
  sent: { labelKey: 'referrals.actions.send', form: 'none', color: 'blue.8', isPartnerMove: false },
  accepted: { labelKey: 'referrals.actions.accept', form: 'none', color: 'teal.9', isPartnerMove: true },
  enrolled: { labelKey: 'referrals.actions.enrol', form: 'none', color: 'indigo.8', isPartnerMove: true },
  completed: {
    labelKey: 'referrals.actions.complete',
    form: 'outcome',
    color: 'teal.9',
    isPartnerMove: true,
  },
  declined: { labelKey: 'referrals.actions.decline', form: 'reason', color: 'red.9', isPartnerMove: true },
  no_show: { labelKey: 'referrals.actions.noShow', form: 'feedback', color: 'grape.9', isPartnerMove: true },
  dropped_out: {
    labelKey: 'referrals.actions.dropOut',
    form: 'feedback',
    color: 'pink.9',
    isPartnerMove: true,
  },
  cancelled: { labelKey: 'referrals.actions.cancel', form: 'reason', color: 'red.9', isPartnerMove: false },
};

// The forward step first, then the endings that stop the measure, cancelling last.
const order: TargetStatus[] = [
  'sent',
  'accepted',
  'enrolled',
  'completed',
  'declined',
  'no_show',
  'dropped_out',
  'cancelled',
];

const referralAction = (to: TargetStatus): ReferralAction => ({ to, ...definitions[to] });

/** Moves that are the partner's to make (answer, enrolment, end), whoever records them. */
export const isPartnerMove = (status: ReferralStatus): boolean =>
  status !== 'draft' && definitions[status].isPartnerMove;

/** The buttons to show for the statuses the server says this user may move the referral to now. */
export const actionsFor = (allowed: readonly ReferralStatus[]): ReferralAction[] =>
  order.filter((to) => allowed.includes(to)).map(referralAction);

/** Centre staff see their own moves apart from the partner's answers they record on its behalf. */
export const splitCentreActions = (allowed: readonly ReferralStatus[]) => {
  const actions = actionsFor(allowed);
  return {
    own: actions.filter((action) => !action.isPartnerMove),
    onBehalf: actions.filter((action) => action.isPartnerMove),
  };
};

export type TransitionInput = { reason: string; outcome: ReferralOutcome | null; feedback: string };
export type TransitionCheck =
  | { ok: true; body: ReferralTransitionBody }
  | { ok: false; missing: ('reason' | 'outcome')[] };

/** Builds the request body for a move, or names the required fields still empty. */
export const buildTransitionBody = (
  to: TargetStatus,
  version: number,
  input: TransitionInput,
): TransitionCheck => {
  const { form } = definitions[to];
  const reason = input.reason.trim();
  const feedback = input.feedback.trim();
  const parsed = ReferralTransitionBody.safeParse({
    to,
    version,
    ...(form === 'reason' ? { reason: reason || undefined } : {}),
    ...(form === 'outcome' ? { outcome: input.outcome ?? undefined } : {}),
    ...((form === 'outcome' || form === 'feedback') && feedback ? { feedback } : {}),
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  const missing = new Set<'reason' | 'outcome'>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'reason' || field === 'outcome') missing.add(field);
  }
  return { ok: false, missing: [...missing] };
};
