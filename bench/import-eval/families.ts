// Site-family page templates: each dresses an article in the markup and furniture of one kind of site
// (theme wrappers, menus, share bars, captions, related rails, paywall, footers), imitating real markup
// patterns without copying any real page.
import { type ArticleSource, type Block, parseBlocks } from './article-types'

/** Escapes text for HTML element content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

interface BodyOptions {
  /** Markup inserted after the given paragraph index (0-based, counting paragraphs only). */
  after?: Record<number, string>
  pClass?: string
  /** Footnote markers appended to the given paragraph indexes. */
  footnotes?: number[]
}

function blockHtml(b: Block, pClass: string): string {
  switch (b.type) {
    case 'paragraph':
      return `<p${pClass}>${esc(b.text)}</p>`
    case 'heading':
      return `<h2>${esc(b.text)}</h2>`
    case 'subheading':
      return `<h3>${esc(b.text)}</h3>`
    case 'quote':
      return `<blockquote><p>${esc(b.text)}</p></blockquote>`
    case 'listItem':
    case 'orderedItem':
      return `<li>${esc(b.text)}</li>`
    case 'table': {
      const [head = [], ...rows] = b.rows
      return `<figure class="wp-block-table"><table>\n<thead><tr>${head.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}\n</tbody></table></figure>`
    }
  }
}

/** The article blocks as HTML, lists grouped, with furniture spliced in after chosen paragraphs. */
export function bodyHtml(a: ArticleSource, opts: BodyOptions = {}): string {
  const blocks = parseBlocks(a.text)
  const pClass = opts.pClass ? ` class="${opts.pClass}"` : ''
  const out: string[] = []
  let para = 0
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]
    if (!b) continue
    const prev = blocks[i - 1]
    const next = blocks[i + 1]
    if ((b.type === 'listItem' || b.type === 'orderedItem') && prev?.type !== b.type) out.push(b.type === 'listItem' ? '<ul>' : '<ol>')
    let html = blockHtml(b, pClass)
    if (b.type === 'paragraph' && opts.footnotes?.includes(para)) {
      const n = opts.footnotes.indexOf(para) + 1
      html = html.replace(/<\/p>$/, `<sup class="footnote-ref"><a href="#fn${n}" id="fnref${n}">${n}</a></sup></p>`)
    }
    out.push(html)
    if ((b.type === 'listItem' || b.type === 'orderedItem') && next?.type !== b.type) out.push(b.type === 'listItem' ? '</ul>' : '</ol>')
    if (b.type === 'paragraph') {
      const extra = opts.after?.[para]
      if (extra) out.push(extra)
      para++
    }
  }
  return out.join('\n')
}

function longDate(iso: string): string {
  const d = new Date(`${iso}T09:00:00Z`)
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

function usDate(iso: string): string {
  const d = new Date(`${iso}T09:00:00Z`)
  return d.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
}

function ogMeta(a: ArticleSource, type = 'article'): string {
  return `<meta property="og:type" content="${type}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="${esc(a.publisher)}">
<meta property="og:url" content="${esc(a.url)}">
<meta property="article:published_time" content="${a.date}T08:30:00+00:00">
<link rel="canonical" href="${esc(a.url)}">`
}

const cookieDialog = (site: string): string => `<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookies on ${esc(site)}">
  <h2>Let us know you agree to cookies</h2>
  <p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p>
  <button type="button" class="cookie-accept">Yes, I agree</button> <button type="button" class="cookie-settings">No, take me to settings</button>
</div>`

function wordpress(a: ArticleSource): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)} &#8211; ${esc(a.publisher)}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="${esc(a.publisher)} &raquo; Feed" href="/feed/">
${ogMeta(a)}
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="twentytwentyone-style-css" href="/wp-content/themes/allotment-child/style.css?ver=1.4" media="all">
</head>
<body class="post-template-default single single-post postid-1187 single-format-standard wp-embed-responsive is-light-theme has-main-navigation">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner">
  <div class="site-branding">
    <p class="site-title"><a href="/" rel="home">${esc(a.publisher)}</a></p>
    <p class="site-description">Growing food, friendships and a little bit of mischief since 1978</p>
  </div>
  <nav id="site-navigation" class="primary-navigation" aria-label="Primary menu">
    <div class="menu-button-container"><button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">Menu</span></button></div>
    <div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
      <li class="menu-item"><a href="/">Home</a></li>
      <li class="menu-item"><a href="/about/">About the site</a></li>
      <li class="menu-item"><a href="/plots/">Plot waiting list</a></li>
      <li class="menu-item current-menu-parent"><a href="/blog/">Blog</a></li>
      <li class="menu-item"><a href="/events/">Events</a></li>
      <li class="menu-item"><a href="/contact/">Contact</a></li>
    </ul></div>
  </nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1187" class="post-1187 post type-post status-publish format-standard hentry category-water category-how-we-did-it tag-rainwater tag-tanks entry">
  <header class="entry-header alignwide">
    <h1 class="entry-title">${esc(a.title)}</h1>
  </header>
  <div class="entry-meta-top"><span class="posted-on">Posted on <time class="entry-date published" datetime="${a.date}T10:12:44+01:00">${longDate(a.date)}</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/maggie/">${esc(a.author ?? '')}</a></span></span> <span class="comments-link"><a href="#comments">7 Comments</a></span></div>
  <div class="entry-content">
${bodyHtml(a, { after: { 2: '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/06/tanks-behind-pavilion-1024x683.jpg" alt="Blue tanks behind the pavilion" width="1024" height="683"><figcaption class="wp-element-caption">The six tanks behind the pavilion, photographed in May before the dry spell.</figcaption></figure>' } })}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share=facebook" target="_blank"><span>Facebook</span></a></li>
<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="?share=twitter" target="_blank"><span>X</span></a></li>
<li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon" href="mailto:?subject=Rainwater" target="_blank"><span>Email</span></a></li>
<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="#print"><span>Print</span></a></li>
</ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2025/09/02/compost-bays/">Building the new compost bays</a></h4><p class="jp-relatedposts-post-date">2 September 2025</p><p class="jp-relatedposts-post-context">In "How we did it"</p></div>
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2025/04/11/hosepipe-ban/">Hosepipe ban: what it means for plot holders</a></h4><p class="jp-relatedposts-post-date">11 April 2025</p><p class="jp-relatedposts-post-context">In "Water"</p></div>
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2024/07/30/straw-mulch/">Why we give every new tenant a bale of straw</a></h4><p class="jp-relatedposts-post-date">30 July 2024</p><p class="jp-relatedposts-post-context">Similar post</p></div>
</div></div>
  </div>
  <footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="${a.date}T10:12:44+01:00">${longDate(a.date)}</time></span><span class="byline">By <a href="/author/maggie/" rel="author">${esc(a.author ?? '')}</a></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/how-we-did-it/" rel="category tag">How we did it</a>, <a href="/category/water/" rel="category tag">Water</a></span><span class="tags-links">Tagged <a href="/tag/rainwater/" rel="tag">rainwater</a>, <a href="/tag/tanks/" rel="tag">tanks</a></span></div></footer>
  <div class="author-bio show-avatars"><img alt="" src="/avatar/maggie.jpg" class="avatar avatar-85 photo" height="85" width="85"><div class="author-bio-content"><h2 class="author-title">By ${esc(a.author ?? '')}</h2><p class="author-description">Plot 14, co-op secretary since 2021, and the person to blame for the tank rota.</p><a class="author-link" href="/author/maggie/" rel="author">View all of ${esc(a.author ?? '')}'s posts.</a></div></div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2026/05/30/seed-swap/" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">Spring seed swap: a record turnout</p></a></div><div class="nav-next"><a href="/2026/07/02/open-day/" rel="next"><p class="meta-nav">Next post</p><p class="post-title">Open day 2026: thank you!</p></a></div></div></nav>
