export { outcomeOf, type StatementCheck } from './check.js';
export { checkPlanOfAction, planRulesOf } from './plan.checks.js';
export {
  type LinkedAccount,
  matchLinkedAccount,
  RelationshipStatement,
} from './relationship.statement.js';
export { checkRelationshipStatement, relationshipRulesOf } from './statement.checks.js';
export { StatementsSection } from './statement.policy.js';
export {
  findStatements,
  findStatementsOfCases,
  insertStatement,
  latestStatementVersion,
  type StatementRow,
} from './statement.repository.js';
