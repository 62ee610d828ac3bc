import { graphql } from '../../../generated';

/** One language's help resources, as the settings screen edits them. */
export const HelpResourcesFields = graphql(`
  fragment HelpResourcesFields on HelpResources {
    locale
    message
    configured
    updatedAt
    resources {
      name
      contact
      description
    }
  }
`);

export const HelpResourcesQuery = graphql(`
  query HelpResources($locale: String!) {
    helpResources(locale: $locale) {
      ...HelpResourcesFields
    }
  }
`);

export const SetHelpResourcesMutation = graphql(`
  mutation SetHelpResources($input: HelpResourcesInput!) {
    setHelpResources(input: $input) {
      ...HelpResourcesFields
    }
  }
`);

export const ResetHelpResourcesMutation = graphql(`
  mutation ResetHelpResources($locale: String!) {
    resetHelpResources(locale: $locale) {
      ...HelpResourcesFields
    }
  }
`);