<div id="comments" class="comments-area default-max-width show-avatars">
  <h2 class="comments-title">7 comments on &ldquo;${esc(a.title)}&rdquo;</h2>
  <ol class="comment-list">
    <li id="comment-402" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Derek Halloway</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-402"><time datetime="2026-06-14T18:03:11+01:00">14 June 2026 at 6:03 pm</time></a></div></footer><div class="comment-content"><p>Brilliant write-up. We are trying to get our committee to agree to two tanks, I will send them this.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>
    <li id="comment-403" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Sheila from Plot 31</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-403"><time datetime="2026-06-15T08:40:55+01:00">15 June 2026 at 8:40 am</time></a></div></footer><div class="comment-content"><p>The whiteboards were a stroke of genius. No more arguments at the far end!</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>
    <li id="comment-407" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Arjun</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-407"><time datetime="2026-06-16T21:15:02+01:00">16 June 2026 at 9:15 pm</time></a></div></footer><div class="comment-content"><p>Where did you get the aluminium guttering? Our supplier wants nearly double that price for a similar length, and we have a similar sized pavilion roof to deal with.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>
  </ol>
  <div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="5"></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<aside class="widget-area" role="complementary" aria-label="Blog Sidebar">
  <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-form-1">Search&hellip;</label><input type="search" id="search-form-1" class="search-field" name="s"><input type="submit" class="search-submit" value="Search"></form></section>
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>
    <li><a href="/2026/07/02/open-day/">Open day 2026: thank you!</a></li>
    <li><a href="/2026/05/30/seed-swap/">Spring seed swap: a record turnout</a></li>
    <li><a href="/2026/04/18/slug-patrol/">The great slug patrol of April</a></li>
  </ul></nav></section>
  <section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav aria-label="Archives"><ul><li><a href="/2026/07/">July 2026</a></li><li><a href="/2026/06/">June 2026</a></li><li><a href="/2026/05/">May 2026</a></li></ul></nav></section>
  <section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul><li class="cat-item"><a href="/category/events/">Events</a></li><li class="cat-item"><a href="/category/how-we-did-it/">How we did it</a></li><li class="cat-item"><a href="/category/water/">Water</a></li></ul></nav></section>
  <section id="text-3" class="widget widget_text"><h2 class="widget-title">Visit us</h2><div class="textwidget"><p>Open Saturdays 10am &ndash; 1pm. Greenfield Lane, behind the old school. Plot enquiries welcome.</p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><div class="site-name"><a href="/">${esc(a.publisher)}</a></div><div class="privacy-policy"><a href="/privacy-policy/">Privacy Policy</a></div><div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer>
</div>
</body>
</html>
`
}

function newsLarge(a: ArticleSource): string {
  const fig = `<figure class="article-image"><div class="image-wrap"><img src="https://ichef.meridian.example/news/976/cpsprodpb/barrier-site.jpg" alt="Aerial view of the estuary" width="976" height="549"><span class="image-copyright" role="text"><span class="visually-hidden">Image source, </span>Coastal Resilience Agency</span></div><figcaption><span class="visually-hidden">Image caption, </span>The barrier would span the estuary mouth between Saltmarsh and Fenby</figcaption></figure>`
  const readMore = `<div class="inline-links"><p><b>Read more:</b> <a href="/news/uk-70011223">Storm surge floods 600 homes in Saltmarsh</a></p></div>`
  const rail = `<section class="related-inline" aria-labelledby="related-1"><h2 id="related-1">Related topics</h2><ul><li><a href="/news/topics/flooding">Flooding</a></li><li><a href="/news/topics/climate">Climate change</a></li><li><a href="/news/england/wexmouth">Wexmouth</a></li></ul></section>`
  return `<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} - ${esc(a.publisher)}</title>
<meta name="description" content="The revised timetable leaves towns exposed for two more winters, councillors say.">
${ogMeta(a)}
<meta name="twitter:card" content="summary_large_image">
<script>window.__dataLayer = {"page":"article","section":"uk"};</script>
</head>
<body>
${cookieDialog(a.publisher)}
<header class="global-header" role="banner">
  <a href="#main-content" class="skip">Skip to content</a>
  <div class="brand"><a href="/" aria-label="${esc(a.publisher)} homepage"><svg width="120" height="30" aria-hidden="true"><rect width="120" height="30"/></svg></a></div>
  <div class="account"><a href="/account/signin">Sign in</a> <a href="/account/register">Register</a></div>
  <nav class="mega-menu" aria-label="Main">
    <ul class="top-level">
      <li><a href="/">Home</a></li>
      <li class="has-children"><a href="/news">News</a>
        <div class="dropdown"><ul><li><a href="/news/uk">UK</a></li><li><a href="/news/world">World</a></li><li><a href="/news/politics">Politics</a></li><li><a href="/news/business">Business</a></li><li><a href="/news/science">Science</a></li><li><a href="/news/health">Health</a></li><li><a href="/news/technology">Technology</a></li></ul>
        <div class="promo"><a href="/news/live/uk-71800001"><span class="label">LIVE</span> Storm Imogen: latest updates as warnings issued</a></div></div></li>
      <li><a href="/sport">Sport</a></li>
      <li><a href="/business">Business</a></li>
      <li><a href="/culture">Culture</a></li>
      <li><a href="/travel">Travel</a></li>
      <li><a href="/weather">Weather</a></li>
      <li><a href="/audio">Audio</a></li>
      <li><a href="/video">Video</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search news, topics and more" aria-label="Search"><button>Search</button></form>
</header>
<nav class="secondary" aria-label="News"><ul><li><a href="/news/england">England</a></li><li><a href="/news/england/local">Local News</a></li><li><a href="/news/england/wexmouth" aria-current="page">Wexmouth</a></li></ul></nav>
<div class="page-grid">
<main id="main-content" role="main">
<article class="story">
  <header>
    <h1 id="main-heading" class="story-headline">${esc(a.title)}</h1>
    <div class="byline-block"><time datetime="${a.date}T05:04:17.000Z">3 September 2026</time><span class="share-tools"><button type="button">Share</button> <button type="button">Save</button></span></div>
    <div class="contributor"><span class="name">${esc(a.author ?? '')}</span><span class="role">Environment correspondent, ${esc(a.publisher)} South</span></div>
  </header>
  ${fig}
  <div class="article-body" data-component="text-block">
${bodyHtml(a, { after: { 3: readMore, 7: rail, 11: '<div class="ad-slot" data-slot="mpu"><span class="ad-label">Advertisement</span></div>' } })}
  </div>
  <section class="topics"><h2>More on this story</h2><ul>
    <li><a href="/news/uk-69911220">Flood defence spending falls short, watchdog warns</a><time>12 June</time></li>
    <li><a href="/news/uk-68800113">Homes still uninsurable after 2024 storm surge</a><time>4 February</time></li>
  </ul></section>
  <section class="newsletter-signup"><h2>Get our morning briefing</h2><p>Start your day with the stories that matter, delivered to your inbox every weekday.</p><form><label>Email address <input type="email"></label><button>Sign up</button></form><p class="small">By signing up you agree to our privacy notice.</p></section>
