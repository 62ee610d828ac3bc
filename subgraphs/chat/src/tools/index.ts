import type { Tool } from '@aws-sdk/client-bedrock-runtime';
import type { ServiceClient } from '@aula/runtime';
import type { CustomToolRow } from '../custom-tools/registry';
import { CalculatorError, evaluateArithmetic, formatResult } from './calculator';
import { searchCourseMaterials } from './search';

/** What a tool returns to the model. */
export interface ToolOutcome {
  output: string;
  isError: boolean;
}

/** Who a tool runs for. */
export interface ToolContext {
  readonly userId: string;
  readonly chatbotId: string | null;
  readonly content: ServiceClient;
}

/** A built-in tool the model may call. */
export interface BuiltInTool {
  readonly name: string;
  /** The Converse tool specification sent to the model. */
  readonly spec: Tool;
  readonly custom?: undefined;
  run(input: Record<string, unknown>, context: ToolContext): Promise<ToolOutcome>;
}

/** A custom tool an administrator registered; the answer's loop calls it (stream/custom-call.ts). */
export interface CustomChatTool {
  readonly name: string;
  readonly spec: Tool;
  readonly custom: CustomToolRow;
}

/** A tool the model may call. */
export type ChatTool = BuiltInTool | CustomChatTool;

const calculator: BuiltInTool = {
  name: 'calculator',
  spec: {
    toolSpec: {
      name: 'calculator',
      description:
        'Evaluates an arithmetic expression exactly. Supports numbers (decimals allowed), + - * / ^ (power) and parentheses.',
      inputSchema: {
        json: {
          type: 'object',
          properties: {
            expression: { type: 'string', description: 'For example "(2 + 3) * 4 ^ 0.5".' },
          },
          required: ['expression'],
        },
      },
    },
  },
  async run(input) {
    const expression = input.expression;
    if (typeof expression !== 'string') {
      return {
        output:
          'Pass the expression as a string in "expression", for example {"expression": "2 + 2"}.',
        isError: true,
      };
    }
    try {
      return { output: formatResult(evaluateArithmetic(expression)), isError: false };
    } catch (error) {
      if (error instanceof CalculatorError) return { output: error.message, isError: true };
      throw error;
    }
  },
};

const courseSearch: BuiltInTool = {
  name: 'search_course_materials',
  spec: {
    toolSpec: {
      name: 'search_course_materials',
      description:
        'Searches the course materials the teacher attached to this chatbot and returns the most relevant passages with their titles. Use it before answering questions about the course.',
      inputSchema: {
        json: {
          type: 'object',
          properties: {
            query: { type: 'string', description: 'Words to look for.' },
            first: {
              type: 'integer',
              description: 'How many passages, 1 to 10.',
              minimum: 1,
              maximum: 10,
            },
          },
          required: ['query'],
        },
      },
    },
  },
  run: (input, context) => searchCourseMaterials(input, context),
};

/**
 * The tools a chatbot's answer may use: those its configuration enables that this
 * installation can run. `search_course_materials` needs the content subgraph and a
 * real chatbot; without them it is simply not offered to the model. `custom` are the chatbot's
 * enabled custom tools that are not disabled (registry's `activeCustomTools`).
 */
export function toolsFor(
  enabled: readonly string[],
  options: { contentAvailable: boolean; chatbotId: string | null },
  custom: readonly CustomToolRow[] = [],
): ChatTool[] {
  const tools: ChatTool[] = [];
  if (enabled.includes('calculator')) tools.push(calculator);
  if (enabled.includes('search_course_materials') && options.contentAvailable && options.chatbotId)
    tools.push(courseSearch);
  for (const row of custom) {
    tools.push({
      name: row.name,
      custom: row,
      spec: {
        toolSpec: {
          name: row.name,
          description: row.description,
          inputSchema: { json: row.inputSchema as never },
        },
      },
    });
  }
  return tools;
}
