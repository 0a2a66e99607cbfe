export * from './types'
export { TEMPLATES } from './catalog'
export { findTemplate, getTemplate } from './get-template'
export { briefingFromTemplate, templateDoc, type BriefingFromTemplateOptions } from './briefing-from-template'
