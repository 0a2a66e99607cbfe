// English pages of the third held-out set: press-release wire, smart-brevity story, policy outlet with newsletter
// promos and "Read more" inserts, Drupal government media release. Templates imitate each kind of site's markup
// from memory; all text is original and every organisation, person and place is invented.
import type { ArticleSource } from '../import-eval/article-types'
import { esc, longDate, ogMeta, render, usDate } from '../import-eval2/render'
import type { Page } from './page'

/** PR Newswire-like release page: dateline with /Wire/ --, highlights list, boilerplate, media contact, SOURCE line. */
function prWire(a: ArticleSource): string {
  const body = render(a, {
    p: (t) => `<p>${t}</p>`,
    list: (items) => `<ul type="disc">\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`,
    after: {
      2: `<div class="image"><figure><img src="https://mma.newswire.example.com/prn/2026/03/corlan-coating-line.jpg" alt="Corlan Materials' new coating line in Halden Bay" title="Corlan Materials' new coating line in Halden Bay"><figcaption><p>Corlan Materials' new coating line in Halden Bay (PRNewsfoto/Corlan Materials Inc.)</p></figcaption></figure></div>`,
    },
  })
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>${esc(a.title)}</title>
<meta name="description" content="/PRNewswire/ -- Corlan Materials Inc. today opened a coating line in Halden Bay.">
${ogMeta(a)}
<meta name="author" content="Corlan Materials Inc.">
<meta name="date" content="${a.date}">
</head>
<body class="release-page">
<header class="main-header"><div class="container"><a class="logo" href="/">Newswire</a>
<nav class="main-nav"><ul><li><a href="/news-releases/">News</a></li><li><a href="/news-releases/business-technology-latest-news/">Business &amp; Money</a></li><li><a href="/news-releases/science-tech-latest-news/">Science &amp; Tech</a></li><li><a href="/news-releases/lifestyle-latest-news/">Lifestyle &amp; Health</a></li><li><a href="/news-releases/policy-public-interest-latest-news/">Policy &amp; Public Interest</a></li><li><a href="/news-releases/people-culture-latest-news/">People &amp; Culture</a></li></ul></nav>
<div class="header-ctas"><a href="/account/" class="btn">Journalists</a> <a href="/contact-us/" class="btn btn-primary">Send a Release</a> <a href="/search/">Search</a></div></div></header>
<main>
<header class="container release-header">
<div class="row"><div class="col-sm-12"><h1>${esc(a.title)}</h1>
<p class="subtitle">New Oregon plant triples output of anti-soiling glass coatings and adds 140 jobs</p></div></div>
<div class="row"><div class="col-sm-8 meta"><p>News provided by</p><a href="/news/corlan-materials-inc/" class="company-link"><strong>Corlan Materials Inc.</strong></a><p class="mb-no">${usDate(a.date).replace(/^(\w{3})\w*/, '$1')}, 08:00 ET</p></div>
<div class="col-sm-4 social-share"><p>Share this article</p><ul><li><a href="#" class="facebook">Facebook</a></li><li><a href="#" class="x">X</a></li><li><a href="#" class="linkedin">LinkedIn</a></li><li><a href="#" class="email">Email</a></li></ul></div></div>
</header>
<section class="release-body container">
<div class="row"><div class="col-lg-10 col-lg-offset-1">
${body}
<p><b>About Corlan Materials Inc.</b></p>
<p>Corlan Materials Inc. develops thin-film coatings for glass, solar and architectural markets. Founded in 2011 and headquartered in Halden Bay, Oregon, the company employs more than 600 people in three countries. For more information, visit <a href="https://www.corlan.example.com" rel="nofollow">www.corlan.example.com</a>.</p>
<p><b>Media Contact:</b><br>Renata Oyelaran<br>Director of Communications<br>503-555-0148<br><a href="mailto:press@corlan.example.com">press@corlan.example.com</a></p>
<p>&nbsp;</p>
<p>View original content to download multimedia:<a href="https://www.newswire.example.com/news-releases/corlan-materials-opens-coating-plant-302811944.html">https://www.newswire.example.com/news-releases/corlan-materials-opens-coating-plant-302811944.html</a></p>
<p>SOURCE Corlan Materials Inc.</p>
</div></div>
</section>
<section class="container promo"><div class="row"><div class="col-sm-12"><h3>WANT YOUR COMPANY'S NEWS FEATURED ON NEWSWIRE?</h3><p>440k+ Newsrooms &amp; Influencers · 9k+ Digital Media Outlets · 270k+ Journalists Opted In</p><a class="btn" href="/contact-us/">GET STARTED</a></div></div></section>
<section class="container also-from"><h3>Also from this source</h3>
<div class="card"><a href="/news-releases/corlan-materials-reports-fourth-quarter-results-302790112.html"><small>Feb 12, 2026, 16:05 ET</small><h4>Corlan Materials Reports Fourth Quarter and Full Year 2025 Results</h4></a></div>
<div class="card"><a href="/news-releases/corlan-names-new-chief-technology-officer-302770455.html"><small>Jan 20, 2026, 09:00 ET</small><h4>Corlan Names New Chief Technology Officer</h4></a></div>
<p><a href="/news/corlan-materials-inc/">Explore</a> More news releases in similar topics</p>
<ul class="topics"><li><a href="#">Chemical</a></li><li><a href="#">Manufacturing &amp; Engineering</a></li><li><a href="#">Solar Energy</a></li><li><a href="#">New Products &amp; Services</a></li></ul>
</section>
</main>
<footer class="footer"><div class="container"><ul><li><a href="#">Contact</a></li><li><a href="#">Terms of Use</a></li><li><a href="#">Privacy Policy</a></li><li><a href="#">Site Map</a></li><li><a href="#">Cookie Settings</a></li></ul><p>Copyright © 2026 Newswire Holdings, Inc. All Rights Reserved.</p></div></footer>
</body>
</html>
`
}

const LEADINS = ['Why it matters:', 'Driving the news:', 'Zoom in:', 'By the numbers:', 'What they\'re saying:', 'The other side:', 'Yes, but:', 'What\'s next:', 'The bottom line:', 'Between the lines:']

/** Axios-like smart-brevity story: bold lead-ins, bullet lists, inline local newsletter box, "Go deeper" link. */
function brevity(a: ArticleSource): string {
  const strong = (t: string): string => {
    const lead = LEADINS.find((l) => t.startsWith(esc(l)))
    return lead ? `<strong>${esc(lead)}</strong>${t.slice(esc(lead).length)}` : t
  }
  const body = render(a, {
    p: (t) => `<p>${strong(t)}</p>`,
    list: (items) => `<ul>${items.map((t) => `<li><p>${t}</p></li>`).join('')}</ul>`,
    after: {
      2: `<div class="NewsletterSignup_container__Qw8cP" data-cy="inline-newsletter"><div class="NewsletterSignup_copy__1pXzA"><p>Get more local stories in your inbox with Pivot Corvell.</p></div><form><label class="sr-only" for="email">Email address</label><input id="email" type="email" placeholder="Enter your email"><button type="submit">Subscribe</button></form><p class="NewsletterSignup_legal__8s2dA">By subscribing you agree to our Privacy Policy.</p></div>`,
      6: `<p><strong>Go deeper:</strong> <a href="https://www.pivot.example.com/local/corvell/2026/01/14/bus-ridership-recovery">Corvell bus ridership nears pre-pandemic levels</a></p>`,
    },
  })
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} - Pivot Corvell</title>
${ogMeta(a)}
<meta name="author" content="${esc(a.author ?? '')}">
</head>
<body>
<div id="__next">
<header class="Header_header__kL2pQ"><a href="/local/corvell" class="Header_logo__7sd1F" aria-label="Pivot Corvell">Pivot Corvell</a><nav class="Header_nav__aP1dd"><a href="/local/corvell/news">News</a><a href="/local/corvell/food-and-drink">Food &amp; Drink</a><a href="/local/corvell/real-estate">Real Estate</a><a href="/local/corvell/politics">Politics</a><a href="/local/cities">All cities</a></nav><a class="Header_subscribe__91kQx" href="/newsletters/pivot-corvell">Subscribe</a></header>
<main class="StoryPage_main__3sF0d">
<article class="StoryPage_story__1lPjk">
<div class="StoryHeader_header__Gf0r1">
<a class="StoryHeader_tag__gQm1k" href="/local/corvell/news">Transportation</a>
<h1 class="StoryHeader_headline__8xX2c">${esc(a.title)}</h1>
<div class="StoryByline_byline__m2Qwe"><div class="StoryByline_author__Jf1ap"><img src="/authors/t-marsh.jpg" alt=""><a href="/authors/tmarsh">${esc(a.author ?? '')}</a></div><time datetime="${a.date}T10:30:00Z">${usDate(a.date).replace(/^(\w{3})\w*/, '$1')}</time></div>
<div class="ShareButtons_share__xP03n"><button aria-label="Share on facebook">facebook</button><button aria-label="Share on twitter">twitter</button><button aria-label="Share on linkedin">linkedin</button><button aria-label="Share via email">email</button></div>
</div>
<figure class="StoryImage_figure__1a2Bc"><img src="https://images.pivot.example.com/corvell-bus.jpg" alt="A city bus at a downtown stop"><figcaption class="StoryImage_caption__p0Lx8">A route 7 bus on Ferris Street. Photo: Dana Whitcombe/Pivot</figcaption></figure>
<div class="DraftjsBlocks_draftjs__fm3S2 StoryText_storyText__4kD9e">
${body}
</div>
<div class="StoryFooter_footer__c8Rq0"><p class="StoryFooter_editorNote__3pDD1">Editor's note: This story has been updated with comment from the transit union.</p></div>
</article>
<aside class="MoreStories_more__q7LkP"><h2>More Corvell stories</h2><ul><li><a href="#">City council delays vote on short-term rental cap</a></li><li><a href="#">The best new bakeries on the east side</a></li><li><a href="#">Corvell school board picks interim superintendent</a></li></ul></aside>
<section class="NewsletterFooter_box__8sYaL"><h2>Pivot Corvell</h2><p>Want local news that's smart, fast and free? Sign up for our morning newsletter.</p><input type="email" placeholder="Email address"><button>Sign up</button></section>
</main>
<footer class="Footer_footer__2pmTQ"><nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/advertise">Advertise</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></nav><p>© 2026 Pivot Media</p></footer>
</div>
</body>
</html>
`
}

