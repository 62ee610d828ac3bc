import { graphql } from '../../../generated';

/**
 * What mission control loads: the class, its first hundred students' names (a student past
 * them shows as "…"), its recent activity (who is chatting) and open flags.
 */
export const MissionControlQuery = graphql(`
  query MissionControl($classId: ID!) {
    class(id: $classId) {
      id
      name
      term
      archived
    }
    classRoster(classId: $classId, first: 100) {
      edges {
        node {
          student {
            id
            displayName
          }
        }
      }
    }
    classActivityHistory(classId: $classId, first: 100) {
      edges {
        node {
          kind
          sessionId
          messageId
          at
          student {
            id
          }
        }
      }
    }
    flags(filter: { classId: $classId, status: OPEN }, first: 20) {
      edges {
        node {
          id
          category
          severity
          excerpt
          sessionId
          messageId
          createdAt
          student {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** Flags of this class as they are raised, for the alert header. */
export const ClassFlagRaisedSubscription = graphql(`
  subscription ClassFlagRaised($classId: ID) {
    flagRaised(classId: $classId) {
      id
      category
      severity
      excerpt
      sessionId
      messageId
      createdAt
      student {
        id
        displayName
      }
    }
  }
`);

/**
 * The class feed as mission control reads it: student ids only (names come from the roster),
 * so the gateway resolves nothing from another service per event.
 */
export const MissionActivitySubscription = graphql(`
  subscription MissionActivity($classId: ID!) {
    classActivity(classId: $classId) {
      kind
      sessionId
      messageId
      at
      student {
        id
      }
    }
  }
`);
