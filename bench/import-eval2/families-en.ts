// English site-family templates for the second held-out set. Each imitates the markup patterns of one kind of
// site (class names, nesting, chrome and quirks) from memory, without copying any real page.
import type { ArticleSource } from '../import-eval/article-types'
import { esc, longDate, ogMeta, render, usDate, weekday } from './render'

/** Reuters-like wire page rendered by a JS app: data-testid divs, paragraphs as <div>, ad slots, sign-off. */
export function wireApp(a: ArticleSource): string {
  const ad = (n: number): string => `<div data-testid="ResponsiveAdSlot" class="article-body__row__dY_kL"><div class="ad-slot__container__Xf1Zx" id="ad-slot-${n}"><div class="text__text__1FZLe text__inherit-color__3208F ad-slot__label__O1ds8">Advertisement · Scroll to continue</div></div></div>`
  const body = render(a, {
    p: (t, i) => `<div data-testid="paragraph-${i}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large_body__FfsA8 body__full_width__ekUdw body__large_body__FV5_X article-body__paragraph__2-BtD">${t}</div>`,
    after: {
      1: ad(1),
      3: `<div class="article-body__element__2p5pI"><div data-testid="promo-box" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__small__1kGq2 body__base__22dCE">Power up your portfolio with our weekly Commodities Brief, covering metals, grains and energy. <a data-testid="Link" href="https://www.meridianwire.example.com/newsletters/commodities-brief/">Sign up here.</a></div></div>`,
      6: ad(2),
    },
  })
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)} | Meridian Wire</title>
<meta name="description" content="Torvane Metals has suspended operations at its Brisk Harbour copper smelter after sulphuric acid leaked from a storage tank.">
${ogMeta(a)}
<meta name="article:author" content="${esc(a.author ?? '')}">
<meta name="analyticsAttributes.contentChannel" content="Energy">
<link rel="preload" href="/pf/resources/fonts/knowledge2017/knowledge-regular.woff2?d=152" as="font" type="font/woff2" crossorigin="">
<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="meridianwire";Fusion.deployment="812";</script>
</head>
<body>
<div id="fusion-app" class="fusion-app | meridianwire-app">
<div class="regular-article-layout__main__1tvsU">
<a class="skip-link__skip-link__1Hfx3" href="#main-content">Skip to main content</a>
<div data-testid="ResponsiveAdSlot" class="leaderboard__container__3N2sk"><div class="ad-slot__container__Xf1Zx" id="ad-slot-top"><div class="text__text__1FZLe ad-slot__label__O1ds8">Advertisement · Scroll to continue</div></div></div>
<header class="site-header__container__2o9iy" data-testid="SiteHeader">
  <nav class="site-header__nav__1ZQ6i" aria-label="Main navigation">
    <a data-testid="Logo" href="/" aria-label="Meridian Wire homepage"><svg viewBox="0 0 100 20"><title>Meridian Wire</title></svg></a>
    <ul class="nav-bar__list__1EE4k">
      <li><a data-testid="Link" href="/world/">World</a></li><li><a data-testid="Link" href="/business/">Business</a></li><li><a data-testid="Link" href="/markets/">Markets</a></li><li><a data-testid="Link" href="/sustainability/">Sustainability</a></li><li><a data-testid="Link" href="/legal/">Legal</a></li><li><a data-testid="Link" href="/breakingviews/">Breakingviews</a></li><li><a data-testid="Link" href="/technology/">Technology</a></li><li><a data-testid="Link" href="/investigations/">Investigations</a></li><li><button type="button">More</button></li>
    </ul>
    <div class="site-header__buttons__3q0oS"><button data-testid="Button" type="button"><span>My News</span></button><a data-testid="Button" href="/account/sign-in/">Sign In</a><a data-testid="Button" href="/account/register/">Register</a></div>
  </nav>
</header>
<main id="main-content" class="regular-article-layout__content__3Ys_b">
<article class="article__container__2bvLz" data-testid="Article">
<header class="article-header__container__3lWgL">
  <nav aria-label="Tags" data-testid="Tags" class="article-header__tags__2Tl5f"><ul><li><a data-testid="Link" href="/business/">Business</a></li><li><a data-testid="Link" href="/business/energy/">Energy</a></li></ul></nav>
  <div class="article-header__heading__15OpQ"><h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_2__1K_hh heading__base__2T28j heading__heading_2__3Fcw5">${esc(a.title)}</h1></div>
  <div class="article-header__byline-container__3ZwJi">
    <div class="info-content__author-date__1Epi_"><div data-testid="AuthorByline" class="author-name__byline__2Zwhb">By <a data-testid="AuthorNameLink" href="/authors/ines-calloway/">${esc(a.author ?? '')}</a></div>
    <time class="date-line__date__23Ge-" datetime="${a.date}T07:42:11Z"><span class="date-line__date___kNbY">${usDate(a.date)}</span><span class="date-line__date___kNbY">8:42 AM GMT+1</span><span class="date-line__date___kNbY">Updated 2 hours ago</span></time></div>
    <div data-testid="ShareButtons" class="share-buttons__container__3rfsV"><button type="button" aria-label="Share">Share</button><button type="button">X</button><button type="button">Facebook</button><button type="button">Linkedin</button><button type="button">Email</button><button type="button">Link</button></div>
    <a data-testid="Link" href="/info-pages/reprints/">Purchase Licensing Rights</a>
  </div>
  <div data-testid="primary-image" class="article-header__primary-image__1d0d3"><figure class="primary-image__figure__1DQvb"><div data-testid="Image" class="image__container__2dWkE"><img src="https://www.meridianwire.example.com/resizer/v2/smelter.jpg?auth=f1c2&amp;width=720" alt="The Torvane Metals copper smelter in Brisk Harbour"></div><figcaption data-testid="Caption" class="primary-image__caption__3QBAm"><span class="text__text__1FZLe text__inherit-color__3208F text__regular__2N1Xr text__extra_small__1Mw6v">The Torvane Metals copper smelter is seen at Brisk Harbour, March 3, 2025. Meridian Wire/Oskar Lind/File Photo <a data-testid="Link" href="/info-pages/reprints/">Purchase Licensing Rights</a>, opens new tab</span></figcaption></figure></div>
