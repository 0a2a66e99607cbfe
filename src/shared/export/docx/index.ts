export { exportBriefingDocx, buildBriefingDocument, type ExportDocxOptions, type ExportDocxResult } from './export-briefing'
export { OrgStylesError, readOrgStyles } from './org-styles'
export { WORD_STYLES, type StyleKey } from './word-styles'
