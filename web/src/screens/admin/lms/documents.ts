import { graphql } from '../../../generated';

/** A registered LMS as the administration screen shows it. */
export const LtiPlatformFields = graphql(`
  fragment LtiPlatformFields on LtiPlatform {
    id
    name
    issuer
    clientId
    authLoginUrl
    jwksUrl
    accessTokenUrl
    deploymentIds
    createdAt
  }
`);

export const LtiPlatformsQuery = graphql(`
  query AdminLtiPlatforms {
    ltiPlatforms {
      ...LtiPlatformFields
    }
  }
`);

export const RegisterLtiPlatformMutation = graphql(`
  mutation AdminRegisterLtiPlatform($input: LtiPlatformInput!) {
    registerLtiPlatform(input: $input) {
      ...LtiPlatformFields
    }
  }
`);

export const UpdateLtiPlatformMutation = graphql(`
  mutation AdminUpdateLtiPlatform($id: ID!, $changes: LtiPlatformChanges!) {
    updateLtiPlatform(id: $id, changes: $changes) {
      ...LtiPlatformFields
    }
  }
`);

export const RemoveLtiPlatformMutation = graphql(`
  mutation AdminRemoveLtiPlatform($id: ID!) {
    removeLtiPlatform(id: $id) {
      id
      name
    }
  }
`);

export const AddLtiDeploymentMutation = graphql(`
  mutation AdminAddLtiDeployment($platformId: ID!, $deploymentId: String!) {
    addLtiDeployment(platformId: $platformId, deploymentId: $deploymentId) {
      ...LtiPlatformFields
    }
  }
`);

export const RemoveLtiDeploymentMutation = graphql(`
  mutation AdminRemoveLtiDeployment($platformId: ID!, $deploymentId: String!) {
    removeLtiDeployment(platformId: $platformId, deploymentId: $deploymentId) {
      ...LtiPlatformFields
    }
  }
`);

export const SyncLtiRosterMutation = graphql(`
  mutation AdminSyncLtiRoster($classId: ID!) {
    syncLtiRoster(classId: $classId) {
      classId
      studentCount
      supervisorCount
    }
  }
`);

export const LtiClassesQuery = graphql(`
  query AdminLtiClasses {
    classes(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