</article>
</main>
<aside class="most-read" aria-labelledby="most-read-heading">
  <h2 id="most-read-heading">Most read</h2>
  <ol>
    <li><a href="/news/uk-71820001"><span class="rank">1</span>Train drivers vote to accept new pay offer</a></li>
    <li><a href="/news/uk-71820012"><span class="rank">2</span>Rare white hart spotted in Exmoor woodland</a></li>
    <li><a href="/news/world-71820777"><span class="rank">3</span>Earthquake shakes capital as buildings evacuated</a></li>
    <li><a href="/news/uk-71820394"><span class="rank">4</span>Tidal barrier plan delayed by two years</a></li>
    <li><a href="/news/business-71820500"><span class="rank">5</span>Interest rates held for third month running</a></li>
  </ol>
</aside>
</div>
<section class="features-rail"><h2>Features</h2><ul><li><a href="/news/features/1">The village that moved inland</a></li><li><a href="/news/features/2">Why your home insurance just went up</a></li><li><a href="/news/features/3">Inside the control room that watches the tides</a></li></ul></section>
<footer class="global-footer" role="contentinfo">
  <nav><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/about">About the ${esc(a.publisher)}</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/accessibility">Accessibility Help</a></li><li><a href="/contact">Contact the ${esc(a.publisher)}</a></li></ul></nav>
  <p>Copyright &copy; 2026 ${esc(a.publisher)}. The ${esc(a.publisher)} is not responsible for the content of external sites. <a href="/external-linking">Read about our approach to external linking.</a></p>
</footer>
</body>
</html>
`
}

function medium(a: ArticleSource): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | by ${esc(a.author ?? '')} | ${esc(a.publisher)}</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
${ogMeta(a)}
<meta name="author" content="${esc(a.author ?? '')}">
<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="4 min read">
</head>
<body>
<div id="root"><div class="a b c">
<div class="metabar"><div class="d e"><a href="/" aria-label="Homepage"><svg viewBox="0 0 1043.63 592.71" class="f g"><path d="M588.67 296.36"></path></svg></a>
<div class="h"><a href="/new-story">Write</a></div><div class="h"><a href="/m/signin">Sign up</a></div><div class="h"><a href="/m/signin">Sign in</a></div></div></div>
<div class="pub-header"><a href="/civic-plumbing"><span>${esc(a.publisher)}</span></a><p>Notes on the unglamorous infrastructure of local government</p><button>Follow publication</button></div>
<article><div class="l m n"><section>
<div class="ab ac"><div class="pw-post-body-paragraph">
<h1 class="pw-post-title" data-testid="storyTitle">${esc(a.title)}</h1>
<div class="speechify-ignore author-row"><div class="o"><a href="/@twielgosz" rel="noopener follow"><img alt="${esc(a.author ?? '')}" class="p" src="/avatar/tw.png" width="44" height="44"></a></div>
<div class="q"><span data-testid="authorName"><a href="/@twielgosz">${esc(a.author ?? '')}</a></span> <span>·</span> <button>Follow</button></div>
<div class="r"><span>Published in <a href="/civic-plumbing">${esc(a.publisher)}</a></span> <span>·</span> <span data-testid="storyReadTime">4 min read</span> <span>·</span> <span data-testid="storyPublishDate">Apr 22, 2026</span></div></div>
<div class="speechify-ignore clap-bar"><div class="s"><button data-testid="headerClapButton" aria-label="clap"><svg width="24" height="24"></svg></button><p class="t"><button>1.2K</button></p></div><div class="u"><button aria-label="responses"><svg></svg></button><p>38</p></div><div class="v"><button aria-label="Add to list">Save</button><button aria-label="Listen">Listen</button><button aria-label="Share">Share</button></div></div>
${bodyHtml(a, { pClass: 'pw-post-body-paragraph nz oa' })}
</div></div>
</section></div></article>
<div class="post-footer speechify-ignore">
<div class="tags"><a href="/tag/open-data">Open Data</a><a href="/tag/government">Government</a><a href="/tag/civic-tech">Civic Tech</a><a href="/tag/product-management">Product Management</a></div>
<div class="clap-bar"><button aria-label="clap">1.2K</button> <button aria-label="responses">38</button></div>
<div class="author-card"><h2>Written by ${esc(a.author ?? '')}</h2><p>2.4K Followers · Writer for ${esc(a.publisher)}</p><p>Former supplier, now on the other side of the table. Writing about data, procurement and the bits of government nobody tweets about.</p><button>Follow</button></div>
<div class="subscribe-box"><h3>Get an email whenever ${esc(a.author ?? '')} publishes.</h3><form><input type="email" placeholder="Your email"><button>Subscribe</button></form><p>By signing up, you will create a Medium account if you don't already have one.</p></div>
<div class="responses"><h2>Responses (38)</h2><div class="response"><p class="who">Ada Whitlock</p><p class="when">Apr 23, 2026</p><p>This matches my experience exactly. The dashboards were always about the count.</p><button>42</button> <button>Reply</button></div><button>See all responses</button></div>
<div class="more-from"><h2>More from ${esc(a.author ?? '')} and ${esc(a.publisher)}</h2>
<div class="card"><h2>Procurement is where civic tech goes to die</h2><p>And what a few councils did about it</p><span>6 min read · Feb 3, 2026</span></div>
<div class="card"><h2>The spreadsheet that runs the city</h2><p>Every council has one. Here is ours.</p><span>5 min read · Jan 11, 2026</span></div>
<a href="/@twielgosz">See all from ${esc(a.author ?? '')}</a></div>
<div class="recommended"><h2>Recommended from Medium</h2><div class="card"><h2>10 Product Lessons I Learned the Hard Way</h2><span>8 min read · Mar 9, 2026</span></div><div class="card"><h2>Why Your Data Strategy Is Failing</h2><span>7 min read · Feb 27, 2026</span></div></div>
</div>
<footer class="site-footer"><a href="/help">Help</a> <a href="/status">Status</a> <a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/blog">Blog</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/text-to-speech">Text to speech</a> <a href="/teams">Teams</a></footer>
</div></div>
</body>
</html>
`
}

function localPaywall(a: ArticleSource): string {
  const ad = (id: string) => `<div class="ad-container" id="${id}"><p class="ad-label">Advertisement</p><div class="ad-slot" style="min-height:250px"></div><p class="ad-label">Advertisement</p></div>`
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} - ${esc(a.publisher)}</title>
${ogMeta(a)}
<meta name="author" content="${esc(a.author ?? '')}">
</head>
<body class="article-page">
<div class="top-bar"><span class="weather">Ashcombe 7°C Light rain</span> <a href="/subscribe" class="subscribe-cta">Subscribe for £1</a> <a href="/login">Log in</a></div>
<header class="masthead"><a href="/" class="logo">${esc(a.publisher)}</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/news/local-news">Local News</a></li><li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li><li><a href="/property">Property</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/announcements">Announcements</a></li><li><a href="/obituaries">Obituaries</a></li></ul></nav></header>
${ad('leaderboard')}
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/local-news">Local News</a></div>
<main>
<article class="article" data-premium="true">
<div class="premium-badge">Premium</div>
<h1 class="headline">${esc(a.title)}</h1>
<p class="standfirst">The latest count shows fewer vehicles than forecast, reopening the question of whether the £62m road is needed</p>
<div class="byline"><span class="author">By <a href="/authors/sunil-varma">${esc(a.author ?? '')}</a></span> <span class="role">Local Democracy Reporter</span> <time datetime="${a.date}T06:00:00Z">06:00, 11 FEB 2026</time> <span class="updated">Updated 09:45, 11 FEB 2026</span></div>
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <span class="comments-count">Comments (14)</span></div>
<figure><img src="/img/brackley-road.jpg" alt="Queues on Brackley Road"><figcaption>Traffic queues on Brackley Road at rush hour (Image: Ashcombe Courier)</figcaption></figure>
<div class="article-body">
${bodyHtml(a, { after: { 1: ad('mpu-1'), 3: '<aside class="newsletter-inline"><h3>Get the latest Ashcombe news straight to your inbox</h3><form><input type="email" placeholder="Enter your email"><button>Sign up</button></form><p>We use your sign-up to provide content in ways you\'ve consented to. Privacy notice.</p></aside>' } })}
</div>
<div class="paywall">
  <div class="paywall-fade"></div>
  <h2>This article is for subscribers</h2>
  <p>Get unlimited access to local news, sport and what's on for just £1 for your first month.</p>
  <ul><li>Fewer ads</li><li>Exclusive newsletters</li><li>The digital edition every morning</li></ul>
  <a class="btn" href="/subscribe">Subscribe now</a>
  <p>Already a subscriber? <a href="/login">Log in</a></p>
