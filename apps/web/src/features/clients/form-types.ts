import type { ClientDraft } from './client-draft';
import type { FieldErrorMap } from './validate';

/** What every section of the client form receives. */
export type SectionProps = {
  draft: ClientDraft;
  update: (patch: Partial<ClientDraft>) => void;
  errors: FieldErrorMap;
};
