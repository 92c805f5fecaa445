import { z } from 'zod';
import { CounsellingSession, Task, TimelineEntry } from './casework.js';
import { Client } from './clients.js';
import { Uuid, Version } from './common.js';
import { Referral } from './referrals.js';

/** Why a client's personal data was erased: a code, never free text (it is kept with the record). */
export const erasureReasons = [
  'data_subject_request',
  'consent_withdrawn',
  'registered_in_error',
  'other',
] as const;
/** Reasons a person may give; `retention_period` is the retention job's own. */
export const ErasureReason = z.enum(erasureReasons);
export type ErasureReason = z.infer<typeof ErasureReason>;

export const EraseClientBody = z.strictObject({
  reason: ErasureReason,
  /** The client's version as read: a change since then answers 409. */
  version: Version,
});
export type EraseClientBody = z.infer<typeof EraseClientBody>;

/** All that the API says of an erased client: its case code and when. */
export const ErasedClient = z.object({
  clientId: Uuid,
  caseCode: z.string(),
  status: z.literal('erased'),
  erasedAt: z.string(),
  reason: z.enum([...erasureReasons, 'retention_period']),
});
export type ErasedClient = z.infer<typeof ErasedClient>;

export const exportLanguages = ['en', 'fr', 'ar'] as const;
/** The language of the printable export; the staff member's own when not given. */
export const ClientExportQuery = z.strictObject({ lang: z.enum(exportLanguages).optional() });

export const ExportedSession = CounsellingSession.extend({
  /** Decrypted only for staff who may read sensitive fields; null otherwise or when none. */
  sensitiveNotes: z.string().nullable(),
  sensitiveNotesWithheld: z.boolean(),
});

export const ExportedAssessment = z.object({
  id: Uuid,
  packId: z.string(),
  packVersion: z.string(),
  evaluatedOn: z.string(),
  profile: z.record(z.string(), z.unknown()),
  result: z.unknown(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const ExportedReferral = Referral.extend({
  /** What the partner was shown, as sent; null before sending or once redacted. */
  sharedSnapshot: z.record(z.string(), z.unknown()).nullable(),
  redactedAt: z.string().nullable(),
});

/** Everything Pathways holds about one client (access request), in one document. */
export const ClientExport = z.object({
  format: z.literal('pathways.client-export'),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  exportedBy: z.object({ userId: Uuid, name: z.string() }),
  language: z.enum(exportLanguages),
  client: Client,
  sessions: z.array(ExportedSession),
  tasks: z.array(Task),
  pathwayAssessments: z.array(ExportedAssessment),
  referrals: z.array(ExportedReferral),
  timeline: z.array(TimelineEntry),
});
export type ClientExport = z.infer<typeof ClientExport>;
