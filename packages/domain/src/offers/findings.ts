import type { MatchReasonCode } from '@pathways/contracts';
import type { Finding, FindingKind } from './types.js';

type Params = Record<string, string | number>;

const finding =
  (kind: FindingKind) =>
  (code: MatchReasonCode, params: Params = {}): Finding => ({ kind, reason: { code, params } });

export const fit = finding('fit');
export const caution = finding('caution');
export const failure = finding('failure');
