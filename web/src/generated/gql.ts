/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyCredits {\n    me {\n      id\n      credits {\n        available {\n          credits\n        }\n        reserved {\n          credits\n        }\n      }\n    }\n  }\n": typeof types.MyCreditsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n        locale\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n        locale\n      }\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query AccountMe {\n    me {\n      id\n      email\n      displayName\n      role\n      status\n      createdAt\n      lastLoginAt\n    }\n  }\n": typeof types.AccountMeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  query WhoViewedMyConversations($first: Int) {\n    whoViewedMyConversations(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          operation\n          at\n          sessionId\n          viewer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.WhoViewedMyConversationsDocument,
    "\n  mutation JoinClass($code: String!) {\n    joinClass(code: $code) {\n      id\n      name\n    }\n  }\n": typeof types.JoinClassDocument,
    "\n  query MyClassInvitations {\n    myClassInvitations(first: 50) {\n      edges {\n        node {\n          id\n          role\n          class {\n            id\n            name\n          }\n          invitedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyClassInvitationsDocument,
    "\n  mutation RespondToClassInvitation($invitationId: ID!, $accept: Boolean!) {\n    respondToClassInvitation(invitationId: $invitationId, accept: $accept) {\n      id\n      status\n    }\n  }\n": typeof types.RespondToClassInvitationDocument,
    "\n  mutation SetMyLocale($locale: String) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  query AdminUserBalances($search: String, $role: Role, $first: Int) {\n    users(search: $search, role: $role, status: ACTIVE, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          credits {\n            available {\n              credits\n            }\n            reserved {\n              credits\n            }\n            spent {\n              credits\n            }\n            nextExpiry {\n              at\n              amount {\n                credits\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminUserBalancesDocument,
    "\n  mutation AdminAllocateCredits(\n    $userId: ID!\n    $amount: Float!\n    $expiresAt: DateTime\n    $note: String\n  ) {\n    allocateCredits(userId: $userId, amount: $amount, expiresAt: $expiresAt, note: $note) {\n      id\n      amount {\n        credits\n      }\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AdminAllocateCreditsDocument,
    "\n  mutation AdminAllocateCreditsBulk(\n    $userIds: [ID!]!\n    $amount: Float!\n    $expiresAt: DateTime\n    $note: String\n  ) {\n    allocateCreditsBulk(userIds: $userIds, amount: $amount, expiresAt: $expiresAt, note: $note) {\n      id\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AdminAllocateCreditsBulkDocument,
    "\n  query ModelPrices {\n    modelPrices {\n      modelId\n      effectiveFrom\n      inputPer1k {\n        credits\n      }\n      outputPer1k {\n        credits\n      }\n      setBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ModelPricesDocument,
    "\n  query ModelPriceHistory($modelId: ID!) {\n    modelPriceHistory(modelId: $modelId, first: 100) {\n      edges {\n        node {\n          modelId\n          effectiveFrom\n          inputPer1k {\n            credits\n          }\n          outputPer1k {\n            credits\n          }\n          setBy {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ModelPriceHistoryDocument,
    "\n  mutation SetModelPrice($modelId: ID!, $inputPer1k: Float!, $outputPer1k: Float!) {\n    setModelPrice(modelId: $modelId, inputPer1k: $inputPer1k, outputPer1k: $outputPer1k) {\n      modelId\n      effectiveFrom\n      inputPer1k {\n        credits\n      }\n      outputPer1k {\n        credits\n      }\n    }\n  }\n": typeof types.SetModelPriceDocument,
    "\n  query AdminUsers($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {\n    users(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          status\n          lastLoginAt\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      status\n      lastLoginAt\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminImportUsers($csv: String!) {\n    importUsers(csv: $csv) {\n      createdCount\n      failedCount\n      rows {\n        line\n        email\n        generatedPassword\n        user {\n          id\n          displayName\n          role\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.AdminImportUsersDocument,
    "\n  mutation AdminSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.AdminSetRoleDocument,
    "\n  mutation AdminSuspend($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.AdminSuspendDocument,
    "\n  mutation AdminReactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.AdminReactivateDocument,
    "\n  mutation AdminResetPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      generatedPassword\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AdminResetPasswordDocument,
    "\n  fragment MessageFields on ChatMessage {\n    id\n    sessionId\n    role\n    content\n    status\n    statusReason\n    createdAt\n    completedAt\n    creditsCharged {\n      credits\n    }\n    toolCalls {\n      toolUseId\n      name\n      input\n      output\n      isError\n    }\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  query AvailableChatbots {\n    availableChatbots(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          avatarEmoji\n          starterPrompts\n        }\n      }\n    }\n  }\n": typeof types.AvailableChatbotsDocument,
    "\n  query MyChatSessions($first: Int, $after: String) {\n    myChatSessions(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          chatbotId\n          updatedAt\n          isStreaming\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyChatSessionsDocument,
    "\n  query ChatSession($id: ID!) {\n    chatSession(id: $id) {\n      id\n      title\n      chatbotId\n      isStreaming\n      owner {\n        id\n        displayName\n      }\n      messages(first: 200) {\n        edges {\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ChatSessionDocument,
    "\n  mutation StartChat($chatbotId: ID) {\n    startChat(chatbotId: $chatbotId) {\n      id\n      title\n      chatbotId\n      updatedAt\n      isStreaming\n    }\n  }\n": typeof types.StartChatDocument,
    "\n  mutation SendMessage($sessionId: ID!, $content: String!) {\n    sendMessage(sessionId: $sessionId, content: $content) {\n      ...MessageFields\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation StopGeneration($messageId: ID!) {\n    stopGeneration(messageId: $messageId) {\n      ...MessageFields\n    }\n  }\n": typeof types.StopGenerationDocument,
    "\n  subscription ChatStream($sessionId: ID!) {\n    chatStream(sessionId: $sessionId) {\n      __typename\n      sessionId\n      messageId\n      sequence\n      ... on ChatStreamStarted {\n        message {\n          ...MessageFields\n        }\n      }\n      ... on ChatStreamSnapshot {\n        text\n        toolCalls {\n          toolUseId\n          name\n          input\n          output\n          isError\n        }\n      }\n      ... on ChatStreamTextDelta {\n        text\n      }\n      ... on ChatStreamToolCall {\n        toolCall {\n          toolUseId\n          name\n          input\n          output\n          isError\n        }\n      }\n      ... on ChatStreamToolResult {\n        toolCall {\n          toolUseId\n          name\n          input\n          output\n          isError\n        }\n      }\n      ... on ChatStreamSupervisorNote {\n        message {\n          ...MessageFields\n        }\n      }\n      ... on ChatStreamCompleted {\n        message {\n          ...MessageFields\n        }\n        newBalance {\n          credits\n        }\n      }\n      ... on ChatStreamStopped {\n        message {\n          ...MessageFields\n        }\n        reason\n        newBalance {\n          credits\n        }\n      }\n      ... on ChatStreamFailed {\n        message {\n          ...MessageFields\n        }\n        reason\n        newBalance {\n          credits\n        }\n      }\n    }\n  }\n": typeof types.ChatStreamDocument,
    "\n  query ChatbotSummary($id: ID!) {\n    chatbot(id: $id) {\n      id\n      name\n      description\n      avatarEmoji\n      starterPrompts\n    }\n  }\n": typeof types.ChatbotSummaryDocument,
    "\n  mutation RenameChatSession($id: ID!, $title: String!) {\n    renameChatSession(id: $id, title: $title) {\n      id\n      title\n      updatedAt\n    }\n  }\n": typeof types.RenameChatSessionDocument,
    "\n  mutation DeleteChatSession($id: ID!) {\n    deleteChatSession(id: $id)\n  }\n": typeof types.DeleteChatSessionDocument,
    "\n  fragment ChatbotEditFields on Chatbot {\n    id\n    name\n    description\n    avatarEmoji\n    persona\n    systemPrompt\n    modelId\n    temperature\n    maxOutputTokens\n    enabledTools\n    starterPrompts\n    status\n    hasUnpublishedChanges\n    updatedAt\n    guardrails {\n      blockedTopics\n      blockedKeywords\n    }\n    audience {\n      everyone\n      classIds\n    }\n    currentVersion {\n      id\n      number\n      publishedAt\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n": typeof types.ChatbotEditFieldsFragmentDoc,
    "\n  query ManagedChatbots($status: ChatbotStatus) {\n    managedChatbots(status: $status, first: 100) {\n      edges {\n        node {\n          ...ChatbotEditFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    chatbotTemplates {\n      id\n      name\n      description\n      avatarEmoji\n    }\n  }\n": typeof types.ManagedChatbotsDocument,
    "\n  query ChatbotEdit($id: ID!) {\n    chatbot(id: $id) {\n      ...ChatbotEditFields\n    }\n    modelPrices {\n      modelId\n    }\n  }\n": typeof types.ChatbotEditDocument,
    "\n  query ModelIds {\n    modelPrices {\n      modelId\n    }\n  }\n": typeof types.ModelIdsDocument,
    "\n  mutation CreateChatbot($input: ChatbotInput!) {\n    createChatbot(input: $input) {\n      ...ChatbotEditFields\n    }\n  }\n": typeof types.CreateChatbotDocument,
    "\n  mutation UpdateChatbot($id: ID!, $input: ChatbotInput!) {\n    updateChatbot(id: $id, input: $input) {\n      ...ChatbotEditFields\n    }\n  }\n": typeof types.UpdateChatbotDocument,
    "\n  mutation PublishChatbot($id: ID!, $audience: ChatbotAudienceInput) {\n    publishChatbot(id: $id, audience: $audience) {\n      ...ChatbotEditFields\n    }\n  }\n": typeof types.PublishChatbotDocument,
    "\n  mutation DeleteChatbot($id: ID!) {\n    deleteChatbot(id: $id) {\n      outcome\n    }\n  }\n": typeof types.DeleteChatbotDocument,
    "\n  mutation CopyChatbotTemplate($templateId: ID!) {\n    copyChatbotTemplate(templateId: $templateId) {\n      id\n    }\n  }\n": typeof types.CopyChatbotTemplateDocument,
    "\n  query MyClasses {\n    myClasses {\n      ...ClassCard\n    }\n  }\n": typeof types.MyClassesDocument,
    "\n  query AllClasses {\n    classes {\n      ...ClassCard\n    }\n  }\n": typeof types.AllClassesDocument,
    "\n  fragment ClassCard on Class {\n    id\n    name\n    term\n    openFlagCount\n    students {\n      id\n    }\n    supervisors {\n      id\n      displayName\n    }\n  }\n": typeof types.ClassCardFragmentDoc,
    "\n  query ClassRoster($classId: ID!) {\n    class(id: $classId) {\n      id\n      name\n      term\n    }\n    classRoster(classId: $classId) {\n      enrolledAt\n      openFlagCount\n      student {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.ClassRosterDocument,
    "\n  query ClassRosterFigures($classId: ID!) {\n    classRoster(classId: $classId) {\n      student {\n        id\n        lastChatAt\n        chatSessionsToday\n        credits {\n          available {\n            credits\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClassRosterFiguresDocument,
    "\n  subscription ClassActivity($classId: ID!) {\n    classActivity(classId: $classId) {\n      kind\n      sessionId\n      messageId\n      at\n      student {\n        id\n        displayName\n      }\n      flag {\n        id\n        category\n        severity\n        excerpt\n      }\n    }\n  }\n": typeof types.ClassActivityDocument,
    "\n  fragment FlagFields on Flag {\n    id\n    category\n    severity\n    source\n    excerpt\n    sessionId\n    messageId\n    stoppedAnswer\n    status\n    note\n    createdAt\n    resolvedAt\n    student {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.FlagFieldsFragmentDoc,
    "\n  query Flags($filter: FlagFilter, $first: Int, $after: String) {\n    flags(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...FlagFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.FlagsDocument,
    "\n  mutation ResolveFlag($flagId: ID!, $resolution: FlagResolution!, $note: String) {\n    resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) {\n      ...FlagFields\n    }\n  }\n": typeof types.ResolveFlagDocument,
    "\n  mutation PostSupervisorNote($sessionId: ID!, $content: String!) {\n    postSupervisorNote(sessionId: $sessionId, content: $content) {\n      messageId\n      content\n      createdAt\n    }\n  }\n": typeof types.PostSupervisorNoteDocument,
    "\n  query PeopleForClasses($role: Role!) {\n    users(role: $role, status: ACTIVE, first: 200) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.PeopleForClassesDocument,
    "\n  mutation CreateClass($input: CreateClassInput!) {\n    createClass(input: $input) {\n      ...ClassCard\n    }\n  }\n": typeof types.CreateClassDocument,
    "\n  mutation EnrollStudents($classId: ID!, $userIds: [ID!]!) {\n    enrollStudents(classId: $classId, userIds: $userIds) {\n      ...ClassCard\n    }\n  }\n": typeof types.EnrollStudentsDocument,
    "\n  query ClassJoinCode($classId: ID!) {\n    class(id: $classId) {\n      id\n      archived\n      joinCode\n      pendingInvitations(first: 100) {\n        edges {\n          node {\n            id\n            role\n            invitee {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClassJoinCodeDocument,
    "\n  mutation RotateJoinCode($classId: ID!) {\n    rotateJoinCode(classId: $classId) {\n      id\n      joinCode\n    }\n  }\n": typeof types.RotateJoinCodeDocument,
    "\n  mutation DisableJoinCode($classId: ID!) {\n    disableJoinCode(classId: $classId) {\n      id\n      joinCode\n    }\n  }\n": typeof types.DisableJoinCodeDocument,
    "\n  query ClassSettings($classId: ID!) {\n    class(id: $classId) {\n      id\n      name\n      term\n      archived\n      flagKeywords\n    }\n  }\n": typeof types.ClassSettingsDocument,
    "\n  mutation UpdateClass($classId: ID!, $name: String, $term: String) {\n    updateClass(classId: $classId, name: $name, term: $term) {\n      id\n      name\n      term\n    }\n  }\n": typeof types.UpdateClassDocument,
    "\n  mutation SetClassKeywords($classId: ID!, $keywords: [String!]!) {\n    setClassFlagKeywords(classId: $classId, keywords: $keywords) {\n      id\n      flagKeywords\n    }\n  }\n": typeof types.SetClassKeywordsDocument,
    "\n  mutation ArchiveClass($classId: ID!) {\n    archiveClass(classId: $classId) {\n      id\n      archived\n      archivedAt\n    }\n  }\n": typeof types.ArchiveClassDocument,
    "\n  mutation UnenrollStudent($classId: ID!, $userIds: [ID!]!) {\n    unenrollStudents(classId: $classId, userIds: $userIds) {\n      id\n    }\n  }\n": typeof types.UnenrollStudentDocument,
    "\n  query ClassHistory($classId: ID!, $first: Int, $after: String) {\n    classActivityHistory(classId: $classId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          kind\n          sessionId\n          messageId\n          at\n          student {\n            id\n            displayName\n          }\n          flag {\n            id\n            category\n            severity\n            excerpt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ClassHistoryDocument,
    "\n  query OpenFlagCount {\n    myOpenFlagCount\n  }\n": typeof types.OpenFlagCountDocument,
    "\n  subscription FlagRaised($classId: ID) {\n    flagRaised(classId: $classId) {\n      ...FlagFields\n    }\n  }\n": typeof types.FlagRaisedDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      emailAlerts\n      minSeverity\n      escalationMinutes\n    }\n  }\n": typeof types.MyNotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($emailAlerts: Boolean, $minSeverity: FlagSeverity) {\n    updateNotificationSettings(emailAlerts: $emailAlerts, minSeverity: $minSeverity) {\n      emailAlerts\n      minSeverity\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  mutation InviteToClass($classId: ID!, $email: String!, $role: ClassInvitationRole!) {\n    inviteToClass(classId: $classId, email: $email, role: $role) {\n      id\n      status\n      role\n    }\n  }\n": typeof types.InviteToClassDocument,
    "\n  query WatchOwner($id: ID!) {\n    chatSession(id: $id) {\n      id\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.WatchOwnerDocument,
    "\n  query WatchFlags($studentId: ID!) {\n    flags(filter: { studentId: $studentId }, first: 100) {\n      edges {\n        node {\n          id\n          sessionId\n          messageId\n          category\n          severity\n          status\n        }\n      }\n    }\n  }\n": typeof types.WatchFlagsDocument,
    "\n  query MissionControl($classId: ID!) {\n    class(id: $classId) {\n      id\n      name\n      term\n      archived\n    }\n    classRoster(classId: $classId) {\n      student {\n        id\n        displayName\n      }\n    }\n    classActivityHistory(classId: $classId, first: 100) {\n      edges {\n        node {\n          kind\n          sessionId\n          messageId\n          at\n          student {\n            id\n          }\n        }\n      }\n    }\n    flags(filter: { classId: $classId, status: OPEN }, first: 20) {\n      edges {\n        node {\n          id\n          category\n          severity\n          excerpt\n          sessionId\n          messageId\n          createdAt\n          student {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MissionControlDocument,
    "\n  subscription ClassFlagRaised($classId: ID) {\n    flagRaised(classId: $classId) {\n      id\n      category\n      severity\n      excerpt\n      sessionId\n      messageId\n      createdAt\n      student {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ClassFlagRaisedDocument,
    "\n  subscription MissionActivity($classId: ID!) {\n    classActivity(classId: $classId) {\n      kind\n      sessionId\n      messageId\n      at\n      student {\n        id\n      }\n    }\n  }\n": typeof types.MissionActivityDocument,
    "\n  query StudentOverview($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      role\n      status\n      openFlagCount\n      lastChatAt\n      chatSessionsToday\n      credits {\n        available {\n          credits\n        }\n        reserved {\n          credits\n        }\n        spent {\n          credits\n        }\n        granted {\n          credits\n        }\n      }\n      supervisorNotes(first: 20) {\n        edges {\n          node {\n            messageId\n            sessionId\n            content\n            createdAt\n            supervisor {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n    flags(filter: { studentId: $id }, first: 20) {\n      edges {\n        node {\n          ...FlagFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.StudentOverviewDocument,
    "\n  query StudentSessions($id: ID!, $first: Int, $after: String) {\n    user(id: $id) {\n      id\n      chatSessions(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n            updatedAt\n            isStreaming\n            deletedByOwnerAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.StudentSessionsDocument,
};
const documents: Documents = {
    "\n  query MyCredits {\n    me {\n      id\n      credits {\n        available {\n          credits\n        }\n        reserved {\n          credits\n        }\n      }\n    }\n  }\n": types.MyCreditsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n        locale\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n        locale\n      }\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query AccountMe {\n    me {\n      id\n      email\n      displayName\n      role\n      status\n      createdAt\n      lastLoginAt\n    }\n  }\n": types.AccountMeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  query WhoViewedMyConversations($first: Int) {\n    whoViewedMyConversations(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          operation\n          at\n          sessionId\n          viewer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.WhoViewedMyConversationsDocument,
    "\n  mutation JoinClass($code: String!) {\n    joinClass(code: $code) {\n      id\n      name\n    }\n  }\n": types.JoinClassDocument,
    "\n  query MyClassInvitations {\n    myClassInvitations(first: 50) {\n      edges {\n        node {\n          id\n          role\n          class {\n            id\n            name\n          }\n          invitedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.MyClassInvitationsDocument,
    "\n  mutation RespondToClassInvitation($invitationId: ID!, $accept: Boolean!) {\n    respondToClassInvitation(invitationId: $invitationId, accept: $accept) {\n      id\n      status\n    }\n  }\n": types.RespondToClassInvitationDocument,
    "\n  mutation SetMyLocale($locale: String) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  query AdminUserBalances($search: String, $role: Role, $first: Int) {\n    users(search: $search, role: $role, status: ACTIVE, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          credits {\n            available {\n              credits\n            }\n            reserved {\n              credits\n            }\n            spent {\n              credits\n            }\n            nextExpiry {\n              at\n              amount {\n                credits\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdminUserBalancesDocument,
    "\n  mutation AdminAllocateCredits(\n    $userId: ID!\n    $amount: Float!\n    $expiresAt: DateTime\n    $note: String\n  ) {\n    allocateCredits(userId: $userId, amount: $amount, expiresAt: $expiresAt, note: $note) {\n      id\n      amount {\n        credits\n      }\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.AdminAllocateCreditsDocument,
    "\n  mutation AdminAllocateCreditsBulk(\n    $userIds: [ID!]!\n    $amount: Float!\n    $expiresAt: DateTime\n    $note: String\n  ) {\n    allocateCreditsBulk(userIds: $userIds, amount: $amount, expiresAt: $expiresAt, note: $note) {\n      id\n      user {\n        id\n      }\n    }\n  }\n": types.AdminAllocateCreditsBulkDocument,
    "\n  query ModelPrices {\n    modelPrices {\n      modelId\n      effectiveFrom\n      inputPer1k {\n        credits\n      }\n      outputPer1k {\n        credits\n      }\n      setBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.ModelPricesDocument,
    "\n  query ModelPriceHistory($modelId: ID!) {\n    modelPriceHistory(modelId: $modelId, first: 100) {\n      edges {\n        node {\n          modelId\n          effectiveFrom\n          inputPer1k {\n            credits\n          }\n          outputPer1k {\n            credits\n          }\n          setBy {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.ModelPriceHistoryDocument,
    "\n  mutation SetModelPrice($modelId: ID!, $inputPer1k: Float!, $outputPer1k: Float!) {\n    setModelPrice(modelId: $modelId, inputPer1k: $inputPer1k, outputPer1k: $outputPer1k) {\n      modelId\n      effectiveFrom\n      inputPer1k {\n        credits\n      }\n      outputPer1k {\n        credits\n      }\n    }\n  }\n": types.SetModelPriceDocument,
    "\n  query AdminUsers($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {\n    users(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          status\n          lastLoginAt\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      status\n      lastLoginAt\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminImportUsers($csv: String!) {\n    importUsers(csv: $csv) {\n      createdCount\n      failedCount\n      rows {\n        line\n        email\n        generatedPassword\n        user {\n          id\n          displayName\n          role\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n": types.AdminImportUsersDocument,
    "\n  mutation AdminSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.AdminSetRoleDocument,
    "\n  mutation AdminSuspend($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.AdminSuspendDocument,
    "\n  mutation AdminReactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.AdminReactivateDocument,
    "\n  mutation AdminResetPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      generatedPassword\n      user {\n        id\n      }\n    }\n  }\n": types.AdminResetPasswordDocument,
    "\n  fragment MessageFields on ChatMessage {\n    id\n    sessionId\n    role\n    content\n    status\n    statusReason\n    createdAt\n    completedAt\n    creditsCharged {\n      credits\n    }\n    toolCalls {\n      toolUseId\n      name\n      input\n      output\n      isError\n    }\n    author {\n      id\n      displayName\n    }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  query AvailableChatbots {\n    availableChatbots(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          avatarEmoji\n          starterPrompts\n        }\n      }\n    }\n  }\n": types.AvailableChatbotsDocument,
    "\n  query MyChatSessions($first: Int, $after: String) {\n    myChatSessions(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          chatbotId\n          updatedAt\n          isStreaming\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyChatSessionsDocument,
    "\n  query ChatSession($id: ID!) {\n    chatSession(id: $id) {\n      id\n      title\n      chatbotId\n      isStreaming\n      owner {\n        id\n        displayName\n      }\n      messages(first: 200) {\n        edges {\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ChatSessionDocument,
    "\n  mutation StartChat($chatbotId: ID) {\n    startChat(chatbotId: $chatbotId) {\n      id\n      title\n      chatbotId\n      updatedAt\n      isStreaming\n    }\n  }\n": types.StartChatDocument,
    "\n  mutation SendMessage($sessionId: ID!, $content: String!) {\n    sendMessage(sessionId: $sessionId, content: $content) {\n      ...MessageFields\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation StopGeneration($messageId: ID!) {\n    stopGeneration(messageId: $messageId) {\n      ...MessageFields\n    }\n  }\n": types.StopGenerationDocument,
    "\n  subscription ChatStream($sessionId: ID!) {\n    chatStream(sessionId: $sessionId) {\n      __typename\n      sessionId\n      messageId\n      sequence\n      ... on ChatStreamStarted {\n        message {\n          ...MessageFields\n        }\n      }\n      ... on ChatStreamSnapshot {\n        text\n        toolCalls {\n          toolUseId\n          name\n          input\n          output\n          isError\n        }\n      }\n      ... on ChatStreamTextDelta {\n        text\n      }\n      ... on ChatStreamToolCall {\n        toolCall {\n          toolUseId\n          name\n          input\n          output\n          isError\n        }\n      }\n      ... on ChatStreamToolResult {\n        toolCall {\n          toolUseId\n          name\n          input\n          output\n          isError\n        }\n      }\n      ... on ChatStreamSupervisorNote {\n        message {\n          ...MessageFields\n        }\n      }\n      ... on ChatStreamCompleted {\n        message {\n          ...MessageFields\n        }\n        newBalance {\n          credits\n        }\n      }\n      ... on ChatStreamStopped {\n        message {\n          ...MessageFields\n        }\n        reason\n        newBalance {\n          credits\n        }\n      }\n      ... on ChatStreamFailed {\n        message {\n          ...MessageFields\n        }\n        reason\n        newBalance {\n          credits\n        }\n      }\n    }\n  }\n": types.ChatStreamDocument,
    "\n  query ChatbotSummary($id: ID!) {\n    chatbot(id: $id) {\n      id\n      name\n      description\n      avatarEmoji\n      starterPrompts\n    }\n  }\n": types.ChatbotSummaryDocument,
    "\n  mutation RenameChatSession($id: ID!, $title: String!) {\n    renameChatSession(id: $id, title: $title) {\n      id\n      title\n      updatedAt\n    }\n  }\n": types.RenameChatSessionDocument,
    "\n  mutation DeleteChatSession($id: ID!) {\n    deleteChatSession(id: $id)\n  }\n": types.DeleteChatSessionDocument,
    "\n  fragment ChatbotEditFields on Chatbot {\n    id\n    name\n    description\n    avatarEmoji\n    persona\n    systemPrompt\n    modelId\n    temperature\n    maxOutputTokens\n    enabledTools\n    starterPrompts\n    status\n    hasUnpublishedChanges\n    updatedAt\n    guardrails {\n      blockedTopics\n      blockedKeywords\n    }\n    audience {\n      everyone\n      classIds\n    }\n    currentVersion {\n      id\n      number\n      publishedAt\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n": types.ChatbotEditFieldsFragmentDoc,
    "\n  query ManagedChatbots($status: ChatbotStatus) {\n    managedChatbots(status: $status, first: 100) {\n      edges {\n        node {\n          ...ChatbotEditFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    chatbotTemplates {\n      id\n      name\n      description\n      avatarEmoji\n    }\n  }\n": types.ManagedChatbotsDocument,
    "\n  query ChatbotEdit($id: ID!) {\n    chatbot(id: $id) {\n      ...ChatbotEditFields\n    }\n    modelPrices {\n      modelId\n    }\n  }\n": types.ChatbotEditDocument,
    "\n  query ModelIds {\n    modelPrices {\n      modelId\n    }\n  }\n": types.ModelIdsDocument,
    "\n  mutation CreateChatbot($input: ChatbotInput!) {\n    createChatbot(input: $input) {\n      ...ChatbotEditFields\n    }\n  }\n": types.CreateChatbotDocument,
    "\n  mutation UpdateChatbot($id: ID!, $input: ChatbotInput!) {\n    updateChatbot(id: $id, input: $input) {\n      ...ChatbotEditFields\n    }\n  }\n": types.UpdateChatbotDocument,
    "\n  mutation PublishChatbot($id: ID!, $audience: ChatbotAudienceInput) {\n    publishChatbot(id: $id, audience: $audience) {\n      ...ChatbotEditFields\n    }\n  }\n": types.PublishChatbotDocument,
    "\n  mutation DeleteChatbot($id: ID!) {\n    deleteChatbot(id: $id) {\n      outcome\n    }\n  }\n": types.DeleteChatbotDocument,
    "\n  mutation CopyChatbotTemplate($templateId: ID!) {\n    copyChatbotTemplate(templateId: $templateId) {\n      id\n    }\n  }\n": types.CopyChatbotTemplateDocument,
    "\n  query MyClasses {\n    myClasses {\n      ...ClassCard\n    }\n  }\n": types.MyClassesDocument,
    "\n  query AllClasses {\n    classes {\n      ...ClassCard\n    }\n  }\n": types.AllClassesDocument,
    "\n  fragment ClassCard on Class {\n    id\n    name\n    term\n    openFlagCount\n    students {\n      id\n    }\n    supervisors {\n      id\n      displayName\n    }\n  }\n": types.ClassCardFragmentDoc,
    "\n  query ClassRoster($classId: ID!) {\n    class(id: $classId) {\n      id\n      name\n      term\n    }\n    classRoster(classId: $classId) {\n      enrolledAt\n      openFlagCount\n      student {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.ClassRosterDocument,
    "\n  query ClassRosterFigures($classId: ID!) {\n    classRoster(classId: $classId) {\n      student {\n        id\n        lastChatAt\n        chatSessionsToday\n        credits {\n          available {\n            credits\n          }\n        }\n      }\n    }\n  }\n": types.ClassRosterFiguresDocument,
    "\n  subscription ClassActivity($classId: ID!) {\n    classActivity(classId: $classId) {\n      kind\n      sessionId\n      messageId\n      at\n      student {\n        id\n        displayName\n      }\n      flag {\n        id\n        category\n        severity\n        excerpt\n      }\n    }\n  }\n": types.ClassActivityDocument,
    "\n  fragment FlagFields on Flag {\n    id\n    category\n    severity\n    source\n    excerpt\n    sessionId\n    messageId\n    stoppedAnswer\n    status\n    note\n    createdAt\n    resolvedAt\n    student {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n  }\n": types.FlagFieldsFragmentDoc,
    "\n  query Flags($filter: FlagFilter, $first: Int, $after: String) {\n    flags(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...FlagFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.FlagsDocument,
    "\n  mutation ResolveFlag($flagId: ID!, $resolution: FlagResolution!, $note: String) {\n    resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) {\n      ...FlagFields\n    }\n  }\n": types.ResolveFlagDocument,
    "\n  mutation PostSupervisorNote($sessionId: ID!, $content: String!) {\n    postSupervisorNote(sessionId: $sessionId, content: $content) {\n      messageId\n      content\n      createdAt\n    }\n  }\n": types.PostSupervisorNoteDocument,
    "\n  query PeopleForClasses($role: Role!) {\n    users(role: $role, status: ACTIVE, first: 200) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.PeopleForClassesDocument,
    "\n  mutation CreateClass($input: CreateClassInput!) {\n    createClass(input: $input) {\n      ...ClassCard\n    }\n  }\n": types.CreateClassDocument,
    "\n  mutation EnrollStudents($classId: ID!, $userIds: [ID!]!) {\n    enrollStudents(classId: $classId, userIds: $userIds) {\n      ...ClassCard\n    }\n  }\n": types.EnrollStudentsDocument,
    "\n  query ClassJoinCode($classId: ID!) {\n    class(id: $classId) {\n      id\n      archived\n      joinCode\n      pendingInvitations(first: 100) {\n        edges {\n          node {\n            id\n            role\n            invitee {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ClassJoinCodeDocument,
    "\n  mutation RotateJoinCode($classId: ID!) {\n    rotateJoinCode(classId: $classId) {\n      id\n      joinCode\n    }\n  }\n": types.RotateJoinCodeDocument,
    "\n  mutation DisableJoinCode($classId: ID!) {\n    disableJoinCode(classId: $classId) {\n      id\n      joinCode\n    }\n  }\n": types.DisableJoinCodeDocument,
    "\n  query ClassSettings($classId: ID!) {\n    class(id: $classId) {\n      id\n      name\n      term\n      archived\n      flagKeywords\n    }\n  }\n": types.ClassSettingsDocument,
    "\n  mutation UpdateClass($classId: ID!, $name: String, $term: String) {\n    updateClass(classId: $classId, name: $name, term: $term) {\n      id\n      name\n      term\n    }\n  }\n": types.UpdateClassDocument,
    "\n  mutation SetClassKeywords($classId: ID!, $keywords: [String!]!) {\n    setClassFlagKeywords(classId: $classId, keywords: $keywords) {\n      id\n      flagKeywords\n    }\n  }\n": types.SetClassKeywordsDocument,
    "\n  mutation ArchiveClass($classId: ID!) {\n    archiveClass(classId: $classId) {\n      id\n      archived\n      archivedAt\n    }\n  }\n": types.ArchiveClassDocument,
    "\n  mutation UnenrollStudent($classId: ID!, $userIds: [ID!]!) {\n    unenrollStudents(classId: $classId, userIds: $userIds) {\n      id\n    }\n  }\n": types.UnenrollStudentDocument,
    "\n  query ClassHistory($classId: ID!, $first: Int, $after: String) {\n    classActivityHistory(classId: $classId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          kind\n          sessionId\n          messageId\n          at\n          student {\n            id\n            displayName\n          }\n          flag {\n            id\n            category\n            severity\n            excerpt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ClassHistoryDocument,
    "\n  query OpenFlagCount {\n    myOpenFlagCount\n  }\n": types.OpenFlagCountDocument,
    "\n  subscription FlagRaised($classId: ID) {\n    flagRaised(classId: $classId) {\n      ...FlagFields\n    }\n  }\n": types.FlagRaisedDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      emailAlerts\n      minSeverity\n      escalationMinutes\n    }\n  }\n": types.MyNotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($emailAlerts: Boolean, $minSeverity: FlagSeverity) {\n    updateNotificationSettings(emailAlerts: $emailAlerts, minSeverity: $minSeverity) {\n      emailAlerts\n      minSeverity\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  mutation InviteToClass($classId: ID!, $email: String!, $role: ClassInvitationRole!) {\n    inviteToClass(classId: $classId, email: $email, role: $role) {\n      id\n      status\n      role\n    }\n  }\n": types.InviteToClassDocument,
    "\n  query WatchOwner($id: ID!) {\n    chatSession(id: $id) {\n      id\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": types.WatchOwnerDocument,
    "\n  query WatchFlags($studentId: ID!) {\n    flags(filter: { studentId: $studentId }, first: 100) {\n      edges {\n        node {\n          id\n          sessionId\n          messageId\n          category\n          severity\n          status\n        }\n      }\n    }\n  }\n": types.WatchFlagsDocument,
    "\n  query MissionControl($classId: ID!) {\n    class(id: $classId) {\n      id\n      name\n      term\n      archived\n    }\n    classRoster(classId: $classId) {\n      student {\n        id\n        displayName\n      }\n    }\n    classActivityHistory(classId: $classId, first: 100) {\n      edges {\n        node {\n          kind\n          sessionId\n          messageId\n          at\n          student {\n            id\n          }\n        }\n      }\n    }\n    flags(filter: { classId: $classId, status: OPEN }, first: 20) {\n      edges {\n        node {\n          id\n          category\n          severity\n          excerpt\n          sessionId\n          messageId\n          createdAt\n          student {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.MissionControlDocument,
    "\n  subscription ClassFlagRaised($classId: ID) {\n    flagRaised(classId: $classId) {\n      id\n      category\n      severity\n      excerpt\n      sessionId\n      messageId\n      createdAt\n      student {\n        id\n        displayName\n      }\n    }\n  }\n": types.ClassFlagRaisedDocument,
    "\n  subscription MissionActivity($classId: ID!) {\n    classActivity(classId: $classId) {\n      kind\n      sessionId\n      messageId\n      at\n      student {\n        id\n      }\n    }\n  }\n": types.MissionActivityDocument,
    "\n  query StudentOverview($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      role\n      status\n      openFlagCount\n      lastChatAt\n      chatSessionsToday\n      credits {\n        available {\n          credits\n        }\n        reserved {\n          credits\n        }\n        spent {\n          credits\n        }\n        granted {\n          credits\n        }\n      }\n      supervisorNotes(first: 20) {\n        edges {\n          node {\n            messageId\n            sessionId\n            content\n            createdAt\n            supervisor {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n    flags(filter: { studentId: $id }, first: 20) {\n      edges {\n        node {\n          ...FlagFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.StudentOverviewDocument,
    "\n  query StudentSessions($id: ID!, $first: Int, $after: String) {\n    user(id: $id) {\n      id\n      chatSessions(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n            updatedAt\n            isStreaming\n            deletedByOwnerAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.StudentSessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCredits {\n    me {\n      id\n      credits {\n        available {\n          credits\n        }\n        reserved {\n          credits\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCredits {\n    me {\n      id\n      credits {\n        available {\n          credits\n        }\n        reserved {\n          credits\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountMe {\n    me {\n      id\n      email\n      displayName\n      role\n      status\n      createdAt\n      lastLoginAt\n    }\n  }\n"): (typeof documents)["\n  query AccountMe {\n    me {\n      id\n      email\n      displayName\n      role\n      status\n      createdAt\n      lastLoginAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoViewedMyConversations($first: Int) {\n    whoViewedMyConversations(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          operation\n          at\n          sessionId\n          viewer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhoViewedMyConversations($first: Int) {\n    whoViewedMyConversations(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          operation\n          at\n          sessionId\n          viewer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinClass($code: String!) {\n    joinClass(code: $code) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation JoinClass($code: String!) {\n    joinClass(code: $code) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyClassInvitations {\n    myClassInvitations(first: 50) {\n      edges {\n        node {\n          id\n          role\n          class {\n            id\n            name\n          }\n          invitedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyClassInvitations {\n    myClassInvitations(first: 50) {\n      edges {\n        node {\n          id\n          role\n          class {\n            id\n            name\n          }\n          invitedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToClassInvitation($invitationId: ID!, $accept: Boolean!) {\n    respondToClassInvitation(invitationId: $invitationId, accept: $accept) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToClassInvitation($invitationId: ID!, $accept: Boolean!) {\n    respondToClassInvitation(invitationId: $invitationId, accept: $accept) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: String) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($locale: String) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUserBalances($search: String, $role: Role, $first: Int) {\n    users(search: $search, role: $role, status: ACTIVE, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          credits {\n            available {\n              credits\n            }\n            reserved {\n              credits\n            }\n            spent {\n              credits\n            }\n            nextExpiry {\n              at\n              amount {\n                credits\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUserBalances($search: String, $role: Role, $first: Int) {\n    users(search: $search, role: $role, status: ACTIVE, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          credits {\n            available {\n              credits\n            }\n            reserved {\n              credits\n            }\n            spent {\n              credits\n            }\n            nextExpiry {\n              at\n              amount {\n                credits\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAllocateCredits(\n    $userId: ID!\n    $amount: Float!\n    $expiresAt: DateTime\n    $note: String\n  ) {\n    allocateCredits(userId: $userId, amount: $amount, expiresAt: $expiresAt, note: $note) {\n      id\n      amount {\n        credits\n      }\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAllocateCredits(\n    $userId: ID!\n    $amount: Float!\n    $expiresAt: DateTime\n    $note: String\n  ) {\n    allocateCredits(userId: $userId, amount: $amount, expiresAt: $expiresAt, note: $note) {\n      id\n      amount {\n        credits\n      }\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAllocateCreditsBulk(\n    $userIds: [ID!]!\n    $amount: Float!\n    $expiresAt: DateTime\n    $note: String\n  ) {\n    allocateCreditsBulk(userIds: $userIds, amount: $amount, expiresAt: $expiresAt, note: $note) {\n      id\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAllocateCreditsBulk(\n    $userIds: [ID!]!\n    $amount: Float!\n    $expiresAt: DateTime\n    $note: String\n  ) {\n    allocateCreditsBulk(userIds: $userIds, amount: $amount, expiresAt: $expiresAt, note: $note) {\n      id\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelPrices {\n    modelPrices {\n      modelId\n      effectiveFrom\n      inputPer1k {\n        credits\n      }\n      outputPer1k {\n        credits\n      }\n      setBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModelPrices {\n    modelPrices {\n      modelId\n      effectiveFrom\n      inputPer1k {\n        credits\n      }\n      outputPer1k {\n        credits\n      }\n      setBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelPriceHistory($modelId: ID!) {\n    modelPriceHistory(modelId: $modelId, first: 100) {\n      edges {\n        node {\n          modelId\n          effectiveFrom\n          inputPer1k {\n            credits\n          }\n          outputPer1k {\n            credits\n          }\n          setBy {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModelPriceHistory($modelId: ID!) {\n    modelPriceHistory(modelId: $modelId, first: 100) {\n      edges {\n        node {\n          modelId\n          effectiveFrom\n          inputPer1k {\n            credits\n          }\n          outputPer1k {\n            credits\n          }\n          setBy {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetModelPrice($modelId: ID!, $inputPer1k: Float!, $outputPer1k: Float!) {\n    setModelPrice(modelId: $modelId, inputPer1k: $inputPer1k, outputPer1k: $outputPer1k) {\n      modelId\n      effectiveFrom\n      inputPer1k {\n        credits\n      }\n      outputPer1k {\n        credits\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetModelPrice($modelId: ID!, $inputPer1k: Float!, $outputPer1k: Float!) {\n    setModelPrice(modelId: $modelId, inputPer1k: $inputPer1k, outputPer1k: $outputPer1k) {\n      modelId\n      effectiveFrom\n      inputPer1k {\n        credits\n      }\n      outputPer1k {\n        credits\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {\n    users(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          status\n          lastLoginAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {\n    users(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          status\n          lastLoginAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      status\n      lastLoginAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      status\n      lastLoginAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportUsers($csv: String!) {\n    importUsers(csv: $csv) {\n      createdCount\n      failedCount\n      rows {\n        line\n        email\n        generatedPassword\n        user {\n          id\n          displayName\n          role\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminImportUsers($csv: String!) {\n    importUsers(csv: $csv) {\n      createdCount\n      failedCount\n      rows {\n        line\n        email\n        generatedPassword\n        user {\n          id\n          displayName\n          role\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSuspend($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSuspend($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      generatedPassword\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResetPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      generatedPassword\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on ChatMessage {\n    id\n    sessionId\n    role\n    content\n    status\n    statusReason\n    createdAt\n    completedAt\n    creditsCharged {\n      credits\n    }\n    toolCalls {\n      toolUseId\n      name\n      input\n      output\n      isError\n    }\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MessageFields on ChatMessage {\n    id\n    sessionId\n    role\n    content\n    status\n    statusReason\n    createdAt\n    completedAt\n    creditsCharged {\n      credits\n    }\n    toolCalls {\n      toolUseId\n      name\n      input\n      output\n      isError\n    }\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableChatbots {\n    availableChatbots(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          avatarEmoji\n          starterPrompts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AvailableChatbots {\n    availableChatbots(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          avatarEmoji\n          starterPrompts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyChatSessions($first: Int, $after: String) {\n    myChatSessions(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          chatbotId\n          updatedAt\n          isStreaming\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyChatSessions($first: Int, $after: String) {\n    myChatSessions(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          chatbotId\n          updatedAt\n          isStreaming\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatSession($id: ID!) {\n    chatSession(id: $id) {\n      id\n      title\n      chatbotId\n      isStreaming\n      owner {\n        id\n        displayName\n      }\n      messages(first: 200) {\n        edges {\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatSession($id: ID!) {\n    chatSession(id: $id) {\n      id\n      title\n      chatbotId\n      isStreaming\n      owner {\n        id\n        displayName\n      }\n      messages(first: 200) {\n        edges {\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartChat($chatbotId: ID) {\n    startChat(chatbotId: $chatbotId) {\n      id\n      title\n      chatbotId\n      updatedAt\n      isStreaming\n    }\n  }\n"): (typeof documents)["\n  mutation StartChat($chatbotId: ID) {\n    startChat(chatbotId: $chatbotId) {\n      id\n      title\n      chatbotId\n      updatedAt\n      isStreaming\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($sessionId: ID!, $content: String!) {\n    sendMessage(sessionId: $sessionId, content: $content) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($sessionId: ID!, $content: String!) {\n    sendMessage(sessionId: $sessionId, content: $content) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopGeneration($messageId: ID!) {\n    stopGeneration(messageId: $messageId) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation StopGeneration($messageId: ID!) {\n    stopGeneration(messageId: $messageId) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatStream($sessionId: ID!) {\n    chatStream(sessionId: $sessionId) {\n      __typename\n      sessionId\n      messageId\n      sequence\n      ... on ChatStreamStarted {\n        message {\n          ...MessageFields\n        }\n      }\n      ... on ChatStreamSnapshot {\n        text\n        toolCalls {\n          toolUseId\n          name\n          input\n          output\n          isError\n        }\n      }\n      ... on ChatStreamTextDelta {\n        text\n      }\n      ... on ChatStreamToolCall {\n        toolCall {\n          toolUseId\n          name\n          input\n          output\n          isError\n        }\n      }\n      ... on ChatStreamToolResult {\n        toolCall {\n          toolUseId\n          name\n          input\n          output\n          isError\n        }\n      }\n      ... on ChatStreamSupervisorNote {\n        message {\n          ...MessageFields\n        }\n      }\n      ... on ChatStreamCompleted {\n        message {\n          ...MessageFields\n        }\n        newBalance {\n          credits\n        }\n      }\n      ... on ChatStreamStopped {\n        message {\n          ...MessageFields\n        }\n        reason\n        newBalance {\n          credits\n        }\n      }\n      ... on ChatStreamFailed {\n        message {\n          ...MessageFields\n        }\n        reason\n        newBalance {\n          credits\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatStream($sessionId: ID!) {\n    chatStream(sessionId: $sessionId) {\n      __typename\n      sessionId\n      messageId\n      sequence\n      ... on ChatStreamStarted {\n        message {\n          ...MessageFields\n        }\n      }\n      ... on ChatStreamSnapshot {\n        text\n        toolCalls {\n          toolUseId\n          name\n          input\n          output\n          isError\n        }\n      }\n      ... on ChatStreamTextDelta {\n        text\n      }\n      ... on ChatStreamToolCall {\n        toolCall {\n          toolUseId\n          name\n          input\n          output\n          isError\n        }\n      }\n      ... on ChatStreamToolResult {\n        toolCall {\n          toolUseId\n          name\n          input\n          output\n          isError\n        }\n      }\n      ... on ChatStreamSupervisorNote {\n        message {\n          ...MessageFields\n        }\n      }\n      ... on ChatStreamCompleted {\n        message {\n          ...MessageFields\n        }\n        newBalance {\n          credits\n        }\n      }\n      ... on ChatStreamStopped {\n        message {\n          ...MessageFields\n        }\n        reason\n        newBalance {\n          credits\n        }\n      }\n      ... on ChatStreamFailed {\n        message {\n          ...MessageFields\n        }\n        reason\n        newBalance {\n          credits\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatbotSummary($id: ID!) {\n    chatbot(id: $id) {\n      id\n      name\n      description\n      avatarEmoji\n      starterPrompts\n    }\n  }\n"): (typeof documents)["\n  query ChatbotSummary($id: ID!) {\n    chatbot(id: $id) {\n      id\n      name\n      description\n      avatarEmoji\n      starterPrompts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameChatSession($id: ID!, $title: String!) {\n    renameChatSession(id: $id, title: $title) {\n      id\n      title\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RenameChatSession($id: ID!, $title: String!) {\n    renameChatSession(id: $id, title: $title) {\n      id\n      title\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChatSession($id: ID!) {\n    deleteChatSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteChatSession($id: ID!) {\n    deleteChatSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatbotEditFields on Chatbot {\n    id\n    name\n    description\n    avatarEmoji\n    persona\n    systemPrompt\n    modelId\n    temperature\n    maxOutputTokens\n    enabledTools\n    starterPrompts\n    status\n    hasUnpublishedChanges\n    updatedAt\n    guardrails {\n      blockedTopics\n      blockedKeywords\n    }\n    audience {\n      everyone\n      classIds\n    }\n    currentVersion {\n      id\n      number\n      publishedAt\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ChatbotEditFields on Chatbot {\n    id\n    name\n    description\n    avatarEmoji\n    persona\n    systemPrompt\n    modelId\n    temperature\n    maxOutputTokens\n    enabledTools\n    starterPrompts\n    status\n    hasUnpublishedChanges\n    updatedAt\n    guardrails {\n      blockedTopics\n      blockedKeywords\n    }\n    audience {\n      everyone\n      classIds\n    }\n    currentVersion {\n      id\n      number\n      publishedAt\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedChatbots($status: ChatbotStatus) {\n    managedChatbots(status: $status, first: 100) {\n      edges {\n        node {\n          ...ChatbotEditFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    chatbotTemplates {\n      id\n      name\n      description\n      avatarEmoji\n    }\n  }\n"): (typeof documents)["\n  query ManagedChatbots($status: ChatbotStatus) {\n    managedChatbots(status: $status, first: 100) {\n      edges {\n        node {\n          ...ChatbotEditFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    chatbotTemplates {\n      id\n      name\n      description\n      avatarEmoji\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatbotEdit($id: ID!) {\n    chatbot(id: $id) {\n      ...ChatbotEditFields\n    }\n    modelPrices {\n      modelId\n    }\n  }\n"): (typeof documents)["\n  query ChatbotEdit($id: ID!) {\n    chatbot(id: $id) {\n      ...ChatbotEditFields\n    }\n    modelPrices {\n      modelId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelIds {\n    modelPrices {\n      modelId\n    }\n  }\n"): (typeof documents)["\n  query ModelIds {\n    modelPrices {\n      modelId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChatbot($input: ChatbotInput!) {\n    createChatbot(input: $input) {\n      ...ChatbotEditFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChatbot($input: ChatbotInput!) {\n    createChatbot(input: $input) {\n      ...ChatbotEditFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChatbot($id: ID!, $input: ChatbotInput!) {\n    updateChatbot(id: $id, input: $input) {\n      ...ChatbotEditFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChatbot($id: ID!, $input: ChatbotInput!) {\n    updateChatbot(id: $id, input: $input) {\n      ...ChatbotEditFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishChatbot($id: ID!, $audience: ChatbotAudienceInput) {\n    publishChatbot(id: $id, audience: $audience) {\n      ...ChatbotEditFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishChatbot($id: ID!, $audience: ChatbotAudienceInput) {\n    publishChatbot(id: $id, audience: $audience) {\n      ...ChatbotEditFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChatbot($id: ID!) {\n    deleteChatbot(id: $id) {\n      outcome\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteChatbot($id: ID!) {\n    deleteChatbot(id: $id) {\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyChatbotTemplate($templateId: ID!) {\n    copyChatbotTemplate(templateId: $templateId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CopyChatbotTemplate($templateId: ID!) {\n    copyChatbotTemplate(templateId: $templateId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyClasses {\n    myClasses {\n      ...ClassCard\n    }\n  }\n"): (typeof documents)["\n  query MyClasses {\n    myClasses {\n      ...ClassCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllClasses {\n    classes {\n      ...ClassCard\n    }\n  }\n"): (typeof documents)["\n  query AllClasses {\n    classes {\n      ...ClassCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClassCard on Class {\n    id\n    name\n    term\n    openFlagCount\n    students {\n      id\n    }\n    supervisors {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ClassCard on Class {\n    id\n    name\n    term\n    openFlagCount\n    students {\n      id\n    }\n    supervisors {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassRoster($classId: ID!) {\n    class(id: $classId) {\n      id\n      name\n      term\n    }\n    classRoster(classId: $classId) {\n      enrolledAt\n      openFlagCount\n      student {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClassRoster($classId: ID!) {\n    class(id: $classId) {\n      id\n      name\n      term\n    }\n    classRoster(classId: $classId) {\n      enrolledAt\n      openFlagCount\n      student {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassRosterFigures($classId: ID!) {\n    classRoster(classId: $classId) {\n      student {\n        id\n        lastChatAt\n        chatSessionsToday\n        credits {\n          available {\n            credits\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClassRosterFigures($classId: ID!) {\n    classRoster(classId: $classId) {\n      student {\n        id\n        lastChatAt\n        chatSessionsToday\n        credits {\n          available {\n            credits\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClassActivity($classId: ID!) {\n    classActivity(classId: $classId) {\n      kind\n      sessionId\n      messageId\n      at\n      student {\n        id\n        displayName\n      }\n      flag {\n        id\n        category\n        severity\n        excerpt\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ClassActivity($classId: ID!) {\n    classActivity(classId: $classId) {\n      kind\n      sessionId\n      messageId\n      at\n      student {\n        id\n        displayName\n      }\n      flag {\n        id\n        category\n        severity\n        excerpt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlagFields on Flag {\n    id\n    category\n    severity\n    source\n    excerpt\n    sessionId\n    messageId\n    stoppedAnswer\n    status\n    note\n    createdAt\n    resolvedAt\n    student {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment FlagFields on Flag {\n    id\n    category\n    severity\n    source\n    excerpt\n    sessionId\n    messageId\n    stoppedAnswer\n    status\n    note\n    createdAt\n    resolvedAt\n    student {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Flags($filter: FlagFilter, $first: Int, $after: String) {\n    flags(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...FlagFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Flags($filter: FlagFilter, $first: Int, $after: String) {\n    flags(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...FlagFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveFlag($flagId: ID!, $resolution: FlagResolution!, $note: String) {\n    resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) {\n      ...FlagFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveFlag($flagId: ID!, $resolution: FlagResolution!, $note: String) {\n    resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) {\n      ...FlagFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostSupervisorNote($sessionId: ID!, $content: String!) {\n    postSupervisorNote(sessionId: $sessionId, content: $content) {\n      messageId\n      content\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation PostSupervisorNote($sessionId: ID!, $content: String!) {\n    postSupervisorNote(sessionId: $sessionId, content: $content) {\n      messageId\n      content\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleForClasses($role: Role!) {\n    users(role: $role, status: ACTIVE, first: 200) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleForClasses($role: Role!) {\n    users(role: $role, status: ACTIVE, first: 200) {\n      edges {\n        node {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClass($input: CreateClassInput!) {\n    createClass(input: $input) {\n      ...ClassCard\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClass($input: CreateClassInput!) {\n    createClass(input: $input) {\n      ...ClassCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollStudents($classId: ID!, $userIds: [ID!]!) {\n    enrollStudents(classId: $classId, userIds: $userIds) {\n      ...ClassCard\n    }\n  }\n"): (typeof documents)["\n  mutation EnrollStudents($classId: ID!, $userIds: [ID!]!) {\n    enrollStudents(classId: $classId, userIds: $userIds) {\n      ...ClassCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassJoinCode($classId: ID!) {\n    class(id: $classId) {\n      id\n      archived\n      joinCode\n      pendingInvitations(first: 100) {\n        edges {\n          node {\n            id\n            role\n            invitee {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClassJoinCode($classId: ID!) {\n    class(id: $classId) {\n      id\n      archived\n      joinCode\n      pendingInvitations(first: 100) {\n        edges {\n          node {\n            id\n            role\n            invitee {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateJoinCode($classId: ID!) {\n    rotateJoinCode(classId: $classId) {\n      id\n      joinCode\n    }\n  }\n"): (typeof documents)["\n  mutation RotateJoinCode($classId: ID!) {\n    rotateJoinCode(classId: $classId) {\n      id\n      joinCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableJoinCode($classId: ID!) {\n    disableJoinCode(classId: $classId) {\n      id\n      joinCode\n    }\n  }\n"): (typeof documents)["\n  mutation DisableJoinCode($classId: ID!) {\n    disableJoinCode(classId: $classId) {\n      id\n      joinCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassSettings($classId: ID!) {\n    class(id: $classId) {\n      id\n      name\n      term\n      archived\n      flagKeywords\n    }\n  }\n"): (typeof documents)["\n  query ClassSettings($classId: ID!) {\n    class(id: $classId) {\n      id\n      name\n      term\n      archived\n      flagKeywords\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClass($classId: ID!, $name: String, $term: String) {\n    updateClass(classId: $classId, name: $name, term: $term) {\n      id\n      name\n      term\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClass($classId: ID!, $name: String, $term: String) {\n    updateClass(classId: $classId, name: $name, term: $term) {\n      id\n      name\n      term\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClassKeywords($classId: ID!, $keywords: [String!]!) {\n    setClassFlagKeywords(classId: $classId, keywords: $keywords) {\n      id\n      flagKeywords\n    }\n  }\n"): (typeof documents)["\n  mutation SetClassKeywords($classId: ID!, $keywords: [String!]!) {\n    setClassFlagKeywords(classId: $classId, keywords: $keywords) {\n      id\n      flagKeywords\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveClass($classId: ID!) {\n    archiveClass(classId: $classId) {\n      id\n      archived\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveClass($classId: ID!) {\n    archiveClass(classId: $classId) {\n      id\n      archived\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnenrollStudent($classId: ID!, $userIds: [ID!]!) {\n    unenrollStudents(classId: $classId, userIds: $userIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnenrollStudent($classId: ID!, $userIds: [ID!]!) {\n    unenrollStudents(classId: $classId, userIds: $userIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassHistory($classId: ID!, $first: Int, $after: String) {\n    classActivityHistory(classId: $classId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          kind\n          sessionId\n          messageId\n          at\n          student {\n            id\n            displayName\n          }\n          flag {\n            id\n            category\n            severity\n            excerpt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClassHistory($classId: ID!, $first: Int, $after: String) {\n    classActivityHistory(classId: $classId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          kind\n          sessionId\n          messageId\n          at\n          student {\n            id\n            displayName\n          }\n          flag {\n            id\n            category\n            severity\n            excerpt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenFlagCount {\n    myOpenFlagCount\n  }\n"): (typeof documents)["\n  query OpenFlagCount {\n    myOpenFlagCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FlagRaised($classId: ID) {\n    flagRaised(classId: $classId) {\n      ...FlagFields\n    }\n  }\n"): (typeof documents)["\n  subscription FlagRaised($classId: ID) {\n    flagRaised(classId: $classId) {\n      ...FlagFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      emailAlerts\n      minSeverity\n      escalationMinutes\n    }\n  }\n"): (typeof documents)["\n  query MyNotificationSettings {\n    myNotificationSettings {\n      emailAlerts\n      minSeverity\n      escalationMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($emailAlerts: Boolean, $minSeverity: FlagSeverity) {\n    updateNotificationSettings(emailAlerts: $emailAlerts, minSeverity: $minSeverity) {\n      emailAlerts\n      minSeverity\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationSettings($emailAlerts: Boolean, $minSeverity: FlagSeverity) {\n    updateNotificationSettings(emailAlerts: $emailAlerts, minSeverity: $minSeverity) {\n      emailAlerts\n      minSeverity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToClass($classId: ID!, $email: String!, $role: ClassInvitationRole!) {\n    inviteToClass(classId: $classId, email: $email, role: $role) {\n      id\n      status\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToClass($classId: ID!, $email: String!, $role: ClassInvitationRole!) {\n    inviteToClass(classId: $classId, email: $email, role: $role) {\n      id\n      status\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WatchOwner($id: ID!) {\n    chatSession(id: $id) {\n      id\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query WatchOwner($id: ID!) {\n    chatSession(id: $id) {\n      id\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WatchFlags($studentId: ID!) {\n    flags(filter: { studentId: $studentId }, first: 100) {\n      edges {\n        node {\n          id\n          sessionId\n          messageId\n          category\n          severity\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WatchFlags($studentId: ID!) {\n    flags(filter: { studentId: $studentId }, first: 100) {\n      edges {\n        node {\n          id\n          sessionId\n          messageId\n          category\n          severity\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionControl($classId: ID!) {\n    class(id: $classId) {\n      id\n      name\n      term\n      archived\n    }\n    classRoster(classId: $classId) {\n      student {\n        id\n        displayName\n      }\n    }\n    classActivityHistory(classId: $classId, first: 100) {\n      edges {\n        node {\n          kind\n          sessionId\n          messageId\n          at\n          student {\n            id\n          }\n        }\n      }\n    }\n    flags(filter: { classId: $classId, status: OPEN }, first: 20) {\n      edges {\n        node {\n          id\n          category\n          severity\n          excerpt\n          sessionId\n          messageId\n          createdAt\n          student {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MissionControl($classId: ID!) {\n    class(id: $classId) {\n      id\n      name\n      term\n      archived\n    }\n    classRoster(classId: $classId) {\n      student {\n        id\n        displayName\n      }\n    }\n    classActivityHistory(classId: $classId, first: 100) {\n      edges {\n        node {\n          kind\n          sessionId\n          messageId\n          at\n          student {\n            id\n          }\n        }\n      }\n    }\n    flags(filter: { classId: $classId, status: OPEN }, first: 20) {\n      edges {\n        node {\n          id\n          category\n          severity\n          excerpt\n          sessionId\n          messageId\n          createdAt\n          student {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClassFlagRaised($classId: ID) {\n    flagRaised(classId: $classId) {\n      id\n      category\n      severity\n      excerpt\n      sessionId\n      messageId\n      createdAt\n      student {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ClassFlagRaised($classId: ID) {\n    flagRaised(classId: $classId) {\n      id\n      category\n      severity\n      excerpt\n      sessionId\n      messageId\n      createdAt\n      student {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MissionActivity($classId: ID!) {\n    classActivity(classId: $classId) {\n      kind\n      sessionId\n      messageId\n      at\n      student {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MissionActivity($classId: ID!) {\n    classActivity(classId: $classId) {\n      kind\n      sessionId\n      messageId\n      at\n      student {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentOverview($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      role\n      status\n      openFlagCount\n      lastChatAt\n      chatSessionsToday\n      credits {\n        available {\n          credits\n        }\n        reserved {\n          credits\n        }\n        spent {\n          credits\n        }\n        granted {\n          credits\n        }\n      }\n      supervisorNotes(first: 20) {\n        edges {\n          node {\n            messageId\n            sessionId\n            content\n            createdAt\n            supervisor {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n    flags(filter: { studentId: $id }, first: 20) {\n      edges {\n        node {\n          ...FlagFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentOverview($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      role\n      status\n      openFlagCount\n      lastChatAt\n      chatSessionsToday\n      credits {\n        available {\n          credits\n        }\n        reserved {\n          credits\n        }\n        spent {\n          credits\n        }\n        granted {\n          credits\n        }\n      }\n      supervisorNotes(first: 20) {\n        edges {\n          node {\n            messageId\n            sessionId\n            content\n            createdAt\n            supervisor {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n    flags(filter: { studentId: $id }, first: 20) {\n      edges {\n        node {\n          ...FlagFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentSessions($id: ID!, $first: Int, $after: String) {\n    user(id: $id) {\n      id\n      chatSessions(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n            updatedAt\n            isStreaming\n            deletedByOwnerAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentSessions($id: ID!, $first: Int, $after: String) {\n    user(id: $id) {\n      id\n      chatSessions(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n            updatedAt\n            isStreaming\n            deletedByOwnerAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;