/** English: the signed-in workspace's frame and shared states (loaded with the workspace chunk). */
export const FRAME_EN = {
  'frame.navLabel': 'Workspace',
  'frame.noAccess.title': "You don't have access to this page",
  'frame.noAccess.text':
    'Your account does not have a role that can open this page. If you need it for your work, ask an administrator of your facility.',
  'frame.noAccess.back': 'Go to your start page',
  'frame.breadcrumb': 'You are here',
  'frame.pageOf': 'Page {page}',
  'frame.unknownPerson': 'Unknown person',
} as const;
