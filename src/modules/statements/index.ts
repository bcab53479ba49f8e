export {
  type LinkedAccount,
  LinkedAccountAnswer,
  matchLinkedAccount,
  RELATIONSHIPS,
  RelationshipStatement,
  SHARED_IDENTIFIERS,
} from './relationship.statement.js';
export {
  checkRelationshipStatement,
  DEFAULT_STATEMENT_RULES,
  outcomeOf,
  relationshipRulesOf,
  type StatementCheck,
  type StatementRules,
} from './statement.checks.js';
export { StatementsPolicy, StatementsSection } from './statement.policy.js';
export {
  findStatements,
  insertStatement,
  latestStatementVersion,
  type StatementRow,
} from './statement.repository.js';
