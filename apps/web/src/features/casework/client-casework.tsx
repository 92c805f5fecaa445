import type { Client } from '@pathways/contracts';
import { ClientPathwaysSection } from '../pathways/client-pathways-section';
import { ClientReferralsSection } from '../referrals/client-referrals-section';
import { CasePlanSection } from './case-plan-section';
import { SessionsSection } from './sessions-section';
import { TimelineSection } from './timeline-section';

/** The casework parts of the client page: sessions, case plan, pathway check, referrals, timeline. */
export const ClientCasework = ({ client, canWrite }: { client: Client; canWrite: boolean }) => {
  // A merged record's history moved to the survivor: only its own timeline is left to show.
  if (client.status === 'merged') return <TimelineSection clientId={client.id} />;
  return (
    <>
      <SessionsSection clientId={client.id} canWrite={canWrite} isClosed={client.status === 'closed'} />
      <CasePlanSection clientId={client.id} canWrite={canWrite} />
      <ClientPathwaysSection clientId={client.id} canWrite={canWrite} />
      <ClientReferralsSection client={client} />
      <TimelineSection clientId={client.id} />
    </>
  );
};
