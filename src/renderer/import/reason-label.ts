// The importer records reasons as short codes ('breadcrumb', 'icp', 'page-footer'); these read better.
const LABELS: Record<string, string> = {
  user: 'removed by you',
  title: 'used as the title',
  icp: 'ICP record',
  psb: 'public-security record',
  'seo-spam': 'SEO spam',
  'app-lure': 'app download lure',
  'link-list': 'list of links',
  'footer-links': 'footer links',
  'page-header': 'page header',
  'page-footer': 'page footer',
  'outside-article': 'outside the article',
  duplicate: 'repeats an earlier paragraph',
  boilerplate: 'organisation blurb',
  'end-mark': 'after the end of the release',
  'running-header': 'running header',
  'page-number': 'page number',
  'prev-next': 'previous/next links',
  'view-count': 'view counter',
  'font-size': 'font-size control',
  'read-time': 'reading time',
  'skip-link': 'skip link',
  'meta-line': 'page details',
  'image-credit': 'image credit',
  'source-line': 'source line',
  'citation-line': 'citation line',
  related: 'related links',
  comments: 'comments',
  cookie: 'cookie notice',
  share: 'share buttons',
  print: 'print control',
}

/** A short, readable label for a removal reason code. */
export function reasonLabel(reason: string): string {
  return LABELS[reason] ?? reason.replace(/[-_]+/g, ' ')
}
