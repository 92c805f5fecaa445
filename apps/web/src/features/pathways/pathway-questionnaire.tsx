import { Fieldset, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from './countries';
import {
  CEFR_OPTIONS,
  type DraftErrors,
  type ProfileDraft,
  QUALIFICATION_OPTIONS,
  RECOGNITION_OPTIONS,
} from './profile-draft';
import { ChoiceQuestion, DateQuestion, NumberQuestion, YesNoQuestion } from './question-fields';

const KNOWN_ERRORS = new Set(['number', 'wholeNumber', 'range', 'date', 'experienceWindows']);

type Props = {
  draft: ProfileDraft;
  onChange: (patch: Partial<ProfileDraft>) => void;
  errors: DraftErrors;
  /** Counsellors also see the year of birth, which client records often hold instead of a date. */
  isCounsellor?: boolean;
};

/** The navigator's questions, one fieldset per step; every answer may stay "I don't know". */
export const PathwayQuestionnaire = ({ draft, onChange, errors, isCounsellor = false }: Props) => {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const f = (name: string) => t(`pathways.form.fields.${name}`);
  const hint = (name: string) => t(`pathways.form.hints.${name}`);
  const error = (field: string) => {
    const key = errors[field];
    if (!key) return undefined;
    return t(`pathways.form.errors.${KNOWN_ERRORS.has(key) ? key : 'invalid'}`);
  };
  const cefr = CEFR_OPTIONS.map((level) => ({
    value: level,
    label: level === 'none' ? t('pathways.levels.none') : level,
  }));
  const section = (name: string) => (
    <Text component="span" fw={700}>
      {t(`pathways.form.sections.${name}`)}
    </Text>
  );

  return (
    <Stack gap="md">
      <Fieldset legend={section('aboutYou')} radius="md">
        <Stack gap="sm">
          <ChoiceQuestion
            label={f('nationality')}
            value={draft.nationality}
            options={countries}
            onChange={(nationality) => onChange({ nationality })}
            error={error('nationality')}
          />
          <NumberQuestion
            label={f('age')}
            value={draft.age}
            onChange={(age) => onChange({ age })}
            min={0}
            max={120}
            error={error('age')}
          />
          {isCounsellor ? (
            <NumberQuestion
              label={f('birthYear')}
              value={draft.birthYear}
              onChange={(birthYear) => onChange({ birthYear })}
              min={1900}
              max={2100}
              error={error('birthYear')}
            />
          ) : null}
          <DateQuestion
            label={f('dateOfBirth')}
            description={hint('dateOfBirth')}
            value={draft.dateOfBirth}
            onChange={(dateOfBirth) => onChange({ dateOfBirth })}
            error={error('dateOfBirth')}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={section('qualification')} radius="md">
        <Stack gap="sm">
          <ChoiceQuestion
            label={f('highestQualification')}
            value={draft.highestQualification}
            options={QUALIFICATION_OPTIONS.map((value) => ({
              value,
              label: t(`pathways.qualifications.${value}`),
            }))}
            onChange={(highestQualification) => onChange({ highestQualification })}
            error={error('highestQualification')}
          />
          <ChoiceQuestion
            label={f('recognitionStatus')}
            description={hint('recognitionStatus')}
            value={draft.recognitionStatus}
            options={RECOGNITION_OPTIONS.map((value) => ({
              value,
              label: t(`pathways.recognition.${value}`),
            }))}
            onChange={(recognitionStatus) => onChange({ recognitionStatus })}
            error={error('recognitionStatus')}
          />
          <DateQuestion
            label={f('qualificationAwardedOn')}
            description={hint('qualificationAwardedOn')}
            value={draft.qualificationAwardedOn}
            onChange={(qualificationAwardedOn) => onChange({ qualificationAwardedOn })}
            error={error('qualificationAwardedOn')}
          />
          <YesNoQuestion
            label={f('isShortageOccupation')}
            description={hint('isShortageOccupation')}
            value={draft.isShortageOccupation}
            onChange={(isShortageOccupation) => onChange({ isShortageOccupation })}
          />
          <YesNoQuestion
            label={f('isItSpecialist')}
            description={hint('isItSpecialist')}
            value={draft.isItSpecialist}
            onChange={(isItSpecialist) => onChange({ isItSpecialist })}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={section('experience')} radius="md">
        <Stack gap="sm">
          <Text size="sm">{hint('experience')}</Text>
          <NumberQuestion
            label={f('yearsInLast5')}
            value={draft.yearsInLast5}
            onChange={(yearsInLast5) => onChange({ yearsInLast5 })}
            min={0}
            max={5}
            decimalScale={1}
            error={error('qualifiedExperience.yearsInLast5')}
          />
          <NumberQuestion
            label={f('yearsInLast7')}
            description={hint('yearsInLast7')}
            value={draft.yearsInLast7}
            onChange={(yearsInLast7) => onChange({ yearsInLast7 })}
            min={0}
            max={7}
            decimalScale={1}
            error={error('qualifiedExperience.yearsInLast7')}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={section('languages')} radius="md">
        <Stack gap="sm">
          <Text size="sm">{hint('languages')}</Text>
          <ChoiceQuestion
            label={f('german')}
            value={draft.german}
            options={cefr}
            onChange={(german) => onChange({ german })}
            error={error('languages.de')}
          />
          <ChoiceQuestion
            label={f('english')}
            value={draft.english}
            options={cefr}
            onChange={(english) => onChange({ english })}
            error={error('languages.en')}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={section('jobOrTraining')} radius="md">
        <Stack gap="sm">
          <YesNoQuestion
            label={f('hasJobOffer')}
            value={draft.hasJobOffer}
            onChange={(hasJobOffer) => onChange({ hasJobOffer })}
          />
          {draft.hasJobOffer === 'yes' ? (
            <Stack gap="sm" ps="md" style={{ borderInlineStart: '3px solid var(--mantine-color-gray-3)' }}>
              <NumberQuestion
                label={f('salary')}
                description={hint('salary')}
                value={draft.salary}
                onChange={(salary) => onChange({ salary })}
                min={0}
                decimalScale={2}
                leftSection="€"
                error={error('jobOffer.annualGrossSalaryEur')}
              />
              <YesNoQuestion
                label={f('matchesQualification')}
                value={draft.matchesQualification}
                onChange={(matchesQualification) => onChange({ matchesQualification })}
              />
              <YesNoQuestion
                label={f('collectiveAgreement')}
                value={draft.collectiveAgreement}
                onChange={(collectiveAgreement) => onChange({ collectiveAgreement })}
              />
              <YesNoQuestion
                label={f('recognitionAgreement')}
                value={draft.recognitionAgreement}
                onChange={(recognitionAgreement) => onChange({ recognitionAgreement })}
              />
            </Stack>
          ) : null}
          <YesNoQuestion
            label={f('hasTrainingPlace')}
            value={draft.hasTrainingPlace}
            onChange={(hasTrainingPlace) => onChange({ hasTrainingPlace })}
          />
          <YesNoQuestion
            label={f('hasLanguageCourse')}
            description={hint('hasLanguageCourse')}
            value={draft.hasLanguageCourse}
            onChange={(hasLanguageCourse) => onChange({ hasLanguageCourse })}
          />
          {draft.hasLanguageCourse === 'yes' ? (
            <NumberQuestion
              label={f('courseHours')}
              value={draft.courseHours}
              onChange={(courseHours) => onChange({ courseHours })}
              min={1}
              max={168}
              error={error('languageCourse.hoursPerWeek')}
            />
          ) : null}
        </Stack>
      </Fieldset>

      <Fieldset legend={section('other')} radius="md">
        <Stack gap="sm">
          <NumberQuestion
            label={f('lawfulStayMonths')}
            description={hint('lawfulStayMonths')}
            value={draft.lawfulStayMonths}
            onChange={(lawfulStayMonths) => onChange({ lawfulStayMonths })}
            min={0}
            max={60}
            error={error('lawfulStayMonthsInLast5Years')}
          />
          <YesNoQuestion
            label={f('partnerApplying')}
            value={draft.partnerApplying}
            onChange={(partnerApplying) => onChange({ partnerApplying })}
          />
          <YesNoQuestion
            label={f('receivedBenefits')}
            value={draft.receivedBenefits}
            onChange={(receivedBenefits) => onChange({ receivedBenefits })}
          />
          <YesNoQuestion
            label={f('livelihoodSecured')}
            description={hint('livelihoodSecured')}
            value={draft.livelihoodSecured}
            onChange={(livelihoodSecured) => onChange({ livelihoodSecured })}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
};
