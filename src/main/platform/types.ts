/**
 * What services and IPC handlers need from the desktop, as an interface: Electron implements it in
 * ./electron-platform.ts; tests and the Playwright bridge pass scripted fakes. No electron import here.
 */
export interface Platform {
  /** The app's data folder (journal, recent files, settings, window state). */
  userDataDir: string
  /** Open dialog for a briefing (.brief, or .docx to start from a Word document); null when cancelled. */
  chooseBriefingToOpen(): Promise<string | null>
  /** Save dialog for a briefing; null when cancelled. */
  chooseBriefingSavePath(suggestedName: string): Promise<string | null>
  /** Open dialog for article files (several allowed); [] when cancelled. */
  chooseArticlesToImport(): Promise<string[]>
  /** Save dialog for a Word export; null when cancelled. */
  chooseDocxSavePath(suggestedName: string): Promise<string | null>
  /** Open dialog for an organisation's Word file (.docx/.dotx) whose styles exports use; null when cancelled. */
  chooseStyleTemplate(): Promise<string | null>
  /** Asks the user before a link leaves the app. */
  confirmOpenExternal(url: string): Promise<boolean>
  /** Opens a checked http(s)/mailto URL in the system browser. */
  openExternal(url: string): Promise<void>
  /** Adds to the OS recent-documents list. */
  addRecentDocument(path: string): void
  clearRecentDocuments(): void
  /** Window title and the "edited" dot. */
  setTitle(title: string, edited: boolean): void
  /** The renderer's answer to a close request (after its own "Save changes?" guard). */
  answerClose(proceed: boolean): void
  /** Current time (injected so tests repeat). */
  now(): Date
}