</header>
<div class="article-body__container__3ypuX article-body__over-6-paragraphs__1Eev3">
<div class="article-body__content__17Yit">
${body}
<p data-testid="Body" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__small__1kGq2 body__base__22dCE sign-off__text__PU3dz">Reporting by ${esc(a.author ?? '')}; Additional reporting by Pavel Drozd; Editing by Hugh Lawton</p>
</div>
<div data-testid="Text" class="trust-badge__container__2T9Dd"><span class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__extra_small__1Mw6v">Our Standards: <a data-testid="Link" href="/info-pages/trust-principles/">The Meridian Wire Trust Principles.</a>, opens new tab</span></div>
<div data-testid="AuthorBio" class="author-bio__container__hO6f8"><div class="author-bio__name__2Ss8n">Ines Calloway</div><div data-testid="Body" class="author-bio__text__3oVNX">Ines covers metals and mining from Brisk Harbour, with a focus on copper and nickel supply chains. She previously reported on energy markets for a regional business daily.</div></div>
</div>
</article>
<section data-testid="ReadNext" class="read-next__container__2_sLl"><h2 data-testid="Heading">Read Next</h2>
<ul><li data-testid="MediaStoryCard"><a href="/markets/commodities/copper-hits-six-week-high-2026-09-14/"><span data-testid="Heading">Copper hits six-week high as warehouse stocks fall</span></a><time>1 hour ago</time></li>
<li data-testid="MediaStoryCard"><a href="/business/energy/smelters-treatment-charges-2026-09-10/"><span data-testid="Heading">Smelters squeezed as treatment charges hit decade low</span></a><time>4 days ago</time></li>
<li data-testid="MediaStoryCard"><a href="/sustainability/harbour-fishers-discharge-2026-08-02/"><span data-testid="Heading">Fishers press for tougher limits on harbour discharges</span></a><time>August 2, 2026</time></li></ul></section>
<section data-testid="SponsoredContent"><h2>Sponsored Content</h2><div data-testid="ResponsiveAdSlot"><div class="ad-slot__label__O1ds8">Advertisement · Scroll to continue</div></div></section>
</main>
<footer data-testid="SiteFooter" class="site-footer__container__1dvH5"><div><a href="/">Meridian Wire</a><p>Meridian Wire, the news and media division of Meridian Holdings, is a leading provider of news.</p></div>
<ul><li><a href="/info-pages/about-us/">About Us</a></li><li><a href="/careers/">Careers</a></li><li><a href="/info-pages/contact-us/">Contact Us</a></li><li><a href="/info-pages/accessibility/">Accessibility</a></li><li><a href="/info-pages/privacy/">Privacy</a></li><li><a href="/info-pages/terms-of-use/">Terms of Use</a></li></ul>
<p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p><p>© 2026 Meridian Wire. All rights reserved</p></footer>
</div></div>
</body>
</html>
`
}

/** NYT/WaPo-like broadsheet: css-hash classes, section name="articleBody", companion columns, ad slots with "SKIP ADVERTISEMENT". */
export function broadsheet(a: ArticleSource): string {
  const ad = (n: number): string => `</div><aside class="css-ew4tgv" aria-label="companion column"></aside></div>
<div id="story-ad-${n}-wrapper" class="css-1g71tqy"><div class="css-4ckyv2"><div id="story-ad-${n}-slug" class="ad-slug"><p class="css-1b7fd0a">Advertisement</p></div><div id="story-ad-${n}" class="place-ad" data-position="mid${n}" data-size-key="${n === 1 ? 'middle1' : 'middle'}"></div><div class="css-1uuhw8g"><a href="#after-story-ad-${n}" class="css-1ly73wi">SKIP ADVERTISEMENT</a></div></div></div>
<div id="after-story-ad-${n}" class="css-1i8n6ov StoryBodyCompanionColumn" data-testid="companionColumn-${n}"><div class="css-53u6y8">`
  const body = render(a, {
    p: (t) => `<p class="css-at9mc1 evys1bk0">${t}</p>`,
    h2: (t) => `<h2 class="css-1qgsdqr eoo0vm40">${t}</h2>`,
    after: { 3: ad(1), 7: ad(2), 10: `<div class="css-1wr6w1y" data-testid="inline-interactive"><div class="css-14ioxob"><p class="css-ff29zy">Continue reading the main story</p></div></div>` },
  })
  return `<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} - The Calder Times</title>
