/**
 * `@aula/bedrock-emulator`: a local Bedrock Runtime that speaks the real wire
 * protocol of Converse and ConverseStream, for tests, benchmarks and `npm start`
 * without AWS credentials.
 */
export { startBedrockEmulator } from './server';
export type { EmulatorOptions, RunningEmulator } from './server';
export { judgeVerdictText, parseDirectives, sayDirective } from './directives';
export type {
  Directives,
  JudgeDirective,
  ParsedDirectives,
  StreamExceptionType,
  ToolDirective,
} from './directives';
export { countTokens, tokenize } from './tokens';
