import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reason } from './api';

// Turns the engine's codes with flat parameters into sentences in the UI language. Amounts are
// formatted as currency, languages and countries by Intl, levels and ids by our messages. A code
// this version does not know yet is shown as the code itself, so nothing is silently dropped.

type Params = Record<string, string | number>;
const P = 'pathways';

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export const useResultText = () => {
  const { t, i18n } = useTranslation();
  const language = i18n.language;

  return useMemo(() => {
    const has = (key: string) => i18n.exists(`${P}.${key}`);
    const tr = (key: string, params?: Params) => t(`${P}.${key}`, params);
    const tryTr = (key: string, fallback: string, params?: Params) => (has(key) ? tr(key, params) : fallback);

    const safe = <T>(make: () => T, fallback: T): T => {
      try {
        return make();
      } catch {
        return fallback;
      }
    };
    const languageNames = safe(() => new Intl.DisplayNames([language], { type: 'language' }), null);
    const regionNames = safe(() => new Intl.DisplayNames([language], { type: 'region' }), null);
    const orList = new Intl.ListFormat(language, { type: 'disjunction' });
    const andList = new Intl.ListFormat(language, { type: 'conjunction' });
    const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });

    const money = (amount: unknown, currency: unknown = 'EUR') => {
      const value = num(amount);
      if (value === undefined) return '';
      return safe(
        () =>
          new Intl.NumberFormat(language, {
            style: 'currency',
            currency: str(currency) ?? 'EUR',
            minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
            maximumFractionDigits: 2,
          }).format(value),
        `${value} ${str(currency) ?? ''}`,
      );
    };
    const date = (iso: unknown) => {
      const value = str(iso);
      if (!value) return '';
      const parsed = new Date(`${value}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? value : dates.format(parsed);
    };
    const languageName = (code: unknown) => {
      const value = str(code) ?? '';
      return safe(() => languageNames?.of(value) ?? value, value);
    };
    const countryName = (code: string) => safe(() => regionNames?.of(code) ?? code, code);
    const level = (value: unknown) => {
      const text = str(value);
      if (!text) return tr('levels.unknown');
      return text === 'none' ? tr('levels.none') : text;
    };
    const qualification = (value: string) => tryTr(`qualifications.${value}`, value);
    const recognition = (value: unknown) => tryTr(`recognition.${str(value) ?? ''}`, str(value) ?? '');
    const fact = (name: unknown) => {
      const value = str(name) ?? '';
      if (value.startsWith('languages.'))
        return tr('facts.languageLevel', { language: languageName(value.slice(10)) });
      return tryTr(`facts.${value}`, value);
    };

    const routeTitle = (routeId: string, fallback?: string) =>
      tryTr(`routes.${routeId}`, fallback ?? routeId);
    const criterionLabel = (id: string) => tryTr(`criteria.${id}`, id);
    /** A `check_official_source` subject: a criterion, condition, route or amount table id. */
    const subjectLabel = (id: unknown) => {
      const value = str(id) ?? '';
      for (const group of ['criteria', 'conditions', 'routes', 'tables']) {
        if (has(`${group}.${value}`)) return tr(`${group}.${value}`);
      }
      return value;
    };

    const salaryParams = (item: Reason): Params => ({
      amount: money(item.amount, item.currency),
      year: String(item.year ?? ''),
    });

    const describeReason = (reason: Reason): string => {
      const r = reason;
      const text = ((): string | null => {
        switch (r.code) {
          case 'not_in_force':
            return r.effectiveFrom
              ? tr('reasons.not_in_force', { from: date(r.effectiveFrom) })
              : tr('reasons.not_in_force_ended', { to: date(r.effectiveTo) });
          case 'fact_unknown': {
            const name = str(r.fact) ?? '';
            if (name.startsWith('languages.'))
              return tr('reasons.fact_unknown_language', {
                language: languageName(name.slice(10)),
                level: level(r.level),
              });
            if (name === 'qualifiedExperience' && num(r.years) !== undefined)
              return tr('reasons.fact_unknown_experience', {
                years: num(r.years) ?? 0,
                withinYears: num(r.withinYears) ?? 0,
              });
            if (name === 'dateOfBirth' && num(r.ageFrom) !== undefined)
              return tr('reasons.fact_unknown_age_range', {
                ageFrom: num(r.ageFrom) ?? 0,
                ageTo: num(r.ageTo) ?? 0,
              });
            return tr('reasons.fact_unknown', { fact: fact(name) });
          }
          case 'age_out_of_range': {
            const age = num(r.age) ?? 0;
            const atLeast = num(r.atLeast);
            const below = num(r.below);
            if (atLeast !== undefined && below !== undefined)
              return tr('reasons.age_between', { age, atLeast, below });
            if (below !== undefined) return tr('reasons.age_below', { age, below });
            return tr('reasons.age_at_least', { age, atLeast: atLeast ?? 0 });
          }
          case 'nationality_not_eligible':
            return tr('reasons.nationality_not_eligible', {
              allowed: orList.format(list(r.allowed).map(countryName)),
            });
          case 'qualification_not_eligible':
            return tr('reasons.qualification_not_eligible', {
              qualification: qualification(str(r.qualification) ?? ''),
              allowed: orList.format(list(r.allowed).map(qualification)),
            });
          case 'recognition_required':
            return tr('reasons.recognition_required', {
              required: orList.format(list(r.required).map(recognition)),
              status: recognition(r.status),
            });
          case 'recognition_pending':
            return tr('reasons.recognition_pending');
          case 'qualification_not_recent':
            return tr('reasons.qualification_not_recent', { withinYears: num(r.withinYears) ?? 0 });
          case 'experience_insufficient':
            return tr('reasons.experience_insufficient', {
              years: num(r.years) ?? 0,
              withinYears: num(r.withinYears) ?? 0,
              has: numbers.format(num(r.has) ?? 0),
            });
          case 'language_level_insufficient':
            return r.alternativeLanguage
              ? tr('reasons.language_level_insufficient_alt', {
                  language: languageName(r.language),
                  level: level(r.level),
                  has: level(r.has),
                  altLanguage: languageName(r.alternativeLanguage),
                  altLevel: level(r.alternativeLevel),
                  altHas: level(r.alternativeHas),
                })
              : tr('reasons.language_level_insufficient', {
                  language: languageName(r.language),
                  level: level(r.level),
                  has: level(r.has),
                });
          case 'fact_mismatch': {
            const key = `requirements.${str(r.fact) ?? ''}.${String(r.expected)}`;
            return has(key)
              ? tr('reasons.fact_mismatch', { requirement: tr(key) })
              : tr('reasons.fact_mismatch_generic', {
                  fact: fact(r.fact),
                  expected: tr(r.expected ? 'form.yes' : 'form.no'),
                });
          }
          case 'number_below':
            return tr('reasons.number_below', {
              fact: fact(r.fact),
              value: numbers.format(num(r.value) ?? 0),
              atLeast: numbers.format(num(r.atLeast) ?? 0),
            });
          case 'offer_required':
            return tryTr(`reasons.offer_required.${str(r.offer) ?? ''}`, r.code, {
              match: String(r.mustMatchQualification === true),
            });
          case 'offer_not_matching_qualification':
            return tr('reasons.offer_not_matching_qualification');
          case 'job_offer_salary_at_least':
            return tr('reasons.job_offer_salary_at_least', salaryParams(r));
          case 'salary_below_threshold':
            return tr('reasons.salary_below_threshold', {
              ...salaryParams(r),
              salary: money(r.salary, r.currency),
            });
          case 'insufficient_points':
            return tr('reasons.insufficient_points', {
              total: num(r.total) ?? 0,
              required: num(r.required) ?? 0,
              potentialTotal: num(r.potentialTotal) ?? 0,
            });
          default:
            return null;
        }
      })();
      const base = text ?? r.code;
      const points = num(r.pointsPossible);
      return points ? `${base} ${tr('reasons.pointsPossible', { points })}` : base;
    };

    const describeStep = (step: Reason): string => {
      const s = step;
      const text = ((): string | null => {
        switch (s.code) {
          case 'reach_language_level':
            return tr('steps.reach_language_level', {
              language: languageName(s.language),
              level: level(s.level),
            });
          case 'gain_experience':
            return tr('steps.gain_experience', {
              years: num(s.years) ?? 0,
              withinYears: num(s.withinYears) ?? 0,
            });
          case 'find_offer':
            return tryTr(`steps.find_offer.${str(s.offer) ?? ''}`, s.code, {
              match: String(s.mustMatchQualification === true),
            });
          case 'job_offer_salary_at_least':
            return s.ifVariantApplies
              ? tr('steps.job_offer_salary_at_least_if', {
                  ...salaryParams(s),
                  condition: tryTr(`variants.${str(s.variant) ?? ''}`, str(s.variant) ?? ''),
                })
              : tr('steps.job_offer_salary_at_least', salaryParams(s));
          default:
            return has(`steps.${s.code}`) ? tr(`steps.${s.code}`) : null;
        }
      })();
      const base = text ?? s.code;
      const points = num(s.pointsGained);
      return points ? `${base} ${tr('steps.pointsGained', { points })}` : base;
    };

    const describeNote = (note: Reason): string => {
      const n = note;
      switch (n.code) {
        case 'latest_known_amount_used':
        case 'earliest_known_amount_used':
          return tr(`notes.${n.code}`, {
            year: String(n.year ?? ''),
            amountYear: String(n.amountYear ?? ''),
          });
        case 'check_official_source':
          return tr('notes.check_official_source', { subject: subjectLabel(n.subject) });
        case 'permit_months':
          return num(n.extendableToMonths)
            ? tr('notes.permit_months_extendable', {
                months: num(n.months) ?? 0,
                extendableToMonths: num(n.extendableToMonths) ?? 0,
              })
            : tr('notes.permit_months', { months: num(n.months) ?? 0 });
        case 'annual_quota_exhausted':
          return tr('notes.annual_quota_exhausted', { year: String(n.year ?? '') });
        default: {
          if (!has(`notes.${n.code}`)) return n.code;
          const params: Params = {};
          for (const [key, value] of Object.entries(n)) {
            if (typeof value === 'number' || typeof value === 'string') params[key] = value;
          }
          return tr(`notes.${n.code}`, params);
        }
      }
    };

    return {
      describeReason,
      describeStep,
      describeNote,
      routeTitle,
      criterionLabel,
      subjectLabel,
      formatDate: date,
      formatList: (values: string[]) => andList.format(values),
    };
  }, [t, i18n, language]);
};
