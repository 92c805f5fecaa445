import { z } from 'zod';
import { Uuid, Version } from './common.js';

export const sessionChannels = ['in_person', 'phone', 'video', 'messenger', 'outreach'] as const;
export const sessionFormats = ['individual', 'group'] as const;
export const counsellingTopics = [
  'regular_labour_migration',
  'vocational_training_migration',
  'study',
  'regional_migration',
  'recognition_of_qualifications',
  'language_learning',
  'risks_of_irregular_migration',
  'local_jobs',
  'business_start_up',
  'reintegration',
  'psychosocial',
  'other',
] as const;
export const CounsellingTopic = z.enum(counsellingTopics);

const IsoDate = z.iso.date();
// Centres sit up to 14 hours ahead of UTC: "today" there may be tomorrow in UTC.
const notInFuture = (value: string) =>
  value <= new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);

export const CreateSessionBody = z.strictObject({
  heldOn: IsoDate.refine(notInFuture, 'is in the future'),
  channel: z.enum(sessionChannels),
  format: z.enum(sessionFormats),
  topics: z.array(CounsellingTopic).min(1).max(counsellingTopics.length),
  durationMinutes: z.number().int().min(1).max(600),
  notes: z.string().trim().max(10_000).default(''),
  /** Kept in a table of its own, shown only to staff who may write the client's record. */
  sensitiveNotes: z.string().trim().max(10_000).optional(),
  nextSteps: z.string().trim().max(2_000).default(''),
});
export type CreateSessionBody = z.infer<typeof CreateSessionBody>;

export const CounsellingSession = z.object({
  id: Uuid,
  clientId: Uuid,
  counsellorId: Uuid,
  counsellorName: z.string(),
  heldOn: z.string(),
  channel: z.enum(sessionChannels),
  format: z.enum(sessionFormats),
  topics: z.array(CounsellingTopic),
  durationMinutes: z.number().int(),
  notes: z.string(),
  hasSensitiveNotes: z.boolean(),
  nextSteps: z.string(),
  createdAt: z.string(),
});
export type CounsellingSession = z.infer<typeof CounsellingSession>;
export const SessionList = z.object({ items: z.array(CounsellingSession) });
export const SensitiveNotes = z.object({ sessionId: Uuid, sensitiveNotes: z.string() });

export const taskStatuses = ['open', 'done', 'cancelled'] as const;
export const CreateTaskBody = z.strictObject({
  goal: z.string().trim().max(200).optional(),
  title: z.string().trim().min(1).max(200),
  dueOn: IsoDate,
  /** Defaults to the person creating the task. */
  assigneeId: Uuid.optional(),
});
export type CreateTaskBody = z.infer<typeof CreateTaskBody>;
export const UpdateTaskBody = z.strictObject({
  status: z.enum(taskStatuses),
  version: Version,
});

export const Task = z.object({
  id: Uuid,
  clientId: Uuid,
  caseCode: z.string(),
  goal: z.string().nullable(),
  title: z.string(),
  dueOn: z.string(),
  assigneeId: Uuid,
  assigneeName: z.string(),
  status: z.enum(taskStatuses),
  isOverdue: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Task = z.infer<typeof Task>;
export const TaskList = z.object({ items: z.array(Task) });
export const TaskParams = z.strictObject({ clientId: Uuid, taskId: Uuid });
export const SessionParams = z.strictObject({ clientId: Uuid, sessionId: Uuid });

export const closeReasons = [
  'migrated_regularly',
  'found_local_work',
  'reintegrated',
  'no_longer_interested',
  'unreachable',
  'moved_away',
  'other',
] as const;
export const CloseClientBody = z.strictObject({
  reason: z.enum(closeReasons),
  version: Version,
});
export const ReopenClientBody = z.strictObject({ version: Version });
export const TransferClientBody = z.strictObject({ centreId: Uuid, version: Version });

export const timelineKinds = [
  'registered',
  'session',
  'task_created',
  'task_done',
  'consent_recorded',
  'consent_withdrawn',
  'closed',
  'reopened',
  'transferred',
  'pathway_assessed',
  'merged',
  'referral',
] as const;
export const TimelineEntry = z.object({
  kind: z.enum(timelineKinds),
  at: z.string(),
  actorName: z.string().nullable(),
  /** Machine-readable specifics per kind (topics, task title, purpose, reason, centre…). */
  details: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string()), z.null()])),
});
export const Timeline = z.object({ items: z.array(TimelineEntry) });

export const CaseloadQuery = z.strictObject({
  /** Clients whose last contact is older than this many days are listed as needing contact. */
  noContactDays: z.coerce.number().int().min(1).max(365).default(30),
});
export const Caseload = z.object({
  clients: z.number().int(),
  tasksDue: z.array(Task),
  tasksOverdue: z.array(Task),
  withoutContact: z.array(
    z.object({
      clientId: Uuid,
      caseCode: z.string(),
      displayName: z.string(),
      lastContactOn: z.string().nullable(),
    }),
  ),
});

/** Colleagues a client's task may be assigned to. */
export const AssignableStaff = z.object({
  items: z.array(z.object({ id: Uuid, displayName: z.string() })),
});