<meta data-rh="true" name="description" content="A subsidized passenger ferry between Wrenport and Saltmere was mocked as a vanity project. Four years on, it is carrying more riders than any route on the coast.">
<meta data-rh="true" property="og:title" content="${esc(a.title)}">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:url" content="${esc(a.url)}">
<meta data-rh="true" property="article:published_time" content="${a.date}T05:00:18.000Z">
<meta data-rh="true" name="byl" content="By ${esc(a.author ?? '')}">
<meta data-rh="true" property="article:section" content="U.S.">
<link data-rh="true" rel="canonical" href="${esc(a.url)}">
<style data-emotion="css">.css-at9mc1{margin-bottom:0.9375rem;font-family:imperial,georgia,serif}</style>
</head>
<body>
<div id="app"><div><div class="css-1ilknr6 e1l3lt8f0">
<div class="NYTAppHideMasthead css-1r6wvpq e1m0pzr40"><header class="css-ahe4g0 e1m0pzr41">
  <section class="css-ui9rw0 e1m0pzr42"><a class="css-1iruc8t" href="#site-content">Skip to content</a><a class="css-1iruc8t" href="#site-index">Skip to site index</a></section>
  <section class="css-9kr9i3 e1m0pzr43"><div class="css-10488qs"><button data-testid="nav-button" aria-label="Sections Navigation &amp; Search" class="css-vb3g7y">SEARCH &amp; SECTION NAVIGATION</button></div>
  <div class="css-1hyfx7x"><a data-testid="masthead-mobile-logo" aria-label="The Calder Times" href="/"><svg viewBox="0 0 184 25" class="css-1bpfxz7"><title>The Calder Times</title></svg></a></div>
  <div class="css-10698na"><a href="/subscription?campaignId=8HHXJ" class="css-1bymuyk" data-testid="masthead-subscribe">Give the Times</a><span class="css-1ilsucq">Subscribe for $1/week</span><a data-testid="login-link" href="/auth/login" class="css-1kj7lfb">Log in</a></div></section>
</header></div>
<div class="css-1ofm1cb"><nav aria-label="Main" class="css-1f8er69"><ul><li><a href="/section/us">U.S.</a></li><li><a href="/section/politics">Politics</a></li><li><a href="/section/nyregion">Calder County</a></li><li><a href="/section/business">Business</a></li><li><a href="/section/climate">Climate</a></li><li><a href="/section/opinion">Opinion</a></li></ul></nav></div>
<main id="site-content"><div class="css-1u3p7j1"><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1vkm6nb ehdk2mb0">
  <div class="css-1r7ky0e"><p class="css-x1nemx e1jy3x6d0"><a href="/section/us" class="css-1v9rxgn">U.S.</a></p></div>
  <div class="css-1vkm6nb ehdk2mb0"><h1 id="link-7c8f21" data-testid="headline" class="css-1sbu9sk e1h9rw200">${esc(a.title)}</h1></div>
  <p id="article-summary" class="css-79rysd e1wiw3jv0">A subsidized passenger ferry between Wrenport and Saltmere was mocked as a vanity project. Four years on, it is carrying more riders than any route on the coast.</p>
  <div data-testid="imageblock-wrapper" class="css-79elbk"><figure class="sizeLarge" aria-label="media" role="group"><div data-testid="imageContainer-children-Image" class="css-1xdhyk6 erfvjey0"><picture><source media="(max-width: 599px)" srcset="https://static.caldertimes.example.com/images/2026/07/03/ferry-mobileMasterAt3x.jpg"><img alt="" class="css-rq4mmj" src="https://static.caldertimes.example.com/images/2026/07/03/ferry-superJumbo.jpg"></picture></div>
  <figcaption class="css-1l44abu ewdxa0s0"><span class="css-jevhq3 e13ogyst0">Passengers boarding the Saltmere ferry at Wrenport during the morning rush. Sailings leave every 20 minutes.</span><span class="css-cnj6d5 e1z0qqy90"><span class="css-1u46b97 e1z0qqy91">Credit...</span><span><span>Halvard Brenn for The Calder Times</span></span></span></figcaption></figure></div>
  <div class="css-1f9cf9u"><div class="css-ddyk0u"><div class="css-233int e1nyvyd50"><p class="css-aknsld e1jsehar1" data-testid="byline"><span class="last-byline css-1baulvz" itemprop="name">By <a href="/by/joanna-feldt" class="css-n8ff4n e1jsehar0">${esc(a.author ?? '')}</a></span></p></div><div class="css-ld3wwf"><p>Reporting from Wrenport</p></div></div>
  <ul class="css-1w5cs23"><li><time class="css-1z1nqv e16638kd0" datetime="${a.date}T05:00:18-04:00"><span>Published ${usDate(a.date)}</span><span class="css-1ppc0py e16638kd1">Updated ${usDate(a.date)}, 11:42 a.m. ET</span></time></li></ul>
  <div class="css-1a48zt4"><div class="css-10s5ezz" data-testid="share-tools"><button type="button" aria-label="Share full article" class="css-1g1qcbj">Share full article</button><span class="css-8qsjqr"><span class="css-pz3ngs">74</span></span><button type="button" aria-label="Save article for reading later..." class="css-7usu8r"></button></div></div></div>
