import { createStore } from './store'

export interface Notice {
  id: number
  kind: 'info' | 'success' | 'error'
  message: string
}

export interface ConfirmRequest {
  title: string
  message: string
  /** Buttons from left to right; the promise resolves with the chosen label, or null on Escape. */
  buttons: string[]
  defaultButton: string
  resolve: (choice: string | null) => void
}

export const notices = createStore<{ items: Notice[]; confirm: ConfirmRequest | null; busy: string | null }>({ items: [], confirm: null, busy: null })
let nextId = 1

/** Shows a short message at the bottom of the window; errors stay until dismissed. */
export function notify(kind: Notice['kind'], message: string): void {
  const id = nextId++
  notices.set((s) => ({ items: [...s.items.slice(-3), { id, kind, message }] }))
  if (kind !== 'error') setTimeout(() => dismiss(id), 4000)
}

export function dismiss(id: number): void {
  notices.set((s) => ({ items: s.items.filter((n) => n.id !== id) }))
}

/** Asks the user a question in an in-app dialog. */
export function ask(title: string, message: string, buttons: string[], defaultButton = buttons[0]!): Promise<string | null> {
  return new Promise((resolve) => {
    notices.set({
      confirm: {
        title,
        message,
        buttons,
        defaultButton,
        resolve: (choice) => {
          notices.set({ confirm: null })
          resolve(choice)
        },
      },
    })
  })
}

/** Runs long work with a progress message in the status bar. */
export async function withBusy<T>(message: string, work: () => Promise<T>): Promise<T> {
  notices.set({ busy: message })
  try {
    return await work()
  } finally {
    notices.set({ busy: null })
  }
}
