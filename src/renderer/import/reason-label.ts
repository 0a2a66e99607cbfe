// The importer records reasons as short codes ('breadcrumb', 'icp', 'page-footer'); these read better.
const LABELS: Record<string, string> = {
  user: 'removed by you',
  icp: 'ICP record',
  'icp-record': 'ICP record',
  psb: 'public-security record',
  seo: 'SEO spam',
  'seo-spam': 'SEO spam',
  spam: 'SEO spam',
  'link-list': 'list of links',
  'page-header': 'page header',
  'page-footer': 'page footer',
  'outside-article': 'outside the article',
  'running-header': 'running header',
  'page-number': 'page number',
}

/** A short, readable label for a removal reason code. */
export function reasonLabel(reason: string): string {
  return LABELS[reason] ?? reason.replace(/[-_]+/g, ' ')
}
