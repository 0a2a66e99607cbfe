/** Words the exporter writes itself, per document language. */
export interface ExportLabels {
  sources: string
  ibid: string
  missingSource: string
  /** Text around the PAGE and NUMPAGES fields: [before, between, after]. */
  pageOf: readonly [string, string, string]
  signature: string
  date: string
  /** After a header-field label ("To:", "主送机关："). */
  colon: string
}

const EN: ExportLabels = {
  sources: 'Sources',
  ibid: 'Ibid.',
  missingSource: 'source missing from this briefing',
  pageOf: ['Page ', ' of ', ''],
  signature: 'Signature',
  date: 'Date',
  colon: ':',
}

const ZH: ExportLabels = {
  sources: '参考来源',
  ibid: '同上',
  missingSource: '本简报中缺少该来源',
  pageOf: ['第 ', ' 页 共 ', ' 页'],
  signature: '签名',
  date: '日期',
  colon: '：',
}

/** Labels for a BCP-47 language tag: Chinese for zh-*, English otherwise. */
export function labelsFor(language: string): ExportLabels {
  return language.toLowerCase().startsWith('zh') ? ZH : EN
}
