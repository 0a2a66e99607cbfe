import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type INumberingOptions } from 'docx'

/** A paragraph's place in a list: which numbering definition, which list (instance) and how deep. */
export interface ListPlace {
  reference: string
  instance: number
  level: number
}

const BULLETS = ['\u2022', '\u25E6', '\u25AA']
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN]

/** Nine levels (Word's maximum), indented 360 twips per level with a hanging number. */
function levels(kind: 'bullet' | 'ordered', start: number): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : ORDERED_FORMATS[level % 3],
    text: kind === 'bullet' ? BULLETS[level % 3] : `%${level + 1}.`,
    // Only the top level of a list takes its `start`; nested lists are their own lists anyway.
    start: kind === 'ordered' && level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 + 360 * level, hanging: 360 } } },
  }))
}

/** Chinese official-document heading numbers: 一、 then （一） then 1., the title following directly (no tab). */
const ZH_HEADING_LEVELS: ILevelsOptions[] = (
  [
    [LevelFormat.CHINESE_COUNTING, '%1、'],
    [LevelFormat.CHINESE_COUNTING, '（%2）'],
    [LevelFormat.DECIMAL, '%3.'],
  ] as const
).map(([format, text], level) => ({
  level,
  format,
  text,
  start: 1,
  suffix: LevelSuffix.NOTHING,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 0, firstLine: 0 } } },
}))

/** The reference of the heading numbering used when a template asks for 'zh' numbering. */
export const ZH_HEADING_REFERENCE = 'heading-zh'

/**
 * Hands out one numbering instance per list, so that every list restarts at its own start, and
 * collects the definitions the document needs. One definition per kind and start value: Word keeps
 * `start` in the abstract definition, so a list starting at 5 needs its own.
 */
export class ListNumbering {
  private readonly references = new Map<string, ILevelsOptions[]>()
  private readonly instances = new Map<string, number>()

  /** A new list of this kind; returns its place at `level`. */
  newList(kind: 'bullet' | 'ordered', start: number, level: number): ListPlace {
    const reference = kind === 'bullet' ? 'bullet' : `ordered-${start}`
    if (!this.references.has(reference)) this.references.set(reference, levels(kind, start))
    const instance = (this.instances.get(reference) ?? 0) + 1
    this.instances.set(reference, instance)
    return { reference, instance, level }
  }

  /** The place of a heading at `level` (1-3) under Chinese heading numbering: one list for the whole document. */
  zhHeading(level: number): ListPlace {
    if (!this.references.has(ZH_HEADING_REFERENCE)) this.references.set(ZH_HEADING_REFERENCE, ZH_HEADING_LEVELS)
    return { reference: ZH_HEADING_REFERENCE, instance: 1, level: Math.min(2, Math.max(0, level - 1)) }
  }

  /** The numbering definitions for `new Document`. */
  options(): INumberingOptions {
    return { config: [...this.references].map(([reference, lv]) => ({ reference, levels: lv })) }
  }
}