</div>
</article>
<section class="more-news"><h2>Most Read</h2><ol><li><a href="/news/1">Tributes paid to former mayor, 91</a></li><li><a href="/news/2">New café to open in old bank building</a></li><li><a href="/news/3">Police appeal after lorry crash on A49</a></li></ol></section>
${ad('sticky-footer')}
</main>
<footer class="site-footer"><p>${esc(a.publisher)}, part of Riverside Regional Media Ltd. Registered in England No. 02133412.</p><nav><a href="/contact">Contact us</a> <a href="/advertise">Advertise</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy notice</a> <a href="/ipso">IPSO regulated</a></nav><p>&copy; 2026 ${esc(a.publisher)}</p></footer>
</body>
</html>
`
}

function govuk(a: ArticleSource): string {
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} - GOV.EXAMPLE.UK</title>
<meta name="govuk:format" content="news_story">
<meta name="govuk:first-published-at" content="${a.date}T00:01:00+01:00">
<meta name="govuk:publishing-government" content="2024 Government">
<meta name="description" content="Fund will help small and medium-sized employers in coastal towns take on engineering apprentices.">
<link rel="canonical" href="${esc(a.url)}">
<meta property="og:site_name" content="GOV.EXAMPLE.UK">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(a.title)}">
</head>
<body class="govuk-template__body">
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" role="region" aria-label="Cookies on GOV.EXAMPLE.UK">
<div class="govuk-cookie-banner"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.EXAMPLE.UK</h2>
<p class="govuk-body">We use some essential cookies to make this website work.</p><p class="govuk-body">We'd like to set additional cookies to understand how you use GOV.EXAMPLE.UK, remember your settings and improve government services.</p><p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p>
<div class="govuk-button-group"><button class="govuk-button" type="submit">Accept additional cookies</button> <button class="govuk-button" type="submit">Reject additional cookies</button> <a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div>
<a href="#content" class="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header" role="banner"><div class="govuk-width-container"><a href="/" class="govuk-header__link">GOV.EXAMPLE.UK</a>
<nav aria-label="Menu"><button>Menu</button><ul><li><a href="/browse/benefits">Benefits</a></li><li><a href="/browse/business">Business and self-employed</a></li><li><a href="/browse/education">Education and learning</a></li><li><a href="/browse/working">Work</a></li><li><a href="/government/organisations">Departments</a></li><li><a href="/search/news-and-communications">News and communications</a></li></ul>
<button>Search GOV.EXAMPLE.UK</button></nav></div></header>
<div class="govuk-width-container">
<div class="gem-c-phase-banner govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag">Beta</strong> <span>This is a new service. Help us improve it and <a href="/feedback">give your feedback (opens in new tab)</a>.</span></p></div>
<div class="govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/education">Education, training and skills</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/education/apprenticeships">Apprenticeships</a></li></ol></div>
<main role="main" id="content" class="govuk-main-wrapper" lang="en">
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading"><span class="govuk-caption-xl gem-c-heading__context">Press release</span><h1 class="gem-c-heading__text govuk-heading-l">${esc(a.title)}</h1></div>
<p class="gem-c-lead-paragraph">Thousands of young people in coastal towns will get the chance to train as engineers through a new fund for local employers.</p>
</div></div>
<div class="gem-c-metadata" data-module="metadata"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/department-for-skills-and-regional-growth" class="govuk-link">${esc(a.publisher)}</a> and <a href="/government/people/anita-braithwaite" class="govuk-link">Anita Braithwaite MP</a></dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">${longDate(a.date)}</dd></dl></div>
<div class="gem-c-share-links govuk-!-display-none-print"><h2 class="gem-c-share-links__title">Share this page</h2><ul><li><a href="#">Share on Facebook (opens in new tab)</a></li><li><a href="#">Share on Twitter (opens in new tab)</a></li></ul></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
<figure class="image embedded"><div class="img"><img src="/media/apprentice-workshop.jpg" alt="Apprentice at a lathe"></div></figure>
${bodyHtml(a).replace(/<blockquote>/g, '<div class="call-to-action"><blockquote>').replace(/<\/blockquote>/g, '</blockquote></div>')}
<h2 id="notes-to-editors">Notes to editors</h2>
<ul><li>Full eligibility guidance is published on GOV.EXAMPLE.UK alongside this press release.</li><li>Media enquiries should be directed to the press office on 020 7946 0011.</li></ul>
</div></div>
<div class="gem-c-published-dates"><p>Published ${longDate(a.date)}</p></div>
</div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading">Related content</h2><nav><ul><li><a href="/guidance/coastal-engineering-skills-fund">Coastal Engineering Skills Fund: guidance for providers</a></li><li><a href="/apprenticeships-guide">Become an apprentice</a></li></ul></nav><h3>Explore the topic</h3><ul><li><a href="/education/apprenticeships">Apprenticeships</a></li><li><a href="/education/further-education">Further education</a></li></ul></aside></div>
</div>
<div class="gem-c-feedback"><div class="gem-c-feedback__prompt"><h2>Is this page useful?</h2><button>Yes</button> <button>No</button> <button>Report a problem with this page</button></div></div>
</main></div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list"><li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li><li><a href="/help/accessibility-statement">Accessibility statement</a></li><li><a href="/contact">Contact</a></li><li><a href="/help/terms-conditions">Terms and conditions</a></li></ul>
<span class="govuk-footer__licence-description">All content is available under the <a href="/open-government-licence">Open Government Licence v3.0</a>, except where otherwise stated</span><a class="govuk-footer__copyright-logo" href="/crown-copyright">&copy; Crown copyright</a></div></footer>
</body>
</html>
`
}

