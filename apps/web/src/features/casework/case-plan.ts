import type { Task } from '@pathways/contracts';

const statusOrder = { open: 0, done: 1, cancelled: 2 } as const;
const byStatusThenDue = (a: Task, b: Task) =>
  statusOrder[a.status] - statusOrder[b.status] || a.dueOn.localeCompare(b.dueOn);

/** Tasks under their goal, goals in the order they first appear; tasks without a goal last. */
export const groupByGoal = (tasks: Task[]) => {
  const groups = new Map<string | null, Task[]>();
  for (const task of tasks) {
    const goal = task.goal?.trim() || null;
    groups.set(goal, [...(groups.get(goal) ?? []), task]);
  }
  const entries = [...groups.entries()].map(([goal, items]) => ({
    goal,
    items: items.sort(byStatusThenDue),
  }));
  return [
    ...entries.filter((entry) => entry.goal !== null),
    ...entries.filter((entry) => entry.goal === null),
  ];
};
