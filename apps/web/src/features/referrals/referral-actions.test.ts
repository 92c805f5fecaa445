import { referralStatuses } from '@pathways/contracts';
import { allowedReferralTransitions } from '@pathways/domain';
import { describe, expect, it } from 'vitest';
import { actionsFor, buildTransitionBody, isPartnerMove, splitCentreActions } from './referral-actions';

const empty = { reason: '', outcome: null, feedback: '' };

describe('referral actions', () => {
  it('shows a button for each allowed move, forward steps first and cancelling last', () => {
    expect(actionsFor(['cancelled', 'declined', 'accepted']).map((action) => action.to)).toEqual([
      'accepted',
      'declined',
      'cancelled',
    ]);
    expect(actionsFor([])).toEqual([]);
  });

  it('has a button for every move the status machine allows, on either side', () => {
    for (const status of referralStatuses)
      for (const side of ['centre', 'partner'] as const) {
        const allowed = allowedReferralTransitions(status, side);
        expect(
          actionsFor(allowed)
            .map((action) => action.to)
            .sort(),
        ).toEqual([...allowed].sort());
      }
  });

  it('uses the names the end-to-end test clicks', () => {
    const labels = Object.fromEntries(
      actionsFor(referralStatuses).map((action) => [action.to, action.labelKey]),
    );
    expect(labels).toMatchObject({
      accepted: 'referrals.actions.accept',
      enrolled: 'referrals.actions.enrol',
      completed: 'referrals.actions.complete',
    });
  });

  it('puts the partner answers a centre records on its behalf apart from its own moves', () => {
    const { own, onBehalf } = splitCentreActions(allowedReferralTransitions('sent', 'centre'));
    expect(own.map((action) => action.to)).toEqual(['cancelled']);
    expect(onBehalf.map((action) => action.to)).toEqual(['accepted', 'declined']);
    expect(isPartnerMove('enrolled')).toBe(true);
    expect(isPartnerMove('sent')).toBe(false);
    expect(isPartnerMove('draft')).toBe(false);
  });

  it('asks a reason to decline or cancel, the outcome to complete, nothing to accept', () => {
    const forms = Object.fromEntries(actionsFor(referralStatuses).map((action) => [action.to, action.form]));
    expect(forms).toEqual({
      sent: 'none',
      accepted: 'none',
      enrolled: 'none',
      completed: 'outcome',
      declined: 'reason',
      no_show: 'feedback',
      dropped_out: 'feedback',
      cancelled: 'reason',
    });
  });
});

describe('transition bodies', () => {
  it('refuses to decline or cancel without a reason, and to complete without an outcome', () => {
    expect(buildTransitionBody('declined', 3, { ...empty, reason: '   ' })).toEqual({
      ok: false,
      missing: ['reason'],
    });
    expect(buildTransitionBody('cancelled', 3, empty)).toEqual({ ok: false, missing: ['reason'] });
    expect(buildTransitionBody('completed', 3, { ...empty, feedback: 'Good' })).toEqual({
      ok: false,
      missing: ['outcome'],
    });
  });

  it('sends the trimmed reason, the outcome and feedback with the version', () => {
    expect(buildTransitionBody('declined', 2, { ...empty, reason: ' Course full ' })).toEqual({
      ok: true,
      body: { to: 'declined', version: 2, reason: 'Course full' },
    });
    expect(
      buildTransitionBody('completed', 5, { reason: 'ignored', outcome: 'job', feedback: ' Hired ' }),
    ).toEqual({
      ok: true,
      body: { to: 'completed', version: 5, outcome: 'job', feedback: 'Hired' },
    });
  });

  it('leaves out fields a move does not take (the server refuses an outcome outside completion)', () => {
    expect(buildTransitionBody('accepted', 1, { reason: 'x', outcome: 'job', feedback: 'y' })).toEqual({
      ok: true,
      body: { to: 'accepted', version: 1 },
    });
    expect(buildTransitionBody('no_show', 1, { reason: 'x', outcome: 'job', feedback: '' })).toEqual({
      ok: true,
      body: { to: 'no_show', version: 1 },
    });
  });
});