function usgov(a: ArticleSource): string {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | ${esc(a.publisher)}</title>
<meta name="description" content="Grants to 118 communities in 19 states to reduce wildfire risk.">
<meta name="dcterms.date" content="${a.date}">
<link rel="canonical" href="${esc(a.url)}">
<meta property="og:site_name" content="${esc(a.publisher)}">
<meta property="og:title" content="${esc(a.title)}">
</head>
<body class="path-node page-node-type-news-release">
<a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag" src="/flag.png" alt=""></div><div class="grid-col-fill"><p class="usa-banner__header-text">An official website of the United States government</p><p class="usa-banner__header-action" aria-hidden="true">Here’s how you know</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default"><span class="usa-banner__button-text">Here’s how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the United States.</p><p><strong>Secure .gov websites use HTTPS</strong><br>A lock or https:// means you’ve safely connected to the .gov website.</p></div></div></section>
<header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text"><a href="/" title="Home">${esc(a.publisher)}</a></em></div><button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><ul class="usa-nav__primary usa-accordion"><li class="usa-nav__primary-item"><button type="button" class="usa-accordion__button usa-nav__link" aria-expanded="false"><span>About Us</span></button><ul class="usa-nav__submenu" hidden><li><a href="/about/leadership">Leadership</a></li><li><a href="/about/budget">Budget</a></li></ul></li><li class="usa-nav__primary-item"><a class="usa-nav__link" href="/programs"><span>Programs</span></a></li><li class="usa-nav__primary-item"><a class="usa-nav__link usa-current" href="/newsroom"><span>Newsroom</span></a></li><li class="usa-nav__primary-item"><a class="usa-nav__link" href="/grants"><span>Grants</span></a></li><li class="usa-nav__primary-item"><a class="usa-nav__link" href="/contact"><span>Contact Us</span></a></li></ul>
<div class="usa-nav__secondary"><form class="usa-search usa-search--small" role="search"><label class="usa-sr-only" for="search-field">Search</label><input class="usa-input" id="search-field" type="search" name="search"><button class="usa-button" type="submit"><span class="usa-sr-only">Search</span></button></form></div></nav></header>
<main id="main-content" class="usa-layout-docs">
<nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list"><li class="usa-breadcrumb__list-item"><a href="/" class="usa-breadcrumb__link"><span>Home</span></a></li><li class="usa-breadcrumb__list-item"><a href="/newsroom" class="usa-breadcrumb__link"><span>Newsroom</span></a></li><li class="usa-breadcrumb__list-item"><a href="/newsroom/releases" class="usa-breadcrumb__link"><span>News Releases</span></a></li></ol></nav>
<div class="grid-row grid-gap"><div class="desktop:grid-col-8">
<div class="news-release-type">News Release</div>
<h1 class="page-title">${esc(a.title)}</h1>
<div class="release-meta"><div class="field--name-field-release-date">Release Date: ${usDate(a.date)}</div><div class="field--name-field-release-number">Release No. 0142.26</div><div class="field--name-field-contact">Contact: <a href="mailto:press@landstewardship.example.gov">press@landstewardship.example.gov</a></div></div>
<div class="field--name-body usa-prose">
${bodyHtml(a)}
<p class="text-align-center">###</p>
<p><em>The ${esc(a.publisher)} is an equal opportunity provider, employer and lender.</em></p>
</div>
<div class="social-share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#" onclick="window.print()">Print</a></div>
</div>
<aside class="desktop:grid-col-4"><div class="usa-sidenav"><h2>Related Releases</h2><ul class="usa-sidenav"><li class="usa-sidenav__item"><a href="/newsroom/releases/2026/06/prescribed-fire-season">Prescribed Fire Season Outlook Released</a></li><li class="usa-sidenav__item"><a href="/newsroom/releases/2026/05/firefighter-pay">Wildland Firefighter Pay Reform Takes Effect</a></li></ul><h2>Media Contacts</h2><p>Office of Communications<br>(202) 555-0148</p></div></aside>
</div>
<div class="last-updated">Page last updated: ${usDate(a.date)}</div>
</main>
<footer class="usa-footer"><div class="usa-footer__return-to-top"><a href="#">Return to top</a></div><div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap"><li><a href="/foia">FOIA</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/no-fear-act">No FEAR Act</a></li><li><a href="/oig">Inspector General</a></li><li><a href="https://www.usa.example.gov">USA.gov</a></li></ul></nav></div><div class="usa-footer__secondary-section"><p>${esc(a.publisher)} · 1400 Independence Ave SW, Washington, DC 20250</p></div></footer>
</body>
</html>
`
}

function thinktank(a: ArticleSource): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | ${esc(a.publisher)}</title>
${ogMeta(a)}
<meta name="citation_title" content="${esc(a.title)}">
<meta name="citation_author" content="McAllister, Fiona"><meta name="citation_author" content="Desai, Rahul">
<meta name="citation_publication_date" content="${a.date.replace(/-/g, '/')}">
<meta name="citation_pdf_url" content="https://www.northgate-institute.example.org/files/warm-homes-cold-numbers.pdf">
</head>
<body class="report-page">
<header class="site-header"><a href="/" class="logo">Northgate Institute</a>
<nav><ul><li><a href="/research">Research</a></li><li><a href="/topics">Topics</a></li><li><a href="/experts">Experts</a></li><li><a href="/events">Events</a></li><li><a href="/about">About</a></li><li><a href="/support" class="donate">Donate</a></li></ul></nav></header>
<main>
<div class="report-hero"><p class="eyebrow"><a href="/topics/energy">Energy &amp; Climate</a> · Report</p>
<h1>${esc(a.title)}</h1>
<p class="subtitle">How a tiered financing model could bring low-carbon heating to the households that need it most</p>
<p class="authors">${esc((a.author ?? '').replace(';', ' and'))}</p><p class="date">${longDate(a.date)}</p></div>
<aside class="download-box"><h2>Download the full report</h2><p><a href="/files/warm-homes-cold-numbers.pdf" class="btn">Download PDF (2.3 MB)</a></p><p><a href="/files/warm-homes-cold-numbers-summary.pdf">Executive summary (PDF, 410 KB)</a></p><p><a href="/files/warm-homes-data.xlsx">Data tables (XLSX)</a></p><p class="cite">Cite this report</p></aside>
<div class="report-tabs"><a href="#summary" class="active">Summary</a> <a href="#authors">Authors</a> <a href="#media">Media coverage</a></div>
<div class="report-body" id="summary">
${bodyHtml(a, { footnotes: [1, 2, 4] })}
</div>
<section class="footnotes" aria-label="Footnotes"><h2>Notes</h2><ol>
<li id="fn1">Northgate analysis of installer price returns, 2025, n = 4,812 installations. <a href="#fnref1">↩</a></li>
<li id="fn2">Household energy spending survey, 2024/25, income after housing costs. <a href="#fnref2">↩</a></li>
<li id="fn3">Estimated from rental sector licensing records in six local authorities. <a href="#fnref3">↩</a></li>
</ol></section>
<section class="author-bios" id="authors"><h2>About the authors</h2>
<div class="bio"><h3>Dr Fiona McAllister</h3><p>Fiona is Senior Fellow for Energy Policy at the Northgate Institute. She previously worked at the national energy regulator, where she led the review of fuel poverty targets.</p></div>
<div class="bio"><h3>Rahul Desai</h3><p>Rahul is a Research Analyst in the Energy &amp; Climate team. His work focuses on household energy costs and the distributional effects of climate policy.</p></div></section>
<section class="related-research"><h2>Related research</h2><ul><li><a href="/research/fuel-poverty-after-the-crisis">Fuel poverty after the crisis</a> <span>Briefing · November 2025</span></li><li><a href="/research/the-landlord-problem">The landlord problem: energy efficiency in private rented homes</a> <span>Report · June 2025</span></li></ul></section>
<section class="newsletter"><h2>Stay informed</h2><p>Sign up for our weekly newsletter for the latest research and events.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></section>
</main>
<footer><p>The Northgate Institute for Public Policy is an independent, non-partisan research organisation. Registered charity no. 1098765.</p><p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/contact">Contact</a></p><p>© 2026 Northgate Institute for Public Policy</p></footer>
</body>
</html>
`
}

