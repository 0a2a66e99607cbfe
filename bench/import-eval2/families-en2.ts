// More English site-family templates for the second held-out set (see families-en.ts).
import { parseBlocks, type ArticleSource } from '../import-eval/article-types'
import { esc, longDate, ogMeta, render, usDate } from './render'

/** AMP news page (regional tabloid group): amp-boilerplate, amp-sidebar menu, amp-img, amp-ad, read-more links, newsletter. */
export function amp(a: ArticleSource): string {
  const ad = (n: number): string => `<div class="ad-container"><amp-ad width="300" height="250" type="doubleclick" data-slot="/5293/vale-evening-post/amp/news/inarticle${n}" data-multi-size="320x50,300x50" data-multi-size-validation="false" rtc-config='{"vendors":{"aps":{"PUB_ID":"3032","PARAMS":{"amp":"1"}}},"timeoutMillis":1000}' json='{"targeting":{"pos":"mpu${n}"}}'><div placeholder></div><div fallback><p>Ad failed to load</p></div></amp-ad></div>`
  const body = render(a, {
    after: {
      1: ad(1),
      3: `<div class="read-more-links"><p><strong>Read more:</strong> <a href="/news/local-news/hollin-vale-school-places-8790341">Parents in Hollin Vale face longer wait for school places</a></p></div>`,
      5: `<figure class="in-article-image"><amp-img src="https://i2-prod.valeeveningpost.example.com/incoming/article8841207.ece/ALTERNATES/s615/0_breakfast-club.jpg" width="615" height="409" layout="responsive" alt="Pupils eating breakfast at Moor Lane Primary"><noscript><img src="https://i2-prod.valeeveningpost.example.com/incoming/article8841207.ece/ALTERNATES/s615/0_breakfast-club.jpg" width="615" height="409" alt=""></noscript></amp-img><figcaption><span class="caption">Pupils tuck in at the breakfast club at Moor Lane Primary, one of the 14 schools in the trial</span> <span class="credit">(Image: Vale Evening Post)</span></figcaption></figure>${ad(2)}`,
      7: `<div class="newsletter-signup-amp"><h3>Get the biggest stories from Hollin Vale straight to your inbox</h3><form method="post" action-xhr="https://www.valeeveningpost.example.com/newsletter/signup" target="_top"><input type="email" name="email" placeholder="Enter your email" required><button type="submit">Subscribe</button><div submit-success><template type="amp-mustache">Thank you for subscribing!</template></div></form><p class="newsletter-legal">We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. <a href="/privacy-notice/">More info</a></p></div>`,
    },
  })
  return `<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>${esc(a.title)} - Vale Evening Post</title>
<link rel="canonical" href="${esc(a.url.replace('/news/', '/news/'))}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
${ogMeta(a)}
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":${JSON.stringify(a.title)},"datePublished":"${a.date}T11:05:00+01:00","dateModified":"${a.date}T12:30:00+01:00","author":[{"@type":"Person","name":"${esc(a.author ?? '')}"}],"publisher":{"@type":"Organization","name":"Vale Evening Post","logo":{"@type":"ImageObject","url":"https://www.valeeveningpost.example.com/logo.png"}},"mainEntityOfPage":"${a.url}"}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>
<style amp-custom>.publication-font{font-family:Georgia,serif}.sub-title{font-weight:700}amp-sidebar{width:280px}</style>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav class="sidebar-nav"><button on="tap:sidebar.close" class="close">Close</button><ul><li><a href="/news/">News</a><ul><li><a href="/news/local-news/">Local News</a></li><li><a href="/news/education/">Education</a></li><li><a href="/news/politics/">Politics</a></li><li><a href="/news/crime/">Crime</a></li></ul></li><li><a href="/sport/">Sport</a></li><li><a href="/whats-on/">What's On</a></li><li><a href="/all-about/jobs">Jobs</a></li><li><a href="/announcements/">Announcements</a></li></ul></nav></amp-sidebar>
<header class="header"><button class="burger" on="tap:sidebar.toggle" aria-label="Open menu">Menu</button><a href="https://www.valeeveningpost.example.com/" class="logo"><amp-img src="https://www.valeeveningpost.example.com/logo.svg" width="180" height="30" alt="Vale Evening Post"></amp-img></a></header>
<main>
<article class="article-main">
<div class="breadcrumbs"><a href="/news/">News</a> <a href="/news/local-news/">Local News</a></div>
<h1 class="publication-font">${esc(a.title)}</h1>
<p class="sub-title">The district council says every primary will open at 8am for breakfast after a two-year trial improved attendance</p>
<div class="article-information"><div class="author"><amp-img src="/authors/darcy.jpg" width="40" height="40" alt=""></amp-img><span class="author-name"><a href="/authors/darcy-pemberton/">${esc(a.author ?? '')}</a></span><span class="role">Local Democracy Reporter</span></div><ul class="time-info"><li><time datetime="${a.date}T11:05:00+01:00">11:05, ${new Date(`${a.date}T09:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).toUpperCase()}</time></li><li>Updated<time datetime="${a.date}T12:30:00+01:00">12:30, ${new Date(`${a.date}T09:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).toUpperCase()}</time></li></ul></div>
<div class="social-share"><amp-social-share type="facebook" width="40" height="40" data-param-app_id="1234"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share><span class="comments-count"><a href="${esc(a.url)}#comments-wrapper">Comments</a></span></div>
<figure class="lead-image"><amp-img src="https://i2-prod.valeeveningpost.example.com/incoming/article8841206.ece/ALTERNATES/s1200/0_cereal-bowls.jpg" width="1200" height="800" layout="responsive" alt="Cereal bowls on a school table"></amp-img><figcaption><span class="caption">Breakfast will be free for every primary pupil in the district</span> <span class="credit">(Image: Getty Images)</span></figcaption></figure>
<div class="article-body">
${body}
</div>
<div class="tag-list"><span>Follow Vale Evening Post</span><a href="https://www.facebook.example.com/valeeveningpost">Facebook</a><a href="https://x.example.com/valepost">X</a></div>
<div class="topics"><h2>More On</h2><a href="/all-about/schools">Schools</a><a href="/all-about/hollin-vale-district-council">Hollin Vale District Council</a><a href="/all-about/education">Education</a></div>
</article>
<section class="teaser-list"><h2>Top Stories</h2><ul><li><a href="/news/local-news/moor-lane-bus-8840022">Moor Lane bus route to be cut from July</a></li><li><a href="/news/local-news/vale-market-8839911">Traders fear for Vale market as rents double</a></li><li><a href="/news/crime/ashdown-burglary-8839180">Two charged after burglary at Ashdown pharmacy</a></li></ul></section>
</main>
<footer class="footer"><ul><li><a href="/about-us/">About us</a></li><li><a href="/contact-us/">Contact us</a></li><li><a href="/privacy-notice/">Privacy notice</a></li><li><a href="/cookie-notice/">Cookie notice</a></li><li><a href="/terms/">Terms and conditions</a></li></ul><p>© 2026 a Vale Media Group plc company. All rights reserved.</p><p><a href="${esc(a.url)}">View full site</a></p></footer>
<amp-analytics type="googleanalytics" id="analytics1"><script type="application/json">{"vars":{"account":"UA-0000-1"},"triggers":{"trackPageview":{"on":"visible","request":"pageview"}}}</script></amp-analytics>
</body>
</html>
`
}

/** Next.js page: CSS-module class names, inline newsletter and related aside, most text duplicated in __NEXT_DATA__. */
export function nextjs(a: ArticleSource): string {
  const blocks = parseBlocks(a.text)
  const body = render(a, {
    p: (t) => `<p class="RichText_paragraph__Ue7xQ">${t}</p>`,
    h2: (t) => `<h2 class="RichText_heading__Pq8Zs" id="${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t}</h2>`,
    after: {
      2: `<div class="InlineNewsletter_box__Kc21b"><p class="InlineNewsletter_title__Zx3oP">The Ledger Brief</p><p class="InlineNewsletter_text__aa91M">Our weekly briefing on climate tech, batteries and the circular economy. Free, every Thursday.</p><form class="InlineNewsletter_form__u7yE2"><label for="nl-email" class="sr-only">Email address</label><input id="nl-email" type="email" placeholder="Email address"><button type="submit">Sign up</button></form></div>`,
      6: `<aside class="RelatedInline_aside__o2VbT"><span class="RelatedInline_label__9mUfE">Related</span><a href="/articles/second-life-batteries-allotments">How second-life batteries are powering allotment sheds</a></aside>`,
    },
  })
  const nextData = {
    props: {
      pageProps: {
        article: {
          id: 'art_8xk2p0',
          slug: 'start-up-recycle-e-bike-batteries-cell-by-cell',
          title: a.title,
          dek: 'Cellwise tests every cell in a worn-out pack and reuses more than half of them. Can the economics work?',
          publishedAt: `${a.date}T06:00:00.000Z`,
          authors: [{ name: a.author, slug: 'mateo-lindqvist' }],
          section: { name: 'Climate tech', slug: 'climate-tech' },
          body: blocks.map((b) => (b.type === 'table' ? { type: 'table', rows: b.rows } : { type: b.type, text: b.text })),
          readingTime: 7,
        },
        related: [
          { title: 'How second-life batteries are powering allotment sheds', slug: 'second-life-batteries-allotments' },
          { title: 'The cargo-bike boom is running into a parts shortage', slug: 'cargo-bike-parts-shortage' },
        ],
      },
      __N_SSP: true,
    },
    page: '/articles/[slug]',
    query: { slug: 'start-up-recycle-e-bike-batteries-cell-by-cell' },
    buildId: 'k2HxR9vT0aQm1cLz',
    isFallback: false,
    gssp: true,
    scriptLoader: [],
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>${esc(a.title)} — Circuit Ledger</title><meta name="description" content="Cellwise tests every cell in a worn-out pack and reuses more than half of them. Can the economics work?"/>${ogMeta(a).replace(/\n/g, '')}<meta name="twitter:card" content="summary_large_image"/><meta name="next-head-count" content="14"/><link rel="preload" href="/_next/static/css/4f1c2a9e0b7d3e11.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4f1c2a9e0b7d3e11.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/articles/%5Bslug%5D-5e1b9a0f2c3d4e5f.js" defer=""></script></head><body><div id="__next"><div class="Layout_wrapper__x1Tq9"><header class="SiteHeader_header__a9F2k"><a class="SiteHeader_logo__mM2v0" href="/">Circuit Ledger</a><nav class="SiteHeader_nav__Jr6bE"><a href="/topics/energy">Energy</a><a href="/topics/mobility">Mobility</a><a href="/topics/climate-tech">Climate tech</a><a href="/topics/policy">Policy</a><a href="/events">Events</a></nav><a class="SiteHeader_cta__3pL1q" href="/subscribe">Subscribe</a></header><main class="Layout_main__b4TzD"><article class="ArticlePage_article__3kzWn"><div class="ArticleHeader_header__n0Qq4"><a class="ArticleHeader_kicker__Zt1Vd" href="/topics/climate-tech">Climate tech</a><h1 class="ArticleHeader_title__Qm2hU">${esc(a.title)}</h1><p class="ArticleHeader_dek__R1bXs">Cellwise tests every cell in a worn-out pack and reuses more than half of them. Can the economics work?</p><div class="Byline_byline__c8HhT"><span>By <!-- --><a href="/authors/mateo-lindqvist">${esc(a.author ?? '')}</a></span><time dateTime="${a.date}T06:00:00.000Z">${new Date(`${a.date}T09:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}</time><span>7<!-- --> min read</span></div></div><figure class="ArticleHero_figure__Y3o0e"><img alt="Battery cells sorted into trays" src="/_next/image?url=%2Fimages%2Fcells.jpg&amp;w=1920&amp;q=75" width="1600" height="900" decoding="async" data-nimg="1" loading="lazy" style="color:transparent"/><figcaption class="ArticleHero_caption__gk0Pa">Cells waiting for testing at the Cellwise workshop in Vornholm.<!-- --> <span class="ArticleHero_credit__e9Fvv">Photo: Liv Aasen for Circuit Ledger</span></figcaption></figure><div class="ArticleBody_body__R7cYm"><div class="RichText_richText__k2PqV">${body.replace(/\n/g, '')}</div></div><div class="ArticleFooter_tags__Vb1X0"><span>Topics</span><a href="/topics/batteries">Batteries</a><a href="/topics/circular-economy">Circular economy</a><a href="/topics/startups">Start-ups</a></div><div class="ShareBar_bar__p2mKc"><button type="button">Copy link</button><a href="https://x.example.com/intent/tweet?url=${encodeURIComponent(a.url)}">Share on X</a><a href="https://www.linkedin.example.com/shareArticle?url=${encodeURIComponent(a.url)}">Share on LinkedIn</a></div></article><section class="MoreFrom_section__tP0a1"><h2>More from Circuit Ledger</h2><ul><li><a href="/articles/second-life-batteries-allotments"><h3>How second-life batteries are powering allotment sheds</h3><p>A community energy group is turning old e-bike packs into solar storage.</p></a></li><li><a href="/articles/cargo-bike-parts-shortage"><h3>The cargo-bike boom is running into a parts shortage</h3><p>Hub motors and brakes are on months-long back order.</p></a></li></ul></section></main><footer class="SiteFooter_footer__o4gRk"><p>© 2026 Circuit Ledger Media</p><nav><a href="/about">About</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a></nav></footer></div></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData).replace(/</g, '\\u003c')}</script></body></html>
`
}

/** European Commission-like press release: ECL classes, official-site banner, language list, "For More Information", press contacts. */
export function euPress(a: ArticleSource): string {
  const body = render(a, {
    p: (t) => `<p>${t}</p>`,
    h2: (t) => (t === 'Quote(s)' ? `<p><strong>${t}</strong></p>` : `<h3 class="ecl-u-type-heading-3">${t}</h3>`),
  })
  const langs = ['български', 'español', 'čeština', 'dansk', 'Deutsch', 'eesti', 'ελληνικά', 'English', 'français', 'Gaeilge', 'hrvatski', 'italiano', 'latviešu', 'lietuvių', 'magyar', 'Malti', 'Nederlands', 'polski', 'português', 'română', 'slovenčina', 'slovenščina', 'suomi', 'svenska']
  return `<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>Press corner | Continental Commission</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="${esc(a.title)}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:url" content="${esc(a.url)}">
<meta name="dcterms.date" content="${a.date}">
<link rel="stylesheet" href="https://cdn1.continental.example.eu/ecl/v3.11/ec/styles/ecl-ec.css">
</head>
<body class="ecl-typography">
<div class="ecl-site-header__banner-top"><div class="ecl-container"><p>An official website of the Continental Union <button class="ecl-button ecl-button--ghost" type="button">How do you know?</button></p><div class="ecl-site-header__banner-details" hidden><p>All official Continental Union website addresses are in the <strong>continental.example.eu</strong> domain.</p><a href="https://continental.example.eu/web-presence">See all CU institutions and bodies</a></div></div></div>
<header class="ecl-site-header" data-ecl-auto-init="SiteHeader"><div class="ecl-site-header__header"><div class="ecl-site-header__container ecl-container"><div class="ecl-site-header__top"><a class="ecl-link ecl-link--standalone ecl-site-header__logo-link" href="https://commission.continental.example.eu/index_en" aria-label="Continental Commission"><img alt="Continental Commission logo" title="Continental Commission" class="ecl-site-header__logo-image" src="/logo-ec--en.svg"></a><div class="ecl-site-header__action"><div class="ecl-site-header__language"><a class="ecl-button ecl-button--tertiary ecl-site-header__language-selector" href="#" role="button"><span class="ecl-site-header__language-icon">EN</span>English</a></div><div class="ecl-site-header__search-container"><form class="ecl-search-form" role="search"><label for="search" class="ecl-form-label ecl-search-form__label">Search</label><input type="search" id="search" class="ecl-text-input ecl-search-form__text-input" placeholder="Search"><button class="ecl-button ecl-button--search" type="submit">Search</button></form></div></div></div></div></div>
<div class="ecl-site-header__banner"><div class="ecl-container"><div class="ecl-site-header__site-name">Press corner</div></div></div>
<nav class="ecl-menu" aria-label="Site navigation"><ul class="ecl-menu__list"><li class="ecl-menu__item"><a href="/presscorner/home/en" class="ecl-menu__link">Home</a></li><li class="ecl-menu__item"><a href="/presscorner/latest/en" class="ecl-menu__link">Latest</a></li><li class="ecl-menu__item"><a href="/presscorner/media-contacts/en" class="ecl-menu__link">Media contacts</a></li><li class="ecl-menu__item"><a href="/presscorner/calendar/en" class="ecl-menu__link">Calendar</a></li></ul></nav></header>
<nav class="ecl-breadcrumb" aria-label="You are here:"><ol class="ecl-breadcrumb__container"><li class="ecl-breadcrumb__segment"><a href="https://commission.continental.example.eu/index_en" class="ecl-link">Continental Commission</a></li><li class="ecl-breadcrumb__segment"><a href="/presscorner/home/en" class="ecl-link">Press corner</a></li><li class="ecl-breadcrumb__segment ecl-breadcrumb__current-page" aria-current="page">Press release</li></ol></nav>
<main class="ecl-container" id="main-content">
<div class="ecl-page-header"><div class="ecl-page-header__meta"><span class="ecl-page-header__meta-item">Press release</span> <span class="ecl-page-header__meta-item">${longDate(a.date).replace(/^(\d) /, '0$1 ')}</span> <span class="ecl-page-header__meta-item">Brussels</span></div><h1 class="ecl-page-header__title">${esc(a.title)}</h1></div>
<div class="ecl-row"><div class="ecl-col-m-3"><div class="page-actions"><button class="ecl-button ecl-button--secondary" type="button">Print friendly pdf</button><div class="ecl-expandable"><button class="ecl-button" type="button" aria-expanded="false">Available languages</button><ul class="language-list">${langs.map((l) => `<li><a href="#">${l}</a></li>`).join('')}</ul></div><div class="ecl-social-media-share"><p>Share this page</p><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div></div></div>
<div class="ecl-col-m-9"><div class="ecl-paragraph ecl-u-mb-l" id="inline-nav-1">
${body}
<h3 class="ecl-u-type-heading-3">For More Information</h3>
<p><a href="https://environment.continental.example.eu/soil/proposal_en">Proposal for a Regulation on soil monitoring and resilience</a></p>
<p><a href="/presscorner/detail/en/qanda_26_1483">Questions and answers</a></p>
<p><a href="/presscorner/detail/en/fs_26_1484">Factsheet on soil health</a></p>
<p><a href="https://environment.continental.example.eu/soil_en">Soil strategy for 2030</a></p>
<p class="doc-ref">IP/26/1482</p>
</div>
<div class="press-contacts"><h3 class="ecl-u-type-heading-3">Press contacts:</h3><ul class="ecl-unordered-list ecl-unordered-list--no-bullet"><li><a href="/presscorner/media-contacts/en?ms=Velloso">Ilse BRANDT</a> <span>+32 2 29 51834</span></li><li><a href="/presscorner/media-contacts/en?ms=Velloso">Tomasz NOWICKI</a> <span>+32 2 29 66012</span></li></ul><p>General public inquiries: <a href="https://continental.example.eu/contact">Continental Direct</a> by phone <a href="tel:0080067891011">00 800 6 7 8 9 10 11</a> or by <a href="https://continental.example.eu/contact/write">email</a></p></div>
<div class="related-media"><h3>Related media</h3><ul><li><a href="https://audiovisual.continental.example.eu/en/video/I-261140">Soil health: how farmers measure it</a></li></ul></div>
</div></div>
</main>
<footer class="ecl-site-footer"><div class="ecl-container ecl-site-footer__container"><div class="ecl-site-footer__row"><div class="ecl-site-footer__section"><a href="https://commission.continental.example.eu/index_en" class="ecl-link ecl-link--standalone ecl-site-footer__title-link">Continental Commission website</a><div class="ecl-site-footer__description">This site is managed by the Directorate-General for Communication</div></div><div class="ecl-site-footer__section"><h2 class="ecl-site-footer__title">Contact the Continental Commission</h2><h2 class="ecl-site-footer__title">Follow the Continental Commission on social media</h2><h2 class="ecl-site-footer__title">Resources for partners</h2></div><div class="ecl-site-footer__section"><ul class="ecl-site-footer__list"><li><a href="#">Language policy</a></li><li><a href="#">Cookies</a></li><li><a href="#">Privacy policy</a></li><li><a href="#">Legal notice</a></li><li><a href="#">Accessibility</a></li></ul></div></div></div></footer>
</body>
</html>
`
}

/** Journal press release on a science-news aggregator: release header, image with "view more" and CREDIT, Journal/DOI info table, disclaimer, media contact. */
export function journalPress(a: ArticleSource): string {
  const body = render(a, {
    after: {
      1: `<div class="image_block"><figure><a href="/multimedia/1104221"><img src="/images/release/1104221/fruit-bat-recorder.jpg" alt="Fruit bat near a turbine" title="Fruit bat near a turbine"></a><figcaption><p class="caption"><strong>IMAGE:</strong> A fruit bat passes an acoustic recorder mounted on a mast at one of the study's wind farm sites. <a href="/multimedia/1104221" class="view_more">view more</a></p><p class="credit"><strong>CREDIT:</strong> Lanthorne University / S. Okonkwo-Reyes</p></figcaption></figure></div>`,
    },
  })
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>${esc(a.title)} | ScienceWire!</title>
<meta name="description" content="Bats that forage near wind turbines change the pitch and timing of their echolocation calls">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="ScienceWire!">
<meta property="og:url" content="${esc(a.url)}">
<meta name="citation_doi" content="10.5521/jaa.2026.0117">
</head>
<body class="release">
<header id="header"><div class="container"><a href="/" class="logo"><img src="/images/logo.svg" alt="ScienceWire! The Global Source for Science News"></a><p class="tagline">The Global Source for Science News</p><nav class="main_nav"><ul><li><a href="/news-releases">News Releases</a></li><li><a href="/multimedia">Multimedia</a></li><li><a href="/meetings">Meetings</a></li><li><a href="/experts">Experts</a></li><li><a href="/portals">Portals</a></li></ul></nav><div class="account"><a href="/login">Log in</a> <a href="/register">Register</a></div><form class="search" action="/search"><input type="text" name="kwd" placeholder="Search"><button type="submit">Go</button></form></div></header>
<div class="container"><div class="row">
<main class="col-md-8" id="main_content">
<article class="article">
<p class="type">NEWS RELEASE <time datetime="${a.date}">${new Date(`${a.date}T09:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).replace(/ /g, '-').toUpperCase()}</time></p>
<h1 class="page_title">${esc(a.title)}</h1>
<h2 class="subtitle">Recordings from 18 sites show bats shift their calls higher and shorter near turbines, at a cost to their hunting success</h2>
<p class="meta_institute">Peer-Reviewed Publication</p>
<p class="meta_institute"><a href="/institutions/lanthorne-university">LANTHORNE UNIVERSITY</a></p>
<div class="release_actions"><a href="#" class="share">Share</a> <a href="#" class="print">Print</a> <a href="#" class="email">E-Mail</a></div>
<div class="entry">
${body}
<p><strong>Journal reference:</strong> Okonkwo-Reyes, S., Valtonen, E., Brisco, T. &amp; Hale, M. Wind turbine noise shifts echolocation call structure in foraging fruit bats. <em>Journal of Animal Acoustics</em> 41, 233–249 (2026). DOI: <a href="https://doi.example.org/10.5521/jaa.2026.0117">10.5521/jaa.2026.0117</a></p>
<p><strong>About Lanthorne University</strong><br>Lanthorne University is a public research university with 24,000 students across four campuses. Its School of Biological Sciences hosts the Centre for Sensory Ecology.</p>
<p>###</p>
</div>
<div class="article_info"><table><tbody>
<tr><td class="label">Journal</td><td><em>Journal of Animal Acoustics</em></td></tr>
<tr><td class="label">DOI</td><td><a href="https://doi.example.org/10.5521/jaa.2026.0117">10.5521/jaa.2026.0117</a></td></tr>
<tr><td class="label">Method of Research</td><td>Observational study</td></tr>
<tr><td class="label">Subject of Research</td><td>Animals</td></tr>
<tr><td class="label">Article Title</td><td>Wind turbine noise shifts echolocation call structure in foraging fruit bats</td></tr>
<tr><td class="label">Article Publication Date</td><td>3-Feb-2026</td></tr>
<tr><td class="label">COI Statement</td><td>The authors declare no competing interests.</td></tr>
</tbody></table></div>
<p class="disclaimer"><strong>Disclaimer:</strong> ScienceWire! is not responsible for the accuracy of news releases posted to ScienceWire! by contributing institutions or for the use of any information through the ScienceWire system.</p>
<div class="media_contact"><h3>Media Contact</h3><p>Harriet Lomax<br>Lanthorne University<br><a href="mailto:h.lomax@lanthorne.example.ac.uk">h.lomax@lanthorne.example.ac.uk</a><br>Office: 44-1632-960-118</p></div>
</article>
</main>
<aside class="col-md-4 sidebar"><section class="more_releases"><h2>More on this News Release</h2><ul><li><a href="/multimedia/1104221">Fruit bat near a turbine (IMAGE)</a></li></ul></section><section class="trending"><h2>Trending Science News</h2><ol><li><a href="/news-releases/1094401">Soil fungi trade phosphorus for carbon at a fixed exchange rate</a></li><li><a href="/news-releases/1094388">A cheaper catalyst for green ammonia</a></li><li><a href="/news-releases/1094350">Sea otters that use tools have worn teeth</a></li></ol></section></aside>
</div></div>
<footer id="footer"><div class="container"><p>Copyright © 2026 by the Association for Scientific Progress (ASP).</p><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms and conditions</a></li><li><a href="/contact">Contact us</a></li></ul></div></footer>
</body>
</html>
`
}

/** Magazine feature split over pages: rel=next, "Page 1 of 2", numbered pager, "Continue reading" link. */
export function paginated(a: ArticleSource): string {
  const next = a.url.replace('?page=1', '?page=2')
  const body = render(a, {
    after: {
      2: `<aside class="inline-promo"><p class="inline-promo__label">From the archive</p><p><a href="/features/lock-keepers-daughter">The lock-keeper's daughter who ran the Fenn for 40 years</a></p></aside>`,
    },
  })
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | Features | Waterways Monthly</title>
${ogMeta(a)}
<link rel="next" href="${esc(next)}">
<meta name="author" content="${esc(a.author ?? '')}">
</head>
<body class="page-feature">
<div class="site-wrap">
<header class="masthead"><a class="masthead__logo" href="/">Waterways Monthly</a><nav class="masthead__nav"><a href="/news/">News</a> <a href="/features/">Features</a> <a href="/boating/">Boating</a> <a href="/restoration/">Restoration</a> <a href="/shop/">Shop</a> <a class="btn-subscribe" href="/subscribe/">Subscribe from £3.99</a></nav></header>
<main class="feature">
<div class="feature__header"><p class="feature__section"><a href="/features/">Features</a> / <a href="/restoration/">Restoration</a></p><h1 class="feature__title">${esc(a.title)}</h1><p class="feature__standfirst">Thirty years, seven locks and three and a half miles: how a village turned a buried waterway back into a working canal</p><p class="feature__byline">Words: <a href="/authors/rhiannon-callard">${esc(a.author ?? '')}</a> · Photographs: Owen Pritchard · <time datetime="${a.date}">${longDate(a.date)}</time></p>
<div class="article-pagination article-pagination--top"><span class="article-pagination__status">Page 1 of 2</span></div></div>
<figure class="feature__hero"><img src="/media/2026/01/fenn-dig.jpg" alt="Volunteers in the canal trench"><figcaption>Sunday work party in the lock 8 chamber. <span class="credit">Photo: Owen Pritchard</span></figcaption></figure>
<div class="feature__body">
${body}
<p class="continue-link"><a href="${esc(next)}">Continue reading on page 2 →</a></p>
</div>
<nav class="article-pagination" aria-label="Article pages"><span class="article-pagination__status">Page 1 of 2</span><ul class="pager"><li class="pager__item is-active"><span>1</span></li><li class="pager__item"><a href="${esc(next)}">2</a></li><li class="pager__item pager__item--next"><a href="${esc(next)}" rel="next">Next ›</a></li></ul><p class="article-pagination__next"><a href="${esc(next)}">Next page: The missing mile, and what comes after →</a></p></nav>
<div class="share-tools"><span>Share this article</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</main>
<aside class="more-features"><h2>More features</h2><ul><li><a href="/features/narrowboat-winter">Winter on a narrowboat: the cold truth</a></li><li><a href="/features/tunnel-legging">The lost art of legging through tunnels</a></li></ul></aside>
<div class="subscribe-panel"><h2>Enjoy this article?</h2><p>Subscribe to Waterways Monthly and get every issue delivered, plus full access to our digital archive.</p><a href="/subscribe/">Subscribe now</a></div>
<footer class="site-footer"><p>Waterways Monthly is published by Towpath Media Ltd. © 2026.</p><p><a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a> · <a href="/advertise/">Advertise</a></p></footer>
</div>
</body>
</html>
`
}

/** Q&A interview on a Squarespace-like site: body split into sqs-block divs, bold speaker names, image block with caption, editing note. */
export function qa(a: ArticleSource): string {
  const block = (inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_${Math.abs(hash(inner)) % 100000}"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`
  const paras = render(a, {
    p: (t) => {
      const m = /^([A-Z][A-Za-z ]{2,30}): (.*)$/s.exec(t)
      return m ? `<p class=""><strong>${m[1]}:</strong> ${m[2]}</p>` : `<p class="">${t}</p>`
    },
  }).split('\n')
  const image = `<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.example.com/content/v1/odile-furnace.jpg" alt="" src="https://images.squarespace-cdn.example.com/content/v1/odile-furnace.jpg?format=1000w"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">Odile Marchetti at the glory hole in the Saltbridge Glass studio. Photo: Ines Varga</p></div></figcaption></figure></div></div>`
  const blocks = [block(paras.slice(0, 1).join('\n')), image, block(paras.slice(1, 9).join('\n')), `<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure><blockquote><span>“</span>Glass is a material you have to keep talking to.<span>”</span></blockquote></figure></div></div>`, block(paras.slice(9).join('\n')), block(`<p class=""><em>This interview has been edited for length and clarity.</em></p>`)]
  return `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>“The furnace never sleeps”: a conversation with glassblower Odile Marchetti — Craft Quarterly</title>
<meta property="og:site_name" content="Craft Quarterly">
<meta property="og:title" content="“The furnace never sleeps”: a conversation with glassblower Odile Marchetti — Craft Quarterly">
<meta property="og:url" content="${esc(a.url)}">
<meta property="og:type" content="article">
<meta itemprop="datePublished" content="${a.date}T10:00:00+0100">
<meta itemprop="author" content="${esc(a.author ?? '')}">
<link rel="canonical" href="${esc(a.url)}">
<!-- This is Squarespace. --><!-- craftquarterly -->
</head>
<body id="item-66f1c2" class="header-layout-nav-right tweak-blog-item-width-medium tweak-blog-item-meta-position-above-title collection-type-blog-basic-grid view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/shop">Issue 31 is out now: free UK delivery this week</a><span class="sqs-announcement-bar-close" role="button">Close</span></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title"><div class="header-title-text"><a href="/">Craft Quarterly</a></div></div><nav class="header-nav-list"><div class="header-nav-item"><a href="/interviews">Interviews</a></div><div class="header-nav-item"><a href="/makers">Makers</a></div><div class="header-nav-item"><a href="/shop">Shop</a></div><div class="header-nav-item"><a href="/about">About</a></div></nav><div class="header-actions"><a href="/cart" class="cart-link">Cart <span class="sqs-cart-quantity">0</span></a></div></div></header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="66f1c2">
<section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date">${new Date(`${a.date}T09:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}</div><div class="blog-meta-item blog-meta-item--categories"><a href="/interviews?category=Glass" class="blog-item-category">Glass</a></div></div><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${esc(a.title)}</h1></div><div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author">Interview by <a href="/interviews?author=5f1a">${esc(a.author ?? '')}</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-context-66f1c2"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${blocks.join('\n')}
</div></div></div></div></div>
<div class="blog-item-inner-wrapper"><div class="blog-meta-section"><span class="blog-categories-list">Glass</span>, <span class="blog-tags">interview, glassblowing, studio crafts</span></div><div class="blog-share"><div class="squarespace-social-buttons inline-style"><a href="#">Facebook</a><a href="#">Pinterest</a><a href="#">Email</a></div><span class="blog-share-label">0 Likes</span><span>Share</span></div>
<section class="item-pagination item-pagination--prev-next"><a class="item-pagination-link item-pagination-link--prev" href="/interviews/basket-weaver"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Five questions for a willow basket maker</h2></a><a class="item-pagination-link item-pagination-link--next" href="/interviews/letterpress"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">The letterpress printers who refuse to go digital</h2></a></section></div>
</div></div></div></section>
</article>
</main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-block newsletter-block"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Join our mailing list</h2><p class="newsletter-form-header-description">New interviews, events and the occasional studio sale.</p><form><input type="email" placeholder="Email Address"><button type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div><div class="sqs-block html-block"><p>Craft Quarterly, 4 Tanner's Yard, Merrow</p><p>© 2026 Craft Quarterly</p></div></section></footer>
</body>
</html>
`
}

function hash(s: string): number {
  let h = 0
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0
  return h
}

/** Research/NGO page (Drupal-like) with a data table in the article: field--name-body, table-responsive wrapper, source note, downloads, related. */
export function datatable(a: ArticleSource): string {
  const body = render(a, {
    table: (rows) => {
      const [head = [], ...rest] = rows
      return `<div class="table-responsive"><table class="table table-striped table-sm"><thead><tr>${head.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>${rest.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('')}</tbody></table></div>\n<p class="table-source"><small>Source: Tenancy Research Network, Annual Rent Survey 2026. New tenancies only; figures rounded to the nearest pound.</small></p>`
    },
  })
  return `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | Housing Observer</title>
${ogMeta(a)}
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="dcterms.creator" content="${esc(a.author ?? '')}">
</head>
<body class="path-node page-node-type-research-summary">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo">Housing Observer</a><div class="site-slogan">Independent evidence on homes and housing</div></div><nav role="navigation" id="block-mainnavigation" class="block block-menu navigation menu--main"><ul class="menu"><li class="menu-item"><a href="/research">Research</a></li><li class="menu-item"><a href="/data">Data</a></li><li class="menu-item"><a href="/blog">Blog</a></li><li class="menu-item"><a href="/about">About</a></li><li class="menu-item"><a href="/donate">Donate</a></li></ul></nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/research">Research</a></li><li>${esc(a.title)}</li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article role="article" about="/research/annual-rent-survey-2026-smaller-towns" class="node node--type-research-summary node--view-mode-full">
<div class="node__label">Research summary</div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${esc(a.title)}</span></h1>
<div class="node__meta"><span class="field field--name-field-author">${esc(a.author ?? '')}</span> <span class="field field--name-created"><time datetime="${a.date}T09:00:00Z">${longDate(a.date)}</time></span></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${body}
</div>
<div class="field field--name-field-downloads"><h2 class="field__label">Downloads</h2><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2026-11/rent-survey-2026.pdf" type="application/pdf">Annual Rent Survey 2026 (PDF, 1.4 MB)</a></span></div><div class="field__item"><span class="file file--mime-text-csv"><a href="/sites/default/files/2026-11/rent-survey-2026-data.csv">Data tables (CSV, 38 KB)</a></span></div></div></div>
<div class="field field--name-field-topics"><div class="field__label">Topics</div><div class="field__items"><div class="field__item"><a href="/topics/private-renting">Private renting</a></div><div class="field__item"><a href="/topics/regions">Regions</a></div></div></div>
</div>
</article>
<div class="views-element-container block-related"><h2>Related research</h2><div class="view-content"><div class="views-row"><a href="/research/landlord-exits-2025">Why small landlords are selling up</a><p>Survey of 2,100 landlords who left the market in 2025.</p></div><div class="views-row"><a href="/research/rent-to-income-2025">Rent-to-income ratios by local authority</a><p>Interactive map and data.</p></div></div></div>
<div class="block-newsletter"><h2>Get our research by email</h2><form><input type="email" placeholder="Your email address"><input type="submit" value="Subscribe"></form></div>
</div></div></main>
<footer role="contentinfo" class="site-footer"><p>Housing Observer is a registered charity (no. 1187720).</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/contact">Contact</a></li></ul><p>© 2026 Housing Observer</p></footer>
</div>
</body>
</html>
`
}

export { usDate }
