import type { ColumnType, Generated } from 'kysely';

/** Timestamps arrive as Date from both drivers and may be written as Date or ISO text. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp the database fills in (DEFAULT now()) unless given. */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type CountriesTable = {
  code: string;
  name: string;
  status: 'active' | 'handed_over';
  ui_languages: string[];
  partner_institution: string;
  referral_overdue_days: Generated<number>;
  /** Closed cases are anonymised this many years after closing (data-subject/retention.service.ts). */
  retention_years: Generated<number>;
};

export type CentresTable = {
  id: string;
  country_code: string;
  code: string;
  name: string;
  city: string;
  operator: string;
  time_zone: string;
  languages: string[];
  status: 'active' | 'handed_over';
};

export type PartnerOrganisationsTable = {
  id: string;
  country_code: string;
  name: string;
  type: string;
  website: ColumnType<string | null, string | null | undefined, string | null>;
  description: ColumnType<string | null, string | null | undefined, string | null>;
  contacts: ColumnType<
    { name: string; role?: string; email?: string; phone?: string }[],
    string | undefined,
    string
  >;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type UsersTable = {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  locale: 'en' | 'fr' | 'ar';
  status: Generated<'active' | 'deactivated'>;
  created_at: DefaultTimestamp;
  last_login_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
};

export type MembershipsTable = {
  id: string;
  user_id: string;
  role: string;
  scope_type: 'all' | 'country' | 'centre' | 'partner';
  country_code: string | null;
  centre_id: string | null;
  partner_organisation_id: string | null;
};

export type SessionsTable = {
  /** SHA-256 of the cookie token: a stolen table row cannot be replayed as a cookie. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  /** Set while a user who must use a second factor has none: only enrolment routes answer. */
  mfa_enrolment_only: Generated<boolean>;
};

export type UserMfaTable = {
  user_id: string;
  /** AES-256-GCM ciphertext of the TOTP secret (auth/secret-box.ts), never the secret. */
  secret_encrypted: string;
  confirmed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The last accepted TOTP time step (30 s since the epoch): a code counts once. */
  last_used_step: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: DefaultTimestamp;
};

export type MfaRecoveryCodesTable = {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
};

export type MfaPendingLoginsTable = {
  token_hash: string;
  user_id: string;
  expires_at: Timestamp;
  failed_attempts: Generated<number>;
};

export type LoginThrottleTable = {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: Timestamp | null;
};

export type AuditEventsTable = {
  id: string;
  seq: Generated<number>;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  /** The actor's roles then, comma-separated (migration 0017); NULL before it or without an actor. */
  actor_roles: ColumnType<string | null, string | null | undefined, string | null>;
  action: string;
  entity_type: string;
  entity_id: string | null;
  country_code: string | null;
  ip: string | null;
  /** The event's country code, 'global' without one, 'legacy' before migration 0015. */
  chain: string;
  chain_seq: number;
  prev_hash: string;
  hash: string;
};

/** Signed chain heads (audit/audit-heads.ts): inserted only, never changed. */
export type AuditChainHeadsTable = {
  id: Generated<number>;
  chain: string;
  last_seq: number;
  last_hash: string;
  signed_at: Timestamp;
  mac: string;
};

export type CaseCodeCountersTable = {
  country_code: string;
  centre_id: string;
  year: number;
  last_value: number;
};

type Json<T> = ColumnType<T, string, string>;

export type ClientsTable = {
  country_code: string;
  id: string;
  centre_id: string;
  case_code: string;
  /** `erased`: personal data removed on request or by retention; the row keeps statistics only. */
  status: Generated<'active' | 'closed' | 'merged' | 'erased'>;
  version: Generated<number>;
  /** When the personal data was removed (also set on merged duplicates of an erased survivor). */
  erased_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** NULL when the retention job erased the record. */
  erased_by: ColumnType<string | null, string | null | undefined, string | null>;
  erasure_reason: ColumnType<string | null, string | null | undefined, string | null>;
  merged_into_id: ColumnType<string | null, string | null | undefined, string | null>;
  given_name: string | null;
  middle_name: string | null;
  family_name: string | null;
  given_name_original: string | null;
  middle_name_original: string | null;
  family_name_original: string | null;
  aliases: string[];
  sex: 'female' | 'male' | 'other' | 'unknown';
  dob_value: string | null;
  dob_precision: 'exact' | 'year' | 'estimated' | null;
  birth_year: number | null;
  id_document_type: string | null;
  id_document_number: string | null;
  phone: string | null;
  phone_has_messenger: boolean;
  nationality: string;
  region: string | null;
  education_isced: number | null;
  occupation_isco: string | null;
  /** numeric arrives as text from both drivers. */
  work_experience_years: ColumnType<string | null, number | null, number | null>;
  languages: Json<{ code: string; level: string }[]>;
  client_group: 'prospective_migrant' | 'returnee' | 'local_job_seeker';
  intentions: Json<{ destinations: string[]; purposes: string[] } | null>;
  return_details: Json<{ fromCountry: string; returnedOn?: string; kind: string } | null>;
  heard_via: string | null;
  search_latin: string;
  search_skeleton: string;
  created_by: string;
  counsellor_id: string;
  closed_reason: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type CounsellingSessionsTable = {
  country_code: string;
  id: string;
  client_id: string;
  centre_id: string;
  counsellor_id: string;
  held_on: string;
  channel: string;
  format: string;
  topics: string[];
  duration_minutes: number;
  notes: string;
  next_steps: string;
  created_at: DefaultTimestamp;
};

/** `body` holds only notes written before migration 0012, until the start-up step seals them. */
export type SessionSensitiveNotesTable = {
  country_code: string;
  session_id: string;
  body: string | null;
  body_ciphertext: string | null;
};

/** A client's data key, wrapped by the country key of `key_version` (crypto/client-cipher.ts). */
export type ClientDataKeysTable = {
  country_code: string;
  client_id: string;
  key_version: number;
  data_key_version: ColumnType<number, number | undefined, number>;
  /** NULL once erased (the row stays so that the next key gets a new data_key_version). */
  wrapped_key: string | null;
  created_at: DefaultTimestamp;
  erased_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
};

export type TasksTable = {
  country_code: string;
  id: string;
  client_id: string;
  goal: string | null;
  title: string;
  due_on: string;
  assignee_id: string;
  status: Generated<'open' | 'done' | 'cancelled'>;
  version: Generated<number>;
  created_by: string;
  created_at: DefaultTimestamp;
  completed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
};

export type ClientEventsTable = {
  country_code: string;
  id: string;
  client_id: string;
  kind: 'closed' | 'reopened' | 'transferred' | 'merged';
  details: Json<Record<string, string | null>>;
  actor_id: string;
  occurred_at: DefaultTimestamp;
};

export type PathwayAssessmentsTable = {
  country_code: string;
  id: string;
  client_id: string;
  pack_id: string;
  pack_version: string;
  evaluated_on: string;
  profile: Json<unknown>;
  result: Json<unknown>;
  created_by: string;
  created_at: DefaultTimestamp;
};

export type ConsentsTable = {
  country_code: string;
  id: string;
  client_id: string;
  purpose: 'counselling' | 'follow_up' | 'partner_sharing';
  partner_organisation_id: string | null;
  text_version: string;
  language: string;
  recorded_by: string;
  recorded_at: Timestamp;
  withdrawn_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  withdrawn_by: string | null;
  given_by: Generated<'client' | 'guardian'>;
  guardian_name: string | null;
};

export type ClientFamilyLinksTable = {
  country_code: string;
  id: string;
  client_id: string;
  relation: 'spouse' | 'child' | 'parent' | 'sibling' | 'guardian' | 'household_member';
  related_client_id: string | null;
  related_name: string | null;
};

export type CodeListItemsTable = {
  list: string;
  code: string;
  version: string;
  sort: number;
  labels: Json<{ en: string; fr: string; ar: string }>;
};

/** A nullable column that may be left out of an insert. */
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export type DataSharingAgreementsTable = {
  country_code: string;
  id: string;
  partner_organisation_id: string;
  /** Dates come back as 'YYYY-MM-DD' text (see the type parsers in db/client.ts). */
  signed_on: string;
  expires_on: string;
  purposes: string[];
  reference: Nullable<string>;
  created_by: string;
  created_at: DefaultTimestamp;
};

export type OffersTable = {
  country_code: string;
  id: string;
  partner_organisation_id: string;
  category: string;
  centre_ids: ColumnType<string[], string[] | undefined, string[]>;
  title: Json<Record<string, string>>;
  description: Json<Record<string, string>>;
  eligibility: Json<unknown>;
  capacity: Nullable<number>;
  seats_left: Nullable<number>;
  schedule: Json<unknown>;
  starts_on: Nullable<string>;
  ends_on: Nullable<string>;
  cost: Json<unknown>;
  delivery_mode: string;
  languages: string[];
  location: Json<unknown>;
  status: string;
  version: Generated<number>;
  created_by: Nullable<string>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type ReferralsTable = {
  country_code: string;
  id: string;
  client_id: string;
  centre_id: string;
  partner_organisation_id: string;
  offer_id: Nullable<string>;
  consent_id: string;
  reason: string;
  shared_fields: string[];
  shared_snapshot: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  redacted_at: Nullable<Date>;
  status: string;
  decline_reason: Nullable<string>;
  outcome: Nullable<string>;
  feedback: Nullable<string>;
  version: Generated<number>;
  created_by: string;
  created_at: DefaultTimestamp;
  sent_at: Nullable<Date>;
  answered_at: Nullable<Date>;
  updated_at: DefaultTimestamp;
};

export type ReferralEventsTable = {
  country_code: string;
  id: string;
  referral_id: string;
  from_status: Nullable<string>;
  to_status: string;
  actor_id: string;
  actor_side: 'centre' | 'partner';
  reason: Nullable<string>;
  at: DefaultTimestamp;
};

export type DB = {
  countries: CountriesTable;
  centres: CentresTable;
  partner_organisations: PartnerOrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  user_mfa: UserMfaTable;
  mfa_recovery_codes: MfaRecoveryCodesTable;
  mfa_pending_logins: MfaPendingLoginsTable;
  audit_events: AuditEventsTable;
  audit_chain_heads: AuditChainHeadsTable;
  case_code_counters: CaseCodeCountersTable;
  clients: ClientsTable;
  consents: ConsentsTable;
  counselling_sessions: CounsellingSessionsTable;
  session_sensitive_notes: SessionSensitiveNotesTable;
  client_data_keys: ClientDataKeysTable;
  tasks: TasksTable;
  client_events: ClientEventsTable;
  pathway_assessments: PathwayAssessmentsTable;
  code_list_items: CodeListItemsTable;
  client_family_links: ClientFamilyLinksTable;
  data_sharing_agreements: DataSharingAgreementsTable;
  offers: OffersTable;
  referrals: ReferralsTable;
  referral_events: ReferralEventsTable;
  group_events: GroupEventsTable;
  group_event_partners: GroupEventPartnersTable;
  group_event_participants: GroupEventParticipantsTable;
  group_event_attendees: GroupEventAttendeesTable;
};

export type GroupEventsTable = {
  country_code: string;
  id: string;
  centre_id: string;
  kind: string;
  title: string;
  held_on: string;
  topics: string[];
  channel: string;
  location: string | null;
  notes: string;
  version: Generated<number>;
  created_by: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};
export type GroupEventPartnersTable = {
  country_code: string;
  event_id: string;
  partner_organisation_id: string;
};
export type GroupEventParticipantsTable = {
  country_code: string;
  event_id: string;
  sex: string;
  age_group: string;
  participants: number;
};
export type GroupEventAttendeesTable = { country_code: string; event_id: string; client_id: string };
