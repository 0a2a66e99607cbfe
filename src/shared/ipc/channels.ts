/**
 * Every IPC channel and main→renderer event name, as plain data. The preload bundles this file alone
 * (no zod), so keep it free of imports. Schemas for each channel are in ./contract.ts.
 */
export const CHANNELS = [
  'app:info',
  'briefing:open',
  'briefing:openRecent',
  'briefing:openDropped',
  'briefing:save',
  'briefing:saveAs',
  'briefing:revert',
  'briefing:close',
  'recent:list',
  'recent:clear',
  'article:importFile',
  'article:importDropped',
  'article:importText',
  'drop:grant',
  'docx:export',
  'docx:preview',
  'docx:chooseStyles',
  'docx:clearStyles',
  'shell:openExternal',
  'autosave:write',
  'recovery:list',
  'recovery:restore',
  'recovery:discard',
  'window:setTitle',
  'window:confirmClose',
] as const
export type Channel = (typeof CHANNELS)[number]

/** Events main sends to the renderer (menu commands, file changed on disk, close requested). */
export const EVENTS = ['menu:command', 'file:changedOnDisk', 'app:closeRequested'] as const
export type AppEvent = (typeof EVENTS)[number]