</header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-0"><div class="css-53u6y8">
${body}
</div><aside class="css-ew4tgv" aria-label="companion column"></aside></div>
</section>
<div class="bottom-of-article"><div class="css-1ubp8k9"><div class="css-1gvx7gk"><p class="css-1qbsh8a e1sxaw9m0"><a href="/by/joanna-feldt" class="css-1c4u4jh">Joanna Feldt</a> covers transportation and infrastructure in the coastal counties. <a class="css-1f0gw8y" href="/by/joanna-feldt">More about Joanna Feldt</a></p></div>
<div class="css-1ppzncy"><p class="css-1vm5oi9">A version of this article appears in print on ${usDate(a.date)}, Section A, Page 14 of the Calder edition with the headline: Ferry Nobody Wanted Fills Its Boats. <a href="/reprints">Order Reprints</a> | <a href="/todayspaper">Today’s Paper</a> | <a href="/subscribe">Subscribe</a></p></div></div>
<div class="css-1mf2nmr"><button type="button" class="css-12ucba3">See more on: <a href="/topic/calder-county">Calder County</a>, <a href="/topic/ferries">Ferries</a></button></div>
<div class="css-1a48zt4"><button type="button" class="css-1g1qcbj">Share full article</button><span>74</span></div></div>
</article></div>
<div class="css-1k7l8f" data-testid="related-links"><section><h2 class="css-12ljf2r">Related Content</h2><ul>
<li><a href="/2026/05/11/us/bridge-toll-saltmere.html"><h3 class="css-sb3x9p">Island Bridge Plan Stalls Over Tolls</h3></a></li>
<li><a href="/2026/03/02/us/coastal-bus-cuts.html"><h3 class="css-sb3x9p">Coastal Bus Routes Face Cuts as Drivers Quit</h3></a></li></ul></section></div>
<div id="bottom-wrapper" class="css-1ede5it"><div class="ad-slug"><p class="css-1b7fd0a">Advertisement</p></div><a href="#after-bottom" class="css-1ly73wi">SKIP ADVERTISEMENT</a></div>
<section class="css-1lk1tx"><h2>Trending in The Times</h2><ol><li><a href="/2026/07/02/style/heat-wave-fans.html">The Summer Everyone Bought a Fan</a></li><li><a href="/2026/07/01/well/eat/tomato-season.html">How to Tell a Tomato Is Ready</a></li><li><a href="/2026/06/30/us/school-board-vote.html">School Board Votes to Keep Later Start Times</a></li></ol></section>
</main>
<nav id="site-index" aria-labelledby="site-index-label" class="css-1ffxkgb"><h2 id="site-index-label" class="css-1bfqkqc">Site Index</h2><div><h3>news</h3><ul><li><a href="/">Home Page</a></li><li><a href="/section/us">U.S.</a></li><li><a href="/section/world">World</a></li><li><a href="/section/politics">Politics</a></li></ul><h3>opinion</h3><ul><li><a href="/section/opinion">Today's Opinion</a></li><li><a href="/section/opinion/letters">Letters</a></li></ul></div></nav>
<footer class="css-1e1s8k7"><div>© 2026 The Calder Times Company</div><ul><li><a href="/help">Help</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/cookies">Cookie Policy</a></li><li><a href="/terms">Terms of Service</a></li><li><a href="/sitemap">Site Map</a></li></ul></footer>
</div></div></div>
</body>
</html>
`
}

const LIVE_TIMES = ['13:52', '13:20', '12:47', '12:15', '11:58', '10:31', '08:05']

/** Live blog: key events list, pinned post repeating an entry, timestamped entries newest first, pager. */
export function liveblog(a: ArticleSource): string {
  // Each "## " heading starts an entry; its paragraphs follow until the next heading.
  const entries: { title: string; paras: string[] }[] = []
  for (const chunk of a.text.split(/\n\s*\n/)) {
    const t = chunk.trim()
    if (t.startsWith('## ')) entries.push({ title: t.slice(3), paras: [] })
    else entries[entries.length - 1]?.paras.push(t)
  }
  const entry = (e: { title: string; paras: string[] }, i: number, pinned = false): string => `<article id="${pinned ? 'pinned-' : ''}block-${entries.length - i}" class="block${pinned ? ' block--pinned' : ''}" data-block-id="${entries.length - i}">
  <header class="block-header">${pinned ? '<span class="pinned-label">Pinned post</span>' : ''}<p class="block-time published-time"><a href="?page=with:block-${entries.length - i}#block-${entries.length - i}"><time datetime="${a.date}T${LIVE_TIMES[i] ?? '08:00'}:00+01:00">${LIVE_TIMES[i] ?? '08:00'} BST</time></a></p>
  <div class="block-contributor"><img src="/profile/helen-marsh.png" alt=""><span>Helen Marsh</span></div>
  <h2 class="block-title">${esc(e.title)}</h2></header>
  <div class="block-elements">${e.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
  <footer class="block-footer"><div class="block-share"><span>Share</span><button type="button" aria-label="Share on Facebook">Facebook</button><button type="button" aria-label="Share on X">X</button></div>${i === 0 ? '<p class="block-updated">Updated at 13.58 BST</p>' : ''}</footer>
</article>`
  const pinnedIndex = 2
  const pinned = entries[pinnedIndex]
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | Northline News</title>
${ogMeta(a)}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":${JSON.stringify(a.title)},"coverageStartTime":"${a.date}T08:05:00+01:00","datePublished":"${a.date}T08:05:00+01:00","publisher":{"@type":"Organization","name":"Northline News"}}</script>
</head>
<body class="liveblog">
<header class="site-header"><a href="/" class="logo">Northline News</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/travel">Travel</a></li><li><a href="/opinion">Opinion</a></li></ul></nav><a href="/support" class="support-cta">Support us</a></header>
<main>
<div class="headline-container">
  <div class="live-badge"><span class="pulse"></span>LIVE</div>
  <p class="series"><a href="/weather/storms">Storm Ilse</a></p>
  <h1 class="headline">${esc(a.title)}</h1>
  <div class="standfirst"><ul><li>Red wind warning in force until 18:00 for the whole Garrow coast</li><li>Ferries, trains and schools affected; rest centres open</li><li><a href="/weather/storm-ilse-explained">What is a red warning and what should I do?</a></li></ul></div>
  <p class="meta"><span>Helen Marsh, Tomas Greer and Ayo Bankole</span> <time datetime="${a.date}T13:58:00+01:00">${weekday(a.date)} ${longDate(a.date)} 13.58 BST</time> <span class="first-published">First published on ${weekday(a.date)} ${longDate(a.date)} 08.05 BST</span></p>
</div>
<aside class="key-events" aria-labelledby="key-events-heading"><h2 id="key-events-heading">Key events</h2><ul>
${entries.slice(0, 4).map((e, i) => `<li><a href="#block-${entries.length - i}"><time>${i === 0 ? '6m ago' : `${i}h ago`}</time><span>${esc(e.title)}</span></a></li>`).join('\n')}
</ul><button type="button">Show key events only</button><p class="filter-hint">Please turn on JavaScript to use this feature</p></aside>
<div class="live-blog-body" id="liveblog-body">
${pinned ? entry(pinned, pinnedIndex, true) : ''}
${entries.map((e, i) => entry(e, i)).join('\n')}
</div>
<nav class="liveblog-pager" aria-label="Live blog pagination"><a href="?page=newest">Newest</a> <a href="?page=prev" aria-disabled="true">Previous</a> <span>1 of 3</span> <a href="?page=2">Next</a> <a href="?page=oldest">Oldest</a></nav>
<section class="most-viewed"><h2>Most viewed</h2><ol><li><a href="/news/a">Garrow pier closed after storm damage</a></li><li><a href="/news/b">Council tax to rise 4.9% in Ferrow</a></li><li><a href="/news/c">Millbeck bakery wins national award</a></li></ol></section>
</main>
<footer><p>© 2026 Northline News Ltd. All rights reserved.</p><ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
`
}

