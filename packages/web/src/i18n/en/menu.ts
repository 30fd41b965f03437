/** English: the account menu in the header (part of the first download, so kept short). */
export const MENU_EN = {
  'menu.label': 'Your account',
  'menu.button': 'Menu: {name}',
  'menu.signIn': 'Sign in',
  'menu.signOut': 'Sign out',
  'menu.account': 'Account settings',
  'menu.patients': 'My patients',
  'menu.dashboard': 'Dashboard',
  'menu.monitoringBoard': 'Withdrawal monitoring',
  'menu.myRecord': 'My record',
  'menu.family': 'Shared with me',
  'menu.consents': 'My consents',
  'menu.disclosures': 'Who has seen my record',
  'menu.users': 'Users',
  'menu.facilities': 'Facilities',
  'menu.audit': 'Audit log',
  'menu.breakGlass': 'Break-glass review',
} as const;
