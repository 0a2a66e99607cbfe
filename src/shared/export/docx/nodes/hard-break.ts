import { TextRun, type ParagraphChild } from 'docx'

/** A hard break (Shift+Enter) becomes a line break inside the paragraph. */
export function mapHardBreak(): ParagraphChild[] {
  return [new TextRun({ break: 1 })]
}
