import type { Task } from '@pathways/contracts';
import { describe, expect, it } from 'vitest';
import { groupByGoal } from './case-plan';
import { addDays, todayIso } from './casework-format';

const task = (over: Partial<Task>): Task => ({
  id: crypto.randomUUID(),
  clientId: crypto.randomUUID(),
  caseCode: 'GH-ACC-2026-000001',
  goal: null,
  title: 'A task',
  dueOn: '2026-03-01',
  assigneeId: crypto.randomUUID(),
  assigneeName: 'Abena',
  status: 'open',
  isOverdue: false,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  ...over,
});

describe('case plan grouping', () => {
  it('groups by goal, puts tasks without a goal last, open tasks first by due date', () => {
    const groups = groupByGoal([
      task({ title: 'loose' }),
      task({ goal: 'Training', title: 'done', status: 'done', dueOn: '2026-01-01' }),
      task({ goal: 'Training', title: 'late', dueOn: '2026-04-01' }),
      task({ goal: ' Training ', title: 'soon', dueOn: '2026-02-01' }),
      task({ goal: '  ', title: 'blank goal' }),
    ]);
    expect(groups.map((g) => [g.goal, g.items.map((t) => t.title)])).toEqual([
      ['Training', ['soon', 'late', 'done']],
      [null, ['loose', 'blank goal']],
    ]);
  });
});

describe('calendar days', () => {
  it('counts days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('takes today from the local calendar, not from UTC', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
