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
  created_at: DefaultTimestamp;
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
};

export type LoginThrottleTable = {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: Timestamp | null;
};

export type AuditEventsTable = {
  id: string;
  seq: Generated<string>;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  country_code: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
};

export type DB = {
  countries: CountriesTable;
  centres: CentresTable;
  partner_organisations: PartnerOrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_events: AuditEventsTable;
};
