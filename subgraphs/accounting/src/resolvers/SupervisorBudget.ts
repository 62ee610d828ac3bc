import { creditAmount } from '@aula/runtime';
import type { SupervisorBudgetResolvers } from '../generated/graphql';

/** `SupervisorBudget` over its row (`BudgetRow`): money as `CreditAmount`, people as references. */
export const SupervisorBudget: SupervisorBudgetResolvers = {
  supervisor: (budget) => ({ id: budget.supervisorId }),
  granted: (budget) => creditAmount(budget.granted),
  remaining: (budget) => creditAmount(budget.remaining),
};
