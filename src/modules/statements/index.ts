export {
  type LinkedAccount,
  matchLinkedAccount,
  RelationshipStatement,
} from './relationship.statement.js';
export {
  checkRelationshipStatement,
  outcomeOf,
  relationshipRulesOf,
  type StatementCheck,
} from './statement.checks.js';
export { StatementsSection } from './statement.policy.js';
export {
  findStatements,
  insertStatement,
  latestStatementVersion,
  type StatementRow,
} from './statement.repository.js';