function university(a: ArticleSource): string {
  return `<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} - News - ${esc(a.publisher)}</title>
<meta name="description" content="Student-built sensors show reef flats heat up far more often than satellites suggest.">
${ogMeta(a)}
</head>
<body>
<div class="uni-utility"><ul><li><a href="/students">Current students</a></li><li><a href="/staff">Staff</a></li><li><a href="/alumni">Alumni</a></li><li><a href="/library">Library</a></li><li><a href="/give">Give</a></li></ul></div>
<header class="uni-header"><a href="/" class="uni-logo">${esc(a.publisher)}</a><nav class="uni-nav"><ul><li><a href="/study">Study</a></li><li><a href="/research">Research</a></li><li><a href="/engage">Engage</a></li><li><a href="/about">About</a></li><li><a href="/news">News</a></li></ul></nav><form><input type="search" placeholder="Search the university"></form></header>
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/news">News</a> / <a href="/news/2026">2026</a> / <span>October</span></div>
<div class="container">
<main class="news-article">
<span class="category-tag">Science &amp; Environment</span>
<h1>${esc(a.title)}</h1>
<div class="meta"><span class="date">15 October 2026</span> · <span class="reading">4 min read</span></div>
<figure class="hero"><img src="/news/images/reef-sensor.jpg" alt="A student holds a sensor"><figcaption>PhD candidate Lucas Ferreira with one of the sensor housings. Photo: Marine Science Media Unit.</figcaption></figure>
<div class="news-body">
${bodyHtml(a, { after: { 4: '<div class="pullout"><p>“The total cost of the network was less than a single commercial logger system.”</p></div>' } })}
</div>
<div class="media-contact"><h2>Media contact</h2><p>Jess Harrington, Media Officer<br>+61 7 5550 1234<br>media@alvane.example.edu</p></div>
<div class="share-article"><p>Share this article</p><ul><li><a href="#">LinkedIn</a></li><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Copy link</a></li></ul></div>
<div class="tags">Tags: <a href="/news/tags/marine-science">Marine science</a>, <a href="/news/tags/climate">Climate</a>, <a href="/news/tags/students">Students</a></div>
</main>
<aside class="sidebar"><h2>Latest news</h2><ul><li><a href="/news/2026/10/vice-chancellor-appointed">New Vice-Chancellor appointed</a></li><li><a href="/news/2026/10/open-day">Record crowd at Open Day</a></li><li><a href="/news/2026/10/nursing-simulation">Nursing simulation centre opens</a></li></ul><div class="cta"><h3>Study marine science</h3><p>Dive into a degree on the edge of the reef.</p><a href="/study/marine-science">Find out more</a></div></aside>
</div>
<footer class="uni-footer"><p>${esc(a.publisher)} acknowledges the Traditional Custodians of the lands on which our campuses stand.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/copyright">Copyright</a></li><li><a href="/disclaimer">Disclaimer</a></li></ul><p>CRICOS Provider No. 00999Z · TEQSA PRV99999</p><p>© ${esc(a.publisher)} 2026</p></footer>
</body>
</html>
`
}

function wire(a: ArticleSource): string {
  const authors = (a.author ?? '').split('; ')
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | ${esc(a.publisher)}</title>
<meta name="description" content="Grain exports through the Dalvari shipping corridor reached a monthly record in July.">
${ogMeta(a)}
<meta name="article:section" content="Commodities">
</head>
<body>
<div class="ticker" aria-label="Market data"><span>WHEAT 5.41 ▼1.2%</span> <span>CORN 4.02 ▼0.6%</span> <span>SOYBEANS 10.37 ▲0.3%</span> <span>BRENT 78.15 ▲0.4%</span></div>
<header class="site-header"><a href="/" class="logo">${esc(a.publisher)}</a><nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/sustainability">Sustainability</a></li><li><a href="/legal">Legal</a></li><li><a href="/breakingviews">Commentary</a></li><li><a href="/technology">Technology</a></li></ul></nav><a href="/account/register" class="register">Register</a></header>
<main>
<article>
<nav class="breadcrumb"><a href="/markets">Markets</a> <span>/</span> <a href="/markets/commodities">Commodities</a></nav>
<h1 data-testid="Heading">${esc(a.title)}</h1>
<div class="info"><div class="authors">By ${authors.map((n) => `<a href="/authors/${n.toLowerCase().replace(/ /g, '-')}">${esc(n)}</a>`).join(' and ')}</div><time datetime="${a.date}T11:42:00Z"><span>August 21, 2026</span><span>11:42 AM UTC</span><span>Updated 2 hours ago</span></time></div>
<div class="article-body">
<figure><img src="/resizer/grain-ship.jpg" alt="A bulk carrier"><figcaption>A bulk carrier is loaded with grain at Port Kestrel, May 14, 2026. ${esc(a.publisher)}/Anna Petrova/File Photo <a href="/licensing">Purchase Licensing Rights</a>, opens new tab</figcaption></figure>
${bodyHtml(a, { after: { 4: '<div class="summary-box"><h2>Summary</h2><ul><li>July exports 6.4 mln T, record</li><li>War-risk premiums down to 0.6% of hull value</li><li>Ports near full capacity</li></ul></div>' } })}
<p class="sign-off">Reporting by ${esc(authors[0] ?? "")} in Port Kestrel and ${esc(authors[1] ?? '')} in London; Editing by Helen Ashdown</p>
<p class="trust">Our Standards: <a href="/trust-principles">The ${esc(a.publisher)} Trust Principles.</a>, opens new tab</p>
</div>
<div class="tags"><a href="/markets/commodities">Commodities</a> <a href="/world/europe">Europe</a> <a href="/business/shipping">Shipping</a></div>
</article>
<section class="read-next"><h2>Read Next</h2><ul><li><a href="/markets/1">Wheat futures slide to five-month low on export surge</a><span>August 20, 2026</span></li><li><a href="/markets/2">Shipping insurers review war-risk zones</a><span>August 18, 2026</span></li><li><a href="/markets/3">Fertiliser prices ease ahead of planting season</a><span>August 15, 2026</span></li></ul></section>
</main>
<footer><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p><p>© 2026 ${esc(a.publisher)}. All rights reserved</p><nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></nav></footer>
</body>
</html>
`
}

function blogTable(a: ArticleSource): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} — ${esc(a.publisher)}</title>
${ogMeta(a)}
<meta name="author" content="${esc(a.author ?? '')}">
</head>
<body class="ghost-post">
<div class="site-wrapper">
<header class="gh-head"><a class="gh-head-logo" href="/">${esc(a.publisher)}</a><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-guides"><a href="/tag/guides/">Guides</a></li><li class="nav-trials"><a href="/tag/trials/">Trials</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></header>
<main id="site-main" class="site-main">
<article class="article post tag-trials tag-ebikes">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/trials/">Trials</a></span><span class="post-card-featured">Featured</span></div>
<h1 class="article-title">${esc(a.title)}</h1>
<p class="article-excerpt">Three businesses, three bikes, twelve months of receipts.</p>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/priya/">${esc(a.author ?? '')}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="${a.date}">Jan 27, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></div>
<figure class="article-image"><img src="/content/images/2026/01/bikes.jpg" alt="Three cargo bikes"><figcaption>The three trial bikes outside the workshop on day one.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${bodyHtml(a)}
</section>
</article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><h2 class="post-card-title">Do delivery robots actually save money?</h2><div class="post-card-excerpt">We spent a week following six of them around a university campus.</div><footer>Dec 2, 2025 · 7 min read</footer></article><article class="post-card"><h2 class="post-card-title">The loading bay problem</h2><div class="post-card-excerpt">Why kerbside space is the real bottleneck for urban freight.</div><footer>Nov 14, 2025 · 4 min read</footer></article></div></aside>
</main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">${esc(a.publisher)}</a> &copy; 2026</section><nav class="site-footer-nav"><a href="/rss/">RSS</a> <a href="/privacy/">Privacy</a></nav><div><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>
`
}

