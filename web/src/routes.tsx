import type { ComponentType } from 'react';
import { useParams } from 'react-router';
import type { NavItem } from './components/Layout';
import type { RoleName } from './lib/session';
import type { TitleKey } from './lib/title';
import { AccountScreen } from './screens/account/AccountScreen';
import { ChatScreen } from './screens/chat/ChatScreen';
import { ChatbotEditorScreen } from './screens/chatbots/ChatbotEditorScreen';
import { ChatbotsScreen } from './screens/chatbots/ChatbotsScreen';
import { TryChatbotScreen } from './screens/chatbots/TryChatbotScreen';
import { MaterialsScreen } from './screens/materials/MaterialsScreen';
import { ClassesScreen } from './screens/supervisor/ClassesScreen';
import { ClassScreen } from './screens/supervisor/ClassScreen';
import { FlagsScreen } from './screens/supervisor/FlagsScreen';
import { WatchScreen } from './screens/supervisor/WatchScreen';
import { MissionControlScreen } from './screens/supervisor/mission/MissionControlScreen';
import { StudentScreen } from './screens/supervisor/student/StudentScreen';
import { OpenFlagBadge } from './components/OpenFlagBadge';
import { CreditsScreen } from './screens/admin/credits/CreditsScreen';
import { PricesScreen } from './screens/admin/prices/PricesScreen';
import { PlaygroundScreen } from './screens/admin/playground/PlaygroundScreen';
import { UsersScreen } from './screens/admin/users/UsersScreen';
import { AccessLogScreen } from './screens/admin/accesslog/AccessLogScreen';
import { AllowancesScreen } from './screens/admin/allowances/AllowancesScreen';
import { AnalyticsScreen } from './screens/admin/analytics/AnalyticsScreen';
import { ApiKeysScreen } from './screens/admin/apikeys/ApiKeysScreen';
import { BudgetsScreen } from './screens/admin/budgets/BudgetsScreen';
import { PersonCreditsScreen } from './screens/admin/ledger/PersonCreditsScreen';
import { HelpResourcesScreen } from './screens/admin/help/HelpResourcesScreen';
import { CaughtEmailsScreen } from './screens/admin/emails/CaughtEmailsScreen';
import { IdentityProvidersScreen } from './screens/admin/sso/IdentityProvidersScreen';
import { LtiPlatformsScreen } from './screens/admin/lms/LtiPlatformsScreen';
import { CustomToolsScreen } from './screens/admin/tools/CustomToolsScreen';
import { LtiDeepLinkScreen } from './screens/lti/LtiDeepLinkScreen';

/**
 * A screen at a React Router path pattern, who may open it, and its page title (an i18n key;
 * the tab reads "<title> · Aula"). Screens read their parameters with `useParams()`.
 */
export interface AppRoute {
  readonly path: string;
  readonly roles: readonly RoleName[];
  readonly title: TitleKey;
  readonly Screen: ComponentType;
}

const everyone: readonly RoleName[] = ['STUDENT', 'SUPERVISOR', 'ADMIN'];
const admins: readonly RoleName[] = ['ADMIN'];
const students: readonly RoleName[] = ['STUDENT'];
const staff: readonly RoleName[] = ['SUPERVISOR', 'ADMIN'];

// Thin adapters from URL parameters to the screens' props; `key` remounts on a new id.
function ChatRoute() {
  const { sessionId } = useParams();
  return <ChatScreen pane={sessionId ? { kind: 'open', sessionId } : { kind: 'picker' }} />;
}
function NewChatRoute() {
  const { chatbotId } = useParams();
  return <ChatScreen pane={{ kind: 'new', chatbotId: chatbotId ?? null }} />;
}
function ClassRoute() {
  const { classId = '' } = useParams();
  return <ClassScreen key={classId} classId={classId} />;
}
function ChatbotRoute() {
  const { id } = useParams();
  return <ChatbotEditorScreen key={id} id={id} />;
}
function NewChatbotRoute() {
  return <ChatbotEditorScreen />;
}
function MissionControlRoute() {
  const { classId = '' } = useParams();
  return <MissionControlScreen key={classId} classId={classId} />;
}
function StudentRoute() {
  const { studentId = '' } = useParams();
  return <StudentScreen key={studentId} studentId={studentId} />;
}
function LtiDeepLinkRoute() {
  const { launchId = '' } = useParams();
  return <LtiDeepLinkScreen key={launchId} launchId={launchId} />;
}
function TryChatbotRoute() {
  const { id = '' } = useParams();
  return <TryChatbotScreen key={id} chatbotId={id} />;
}
function WatchRoute() {
  const { sessionId = '' } = useParams();
  return <WatchScreen key={sessionId} sessionId={sessionId} />;
}