/** Substack post: subscribe widgets in the body, share button paragraph, heading anchors, footnotes. */
export function substack(a: ArticleSource): string {
  const anchor = (n: number): string => `<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-${n}" href="#footnote-${n}" target="_self">${n}</a>`
  const subscribe = `<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://thebackroom.substack.example.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">The Back Room is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>`
  const share = `<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://thebackroom.substack.example.com/p/what-eleven-years-of-bookshop-ledgers?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;}" data-component-name="ButtonCreateButton"><a class="button primary" href="https://thebackroom.substack.example.com/p/what-eleven-years-of-bookshop-ledgers?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>`
  const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
  const body = render(a, {
    p: (t, i) => `<p>${t}${i === 1 ? anchor(1) : i === 5 ? anchor(2) : ''}</p>`,
    h2: (t) => `<h2 class="header-anchor-post">${t}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§${slug(t)}" class="pencraft pc-reset header-anchor offset-top"></div><button tabindex="0" type="button" aria-label="Link" class="pencraft pc-reset pencraft icon-container restack-image"><svg width="18" height="18"></svg></button></div></div></h2>`,
    after: { 2: subscribe, 7: share },
  })
  const ufi = `<div class="post-ufi style-large"><div class="like-button-container post-ufi-button style-large"><button tabindex="0" type="button" class="pencraft pc-reset like-button"><span class="label">142</span></button></div><a role="button" href="/p/what-eleven-years-of-bookshop-ledgers/comments" class="post-ufi-button style-large post-ufi-comment-button"><span class="label">37</span></a><button type="button" class="post-ufi-button style-large restack-button"><span class="label">9</span></button><div class="post-ufi-button style-large share-button"><span class="label">Share</span></div></div>`
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What eleven years of bookshop ledgers taught me about Tuesday</title>
<meta name="description" content="Rain, snow, Thursdays and the long tail, from 3,900 days of handwritten takings.">
${ogMeta(a)}
<meta name="author" content="${esc(a.author ?? '')}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"${a.url}","headline":${JSON.stringify(a.title)},"description":"Rain, snow, Thursdays and the long tail, from 3,900 days of handwritten takings.","datePublished":"${a.date}T11:02:17+00:00","isAccessibleForFree":true,"author":[{"@type":"Person","name":"${esc(a.author ?? '')}","url":"https://substack.example.com/@hollisferrant"}],"publisher":{"@type":"Organization","name":"The Back Room"}}</script>
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><div class="navbar-left"><a href="/" class="navbar-logo-container"><img class="navbar-logo" src="https://substackcdn.example.com/image/fetch/logo.png" alt=""></a></div><h1 class="navbar-title"><a class="navbar-title-link" href="/">The Back Room</a></h1><div class="navbar-buttons"><button type="button" class="button primary subscribe-btn">Subscribe</button><button type="button" class="button sign-in-link">Sign in</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${esc(a.title)}</h1><h3 dir="auto" class="subtitle">Rain, snow, Thursdays and the long tail, from 3,900 days of handwritten takings</h3>
<div class="post-ufi-top"><div class="byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.example.com/@hollisferrant" class="pencraft pc-reset">${esc(a.author ?? '')}</a></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">${new Date(`${a.date}T09:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}</div></div>
${ufi}</div></div>
<div class="available-content"><div dir="auto" class="body markup">
${body}
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false" target="_self">1</a><div class="footnote-content"><p>I left out the six weeks in 2020 when we only sold by post, which would have made every weekday look the same.</p></div></div>
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-2" href="#footnote-anchor-2" class="footnote-number" contenteditable="false" target="_self">2</a><div class="footnote-content"><p>Weather from the county airport's daily records, which are free to download and surprisingly addictive.</p></div></div>
</div></div>
<div class="post-footer">${ufi}</div>
<div class="subscribe-footer"><p>Thanks for reading The Back Room! Subscribe for free to receive new posts and support my work.</p><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div>
</article></div></div>
<div id="discussion" class="discussion"><h4 class="discussion-title">Discussion about this post</h4><div class="tabs"><button>Comments</button><button>Restacks</button></div>
<div class="comment"><div class="comment-meta"><a href="/@juneparr">June Parr</a><span>May 17</span></div><div class="comment-body"><p>The rain finding is so true. Our cafe is the same.</p></div><div class="comment-actions"><button>Like (4)</button><button>Reply</button><button>Share</button></div></div>
<div class="comment"><div class="comment-meta"><a href="/@tbrooks">T. Brooks</a><span>May 18</span></div><div class="comment-body"><p>Would love to see the spreadsheet if you ever share it.</p></div><div class="comment-actions"><button>Like (2)</button><button>Reply</button><button>Share</button></div></div>
<a href="/p/what-eleven-years-of-bookshop-ledgers/comments" class="more-comments">35 more comments...</a></div>
<div class="post-end-cta-full"><h3>Ready for more?</h3><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div>
</div>
<div class="footer-wrap"><div class="footer"><div class="copyright">© 2026 ${esc(a.author ?? '')}</div><div class="footer-terms"><a href="https://substack.example.com/privacy">Privacy</a> ∙ <a href="https://substack.example.com/tos">Terms</a> ∙ <a href="https://substack.example.com/ccpa">Collection notice</a></div><div class="footer-buttons"><a href="https://substack.example.com/signup" class="footer-substack-cta">Start writing</a><a href="https://substack.example.com/app" class="footer-substack-cta">Get the app</a></div><div class="footer-slogan"><a href="https://substack.example.com">Substack</a> is the home for great culture</div></div></div>
</div></div>
</body>
</html>
`
}

/** Blogger classic template: date header, post-body with <br> line breaks instead of <p>, tr-caption table, share buttons, labels, comments, archive widgets. */
export function blogger(a: ArticleSource): string {
  const paras = render(a, { p: (t) => t, sep: '\n<br />\n<br />\n' })
  const photo = `<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.example.com/img/b/R29vZ2xl/AVvXsEh4/s1600/trenna-halt.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="1200" data-original-width="1600" height="300" src="https://blogger.googleusercontent.example.com/img/b/R29vZ2xl/AVvXsEh4/s400/trenna-halt.jpg" width="400" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">The platform at Trenna Halt, still standing sixty years on</td></tr></tbody></table>`
  // The photo goes after the sixth paragraph's double break, as Blogger's compose view leaves it.
  const parts = paras.split('\n<br />\n<br />\n')
  const bodyHtml = `${parts.slice(0, 6).join('<br />\n<br />\n')}<br />\n${photo}\n<br />\n${parts.slice(6).join('<br />\n<br />\n')}`
  return `<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head>
<meta content="width=1100" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta content="blogger" name="generator" />
<link href="https://footpathsandfog.blogspot.example.com/favicon.ico" rel="icon" type="image/x-icon" />
<link href="${esc(a.url)}" rel="canonical" />
<link rel="alternate" type="application/atom+xml" title="Footpaths and Fog - Atom" href="https://footpathsandfog.blogspot.example.com/feeds/posts/default" />
<meta content="${esc(a.url)}" property="og:url" />
<meta content="${esc(a.title)}" property="og:title" />
<meta content="The harbour railway closed in 1963, but almost all of its track bed between Penmorrow and Castle Dray is still walkable..." property="og:description" />
<title>Footpaths and Fog: ${esc(a.title)}</title>
<style id="page-skin-1" type="text/css">body{font:normal normal 14px Georgia,Utopia,'Palatino Linotype',Palatino,serif;color:#333;background:#eee}.post-body{line-height:1.4;position:relative}</style>
</head>
<body class="loading variant-simplysimple">
<div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" data-version="1" id="Navbar1"><script type="text/javascript">function setAttributeOnload(object, attribute, val) {}</script><div id="navbar-iframe-container"></div></div></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div>
<div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="header-inner"><div class="section" id="header" name="Header"><div class="widget Header" data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://footpathsandfog.blogspot.example.com/">Footpaths and Fog</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Rambles on the wet side of the county, one stile at a time</span></p></div></div></div></div></div></div></header>
<div class="tabs-outer"><div class="tabs-inner"><div class="tabs section" id="crosscol" name="Cross-Column"><div class="widget PageList" data-version="1" id="PageList1"><h2>Pages</h2><div class="widget-content"><ul><li class="selected"><a href="https://footpathsandfog.blogspot.example.com/">Home</a></li><li><a href="https://footpathsandfog.blogspot.example.com/p/about.html">About</a></li><li><a href="https://footpathsandfog.blogspot.example.com/p/maps.html">Maps and GPX files</a></li></ul></div></div></div></div></div>
<div class="main-outer"><div class="main-inner"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main" name="Main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>${weekday(a.date)}, ${longDate(a.date)}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.example.com/img/b/R29vZ2xl/AVvXsEh4/s400/trenna-halt.jpg" itemprop="image_url" />
<meta content="5180232217449171004" itemprop="blogId" />
<meta content="2287351049917366120" itemprop="postId" />
<a name="2287351049917366120"></a>
<h3 class="post-title entry-title" itemprop="name">${esc(a.title)}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-2287351049917366120" itemprop="description articleBody"><div dir="ltr" style="text-align: left;" trbidi="on">
${bodyHtml}
</div>
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.example.com/profile/04417382" rel="author" title="author profile"><span itemprop="name">${esc(a.author ?? '')}</span></a></span></span> <span class="post-timestamp">at <meta content="${esc(a.url)}" itemprop="url" /><a class="timestamp-link" href="${esc(a.url)}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="${a.date}T18:22:00+01:00">18:22</abbr></a></span> <span class="post-comment-link"></span> <span class="post-icons"><span class="item-control blog-admin pid-41122"><a href="https://www.blogger.example.com/post-edit.g?blogID=5180232217449171004&amp;postID=2287351049917366120" title="Edit Post"><img alt="" class="icon-action" height="18" src="https://resources.blogblog.example.com/img/icon18_edit_allbkg.gif" width="18" /></a></span></span>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.example.com/share-post.g?blogID=5180232217449171004&amp;postID=2287351049917366120&amp;target=email" target="_blank" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="https://www.blogger.example.com/share-post.g?target=blog" target="_blank" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-twitter" href="https://www.blogger.example.com/share-post.g?target=twitter" target="_blank" title="Share to X"><span class="share-button-link-text">Share to X</span></a><a class="goog-inline-block share-button sb-facebook" href="https://www.blogger.example.com/share-post.g?target=facebook" target="_blank" title="Share to Facebook"><span class="share-button-link-text">Share to Facebook</span></a><a class="goog-inline-block share-button sb-pinterest" href="https://www.blogger.example.com/share-post.g?target=pinterest" target="_blank" title="Share to Pinterest"><span class="share-button-link-text">Share to Pinterest</span></a></div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="https://footpathsandfog.blogspot.example.com/search/label/disused%20railways" rel="tag">disused railways</a>, <a href="https://footpathsandfog.blogspot.example.com/search/label/estuary" rel="tag">estuary</a>, <a href="https://footpathsandfog.blogspot.example.com/search/label/long%20walks" rel="tag">long walks</a></span></div></div>
</div>
<div class="comments" id="comments"><a name="comments"></a><h4>3 comments:</h4><div class="comments-content"><dl class="avatar-comment-indent" id="comments-block">
<dt class="comment-author " id="c1"><a name="c1"></a>Anonymous said...</dt><dd class="comment-body" id="Blog1_cmt-1"><p>Did this last summer with the kids. The boggy bit nearly claimed a welly! Thanks for the tip about the gap in the hedge.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="${esc(a.url)}?showComment=1#c1" title="comment permalink">12 April 2026 at 20:14</a></span></dd>
<dt class="comment-author blog-author" id="c2"><a name="c2"></a><a href="https://www.blogger.example.com/profile/04417382" rel="nofollow">${esc(a.author ?? '')}</a> said...</dt><dd class="comment-body" id="Blog1_cmt-2"><p>Ha, it nearly claimed mine too. Glad you enjoyed it.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="${esc(a.url)}?showComment=2#c2" title="comment permalink">12 April 2026 at 21:03</a></span></dd>
<dt class="comment-author " id="c3"><a name="c3"></a><a href="https://www.blogger.example.com/profile/0911" rel="nofollow">Bryn Caddick</a> said...</dt><dd class="comment-body" id="Blog1_cmt-3"><p>The mile posts were repainted by the Trenna history group last autumn, I helped with two of them.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="${esc(a.url)}?showComment=3#c3" title="comment permalink">13 April 2026 at 09:40</a></span></dd>
</dl></div><p class="comment-footer"><a href="https://www.blogger.example.com/comment.g?blogID=5180232217449171004&amp;postID=2287351049917366120" onclick="">Post a Comment</a></p></div>
</div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="https://footpathsandfog.blogspot.example.com/2026/04/bluebells-at-hensford-wood.html" id="Blog1_blog-pager-newer-link" title="Newer Post">Newer Post</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="https://footpathsandfog.blogspot.example.com/2026/03/three-stiles-and-a-bull.html" id="Blog1_blog-pager-older-link" title="Older Post">Older Post</a></span><a class="home-link" href="https://footpathsandfog.blogspot.example.com/">Home</a></div>
<div class="clear"></div><div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="https://footpathsandfog.blogspot.example.com/feeds/2287351049917366120/comments/default" target="_blank" type="application/atom+xml">Post Comments (Atom)</a></div></div>
</div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" data-version="1" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="https://www.blogger.example.com/profile/04417382"><img alt="My photo" class="profile-img" height="80" src="//blogger.googleusercontent.example.com/img/profile.jpg" width="60" /></a><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.example.com/profile/04417382" rel="author">${esc(a.author ?? '')}</a></dt><dd class="profile-textblock">Retired geography teacher. Happiest with a map, a flask and somewhere muddy to go.</dd></dl><a class="profile-link" href="https://www.blogger.example.com/profile/04417382" rel="author">View my complete profile</a></div></div>
<div class="widget PopularPosts" data-version="1" id="PopularPosts1"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul><li><div class="item-title"><a href="https://footpathsandfog.blogspot.example.com/2025/10/fog-on-the-moor.html">Fog on the moor: a cautionary tale</a></div><div class="item-snippet">I have walked Hensford Moor perhaps fifty times, and on Tuesday it still managed to lose me for an hour...</div></li><li><div class="item-title"><a href="https://footpathsandfog.blogspot.example.com/2025/06/seven-bridges.html">Seven bridges in a day</a></div><div class="item-snippet">The idea came from a very old guidebook found in a charity shop...</div></li></ul></div></div>
<div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link" href="https://footpathsandfog.blogspot.example.com/2026/">2026</a> <span class="post-count" dir="ltr">(9)</span><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="https://footpathsandfog.blogspot.example.com/2026/04/">April</a> <span class="post-count" dir="ltr">(2)</span><ul class="posts"><li><a href="https://footpathsandfog.blogspot.example.com/2026/04/bluebells-at-hensford-wood.html">Bluebells at Hensford Wood</a></li><li><a href="${esc(a.url)}">${esc(a.title)}</a></li></ul></li><li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">►&nbsp;</span></a><a class="post-count-link" href="https://footpathsandfog.blogspot.example.com/2026/03/">March</a> <span class="post-count" dir="ltr">(3)</span></li></ul></li><li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">►&nbsp;</span></a><a class="post-count-link" href="https://footpathsandfog.blogspot.example.com/2025/">2025</a> <span class="post-count" dir="ltr">(31)</span></li></ul></div></div></div>
<div class="widget Label" data-version="1" id="Label1"><h2>Labels</h2><div class="widget-content list-label-widget-content"><ul><li><a dir="ltr" href="/search/label/disused%20railways">disused railways</a><span dir="ltr">(6)</span></li><li><a dir="ltr" href="/search/label/estuary">estuary</a><span dir="ltr">(4)</span></li><li><a dir="ltr" href="/search/label/long%20walks">long walks</a><span dir="ltr">(12)</span></li></ul></div></div>
</div></aside></div></div>
</div></div></div></div>
<footer><div class="footer-outer"><div class="footer-inner"><div class="foot section" id="footer-3"><div class="widget Attribution" data-version="1" id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.example.com" target="_blank">Blogger</a>.</div></div></div></div></div></footer>
</div></div></div>
</body>
</html>
`
}
