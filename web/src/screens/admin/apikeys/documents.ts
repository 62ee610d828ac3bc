import { graphql } from '../../../generated';

export const ApiKeysQuery = graphql(`
  query AdminApiKeys($includeInactive: Boolean, $after: String) {
    apiKeys(includeInactive: $includeInactive, first: 25, after: $after) {
      edges {
        node {
          id
          name
          prefix
          scopes
          owner {
            id
            displayName
          }
          createdAt
          expiresAt
          lastUsedAt
          revokedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation AdminRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);