/** Every screen of the signed-in app. */
export const routes: readonly AppRoute[] = [
  { path: '/chat', roles: students, title: 'common:titles.chat', Screen: ChatRoute },
  { path: '/chat/new', roles: students, title: 'common:titles.newChat', Screen: NewChatRoute },
  {
    path: '/chat/new/:chatbotId',
    roles: students,
    title: 'common:titles.newChat',
    Screen: NewChatRoute,
  },
  { path: '/chat/:sessionId', roles: students, title: 'common:titles.chat', Screen: ChatRoute },
  { path: '/classes', roles: staff, title: 'common:titles.classes', Screen: ClassesScreen },
  { path: '/classes/:classId', roles: staff, title: 'common:titles.class', Screen: ClassRoute },
  {
    path: '/classes/:classId/live',
    roles: staff,
    title: 'common:titles.missionControl',
    Screen: MissionControlRoute,
  },
  {
    path: '/chatbots/:id/try',
    roles: staff,
    title: 'common:titles.tryChatbot',
    Screen: TryChatbotRoute,
  },
  {
    path: '/students/:studentId',
    roles: staff,
    title: 'common:titles.student',
    Screen: StudentRoute,
  },
  { path: '/chatbots', roles: staff, title: 'common:titles.chatbots', Screen: ChatbotsScreen },
  {
    path: '/chatbots/new',
    roles: staff,
    title: 'common:titles.newChatbot',
    Screen: NewChatbotRoute,
  },
  { path: '/chatbots/:id', roles: staff, title: 'common:titles.chatbot', Screen: ChatbotRoute },
  { path: '/materials', roles: staff, title: 'common:titles.materials', Screen: MaterialsScreen },
  { path: '/flags', roles: staff, title: 'common:titles.flags', Screen: FlagsScreen },
  { path: '/watch/:sessionId', roles: staff, title: 'common:titles.watch', Screen: WatchRoute },
  {
    path: '/lti-deep-link/:launchId',
    roles: staff,
    title: 'common:titles.ltiDeepLink',
    Screen: LtiDeepLinkRoute,
  },
  { path: '/account', roles: everyone, title: 'common:titles.account', Screen: AccountScreen },
  { path: '/admin/users', roles: admins, title: 'common:titles.users', Screen: UsersScreen },
  { path: '/admin/credits', roles: admins, title: 'common:titles.credits', Screen: CreditsScreen },
  {
    path: '/admin/credits/:userId',
    roles: admins,
    title: 'common:titles.personCredits',
    Screen: PersonCreditsScreen,
  },
  {
    path: '/admin/analytics',
    roles: admins,
    title: 'common:titles.analytics',
    Screen: AnalyticsScreen,
  },
  {
    path: '/admin/allowances',
    roles: admins,
    title: 'common:titles.allowances',
    Screen: AllowancesScreen,
  },
  { path: '/admin/budgets', roles: admins, title: 'common:titles.budgets', Screen: BudgetsScreen },
  { path: '/admin/api-keys', roles: admins, title: 'common:titles.apiKeys', Screen: ApiKeysScreen },
  {
    path: '/admin/access-log',
    roles: admins,
    title: 'common:titles.accessLog',
    Screen: AccessLogScreen,
  },
  { path: '/admin/prices', roles: admins, title: 'common:titles.prices', Screen: PricesScreen },
  {
    path: '/admin/help-resources',
    roles: admins,
    title: 'common:titles.helpResources',
    Screen: HelpResourcesScreen,
  },
  {
    path: '/admin/emails',
    roles: admins,
    title: 'common:titles.emails',
    Screen: CaughtEmailsScreen,
  },
  {
    path: '/admin/sign-in',
    roles: admins,
    title: 'common:titles.singleSignOn',
    Screen: IdentityProvidersScreen,
  },
  {
    path: '/admin/integrations/lms',
    roles: admins,
    title: 'common:titles.lms',
    Screen: LtiPlatformsScreen,
  },
  {
    path: '/admin/integrations/tools',
    roles: admins,
    title: 'common:titles.agentTools',
    Screen: CustomToolsScreen,
  },
  {
    path: '/admin/playground',
    roles: admins,
    title: 'common:titles.playground',
    Screen: PlaygroundScreen,
  },
];

/**
 * The navigation, filtered by role in the layout. Administration has more screens than fit
 * beside the rest, so its items (`group: 'admin'`) form a second row under the main one.
 */
export const navItems: readonly NavItem[] = [
  { href: '/chat', label: 'common:nav.chat', roles: students },
  { href: '/classes', label: 'common:nav.classes', roles: staff },
  { href: '/flags', label: 'common:nav.flags', roles: staff, badge: OpenFlagBadge },
  { href: '/chatbots', label: 'common:nav.chatbots', roles: staff },
  { href: '/materials', label: 'common:nav.materials', roles: staff },
  { href: '/account', label: 'common:nav.account', roles: everyone },
  { href: '/admin/users', label: 'common:nav.users', roles: admins, group: 'admin' },
  { href: '/admin/credits', label: 'common:nav.credits', roles: admins, group: 'admin' },
  { href: '/admin/analytics', label: 'common:nav.analytics', roles: admins, group: 'admin' },
  { href: '/admin/allowances', label: 'common:nav.allowances', roles: admins, group: 'admin' },
  { href: '/admin/budgets', label: 'common:nav.budgets', roles: admins, group: 'admin' },
  { href: '/admin/api-keys', label: 'common:nav.apiKeys', roles: admins, group: 'admin' },
  { href: '/admin/access-log', label: 'common:nav.accessLog', roles: admins, group: 'admin' },
  { href: '/admin/prices', label: 'common:nav.prices', roles: admins, group: 'admin' },
  {
    href: '/admin/help-resources',
    label: 'common:nav.helpResources',
    roles: admins,
    group: 'admin',
  },
  { href: '/admin/emails', label: 'common:nav.emails', roles: admins, group: 'admin' },
  { href: '/admin/sign-in', label: 'common:nav.singleSignOn', roles: admins, group: 'admin' },
  { href: '/admin/integrations/lms', label: 'common:nav.lms', roles: admins, group: 'admin' },
  {
    href: '/admin/integrations/tools',
    label: 'common:nav.agentTools',
    roles: admins,
    group: 'admin',
  },
  { href: '/admin/playground', label: 'common:nav.playground', roles: admins, group: 'admin' },
];

/** Where each role lands after signing in. */
export function homeFor(role: RoleName): string {
  switch (role) {
    case 'ADMIN':
      return '/admin/users';
    case 'STUDENT':
      return '/chat';
    case 'SUPERVISOR':
      return '/classes';
    default:
      return '/account';
  }
}
