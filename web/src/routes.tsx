import type { ReactNode } from 'react';
import type { NavItem } from './components/Layout';
import type { RoleName } from './lib/session';
import { AccountScreen } from './screens/account/AccountScreen';
import { ChatScreen } from './screens/chat/ChatScreen';
import { ChatbotEditorScreen } from './screens/chatbots/ChatbotEditorScreen';
import { ChatbotsScreen } from './screens/chatbots/ChatbotsScreen';
import { ClassesScreen } from './screens/supervisor/ClassesScreen';
import { ClassScreen } from './screens/supervisor/ClassScreen';
import { FlagsScreen } from './screens/supervisor/FlagsScreen';
import { WatchScreen } from './screens/supervisor/WatchScreen';
import { CreditsScreen } from './screens/admin/credits/CreditsScreen';
import { PricesScreen } from './screens/admin/prices/PricesScreen';
import { PlaygroundScreen } from './screens/admin/PlaygroundScreen';
import { UsersScreen } from './screens/admin/users/UsersScreen';

/** A screen at a path pattern, and who may open it. */
interface Route {
  readonly path: string;
  readonly roles: readonly RoleName[];
  render(params: Record<string, string>): ReactNode;
}

const everyone: readonly RoleName[] = ['STUDENT', 'SUPERVISOR', 'ADMIN'];
const admins: readonly RoleName[] = ['ADMIN'];
const students: readonly RoleName[] = ['STUDENT'];
const staff: readonly RoleName[] = ['SUPERVISOR', 'ADMIN'];

/** Every screen of the signed-in app. */
export const routes: readonly Route[] = [
  { path: '/chat', roles: students, render: () => <ChatScreen /> },
  {
    path: '/chat/:sessionId',
    roles: students,
    render: (p) => <ChatScreen sessionId={p.sessionId} />,
  },
  { path: '/classes', roles: staff, render: () => <ClassesScreen /> },
  {
    path: '/classes/:classId',
    roles: staff,
    render: (p) => <ClassScreen classId={p.classId as string} />,
  },
  { path: '/chatbots', roles: staff, render: () => <ChatbotsScreen /> },
  { path: '/chatbots/new', roles: staff, render: () => <ChatbotEditorScreen /> },
  {
    path: '/chatbots/:id',
    roles: staff,
    render: (p) => <ChatbotEditorScreen key={p.id} id={p.id} />,
  },
  { path: '/flags', roles: staff, render: () => <FlagsScreen /> },
  {
    path: '/watch/:sessionId',
    roles: staff,
    render: (p) => <WatchScreen key={p.sessionId} sessionId={p.sessionId as string} />,
  },
  { path: '/account', roles: everyone, render: () => <AccountScreen /> },
  { path: '/admin/users', roles: admins, render: () => <UsersScreen /> },
  { path: '/admin/credits', roles: admins, render: () => <CreditsScreen /> },
  { path: '/admin/prices', roles: admins, render: () => <PricesScreen /> },
  { path: '/admin/playground', roles: admins, render: () => <PlaygroundScreen /> },
];

/** The main navigation, filtered by role in the layout. */
export const navItems: readonly NavItem[] = [
  { href: '/chat', label: 'Chat', roles: students },
  { href: '/admin/users', label: 'Users', roles: admins },
  { href: '/admin/credits', label: 'Credits', roles: admins },
  { href: '/classes', label: 'Classes', roles: staff },
  { href: '/flags', label: 'Flags', roles: staff },
  { href: '/chatbots', label: 'Chatbots', roles: staff },
  { href: '/admin/prices', label: 'Prices', roles: admins },
  { href: '/admin/playground', label: 'Playground', roles: admins },
  { href: '/account', label: 'My account', roles: everyone },
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