function seoTitle(a: ArticleSource): string {
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>${esc(a.seoTitle ?? a.title)}</title>
<meta name="keywords" content="smart water meter, cheap water meter, best water meter 2026, buy water meter online, water leak detector">
<meta name="description" content="Best cheap smart water meters 2026! Dunmore pilot cuts leaks 23%. Compare top 10 smart meters, deals and discounts. Buy online now.">
<meta property="og:title" content="${esc(a.seoTitle ?? a.title)}">
<meta property="og:site_name" content="${esc(a.publisher)}">
<meta property="article:published_time" content="${a.date}T07:15:00+00:00">
<link rel="canonical" href="${esc(a.url)}">
</head>
<body class="single">
<div class="promo-bar"><a href="/deals">🔥 Black Friday: up to 40% off leak detectors — shop the deals</a></div>
<header class="header"><div class="logo"><a href="/">${esc(a.publisher)}</a></div><nav><ul><li><a href="/water">Water</a></li><li><a href="/energy">Energy</a></li><li><a href="/gas">Gas</a></li><li><a href="/reviews">Reviews</a></li><li><a href="/deals">Deals</a></li><li><a href="/jobs">Jobs</a></li></ul></nav></header>
<div class="container">
<div class="content">
<div class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><a href="/">Home</a> » <a href="/water">Water</a> » <span>Smart water meters cut leak losses by 23% in Dunmore pilot</span></div>
<div class="post">
<h1 class="post-title">${esc(a.title)}</h1>
<div class="post-meta">By <a href="/author/connor">${esc(a.author ?? '')}</a> | November 2, 2026 | <a href="#comments">0 comments</a></div>
<div class="affiliate-disclosure"><p><em>Disclosure: this post may contain affiliate links. We may earn a commission if you buy through them, at no extra cost to you.</em></p></div>
<div class="toc"><p class="toc-title">Table of Contents</p><ul><li><a href="#">Smart water meters: the results</a></li><li><a href="#">Privacy</a></li><li><a href="#">What next</a></li></ul></div>
<div class="entry">
${bodyHtml(a, { after: { 3: '<div class="product-box"><h3>Top pick: AquaSense Home Leak Monitor</h3><p>★★★★☆ 4.6/5 (2,311 reviews)</p><p>Price: £49.99 <a href="/go/aquasense" rel="sponsored">Check price on Amazon</a></p></div>', 7: '<p class="related-inline"><strong>See also:</strong> <a href="/water/best-leak-detectors">10 best leak detectors for 2026 (tested)</a></p>' } })}
</div>
<div class="post-tags">Tags: <a href="/tag/smart-meters">smart meters</a> <a href="/tag/leakage">leakage</a> <a href="/tag/water-meter-deals">water meter deals</a></div>
<div class="share-buttons"><span>Share this:</span> <a href="#">Tweet</a> <a href="#">Share</a> <a href="#">Pin it</a> <a href="#">Email</a></div>
</div>
<div class="related-posts"><h3>You may also like</h3><ul><li><a href="/water/1">Best cheap water filters 2026: top 12 reviewed</a></li><li><a href="/water/2">Regulator fines utility £4m over sewage spills</a></li><li><a href="/water/3">How to read your water meter (with pictures)</a></li></ul></div>
</div>
<aside class="sidebar"><div class="widget"><h3>Popular Deals</h3><ul><li><a href="/deals/1">Smart meter bundle -30%</a></li><li><a href="/deals/2">Leak alarm 3-pack £19.99</a></li></ul></div><div class="widget"><h3>Newsletter</h3><p>Get the week's utility news every Friday.</p><form><input type="email"><button>Join</button></form></div></aside>
</div>
<footer class="footer"><p>© 2026 ${esc(a.publisher)}. All rights reserved. | <a href="/about">About</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy</a> | <a href="/affiliate">Affiliate disclosure</a></p></footer>
</body>
</html>
`
}

function jsonld(a: ArticleSource): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    datePublished: `${a.date}T14:20:00-05:00`,
    dateModified: `${a.date}T16:02:00-05:00`,
    author: [{ '@type': 'Person', name: a.author }],
    publisher: { '@type': 'Organization', name: a.publisher, logo: { '@type': 'ImageObject', url: 'https://tallowledger.example.com/logo.png' } },
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    image: ['https://tallowledger.example.com/img/library.jpg'],
  }
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Tallow Ledger</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script>
</head>
<body>
<div id="app">
<div class="nav-wrap"><div class="brand"><a href="/">TALLOW LEDGER</a></div><div class="links"><a href="/local">Local</a> <a href="/schools">Schools</a> <a href="/county-board">County Board</a> <a href="/sports">Sports</a> <a href="/obits">Obits</a> <a href="/e-edition">e-Edition</a></div><div class="right"><a href="/donate">Support local news</a></div></div>
<div class="story-wrap">
<div class="kicker">County Board</div>
<div class="hed">${esc(a.title)}</div>
<div class="dek">Board votes 5-2 to restore weekend hours at all nine branches</div>
<div class="byline">${esc(a.author ?? '')} · Mar 6, 2026</div>
<div class="photo"><img src="/img/library.jpg" alt=""><div class="cutline">Patrons wait outside the Marlow central library on a Saturday morning. (Tallow Ledger photo)</div></div>
<div class="story-text">
${bodyHtml(a).replace(/<p>/g, '<div class="para">').replace(/<\/p>/g, '</div>')}
</div>
<div class="support-box"><div class="support-title">Local news needs you</div><div>The Ledger is a nonprofit newsroom. Your gift keeps reporting like this free for everyone.</div><a href="/donate">Donate today</a></div>
<div class="more"><div class="more-title">More from the Ledger</div><a href="/1">School board delays vote on later start times</a><a href="/2">Route 9 bridge repairs to begin in May</a><a href="/3">High school robotics team heads to state final</a></div>
</div>
<div class="foot">Tallow County Ledger · PO Box 118, Marlow · <a href="/about">About</a> · <a href="/contact">Contact</a> · © 2026</div>
</div>
</body>
</html>
`
}

function headingsQuotes(a: ArticleSource): string {
  return `<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | ${esc(a.publisher)}</title>
${ogMeta(a)}
<meta name="author" content="${esc(a.author ?? '')}">
</head>
<body>
<header class="mag-header"><a href="/" class="wordmark">${esc(a.publisher)}</a><nav><a href="/features">Features</a> <a href="/growing">Growing</a> <a href="/food">Food</a> <a href="/rural-life">Rural life</a> <a href="/shop">Shop</a> <a href="/subscribe" class="subscribe">Subscribe to the print edition</a></nav></header>
<main>
<article class="feature">
<header class="feature-head"><p class="section-label">Features</p><h1>${esc(a.title)}</h1><p class="standfirst">On a windswept Atlantic island, volunteers are keeping alive the beans, oats and potatoes that almost disappeared.</p><p class="byline">Words by <a href="/contributors/oona-feeney">${esc(a.author ?? '')}</a> · Photographs by Cathal Brennan</p><p class="date"><time datetime="${a.date}">2 May 2026</time></p></header>
<figure class="lead-image"><img src="/img/seed-vault.jpg" alt="Seed packets on shelves"><figcaption>Packets of seed in the cold room. Some envelopes date back to the 1950s. Photograph: Cathal Brennan</figcaption></figure>
<div class="feature-body">
${bodyHtml(a, { after: { 3: '<aside class="pull-quote" aria-hidden="true"><p>“If they’re gone, they’re gone.”</p></aside>' } })}
</div>
<footer class="feature-foot"><p class="appeared">This article appeared in the May 2026 issue of ${esc(a.publisher)}. <a href="/subscribe">Subscribe</a> to get every issue delivered.</p><div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this article</a></div></footer>
</article>
<section class="more-features"><h2>More features</h2><ul><li><a href="/features/hedgerows">The hedgelayers of Leitrim</a></li><li><a href="/features/last-creamery">The last creamery on the peninsula</a></li><li><a href="/features/oyster-beds">Saving the oyster beds</a></li></ul></section>
</main>
<footer class="mag-footer"><p>${esc(a.publisher)} is published by Field Press Ltd, Galway.</p><p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact</a></p><p>© 2026 Field Press Ltd</p></footer>
</body>
</html>
`
}

