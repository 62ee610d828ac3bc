import { graphql } from '../../generated';

/** One page of the signed-in supervisor's classes as cards. */
export const MyClassesQuery = graphql(`
  query MyClasses($after: String) {
    myClasses(first: 20, after: $after) {
      edges {
        node {
          ...ClassCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One page of every class as cards (admins). */
export const AllClassesQuery = graphql(`
  query AllClasses($after: String) {
    classes(first: 20, after: $after) {
      edges {
        node {
          ...ClassCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The classes a chatbot can be published to, by name: a supervisor's own (admins: every
 * active class), the first hundred, which is more than a school's teacher ever has.
 */
export const ClassChoicesQuery = graphql(`
  query ClassChoices($all: Boolean!) {
    myClasses(first: 100) @skip(if: $all) {
      edges {
        node {
          id
          name
        }
      }
    }
    classes(first: 100) @include(if: $all) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const ClassCardFields = graphql(`
  fragment ClassCard on Class {
    id
    name
    term
    openFlagCount
    students(first: 1) {
      totalCount
    }
    supervisors(first: 10) {
      edges {
        node {
          id
          displayName
        }
      }
      totalCount
    }
  }
`);

/** One page of a class's roster (100 students: most classes fit the first). */
export const ClassRosterQuery = graphql(`
  query ClassRoster($classId: ID!, $after: String) {
    class(id: $classId) {
      id
      name
      term
    }
    classRoster(classId: $classId, first: 100, after: $after) {
      edges {
        node {
          enrolledAt
          openFlagCount
          student {
            id
            displayName
            email
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The roster's figures from chat and accounting, asked for separately: if one of those
 * services is briefly away, the roster itself still shows.
 */
export const RosterFiguresQuery = graphql(`
  query ClassRosterFigures($classId: ID!, $after: String) {
    classRoster(classId: $classId, first: 100, after: $after) {
      edges {
        node {
          student {
            id
            lastChatAt
            chatSessionsToday
            credits {
              available {
                credits
              }
            }
          }
        }
      }
    }
  }
`);

export const ClassActivitySubscription = graphql(`
  subscription ClassActivity($classId: ID!) {
    classActivity(classId: $classId) {
      kind
      sessionId
      messageId
      at
      student {
        id
        displayName
      }
      flag {
        id
        category
        severity
        excerpt
      }
    }
  }
`);

/** What the flags inbox shows of one flag. */
export const FlagFields = graphql(`
  fragment FlagFields on Flag {
    id
    category
    severity
    source
    excerpt
    sessionId
    messageId
    stoppedAnswer
    status
    note
    createdAt
    resolvedAt
    student {
      id
      displayName
    }
    resolvedBy {
      id
      displayName
    }
  }
`);

export const FlagsQuery = graphql(`
  query Flags($filter: FlagFilter, $first: Int, $after: String) {
    flags(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          ...FlagFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ResolveFlagMutation = graphql(`
  mutation ResolveFlag($flagId: ID!, $resolution: FlagResolution!, $note: String) {
    resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) {
      ...FlagFields
    }
  }
`);

export const PostNoteMutation = graphql(`
  mutation PostSupervisorNote($sessionId: ID!, $content: String!) {
    postSupervisorNote(sessionId: $sessionId, content: $content) {
      messageId
      content
      createdAt
    }
  }
`);

export const PeopleQuery = graphql(`
  query PeopleForClasses($role: Role!) {
    users(role: $role, status: ACTIVE, first: 200) {
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
  }
`);

export const CreateClassMutation = graphql(`
  mutation CreateClass($input: CreateClassInput!) {
    createClass(input: $input) {
      ...ClassCard
    }
  }
`);

export const EnrollStudentsMutation = graphql(`
  mutation EnrollStudents($classId: ID!, $userIds: [ID!]!) {
    enrollStudents(classId: $classId, userIds: $userIds) {
      ...ClassCard
    }
  }
`);

export const ClassJoinCodeQuery = graphql(`
  query ClassJoinCode($classId: ID!) {
    class(id: $classId) {
      id
      archived
      joinCode
      pendingInvitations(first: 100) {
        edges {
          node {
            id
            role
            invitee {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

export const RotateJoinCodeMutation = graphql(`
  mutation RotateJoinCode($classId: ID!) {
    rotateJoinCode(classId: $classId) {
      id
      joinCode
    }
  }
`);

export const DisableJoinCodeMutation = graphql(`
  mutation DisableJoinCode($classId: ID!) {
    disableJoinCode(classId: $classId) {
      id
      joinCode
    }
  }
`);

export const ClassSettingsQuery = graphql(`
  query ClassSettings($classId: ID!) {
    class(id: $classId) {
      id
      name
      term
      archived
      flagKeywords
      supervisors(first: 20) {
        edges {
          node {
            id
            displayName
          }
        }
        totalCount
      }
    }
  }
`);

export const UpdateClassMutation = graphql(`
  mutation UpdateClass($classId: ID!, $name: String, $term: String) {
    updateClass(classId: $classId, name: $name, term: $term) {
      id
      name
      term
    }
  }
`);

export const SetClassKeywordsMutation = graphql(`
  mutation SetClassKeywords($classId: ID!, $keywords: [String!]!) {
    setClassFlagKeywords(classId: $classId, keywords: $keywords) {
      id
      flagKeywords
    }
  }
`);

export const ArchiveClassMutation = graphql(`
  mutation ArchiveClass($classId: ID!) {
    archiveClass(classId: $classId) {
      id
      archived
      archivedAt
    }
  }
`);

export const UnenrollStudentMutation = graphql(`
  mutation UnenrollStudent($classId: ID!, $userIds: [ID!]!) {
    unenrollStudents(classId: $classId, userIds: $userIds) {
      id
    }
  }
`);

export const ClassHistoryQuery = graphql(`
  query ClassHistory($classId: ID!, $first: Int, $after: String) {
    classActivityHistory(classId: $classId, first: $first, after: $after) {
      edges {
        cursor
        node {
          kind
          sessionId
          messageId
          at
          student {
            id
            displayName
          }
          flag {
            id
            category
            severity
            excerpt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OpenFlagCountQuery = graphql(`
  query OpenFlagCount {
    myOpenFlagCount
  }
`);

export const FlagRaisedSubscription = graphql(`
  subscription FlagRaised($classId: ID) {
    flagRaised(classId: $classId) {
      ...FlagFields
    }
  }
`);

export const NotificationSettingsQuery = graphql(`
  query MyNotificationSettings {
    myNotificationSettings {
      emailAlerts
      minSeverity
      escalationMinutes
    }
  }
`);

export const UpdateNotificationSettingsMutation = graphql(`
  mutation UpdateNotificationSettings($emailAlerts: Boolean, $minSeverity: FlagSeverity) {
    updateNotificationSettings(emailAlerts: $emailAlerts, minSeverity: $minSeverity) {
      emailAlerts
      minSeverity
    }
  }
`);

export const InviteToClassMutation = graphql(`
  mutation InviteToClass($classId: ID!, $email: String!, $role: ClassInvitationRole!) {
    inviteToClass(classId: $classId, email: $email, role: $role) {
      id
      status
      role
    }
  }
`);

export const WatchOwnerQuery = graphql(`
  query WatchOwner($id: ID!) {
    chatSession(id: $id) {
      id
      owner {
        id
        displayName
      }
    }
  }
`);

export const WatchFlagsQuery = graphql(`
  query WatchFlags($studentId: ID!) {
    flags(filter: { studentId: $studentId }, first: 100) {
      edges {
        node {
          id
          sessionId
          messageId
          category
          severity
          status
        }
      }
    }
  }
`);
