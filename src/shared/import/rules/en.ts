import type { LineRule, ZoneRule } from './types'
import { isAscii } from '../normalise'

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
/** A date as English pages print it near a headline. */
export const EN_DATE = new RegExp(
  `(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}\\b|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b)`,
  'i',
)
const DATE_ONLY = new RegExp(`^(?:(?:published|updated|posted|last updated|first published|date)[:\\s]*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?${EN_DATE.source}(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?(?:\\s*[a-z]{2,4})?)?\\.?$`, 'i')

/** Words of page controls (share bars, toolbars, account links), for lines made of nothing else. */
const UI_WORDS = new Set('share save listen follow following print email e-mail copy link comment comments like likes reply report tweet facebook twitter x linkedin whatsapp reddit pinterest telegram more menu search subscribe sign in up log login logout register close open bookmark gift article this page story on via read later text size font a a+ a- audio clap claps respond responses unfollow mute block embed download pdf options'.split(' '))

// Patterns used inside function rules live out here: some toolchains rebuild a regex literal such
// as /\p{Ll}{2}/u as `new RegExp(…)` on every call, and these run on every line of a page.
const BYLINE_START = /^(by|written by|words by|author:?|authors:?|reporting by|posted by|story by)\s+\p{L}/iu
/** A lowercase word running into a capitalised one ("timesRoute"): headlines copied without spaces. */
const RUN_TOGETHER = /\p{Ll}{2}\p{Lu}\p{Ll}{2}/gu
const RUN_TOGETHER_ASCII = /[a-z]{2}[A-Z][a-z]{2}/g
/** How many times a lowercase word runs into a capitalised one; Unicode classes only when needed. */
const runTogetherCount = (t: string) => (t.match(isAscii(t) ? RUN_TOGETHER_ASCII : RUN_TOGETHER)?.length ?? 0)
/** Credits at the end of a caption; every form names a photo, Getty or Reuters. */
const CREDIT_END = /(\/file photo|\bfile photo|photo(graph)? by [\p{L} .'-]+|getty images|reuters\/[\p{L} ]+|ap photo\/[\p{L} .]+|\(photo: [^)]+\)|\bphotograph: [\p{L} .'-]+)\.?$/iu

const DATE_FIRST = new RegExp(`^(?:(?:published|updated|posted)[:\\s]*)?${EN_DATE.source}`, 'i')

/**
 * English boilerplate lines, checked in order; the first hit names the reason. All patterns are
 * case-insensitive because lowercased input must classify the same way.
 */
