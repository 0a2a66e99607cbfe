import type { PageSize } from '../model/briefing'

/** A header field a template asks for. Well-known keys map onto `BriefingMeta`; others go to `meta.fields`. */
export interface TemplateField {
  /** 'recipient' | 'author' | 'date' | 'reference' | 'dueDate' | 'contact' | 'classification' or a template-specific key. */
  key: string
  label: string
  required: boolean
  /** Hint shown in the empty input. */
  placeholder?: string
  /** When set, the value is one of these (e.g. 'For action' / 'For information'). */
  options?: string[]
}

/** One section of a briefing template. It appears in the draft as a level-1 heading with `sectionId`. */
export interface TemplateSection {
  id: string
  title: string
  /** Shown as placeholder text in the empty section; never exported. */
  guidance: string
  required: boolean
  /** Maximum words in the section body. */
  wordLimit?: number
  /** Maximum lines (at the template's page width) for the section body, e.g. a BLUF of 4 lines. */
  lineLimit?: number
  /** True for the section holding recommendations: each needs a decision line. */
  recommendations?: boolean
}

/** The decision block printed for the reader to mark. */
export interface DecisionBlock {
  /** e.g. ['Agreed', 'Not agreed', 'Noted'] or ['Approve', 'Disapprove']. */
  options: string[]
  /** 'perRecommendation': after each numbered recommendation; 'end': once after the recommendation section. */
  placement: 'perRecommendation' | 'end'
  /** Lines to sign and date under the options. */
  signature: boolean
}

export interface TemplateFonts {
  /** Latin body font, e.g. 'Arial', 'Times New Roman'. */
  body: string
  heading: string
  /** East-Asian font for CJK text, e.g. '仿宋' (FangSong) or 'SimSun'. */
  eastAsia: string
  /** Body size in points. */
  sizePt: number
  /**
   * East-Asian heading fonts by level (index 0 = level 1), for styles such as the Chinese official
   * document where each level has its own face; absent = `heading` / `eastAsia` for every level.
   */
  headingEastAsia?: string[]
}

export interface PageSetup {
  size: PageSize
  /** Margins in millimetres. */
  marginsMm: { top: number; right: number; bottom: number; left: number }
  /** Maximum pages of the exported document, when the template has one. */
  pageLimit?: number
}

/** A briefing template: pure data. */
export interface BriefingTemplate {
  id: string
  name: string
  description: string
  /** BCP-47 language of the template's own text. */
  language: string
  fields: TemplateField[]
  classification: { default: string; options: string[]; required: boolean }
  sections: TemplateSection[]
  decision: DecisionBlock | null
  page: PageSetup
  fonts: TemplateFonts
  /** Heading numbering style: 'zh' = 一、 （一） 1. ; null = none. */
  headingNumbering: 'zh' | null
  /** Whole-document word limit, when the template has one. */
  wordLimit?: number
}
