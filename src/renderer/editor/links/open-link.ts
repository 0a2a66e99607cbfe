import { call } from '../../api'
import { notify } from '../../state/notices'

/** Asks main to open a link in the system browser; main checks the scheme and asks the user first. */
export async function openLink(href: string): Promise<void> {
  try {
    await call('shell:openExternal', { url: href })
  } catch (e) {
    notify('error', e instanceof Error ? e.message : String(e))
  }
}