/** Politico/Bloomberg-like policy story: "Most Read" top list, dek, newsletter promos and "Read more" inserts in the body, "With assistance from". */
function policy(a: ArticleSource): string {
  const promo = `<aside class="story-enhancement newsletter-promo" data-component="newsletter-inline"><div class="promo-inner"><p class="promo-kicker">Energy Briefing</p><p class="promo-title">Get the policy news that moves power markets, every weekday morning.</p><form><input type="email" placeholder="Your email"><button type="submit">Sign up</button></form><p class="promo-legal">By signing up you agree to receive email newsletters or alerts from Capitol Ledger. You can unsubscribe at any time.</p></div></aside>`
  const body = render(a, {
    p: (t) => `<p class="story-text__paragraph">${t}</p>`,
    h2: (t) => `<h2 class="story-text__heading">${t}</h2>`,
    after: {
      1: `<p class="story-text__paragraph"><strong>Read More: </strong><a href="https://www.capitolledger.example.com/news/2026/02/09/grid-queue-backlog">Grid Backlog Hits Record as Solar Projects Pile Up</a></p>`,
      3: promo,
      6: `<p class="story-text__paragraph"><strong>Read More: </strong><a href="https://www.capitolledger.example.com/news/2026/01/22/transmission-permitting">Senators Float Fast Track for Transmission Permits</a></p>`,
    },
  })
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} - Capitol Ledger</title>
${ogMeta(a)}
<meta name="parsely-title" content="${esc(a.title)}">
<meta name="parsely-author" content="${esc(a.author ?? '')}">
</head>
<body class="article-page">
<header class="site-header"><a class="site-header__logo" href="/">Capitol Ledger</a><nav class="site-header__nav"><a href="/congress/">Congress</a> <a href="/white-house/">White House</a> <a href="/energy/">Energy &amp; Climate</a> <a href="/tech/">Technology</a> <a href="/states/">States</a> <a href="/newsletters/">Newsletters</a> <a href="/pro/" class="pro">Ledger Pro</a></nav><a class="site-header__cta" href="/subscribe/">Subscribe</a> <a href="/login/">Log In</a></header>
<div class="most-read-top"><h3>Most Read from Capitol Ledger</h3><ol><li><a href="#">House Leaders Strike Deal to Avert Shutdown Through March</a></li><li><a href="#">Governors Push Back on New Water Rules</a></li><li><a href="#">Inside the Scramble to Fill the Trade Desk</a></li></ol></div>
<main class="container container--story">
<article class="story">
<header class="story-header">
<p class="story-header__kicker"><a href="/energy/">Energy &amp; Climate</a></p>
<h1 class="story-header__headline">${esc(a.title)}</h1>
<p class="story-header__dek">Regulators want a faster way to connect new plants. Utilities say the plan shifts costs onto customers.</p>
<div class="story-meta"><p class="story-meta__authors">By <a href="/staff/marta-ellingsen/">Marta Ellingsen</a> and <a href="/staff/jonah-petrakis/">Jonah Petrakis</a></p><p class="story-meta__timestamp"><time datetime="${a.date}T05:00:00-05:00">${a.date.slice(5, 7)}/${a.date.slice(8, 10)}/${a.date.slice(0, 4)} 05:00 AM EST</time></p><p class="story-meta__updated">Updated: ${a.date.slice(5, 7)}/${a.date.slice(8, 10)}/${a.date.slice(0, 4)} 11:42 AM EST</p></div>
<div class="share-tools"><button>Share</button><button>Gift this article</button><button class="copy-link">Link Copied</button></div>
<p class="story-header__update">(Updates with comment from utility group in seventh paragraph.)</p>
</header>
<figure class="story-photo"><img src="/media/2026/substation.jpg" alt="Transmission lines near a substation"><figcaption><span class="story-photo__caption">Federal regulators say the current queue rules were written for a grid with far fewer projects.</span> <span class="story-photo__credit">Lena Varga/Capitol Ledger</span></figcaption></figure>
<div class="story-text">
${body}
<p class="story-text__paragraph story-text__paragraph--assist"><em>— With assistance from Priya Castellanos.</em></p>
</div>
<div class="story-footer"><p class="story-footer__contact">To contact the reporters on this story: Marta Ellingsen in Washington at mellingsen@capitolledger.example.com</p><p>To contact the editors responsible for this story: Derek Holm at dholm@capitolledger.example.com</p><p class="story-footer__copyright">©2026 Capitol Ledger L.P.</p></div>
</article>
<aside class="story-rail"><section class="rail-newsletter"><h3>Sign up for Energy Briefing</h3><p>Delivered weekdays at 6 a.m.</p><button>Sign up</button></section><section class="rail-trending"><h3>Trending</h3><ol><li><a href="#">What the New Budget Means for Farm Subsidies</a></li><li><a href="#">Five Takeaways From the Governors' Meeting</a></li></ol></section></aside>
</main>
<footer class="site-footer"><p><a href="/about/">About Us</a> · <a href="/advertise/">Advertising</a> · <a href="/careers/">Careers</a> · <a href="/privacy/">Privacy Policy</a> · <a href="/terms/">Terms of Service</a></p><p>© 2026 Capitol Ledger LLC</p></footer>
</body>
</html>
`
}

/** Drupal government media release (Australian department style): minister block, joint release, tags, authorised-by line. */
function drupalGov(a: ArticleSource): string {
  const body = render(a, { p: (t) => `<p>${t}</p>` })
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${esc(a.title)} | Department of Coastal Resources and Fisheries</title>
<link rel="canonical" href="${esc(a.url)}">
<meta name="dcterms.date" content="${a.date}">
<meta name="dcterms.publisher" content="${esc(a.publisher)}">
</head>
<body class="path-node page-node-type-media-release">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="au-body au-grid">
<div class="region region-header-top"><div class="block block-gov-banner"><p>Department of Coastal Resources and Fisheries</p><a href="/contact-us">Contact us</a> | <a href="/careers">Careers</a></div></div>
<header class="au-header" role="banner"><div class="container"><a href="/" class="au-header__brand"><img src="/themes/custom/dcrf/logo.svg" alt="Commonwealth coat of arms"><div class="au-header__text"><span class="au-header__heading">Department of Coastal Resources and Fisheries</span></div></a>
<form class="search-block-form" action="/search" role="search"><label for="edit-keys" class="visually-hidden">Search</label><input type="search" id="edit-keys" placeholder="Search this site"><input type="submit" value="Search"></form></div></header>
<nav class="au-main-nav" role="navigation" aria-labelledby="block-mainnavigation-menu"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="au-link-list"><li><a href="/about">About us</a></li><li><a href="/fisheries">Fisheries</a></li><li><a href="/coasts">Coasts and marine</a></li><li><a href="/grants">Grants and funding</a></li><li><a href="/news-media">News and media</a></li></ul></nav>
<nav class="au-breadcrumbs" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="au-link-list au-link-list--inline"><li><a href="/">Home</a></li><li><a href="/news-media">News and media</a></li><li><a href="/news-media/media-releases">Media releases</a></li><li>${esc(a.title)}</li></ol></nav>
<main role="main" class="main-content" id="main-content">
<div class="region region-content">
<article role="article" class="node node--type-media-release node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${esc(a.title)}</span></h1>
<div class="media-release-meta">
<div class="field field--name-field-release-type field--type-entity-reference field--label-hidden field__item">Joint media release</div>
<div class="field field--name-field-ministers field--type-entity-reference field--label-hidden field__items"><div class="field__item">The Hon Alana Verrity MP, Minister for Coasts and Fisheries</div><div class="field__item">Senator Callum Dray, Assistant Minister for Regional Development</div></div>
<div class="field field--name-field-date field--type-datetime field--label-inline"><div class="field__label">Release date</div><div class="field__item"><time datetime="${a.date}T12:00:00Z">${longDate(a.date)}</time></div></div>
</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${body}
</div>
<div class="field field--name-field-media-contact field--type-text-long field--label-above"><div class="field__label">Media contact</div><div class="field__item"><p>Minister Verrity's office: 02 6277 0000<br>Department media: media@dcrf.gov.example.au</p></div></div>
<p class="authorised">Authorised by the Hon Alana Verrity MP, Parliament House, Canberra.</p>
<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/41">Fisheries</a></div><div class="field__item"><a href="/taxonomy/term/58">Regional communities</a></div></div></div>
<div class="field field--name-field-portfolio field--type-entity-reference field--label-inline"><div class="field__label">Portfolio</div><div class="field__item">Coasts and Fisheries</div></div>
</article>
<div class="block block-share"><h2>Share this page</h2><ul><li><a href="#">Facebook</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Email</a></li></ul></div>
<div class="block block-page-updated"><p>Last updated: ${longDate(a.date)}</p></div>
</div>
</main>
<footer class="au-footer" role="contentinfo"><div class="container"><nav><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/copyright">Copyright</a></li><li><a href="/disclaimer">Disclaimer</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/foi">Freedom of information</a></li></ul></nav>
<p class="acknowledgement">We acknowledge the Traditional Custodians of Country throughout Australia and their continuing connection to land, sea and community. We pay our respects to them and their cultures, and to Elders past and present.</p>
<p>© Commonwealth of Australia</p></div></footer>
</div></div>
</body>
</html>
`
}

