import { useNotifications } from '@mantine/notifications/store';
import { lazy, Suspense, useState } from 'react';

// The notifications container (with its transitions) is fetched when the first notification is
// shown: most page loads show none, so the first load does not download it. The store
// (`notifications.show`) is tiny and stays eager; it queues what is shown before the container
// arrives, and the container renders the queue when it mounts.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((module) => ({ default: module.Notifications })),
);

export const NotificationsHost = () => {
  const { notifications, queue } = useNotifications();
  const [isNeeded, setIsNeeded] = useState(false);
  if (!isNeeded && notifications.length + queue.length > 0) setIsNeeded(true);
  if (!isNeeded) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="top-center" />
    </Suspense>
  );
};
