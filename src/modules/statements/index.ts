export {
  type LinkedAccount,
  matchLinkedAccount,
  RelationshipStatement,
} from './relationship.statement.js';
export {
  checkRelationshipStatement,
  outcomeOf,
  type StatementCheck,
} from './statement.checks.js';
export {
  findStatements,
  insertStatement,
  latestStatementVersion,
  type StatementRow,
} from './statement.repository.js';