export const PAGES_EN: Page[] = [
  {
    language: 'en',
    markup: 'newswire chrome (section menu, "Journalists / Send a Release / Search" buttons), `h1` + subtitle `p`, "News provided by" company + "Mar 4, 2026, 08:00 ET", "Share this article", dateline `CITY, Date /PRNewswire/ --` opening the first paragraph, highlights `ul`, figure with "(PRNewsfoto/…)" caption inside the body, `<b>About …</b>` boilerplate, Media Contact with `<br>` lines, "View original content to download multimedia:" URL line, "SOURCE …" line, "WANT YOUR COMPANY\'S NEWS FEATURED" promo, "Also from this source" cards, topics',
    template: prWire,
    source: {
      name: 'prwire-coating-plant',
      family: 'prwire',
      title: 'Corlan Materials Opens Halden Bay Plant to Meet Demand for Self-Cleaning Solar Glass Coatings',
      publisher: 'Corlan Materials Inc.',
      date: '2026-03-04',
      url: 'https://www.newswire.example.com/news-releases/corlan-materials-opens-coating-plant-302811944.html',
      text: `HALDEN BAY, Ore., March 4, 2026 /PRNewswire/ -- Corlan Materials Inc., a maker of thin-film coatings for glass, today opened a 210,000-square-foot manufacturing plant in Halden Bay that will triple its output of anti-soiling coatings used on solar panels and building facades.

The plant, built on the site of a former paper mill, cost $186 million and will employ 140 people when it reaches full production later this year. It is designed to coat up to 45 million square feet of glass annually, enough for roughly nine gigawatts of solar modules.

Anti-soiling coatings reduce the amount of dust, pollen and salt that sticks to glass, which helps panels keep producing power between cleanings. Independent field tests in desert and coastal sites have shown that coated modules lose less than half as much output to soiling as uncoated ones over a dry season.

"Solar developers told us the same thing again and again: cleaning is one of their biggest operating costs, and water is getting harder to find," said Teodora Marsh, chief executive officer of Corlan Materials. "This plant lets us say yes to every one of those customers instead of rationing supply."

Highlights of the new facility include:

- Two continuous coating lines that apply the company's silica-based film at room temperature, cutting energy use per panel by about 30 percent compared with its older lines
- A closed-loop water system that recycles more than 90 percent of process water
- A rooftop solar array of 4.2 megawatts that supplies about a third of the plant's electricity
- A training center run with Coastline Community College for machine operators and maintenance technicians

The company said it chose Halden Bay because of its port access, its workforce and support from the county, which approved a ten-year property tax abatement tied to local hiring targets. About 60 percent of the new jobs are expected to go to residents of Marrow County.

"Seeing this building full of people again means a great deal to this town," said Marrow County Commissioner Luis Abendroth. "Many of the families who worked at the old mill will now have a reason to stay."

Corlan Materials expects the first shipments from the plant to reach module manufacturers in the second quarter. The company plans to add a third coating line in 2028 if demand continues to grow at its current pace, which would bring total employment at the site to about 200. The company said it is also in talks with two glass makers about licensing the coating process for use in other regions.`,
    },
  },
  {
    language: 'en',
    markup: 'Next.js class names, local-edition header with Subscribe, tag, byline + short date, share buttons, photo with "Photo: …" credit, `<p><strong>Why it matters:</strong> …</p>` lead-ins, `li > p` bullet lists, inline newsletter form after the third paragraph, "Go deeper:" link paragraph, editor\'s note, "More … stories", newsletter footer',
    template: brevity,
    source: {
      name: 'brevity-fare-free-buses',
      family: 'brevity',
      title: 'Corvell will make buses fare-free for a year',
      publisher: 'Pivot Corvell',
      date: '2026-02-17',
      url: 'https://www.pivot.example.com/local/corvell/2026/02/17/fare-free-buses-pilot',
      author: 'Tess Marsh',
      text: `Corvell's city council voted 6-3 Monday night to stop charging fares on all city buses for 12 months starting April 1.

Why it matters: Corvell would become the largest city in the state to run a fare-free system, and supporters say it could speed up boarding and win back riders who left during the pandemic.

Driving the news: The pilot will cost about $7.4 million, mostly to replace lost fare revenue, according to a staff memo.

- Roughly $4 million will come from a state transit grant the city received last fall.
- The rest will come from the city's parking fund, which has run a surplus for three years.

Zoom in: Fares covered only about 11% of the bus system's operating costs last year, the memo says, while collecting them cost about $900,000 in equipment, armored car pickups and staff time.

- Drivers would no longer have to check transfers or argue over fares, which staff say causes a large share of complaints and some assaults.
- Boarding through all doors could cut the time buses spend at busy stops by up to a fifth, the memo estimates.

By the numbers: Ridership on Corvell buses reached 5.8 million trips in 2025, up from 4.1 million in 2022 but still below the 6.6 million trips recorded in 2019.

What they're saying: "Every minute a driver spends making change is a minute the bus is not moving," council member Rosa Delmonte, who sponsored the measure, said during the meeting.

The other side: Council member Garrett Pyle, who voted no, said the city should spend the money on more frequent service instead. "Free does not help you if the bus only comes once an hour," he said.

- The transit workers union supported the pilot but asked for extra security on late-night routes, where drivers have reported more incidents.

Yes, but: Other cities that dropped fares have seen mixed results. Ridership often rises in the first year, but some of the new trips replace walking and cycling rather than driving.

What's next: Transit staff will report to the council every quarter on ridership, travel times and safety incidents. A decision on whether to extend the program is expected next February.

The bottom line: For a year, anyone in Corvell can get on any city bus without paying, and the council will decide later whether the experiment is worth its cost.`,
    },
  },
  {
    language: 'en',
    markup: '"Most Read from …" list above the story, kicker, `h1`, dek `p`, two authors, MM/DD/YYYY time + "Updated:", Share / "Gift this article" / "Link Copied", "(Updates with comment … in seventh paragraph.)" note, photo caption + credit, `p.story-text__paragraph` body with an `h2`, two "**Read More:** link" paragraphs and a newsletter-promo `aside` with form and legal text inside the body, "— With assistance from …", "To contact the reporters …" footer lines, rail newsletter and Trending',
    template: policy,
    source: {
      name: 'policy-grid-queue-rule',
      family: 'policy',
      title: 'Regulators Move to Let Power Plants Skip the Line for Grid Connections',
      publisher: 'Capitol Ledger',
      date: '2026-03-12',
      url: 'https://www.capitolledger.example.com/news/2026/03/12/grid-queue-rule-first-ready',
      author: 'Marta Ellingsen',
      text: `Federal energy regulators on Wednesday proposed letting power projects that are ready to build jump ahead of those that are not in the long queues to connect to the electric grid, a change developers have sought for years.

The draft rule from the Federal Grid Reliability Board would replace the first-come, first-served system that most regional grid operators use with a "first-ready" approach. Projects that have secured land, permits and financing would be studied in groups and could be connected within two years, the board said.

More than 2,400 gigawatts of generation and storage are now waiting to connect, according to board estimates, far more than the country's entire installed capacity. The typical project that reached commercial operation last year had spent almost five years in the queue.

"We are asking projects that are real to stop waiting behind projects that are not," board chair Helena Osgood said at the agency's monthly meeting. "Everyone loses when the queue is full of placeholders."

Under the proposal, developers would have to post larger deposits when they enter the queue and would forfeit part of them if they withdraw. Grid operators would have to publish maps showing where the network has spare capacity, so developers can avoid sites that would require expensive upgrades.

## Utilities push back

Utilities and some state regulators warned that the plan could shift costs onto household customers. When a group of projects needs a new substation or transmission line, the cost is usually split among the developers, but the draft would let grid operators spread part of it across all users of the network.

"Customers should not pay for upgrades that serve a handful of private projects," said Arlen Whitby, president of the Association of Regional Utilities, in a statement after the vote.

Clean energy groups welcomed the draft but said it did not go far enough. They want the board to set hard deadlines for grid operators to finish their studies and to impose penalties when they miss them.

The board voted 4-1 to issue the proposal. Commissioner Daniel Rook dissented, arguing that the agency should first gather data on why projects drop out of the queue before redesigning the process.

The public will have 90 days to comment. A final rule could be adopted by the end of the year, though legal challenges from states are likely, according to lawyers who follow the agency.

Developers say time matters as much as money. A wind farm that waits five years for a connection can lose its turbine contracts, its financing and sometimes its landowners, who sign leases expecting payments to start sooner.`,
    },
  },
  {
    language: 'en',
    markup: 'Drupal 10 (`field--name-body`, `node--type-media-release`), skip link, department banner, coat-of-arms header with search, visually-hidden "Main navigation"/"Breadcrumb" headings, breadcrumb ending with the title, "Joint media release" label, two minister lines, "Release date" field, body `p`s (quotes from ministers), Media contact field, "Authorised by …" line, Tags/Portfolio fields, "Share this page", "Last updated", acknowledgement of Country footer',
    template: drupalGov,
    source: {
      name: 'drupal-gov-oyster-reefs',
      family: 'drupal-gov',
      title: 'Funding to restore shellfish reefs in three coastal towns',
      publisher: 'Department of Coastal Resources and Fisheries',
      date: '2026-05-12',
      url: 'https://www.dcrf.gov.example.au/news-media/media-releases/funding-restore-shellfish-reefs-three-coastal-towns',
      text: `The Government will invest $14.6 million to rebuild shellfish reefs at Port Carrow, Wendell Heads and Miriam Bay, restoring habitat that once lined the estuaries of the southern coast.

Native flat oyster and mussel reefs covered thousands of hectares of these estuaries until the early twentieth century, when dredging, disease and sediment from land clearing destroyed almost all of them. Today less than one per cent of the original reef area remains.

The funding will support the construction of 38 hectares of new reef over four years, using recycled shell and limestone rubble as a base for juvenile shellfish grown in local hatcheries.

Minister for Coasts and Fisheries Alana Verrity said healthy reefs filter water, protect shorelines from erosion and provide nurseries for fish that recreational and commercial fishers rely on.

"A single hectare of restored reef can filter millions of litres of water every day and support thousands of additional fish," Minister Verrity said.

"This is a practical investment that will pay back over decades, for the environment and for the people who earn a living on the water."

The projects will be delivered in partnership with local councils, fishing clubs and Traditional Owner groups, who will lead cultural heritage surveys at each site and employ rangers to monitor the reefs once they are built.

Assistant Minister for Regional Development Callum Dray said the program would create about 60 jobs during construction, including for boat operators, divers and hatchery workers.

"These are towns where every job matters, and where people have watched their estuaries decline for generations," Senator Dray said.

"Restoring the reefs will bring work to the region now and better fishing for years to come."

Work at Port Carrow will begin in September, with the other two sites to follow in 2027 after environmental approvals are completed. Community information sessions will be held in each town over the coming months.

Local fishers will be invited to help choose the exact reef locations, so that the new structures improve fishing grounds without blocking boat channels or existing mooring areas.

Scientists from the National Marine Institute will monitor water quality, shellfish survival and fish numbers at each site for at least five years, and the results will be published annually.

The investment builds on earlier reef restoration trials in Lake Tessin and the Calder River, where fish numbers around the new reefs rose more than threefold within three years.`,
    },
  },
]
