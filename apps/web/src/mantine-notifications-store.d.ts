// The store module of @mantine/notifications, aliased in vite.config.ts (the package exports only
// its index). The same module the index re-exports, so both see one store.
declare module '@mantine/notifications/store' {
  export { useNotifications } from '@mantine/notifications';
}
