import type { BriefingTemplate } from '../types'

/**
 * A Chinese official-document style brief after GB/T 9704-2012: A4, 仿宋 body at 三号 (16pt),
 * headings numbered 一、 （一） 1. in 黑体, 楷体 and 仿宋.
 */
export const cnOfficialTemplate: BriefingTemplate = {
  id: 'cn-official',
  name: '公文式报告（中文）',
  description: 'Chinese official-document style (GB/T 9704-2012): A4, 仿宋 body at 三号 (16pt), headings 一、（一）1. in 黑体 / 楷体 / 仿宋.',
  language: 'zh-CN',
  fields: [
    { key: 'recipient', label: '主送机关', required: true, placeholder: '如：市人民政府' },
    { key: 'reference', label: '发文字号', required: false, placeholder: '如：×发〔2026〕1号' },
    { key: 'author', label: '发文机关', required: true },
    { key: 'date', label: '成文日期', required: true, placeholder: '如：2026年3月12日' },
    { key: 'contact', label: '联系人及电话', required: false },
  ],
  // Most briefs carry no secrecy marking; when one applies it is printed top left.
  classification: { default: '', options: ['秘密', '机密', '绝密'], required: false },
  sections: [
    { id: 'situation', title: '基本情况', guidance: '简要说明有关背景和基本情况，注明资料来源。', required: true },
    { id: 'issues', title: '主要问题', guidance: '列明需要关注的主要问题及其影响。', required: true },
    { id: 'recommendations', title: '意见建议', guidance: '提出具体、可操作的意见建议，逐条列出。', required: true, recommendations: true },
  ],
  decision: null,
  // GB/T 9704-2012: top 37 mm, bottom 35 mm, left (binding side) 28 mm, right 26 mm; 22 lines × 28 characters.
  page: { size: 'A4', marginsMm: { top: 37, right: 26, bottom: 35, left: 28 } },
  fonts: { body: 'FangSong', heading: 'SimHei', eastAsia: '仿宋', sizePt: 16, headingEastAsia: ['黑体', '楷体', '仿宋'] },
  headingNumbering: 'zh',
}