export const EN_RULES: LineRule[] = [
  { id: 'skip-link', test: /^(skip to (main )?(content|navigation|main)|jump to (content|navigation)|back to top|go to top|top of page|return to top)$/i },
  { id: 'cookie', test: /\bcookies?\b.*\b(accept|consent|privacy|preferences|partners|personalis|personaliz|experience|settings|agree|policy|use)/i, maxLength: 400 },
  { id: 'cookie', test: /^(we value your privacy|accept( all)?( cookies)?|reject( all| non-essential)?( cookies)?|manage (preferences|cookies|settings)|cookie settings|i agree|got it|allow all|necessary only|your privacy choices|do not sell( or share)? my personal information)$/i },
  { id: 'advertisement', test: /^(advertisement|advertising|sponsored( content)?|ad|ads|promoted|paid (content|post)|story continues (below|after) (this )?(advertisement|ad)|continue reading (the )?(main story|below)|scroll to continue( with content)?)$/i },
  { id: 'share', test: /^(share( this)?( (page|article|story|post))?( on| via)?:?|share on (facebook|twitter|x|linkedin|whatsapp|email)|tweet|email|print( this( page| article)?)?|copy link|copy( the)? url|link copied|save( article| for later| story)?|bookmark|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|flipboard|threads|bluesky|mastodon|wechat|weibo|gift( this)? article|listen( to this article)?|\d+ min(ute)?s? (read|listen))$/i },
  { id: 'share', test: /^share this (page|article|story|post)?:?\s*(facebook|twitter|x|linkedin|email|print|whatsapp|\s)+$/i },
  // A line made only of interface words ("Listen Share", "Save Follow", "Reply Report") is controls, not text.
  { id: 'share', test: (t) => { const w = t.toLowerCase().split(/[\s·|•/]+/).filter((x) => /[a-z]/.test(x)); return w.length >= 2 && w.length <= 10 && w.every((x) => UI_WORDS.has(x.replace(/[^a-z+]/g, ''))) } },
  { id: 'caption', test: /\b(photograph|photo|image|picture|illustration|graphic|credit|source)s?\s*:\s*[^.:]{2,80}\.?$/i, maxLength: 220 },
  { id: 'font-size', test: /^(text size|font size|a\s*a\s*a|a-\s*a\+|decrease font|increase font|reset font)/i },
  { id: 'read-time', test: /^(\d+|one|two|three|four|five)[- ]?(min(ute)?s?)( read)?$/i },
  { id: 'search', test: /^(search( this site| the site| our site)?|search for:?|enter (keywords?|search term)s?|type your search|submit search|toggle search|open search)$/i },
  { id: 'menu', test: /^(menu|main menu|open menu|close menu|toggle (navigation|menu)|navigation|home|news|sections|close|more|show more|see more|load more|view all|all news|sign in|log ?in|log ?out|register|sign up|subscribe( now)?|my account|account|donate( now| today)?|contact( us)?|about( us)?|careers|jobs|sitemap|site map|accessibility|privacy( policy| statement| notice)?|terms( of (use|service))?|terms (and|&) conditions|disclaimer|feedback|faqs?|help|rss|newsletters?|podcasts?|videos?|photos?|latest( news)?|trending|most (read|popular|viewed)|top stories|more stories|edition|language|english|中文|简体中文|繁體中文|español|français|deutsch|topics|browse|explore|follow us|connect with us|stay connected|quick links|useful links|resources|media centre|media center|newsroom|press releases?|press room|live|watch live|listen live|opinion|world|business|politics|sport|sports|tech|technology|science|health|culture|lifestyle|travel|entertainment|markets|economy|climate|environment|education|video|audio|weather|magazine|events|research|commentary|experts|publications|programs|programmes|projects|analysis|insights|reports|data|people|our work|what we do|who we are|get involved|support us|was this page helpful\??|yes|no|next|previous|prev|back|close|open|apply|ok|cancel|submit|send|go)$/i },
  { id: 'breadcrumb', test: /^(you are here:?|home)\s*(›|»|>|\/|\||→|·)/i },
  { id: 'breadcrumb', test: (t) => (t.match(/\s(›|»|>|→)\s/g)?.length ?? 0) >= 2 && t.length < 200 && !/[.!?]$/.test(t) },
  { id: 'newsletter', maxLength: 200, test: /\b(sign up|subscribe)\b.*\b(newsletter|briefing|inbox|email|updates|digest|alerts)\b|\b(newsletter|briefing|inbox)\b.*\b(sign up|subscribe)\b|^(email address|your email|enter your email( address)?|get (our|the) (latest|newsletter|briefing).*)$/i },
  { id: 'newsletter', test: /^(sign up|subscribe) (for|to) (more|our|the)\b.{0,60}$/i },
  { id: 'newsletter', test: /we use your sign-?up|you can unsubscribe at any time|^privacy notice\.?$|invalid email|something went wrong,? please try again/i, maxLength: 200 },
  { id: 'paywall', test: /unlimited (digital )?access|for (just|only) [£$€]\s?\d|your first month|start (your|a) free trial|become a (member|subscriber|supporter)|subscribe (now|today) (for|and)|already a (subscriber|member)\??|support (our|independent) journalism|this (article|story|content) is (for|only available to) (subscribers|members)/i, maxLength: 220 },
  { id: 'newsletter', test: /^(thank you for signing up|you('|’)re (now )?subscribed|by (signing up|subscribing),? you agree)/i },
  { id: 'related', test: /^(related( articles| stories| content| news| posts| reading| coverage| topics| links| publications| research)?|read (more|next|also)|see also|more (on this( story| topic)?|like this|from [\p{L}' ]{1,40}|in [\p{L}' ]{1,30}|about this)|you (may|might) also (like|be interested in)|recommended( for you| reading)?|further reading|popular( now| stories)?|editor'?s picks|top picks|in case you missed it|what to read next|more news|latest news|also read|don'?t miss)(\s*[:：»›].*)?$/iu },
  { id: 'comments', test: /^(\d+\s+)?(comments?|responses?|replies)(\s*\(\d+\))?$|^(leave a (comment|reply)|post a comment|add (a|your) comment|join the (conversation|discussion)|show comments|view comments|comments are closed|reply|report( comment)?|like|\d+\s+likes?|upvote|downvote)$/i },
  { id: 'copyright', test: /(©|\(c\)\s*\d{4}|copyright\s*(©|\d{4}|\(c\)))|all rights reserved|版权所有/i, maxLength: 300 },
  { id: 'tags', test: /^(tags?|topics?|filed under|categories|category|keywords?)\s*[:：]/i },
  { id: 'contact', test: /^(media (contact|enquiries|inquiries)|press (contact|office)|for (more|further) information,? contact|contact:|enquiries:)/i },
  { id: 'prev-next', test: /^[«‹<←]?\s*(previous|next|prev|older|newer)( (article|post|story|page|item|news|posts|entries))?\s*([:：»«>›‹→]|$)|^[«‹<←]?\s*(previous|next|prev|older|newer) (article|post|story|entry|posts|entries)\b/i },
  { id: 'dateline', test: /^(posted|published|updated|last updated|first published|last modified)( on| at)?\b.{0,40}\d{4}.{0,60}$/i },
  { id: 'tags', test: /^(posted in|filed under|tagged( with)?|categories:|category:)\s/i },
  { id: 'citation-line', test: /^(cite (this|as)|suggested citation|how to cite( this)?)\b/i, maxLength: 400 },
  { id: 'view-count', test: /^(\d[\d,.]*k?\s+(views?|reads?|shares?|likes?)|views?:\s*\d[\d,]*)$/i },
  { id: 'welcome', test: /^welcome to\b/i },
  // "CREDIT: Harbour Authority / J. Holm": a credit line, never a heading (image-credit below is weak).
  { id: 'caption', test: /^(image |photo |picture )?credits?\s*[:：]\s*\S.{0,100}$/i },
  { id: 'image-credit', test: /^(photo|image|picture|illustration|graphic|video|source|credit|photograph)s?( credit)?\s*[:：]\s*\S.{0,80}$|\((photo|image|picture): [^)]*\)$|^(getty images|reuters|ap photo|afp|shutterstock|istock)(\/.*)?$/i },
  { id: 'login', test: /^(sign in|log in|create (an )?account|already (a subscriber|have an account)\??|subscribe to (continue|read)|this (article|content) is for subscribers).*$/i },
  { id: 'dateline', test: DATE_ONLY },
  // "April 14, 2026 1:42 PM UTC Updated 2 hours ago": a date first, then times and labels.
  { id: 'dateline', test: (t) => t.length <= 90 && !/[.!?]$/.test(t) && DATE_FIRST.test(t) },
  { id: 'dateline', test: /^(release date|date|published|issued|posted|updated|last updated|first published)\s*:\s*.{0,40}\d{4}/i },
  { id: 'meta-line', test: /^((press|media|news) release|release) (no\.?|number|#)\s*:?\s*[\w.-]+$|^(news|press|media) release$/i },
  { id: 'caption', test: /^(image|photo|video) (caption|source|credit),/i, maxLength: 300 },
  { id: 'credits', test: /^this (article|story|piece|essay) (first )?(appeared|was (first )?published|is published) in\b/i, maxLength: 300 },
  { id: 'disclosure', test: /^(affiliate |advertising |editorial )?disclosure\s*:|may contain affiliate links|we may earn (a )?(small )?commission|this (post|article) (is|was) sponsored by/i, maxLength: 300 },
  { id: 'credits', test: /^((additional )?reporting|writing|editing|compiled|produced|translated|graphics?) by\b|^our standards:|^(edited|fact-checked) by\b/i, maxLength: 300 },
  { id: 'caption', test: /\((?:[\p{L}'’ ]+ )?(photo|image|file photo|photograph|picture|illustration)(?: by [\p{L} .'-]+)?\)\.?$/iu, maxLength: 300 },
  { id: 'donation', test: /your (gift|donation|support) (keeps|makes|helps)|donate (today|now)|make a (donation|gift)|(nonprofit|non-profit|independent) newsroom|support (local|independent|our) (news|journalism|reporting)|news needs you/i, maxLength: 250 },
  { id: 'caption', test: (t) => /photo|getty|reuters/i.test(t) && CREDIT_END.test(t), maxLength: 300 },
  // "Media release · 17 March 2026 · Directorate": a meta line made of a date and labels.
  { id: 'meta-line', test: (t) => EN_DATE.test(t) && /\s[·|•]\s/.test(t) && t.length < 120 && !/[.!?]$/.test(t) },
  { id: 'byline', test: (t) => { if (!BYLINE_START.test(t) || /[.!?]$/.test(t)) return false; const n = t.split(/\s+/).length; return n <= 14 || (n <= 28 && (EN_DATE.test(t) || /\d{1,2}:\d{2}|\d{1,2} [a-z]{3} \d{4}/i.test(t))) } },
  // Headlines run together without spaces ("…start timesRoute 9 bridge…"): a copied list of links.
  { id: 'link-list', test: (t) => !/[.!?]$/.test(t) && runTogetherCount(t) >= 2, maxLength: 400 },
  { id: 'footer-links', test: /^((about( us)?|careers|contact( us)?|media|privacy( policy)?|terms( of use| of service)?|accessibility|sitemap|cookies?( policy| settings)?|faqs?|help|jobs|advertise( with us)?|legal|disclaimer)\s*[|·•]?\s*){3,}$/i },
  { id: 'app-lure', test: /\b(download (our|the) app|get the app|app store|google play|open in app)\b/i },
  // Ad slot labels as news sites print them, and AMP's fallback text.
  { id: 'advertisement', test: /^(skip advertisement|advertisement\s*[·•|-]\s*(scroll|continue)\b.{0,40}|ad(vertisement)? failed to load|(this )?ad is loading)$/i },
  // Print-edition lines, "Reporting from <place>", and end notes on interviews.
  { id: 'credits', test: /^a version of this (article|story|interview) appears in print\b/i, maxLength: 400 },
  { id: 'byline', test: /^reporting from [\p{L} ,.'’-]{2,60}$/iu },
  { id: 'credits', test: /^(this )?(interview|conversation|transcript|q&a)( has been| was| is)? (lightly |slightly )?(edited|condensed)( and (condensed|edited))? for (length|clarity|length and clarity|clarity and length)\b/i, maxLength: 200 },
  // References and disclaimers closing press releases and research news.
  { id: 'citation-line', test: /^(journal reference|journal information|reference|more information|citation|original (article|paper|study)|doi)\s*[:：]/i, maxLength: 600 },
  { id: 'citation-line', test: /\bdoi\s*:?\s*(https?:\/\/(dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+\.?$/i, maxLength: 600 },
  { id: 'disclosure', test: /^disclaimer\s*:/i, maxLength: 400 },
  // Captions: agency credit tails and in-line image labels.
  { id: 'caption', test: /(purchase licensing rights|\bcredit\.{2,}\s*\S)/i, maxLength: 400 },
  { id: 'caption', test: /^(image|photo|video)\s*:\s*.+\bview more$/i, maxLength: 400 },
  // Newsletter pitches of reader-funded publications; short "Sign up here." promos.
  { id: 'newsletter', test: /\b(is a reader-supported publication|subscribe for free to receive new posts|to receive new posts and support my work)\b|^thanks for reading\b.{0,80}\bsubscribe\b/i, maxLength: 300 },
  { id: 'newsletter', test: /\bsign up here\.?$/i, maxLength: 200 },
  // "About Lanthorne University Lanthorne University is a public…": the organisation blurb closing a press release.
  { id: 'boilerplate', test: /^about (?:the )?((?:[\p{L}&.'’-]+\s+){1,6}[\p{L}&.'’-]+)\s+(?:the\s+)?\1\b/iu, maxLength: 1200 },
  // Share or comment labels with their count run together by a copy ("Share full article74").
  { id: 'share', test: /^(share( full| this)?( article| story)?|comments?)\s*\d+$/i },
  // "Jo Lee covers transport for the paper. More about Jo Lee": an author blurb.
  { id: 'bio', test: /\bmore about [\p{L} .'’-]{2,40}$/iu, maxLength: 300 },
  // "RelatedHow batteries power sheds": a related-link label run into its headline by a copy.
  { id: 'related', test: /^([Rr]elated|[Rr]ead [Mm]ore|[Ss]ee [Aa]lso|[Rr]ecommended)\p{Lu}/u, maxLength: 200 },
  // Wire-service end matter: update notes, assistance credits, reporter and editor contacts.
  { id: 'credits', test: /^\(?(updates|adds|recasts|corrects|rewrites) (with|to|throughout|paragraph|headline|details)\b.{0,120}\)?\.?\)?$/i },
  { id: 'credits', test: /^(with assistance from|to contact the (reporters?|editors?|authors?)( responsible)?( for| on)? this story)\b/i, maxLength: 300 },
  { id: 'credits', test: /^editor['’]s note\s*:/i, maxLength: 400 },
  { id: 'related', test: /^(go deeper|dive deeper|read more|catch up quick)\s*:/i, maxLength: 250 },
  // Press-wire end matter: "View original content…", the caption credit "(PRNewsfoto/…)".
  { id: 'credits', test: /^view original content\b/i, maxLength: 400 },
  { id: 'caption', test: /\((pr ?newsfoto|business ?wire|globe ?newswire)\/[^)]{2,80}\)\.?$/i, maxLength: 300 },
  { id: 'newsletter', test: /^get (more|the latest|our)\b.{0,80}\bin your inbox\b|^email address\s*(subscribe|sign up)$/i, maxLength: 200 },
  // A line of digits alone: comment, share and like counters.
  { id: 'view-count', test: /^[\d,.]{1,9}\s?[km]?$/i },
  // Time-first update stamps: "11:05, 9 JUN 2026", "Updated 12:30, 9 Jun 2026".
  { id: 'dateline', test: /^(updated|published|posted)?\s*\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*(bst|gmt|utc|et|cet)?,?\s+\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}$/i },
]

/** English page regions that hold no article text: comments and related links run to their end. */
export const EN_ZONES: ZoneRule[] = [
  // A press-wire release ends at its SOURCE line (in capitals: "Source Amount Share" is a table's
  // header) and "Also from this source".
  { id: 'end-mark', start: /^(SOURCE\s+\p{Lu}[\p{L}\p{N}&.,'’ -]{1,80}|[Aa]lso from this source)$/u, untilProse: false },
  { id: 'comments', start: /^((\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(thoughts?|comments?|responses?|replies) (on|to)\b.*|\d+\s+comments?|comments(\s*\(\d+\))?|leave a (comment|reply)|join the (conversation|discussion)|what do you think\??|\d+\s+responses?|discussion about this (post|article|story))$/i, untilProse: false },
  { id: 'related', start: /^(related( articles| stories| content| news| posts| reading| coverage| publications| research)?|read (more|next)|more (stories|news|from [\p{L} ]+)|you (may|might) also (like|be interested in)|recommended( for you| reading)?|popular( now| stories)?|most (read|popular|viewed)|further reading|editor'?s picks|latest( news)?|more on this( story| topic)?|what to read next|trending( now| in [\p{L}' ]{1,40})?|(for )?more information)\s*:?$/iu, untilProse: true },
]

/** English function words, for the stop-word density that tells prose from menus (jusText). */
export const EN_STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours said says will would may might must can could shall its their than into onto per via whose whether although though since however also'
  ).split(/\s+/),
)
