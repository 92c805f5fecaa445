import { Badge } from '@mantine/core';
import type { ClientGroup, ClientSummary } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/status-badge';

export const ClientStatusBadge = ({ status }: { status: ClientSummary['status'] }) => {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={status === 'active' ? 'positive' : 'inactive'}>
      {t(`clients.status.${status}`)}
    </StatusBadge>
  );
};

const groupColours: Record<ClientGroup, string> = {
  prospective_migrant: 'indigo.9',
  returnee: 'grape.9',
  local_job_seeker: 'cyan.9',
};

export const ClientGroupBadge = ({ group }: { group: ClientGroup }) => {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={groupColours[group]} radius="sm" tt="none" style={{ flexShrink: 0 }}>
      {t(`clients.group.${group}`)}
    </Badge>
  );
};
