import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../services/briefing-file'

const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(640).max(10000),
  height: z.number().int().min(480).max(10000),
  maximized: z.boolean().default(false),
})
export type WindowState = z.infer<typeof WindowState>

const DEFAULT_STATE: WindowState = { width: 1400, height: 900, maximized: false }

/** The window's last size and position, or defaults when none was saved or the file is damaged. */
export function loadWindowState(userDataDir: string): WindowState {
  try {
    return WindowState.parse(JSON.parse(readFileSync(join(userDataDir, 'window-state.json'), 'utf8')))
  } catch {
    return DEFAULT_STATE
  }
}

/** Keeps the window's size and position for the next start. */
export async function saveWindowState(userDataDir: string, state: WindowState): Promise<void> {
  await writeFileAtomic(join(userDataDir, 'window-state.json'), JSON.stringify(WindowState.parse(state)))
}
