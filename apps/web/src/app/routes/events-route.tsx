import { getRouteApi } from '@tanstack/react-router';
import { EventsPage } from '../../features/events/events-page';
import { RequirePermission } from '../layout/require-permission';

const routeApi = getRouteApi('/app/events');

export const EventsRoute = () => {
  const search = routeApi.useSearch();
  return (
    <RequirePermission permission="events.read">
      <EventsPage search={search} />
    </RequirePermission>
  );
};
