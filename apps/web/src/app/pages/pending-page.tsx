import { LoadingState } from '../../ui/query-state';

export const PendingPage = () => <LoadingState />;
