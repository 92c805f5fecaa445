import { getRouteApi } from '@tanstack/react-router';
import { DirectoryPage } from '../../features/offers/directory-page';

const routeApi = getRouteApi('/directory');

/** Public: no login, and no permission check (signed-in staff use the same page). */
export const DirectoryRoute = () => <DirectoryPage search={routeApi.useSearch()} />;
