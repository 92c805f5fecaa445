import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import type { EvaluateRequest, PathwayEvaluation, PathwayProfile } from './api';
import {
  type DraftErrors,
  draftFromProfile,
  fieldOfServerError,
  type ProfileDraft,
  profileFromDraft,
  todayIso,
  validateDraft,
} from './profile-draft';

/** Form state shared by the public self-check and the counsellor's navigator. */
export const useNavigatorForm = (initialProfile?: PathwayProfile) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(initialProfile));
  const [evaluationDate, setEvaluationDate] = useState(todayIso);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const patch = useCallback(
    (next: Partial<ProfileDraft>) => setDraft((current) => ({ ...current, ...next })),
    [],
  );

  const reset = useCallback((profile?: PathwayProfile) => {
    setDraft(draftFromProfile(profile));
    setErrors({});
    setFormError(null);
  }, []);

  /** The request body, or null after showing what to fix. */
  const buildRequest = (): EvaluateRequest | null => {
    const found = validateDraft(draft, evaluationDate || undefined);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(t('pathways.form.checkFields'));
      return null;
    }
    setFormError(null);
    return {
      profile: profileFromDraft(draft),
      ...(evaluationDate ? { evaluationDate } : {}),
    };
  };

  const showFailure = (error: unknown) => {
    if (isApiError(error) && error.fieldErrors.length > 0) {
      const mapped: DraftErrors = {};
      for (const { field } of error.fieldErrors) mapped[fieldOfServerError(field)] ??= 'invalid';
      setErrors(mapped);
      setFormError(t('pathways.form.checkFields'));
      return;
    }
    if (isApiError(error) && error.status === 0) setFormError(t('common.networkError'));
    else if (isApiError(error) && error.status === 403) setFormError(t('pathways.form.forbidden'));
    else setFormError(t('pathways.form.failed'));
  };

  return {
    draft,
    patch,
    reset,
    errors,
    formError,
    evaluationDate,
    setEvaluationDate,
    buildRequest,
    showFailure,
  };
};

/** Moves focus to the results heading once a new result is on screen. */
export const useFocusOnResult = (result: PathwayEvaluation | null | undefined) => {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result) headingRef.current?.focus();
  }, [result]);
  return headingRef;
};