function zhNews(a: ArticleSource): string {
  const paras = bodyHtml(a).replace(/<p>/g, '<p style="text-indent:2em;">')
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)}-华夏通讯网</title>
<meta name="keywords" content="冷链物流,农产品,澜江省">
<meta name="description" content="澜江省已建成县级冷链集配中心86个、乡镇冷链服务站412个。">
<meta name="publishdate" content="${a.date}">
<meta name="source" content="华夏通讯网">
</head>
<body>
<div class="topBar"><div class="w1200"><span>华夏通讯网</span> <a href="/">首页</a> | <a href="/english">English</a> | <a href="/mobile">手机版</a> | <a href="/app">客户端</a> <span class="login"><a href="/login">登录</a> <a href="/reg">注册</a></span></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="华夏通讯网"></a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/politics">时政</a></li><li><a href="/local">地方</a></li><li><a href="/fortune">财经</a></li><li><a href="/world">国际</a></li><li><a href="/tech">科技</a></li><li><a href="/culture">文化</a></li><li><a href="/photo">图片</a></li><li><a href="/video">视频</a></li></ul></div></div>
<div class="main w1200">
<div class="position"><a href="/">首页</a> &gt; <a href="/local">地方频道</a> &gt; 正文</div>
<div class="head-line"><h1><span class="title">${esc(a.title)}</span></h1>
<div class="header-info"><div class="info"><span class="year">2026</span><span class="day">09/18</span><span class="time">10:26:41</span> <span class="source">来源：华夏通讯网</span></div>
<div class="setFont">【<a href="javascript:void(0)" id="fontBig">大</a> <a href="javascript:void(0)" id="fontMiddle">中</a> <a href="javascript:void(0)" id="fontSmall">小</a>】</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div></div></div>
<div id="detail" class="main-content">
<p style="text-align:center;"><img src="/images/2026-09/18/coldchain.jpg" alt=""></p>
<p style="text-align:center;color:#666;">9月17日，青禾县一处冷链集配中心内，工作人员在分拣柑橘。（华夏通讯网记者 林晓帆 摄）</p>
${paras}
</div>
<div class="editor">【责任编辑：王思远】</div>
<div class="nextpage"><a href="#">纠错</a> <a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
<div class="bdsharebuttonbox">分享到： <a href="#" class="bds_weixin">微信</a> <a href="#" class="bds_tsina">新浪微博</a> <a href="#" class="bds_qzone">QQ空间</a></div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="/local/2026-08/30/c_1.htm">澜江省出台措施支持农产品产地仓储保鲜设施建设</a><span>2026-08-30</span></li>
<li><a href="/local/2026-08/12/c_2.htm">青禾柑橘借助冷链走向全国</a><span>2026-08-12</span></li>
<li><a href="/fortune/2026-07/21/c_3.htm">全国冷链物流总额上半年同比增长</a><span>2026-07-21</span></li>
</ul></div>
</div>
<div class="side"><h3>热点排行</h3><ol><li><a href="#">秋季粮食收购工作有序展开</a></li><li><a href="#">多地发布国庆假期出行提示</a></li><li><a href="#">新能源汽车下乡活动启动</a></li></ol></div>
</div>
<div class="footer"><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/ad">广告服务</a> | <a href="/law">法律声明</a></p>
<p>华夏通讯网版权所有，未经协议授权，禁止下载使用或建立镜像</p><p>Copyright © 2000-2026 huaxiatongxun.example.cn All Rights Reserved.</p><p>京ICP备10011234号 | 京公网安备11010502033456号 | 互联网新闻信息服务许可证10120170001</p></div>
</body>
</html>
`
}

function zhGov(a: ArticleSource): string {
  const paras = bodyHtml(a).replace(/<p>/g, '<p style="text-indent:2em;">')
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)}_政策解读_青川市民政局</title>
<meta name="SiteName" content="青川市民政局">
<meta name="ArticleTitle" content="${esc(a.title)}">
<meta name="PubDate" content="${a.date} 16:30">
<meta name="ContentSource" content="青川市民政局">
<meta name="ColumnName" content="政策解读">
</head>
<body>
<div class="top"><div class="top-in"><span>欢迎访问青川市民政局网站！</span><span class="date">今天是：2026年4月9日 星期四</span><a href="#">无障碍浏览</a> <a href="#">长者模式</a> <a href="#">繁體</a></div></div>
<div class="banner"><img src="/images/banner.jpg" alt="青川市民政局"></div>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/jgzn">机构职能</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zcfg">政策法规</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/ztzl">专题专栏</a></li></ul></div>
<div class="container">
<div class="location">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk">政务公开</a> &gt;&gt; <a href="/zwgk/zcjd">政策解读</a></div>
<div class="article">
<h1 class="tit">${esc(a.title)}</h1>
<div class="info">发布时间：2026-04-09 16:30&nbsp;&nbsp;&nbsp;&nbsp;来源：青川市民政局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：1352&nbsp;&nbsp;&nbsp;&nbsp;字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="TRS_Editor" id="zoom">
${paras}
</div>
<div class="fujian">相关链接：<a href="/zwgk/tzgg/202604/t20260403_5520011.html">青川市推进社区老年助餐服务全覆盖工作方案</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <a href="#">【返回顶部】</a></div>
<div class="pages"><p>上一篇：<a href="#">关于做好2026年清明节祭扫服务工作的通知</a></p><p>下一篇：<a href="#">青川市养老服务条例主要内容解读</a></p></div>
</div>
</div>
<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办单位：青川市民政局&#12288;&#12288;地址：青川市府前路18号&#12288;&#12288;邮编：610999</p>
<p>网站标识码：5101000012&#12288;&#12288;<a href="#">蜀ICP备05012345号-1</a>&#12288;&#12288;<a href="#">川公网安备 51010402000123号</a></p>
<p><img src="/images/dzjg.png" alt="党政机关"> <img src="/images/jiucuo.png" alt="政府网站找错"></p></div>
</body>
</html>
`
}

/** The template for each site family. */
export const FAMILIES: Record<string, (a: ArticleSource) => string> = {
  wordpress,
  'news-large': newsLarge,
  medium,
  'local-paywall': localPaywall,
  govuk,
  usgov,
  thinktank,
  university,
  wire,
  'blog-table': blogTable,
  'seo-title': seoTitle,
  jsonld,
  'headings-quotes': headingsQuotes,
  'zh-news': zhNews,
  'zh-gov': zhGov,
}
