import { graphql } from '../../../generated';

/** An identity provider as the administration screen shows and edits it. */
export const IdentityProviderFields = graphql(`
  fragment IdentityProviderFields on IdentityProvider {
    id
    name
    issuer
    clientId
    hasClientSecret
    scopes
    allowedDomains
    roleClaim
    roleMappings {
      value
      role
    }
    defaultRole
    createAccounts
    passwordSignInDisabled
    enabled
    redirectUri
    updatedAt
  }
`);

export const IdentityProvidersQuery = graphql(`
  query IdentityProviders {
    identityProviders {
      ...IdentityProviderFields
    }
  }
`);

export const CreateIdentityProviderMutation = graphql(`
  mutation CreateIdentityProvider($input: CreateIdentityProviderInput!) {
    createIdentityProvider(input: $input) {
      ...IdentityProviderFields
    }
  }
`);

export const UpdateIdentityProviderMutation = graphql(`
  mutation UpdateIdentityProvider($id: ID!, $input: UpdateIdentityProviderInput!) {
    updateIdentityProvider(id: $id, input: $input) {
      ...IdentityProviderFields
    }
  }
`);

export const DisableIdentityProviderMutation = graphql(`
  mutation DisableIdentityProvider($id: ID!) {
    disableIdentityProvider(id: $id) {
      ...IdentityProviderFields
    }
  }
`);
