import type { SellerRecord } from '../../sellers/index.js';
import type { DocumentLimits } from '../document.limits.js';
import type { DocumentReading } from '../reading/reading.schema.js';
import type { CheckGroup, CheckItem, CheckStatus } from './check.types.js';
import { type CheckCode, MESSAGES } from './messages.js';

/** A message in both languages, with `{name}` placeholders. */
interface CheckMessage {
  readonly en: string;
  readonly zh: string;
}

/** What a check is held to besides the reading: the requirement's rules, the date, the limits. */
export interface CheckRules {
  /** The reference date, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly limits: DocumentLimits;
  /** The requirement's rules (SPEC section 4), when the document answers one. */
  readonly requirement?: {
    readonly issued_within_days?: number | undefined;
    readonly unexpired?: boolean | undefined;
    readonly colour?: boolean | undefined;
    readonly must_show?: readonly string[] | undefined;
    readonly all_pages?: boolean | undefined;
    readonly all_sides?: boolean | undefined;
  };
}

/** Builds an item of one of the definition's own codes, its message rendered in both languages. */
export type EmitItem<Code extends string> = (
  code: Code,
  status: CheckStatus,
  evidence: Readonly<Record<string, unknown>>,
  params?: Readonly<Record<string, string | number>>,
  labels?: { en?: Readonly<Record<string, string>>; zh?: Readonly<Record<string, string>> },
) => CheckItem;

/**
 * A document check: its id and group, the codes it may give with their messages in English and
 * Chinese, and a pure function of the document's reading, the rules and the seller's profile.
 * `registry.ts` is the one list preflight runs.
 */
export interface CheckDefinition<Code extends string = string> {
  readonly id: string;
  readonly group: CheckGroup;
  readonly codes: Readonly<Record<Code, CheckMessage>>;
  /** A misread alone can fail these codes: when OCR was not confident they become warnings. */
  readonly misreadCanFail?: readonly Code[];
  readonly check: (
    reading: DocumentReading,
    rules: CheckRules,
    profile: SellerRecord,
    emit: EmitItem<Code>,
  ) => readonly CheckItem[];
}

/** Declares a check; the codes' type comes from its `codes`, so an unknown code does not compile. */
export const defineCheck = <Code extends string>(definition: CheckDefinition<Code>): CheckDefinition<Code> =>
  definition;

/** The item builder of one definition: only its codes, rendered from its own messages. */
export function emitterOf<Code extends string>(
  definition: Pick<CheckDefinition<Code>, 'group' | 'codes'>,
): EmitItem<Code> {
  return (code, status, evidence, params = {}, labels) => {
    const message = definition.codes[code];
    return {
      group: definition.group,
      code,
      status,
      message: {
        en: renderTemplate(message.en, { ...params, ...labels?.en }),
        zh: renderTemplate(message.zh, { ...params, ...labels?.zh }),
      },
      evidence,
    };
  };
}

/** Runs one definition over a reading. */
export function runCheck<Code extends string>(
  definition: CheckDefinition<Code>,
  reading: DocumentReading,
  rules: CheckRules,
  profile: SellerRecord,
): readonly CheckItem[] {
  return definition.check(reading, rules, profile, emitterOf(definition));
}

/** Fills `{name}` placeholders of one template; a placeholder without a value stays visible. */
const renderTemplate = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });

/** The catalogue's messages of some codes, for a check definition's `codes`. */
export const messagesOf = <const Code extends CheckCode>(...codes: Code[]): Pick<typeof MESSAGES, Code> =>
  Object.fromEntries(codes.map((code) => [code, MESSAGES[code]])) as Pick<typeof MESSAGES, Code>;
