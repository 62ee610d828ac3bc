import type { ChatbotRow, VersionRow } from './chatbots';
import type { chatbotTemplates, materials } from './db/schema';

/**
 * What a `Chatbot` resolves from: the row, whether the viewer manages it, and (for
 * viewers who do not) the current published version whose configuration they see.
 */
export type ChatbotModel =
  | { readonly row: ChatbotRow; readonly manage: true; readonly version: null }
  | { readonly row: ChatbotRow; readonly manage: false; readonly version: VersionRow };

/** What a `ChatbotVersion` resolves from. */
export interface VersionModel {
  readonly row: VersionRow;
  readonly manage: boolean;
}

/** What a `Material` resolves from. */
export type MaterialModel = typeof materials.$inferSelect;

/** What a `ChatbotTemplate` resolves from. */
export type TemplateModel = typeof chatbotTemplates.$inferSelect;

/** A reference to auth's `User`. */
export interface UserRef {
  readonly id: string;
}
