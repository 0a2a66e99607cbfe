import type { Platform } from '../../src/main/platform/types'

/** A Platform whose dialogs answer from queues the test fills: the real services, scripted user choices. */
export class ScriptedPlatform implements Platform {
  readonly openQueue: (string | null)[] = []
  readonly saveQueue: (string | null)[] = []
  readonly importQueue: string[][] = []
  readonly docxQueue: (string | null)[] = []
  readonly styleQueue: (string | null)[] = []
  readonly externalAnswers: boolean[] = []
  readonly opened: string[] = []
  readonly recentDocuments: string[] = []
  readonly titles: { title: string; edited: boolean }[] = []
  readonly closeAnswers: boolean[] = []

  constructor(readonly userDataDir: string) {}

  async chooseBriefingToOpen() {
    return this.openQueue.shift() ?? null
  }
  async chooseBriefingSavePath() {
    return this.saveQueue.shift() ?? null
  }
  async chooseArticlesToImport() {
    return this.importQueue.shift() ?? []
  }
  async chooseDocxSavePath() {
    return this.docxQueue.shift() ?? null
  }
  async chooseStyleTemplate() {
    return this.styleQueue.shift() ?? null
  }
  async confirmOpenExternal() {
    return this.externalAnswers.shift() ?? false
  }
  async openExternal(url: string) {
    this.opened.push(url)
  }
  addRecentDocument(path: string) {
    this.recentDocuments.push(path)
  }
  clearRecentDocuments() {
    this.recentDocuments.length = 0
  }
  setTitle(title: string, edited: boolean) {
    this.titles.push({ title, edited })
  }
  answerClose(proceed: boolean) {
    this.closeAnswers.push(proceed)
  }
  now() {
    return new Date()
  }
}
