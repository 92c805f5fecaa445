import { evaluatePathways, type PathwayProfile, RULE_PACKS, type RulePack } from '@pathways/domain';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../access/actor.js';
import { auditClientChange } from '../clients/client-audit.js';
import type { ClientRow } from '../clients/clients.presenter.js';
import { findClientOrThrow } from '../clients/clients.service.js';
import type { DB } from '../db/schema.js';
import { invalid } from '../http/errors.js';

type EvaluateInput = { profile: PathwayProfile; evaluationDate?: string; packId?: string };

/** The newest pack for a destination unless one is named; a pack is chosen, never guessed. */
function choosePack(packId: string | undefined): RulePack {
  if (!packId) {
    const newest = [...RULE_PACKS].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))[0];
    if (!newest) throw new Error('no rule pack is installed');
    return newest;
  }
  const pack = RULE_PACKS.find((p) => p.id === packId);
  if (!pack)
    throw invalid('packId', `is not an installed rule pack (${RULE_PACKS.map((p) => p.id).join(', ')})`);
  return pack;
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

export function listRulePacks() {
  return {
    items: RULE_PACKS.map((pack) => ({
      id: pack.id,
      destination: pack.destination,
      version: pack.version,
      publishedOn: pack.publishedOn,
      routes: pack.routes.map((r) => ({ id: r.id, title: r.title, legalBasis: r.legalBasis })),
    })),
  };
}

/** Pure evaluation: the public self-check and the counsellor's preview store nothing. */
export function evaluate(input: EvaluateInput) {
  return evaluatePathways(choosePack(input.packId), input.profile, input.evaluationDate ?? todayUtc());
}

// ISCED 2011 levels to the navigator's qualification levels: a suggestion the counsellor confirms
// (ISCED 3 may be general or vocational; the counsellor knows which).
function qualificationOfIsced(level: number | null): PathwayProfile['highestQualification'] {
  if (level === null) return undefined;
  if (level <= 2) return 'none';
  if (level === 3) return 'school_leaving';
  if (level <= 5) return 'vocational';
  return 'university';
}

/** What the client's record already says, as a starting profile for the navigator. */
export function suggestProfile(client: ClientRow): PathwayProfile {
  const languages: Record<string, NonNullable<PathwayProfile['languages']>[string]> = {};
  for (const skill of client.languages) {
    if (skill.code.length !== 2) continue;
    languages[skill.code] = skill.level === 'native' ? 'C2' : (skill.level as 'A1');
  }
  const profile: PathwayProfile = {
    nationality: client.nationality,
    highestQualification: qualificationOfIsced(client.education_isced),
    languages: Object.keys(languages).length ? languages : undefined,
  };
  if (client.dob_value && client.dob_precision === 'exact') profile.dateOfBirth = client.dob_value;
  else if (client.dob_value) profile.birthYear = Number(client.dob_value.slice(0, 4));
  return Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined)) as PathwayProfile;
}

export async function suggestClientProfile(db: Kysely<DB>, actor: Actor, clientId: string) {
  return { profile: suggestProfile(await findClientOrThrow(db, actor, 'clients.read', clientId)) };
}

type AssessmentRow = {
  id: string;
  client_id: string;
  pack_id: string;
  pack_version: string;
  evaluated_on: string;
  profile: unknown;
  result: unknown;
  created_by: string;
  created_at: Date;
};

function presentAssessment(row: AssessmentRow, createdByName: string) {
  return {
    id: row.id,
    clientId: row.client_id,
    packId: row.pack_id,
    packVersion: row.pack_version,
    evaluatedOn: row.evaluated_on,
    profile: row.profile as PathwayProfile,
    result: row.result as ReturnType<typeof evaluate>,
    createdBy: createdByName,
    createdAt: row.created_at.toISOString(),
  };
}

export async function assessClient(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  input: EvaluateInput,
  ip: string,
) {
  const client = await findClientOrThrow(db, actor, 'clients.write', clientId);
  const result = evaluate(input);
  const id = uuidv7();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('pathway_assessments')
      .values({
        country_code: client.country_code,
        id,
        client_id: client.id,
        pack_id: result.packId,
        pack_version: result.packVersion,
        evaluated_on: result.evaluatedOn,
        profile: JSON.stringify(input.profile),
        result: JSON.stringify(result),
        created_by: actor.userId,
      })
      .execute();
    await auditClientChange(trx, actor, 'pathway.assess', client, ip);
  });
  return (await listAssessments(db, actor, clientId)).items.find((a) => a.id === id) as ReturnType<
    typeof presentAssessment
  >;
}

export async function listAssessments(db: Kysely<DB>, actor: Actor, clientId: string) {
  const client = await findClientOrThrow(db, actor, 'clients.read', clientId);
  const rows = await db
    .selectFrom('pathway_assessments as a')
    .innerJoin('users as u', 'u.id', 'a.created_by')
    .select([
      'a.id',
      'a.client_id',
      'a.pack_id',
      'a.pack_version',
      'a.evaluated_on',
      'a.profile',
      'a.result',
      'a.created_by',
      'a.created_at',
      'u.display_name',
    ])
    .where('a.country_code', '=', client.country_code)
    .where('a.client_id', '=', client.id)
    .orderBy('a.created_at', 'desc')
    .execute();
  return { items: rows.map((row) => presentAssessment(row, row.display_name)) };
}
