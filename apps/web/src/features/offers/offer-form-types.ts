import type { FieldErrorMap } from './form-errors';
import type { OfferDraft } from './offer-draft';

/** What every section of the offer form receives. */
export type SectionProps = {
  draft: OfferDraft;
  update: (patch: Partial<OfferDraft>) => void;
  errors: FieldErrorMap;
};

/** Fields shown next to an input; any other error is listed at the top of the form. */
export const SHOWN_FIELDS = [
  /^(partnerOrganisationId|category|centreIds(\.\d+)?|status|capacity|seatsLeft|deliveryMode|languages(\.\d+)?)$/,
  /^(title|description)\.(en|fr|ar)$/,
  /^title$/,
  /^eligibility\.(clientGroups|sexes|minAge|maxAge|minEducationIsced|regions(\.\d+)?)$/,
  /^eligibility\.language(\.(code|minLevel))?$/,
  /^schedule\.(startsOn|endsOn|sessions|note)$/,
  /^cost(\.(amount|currency|note))?$/,
  /^location(\.(name|address|city|latitude|longitude))?$/,
];

export const isShownField = (field: string) => SHOWN_FIELDS.some((pattern) => pattern.test(field));
