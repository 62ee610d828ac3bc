import { graphql } from '../../../generated';

/** A custom tool as the administration screen shows and edits it. */
export const CustomToolFields = graphql(`
  fragment CustomToolFields on CustomTool {
    id
    name
    description
    kind
    serverUrl
    mcpToolName
    hasAuthHeader
    functionName
    region
    endpoint
    inputSchema
    timeoutMs
    cost {
      credits
      microCredits
    }
    disabled
    createdAt
    updatedAt
  }
`);

export const CustomToolsQuery = graphql(`
  query AdminCustomTools($includeDisabled: Boolean, $after: String) {
    customTools(includeDisabled: $includeDisabled, first: 20, after: $after) {
      edges {
        node {
          ...CustomToolFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CustomToolCallsQuery = graphql(`
  query AdminCustomToolCalls($toolId: ID, $after: String) {
    customToolCalls(toolId: $toolId, first: 20, after: $after) {
      edges {
        node {
          id
          toolName
          user {
            id
            displayName
          }
          outcome
          error
          durationMs
          cost {
            credits
          }
          startedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RegisterCustomToolMutation = graphql(`
  mutation AdminRegisterCustomTool($input: RegisterCustomToolInput!) {
    registerCustomTool(input: $input) {
      ...CustomToolFields
    }
  }
`);

export const UpdateCustomToolMutation = graphql(`
  mutation AdminUpdateCustomTool($id: ID!, $input: UpdateCustomToolInput!) {
    updateCustomTool(id: $id, input: $input) {
      ...CustomToolFields
    }
  }
`);

export const DisableCustomToolMutation = graphql(`
  mutation AdminDisableCustomTool($id: ID!) {
    disableCustomTool(id: $id) {
      ...CustomToolFields
    }
  }
`);
