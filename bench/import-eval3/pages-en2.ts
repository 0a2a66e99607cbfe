// More English pages of the third held-out set: a Hugo static blog with a table of contents, a UN-News-like
// international organisation news page, and a page whose article is a <main> of <section>s and <figure>s.
// All text is original; every organisation, person and place is invented.
import type { ArticleSource } from '../import-eval/article-types'
import { esc, longDate, ogMeta, render } from '../import-eval2/render'
import type { Page } from './page'

const slug = (t: string): string => t.toLowerCase().replace(/&[a-z#0-9]+;/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

/** Hugo (PaperMod-like) post: header menu, post meta, collapsible table of contents, headings with "#" anchors, tags, prev/next. */
function hugo(a: ArticleSource): string {
  const heads: string[] = []
  const body = render(a, {
    p: (t) => `<p>${t}</p>`,
    h2: (t) => {
      heads.push(t)
      return `<h2 id="${slug(t)}">${t}<a hidden class="anchor" aria-hidden="true" href="#${slug(t)}">#</a></h2>`
    },
  })
  const toc = heads.map((t) => `<li><a href="#${slug(t)}" aria-label="${t}">${t}</a></li>`).join('\n')
  return `<!DOCTYPE html>
<html lang="en" dir="auto">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.139.0">
<title>${esc(a.title)} | Field Notes from the Fens</title>
<meta name="description" content="What a winter of reading old parish boundary maps taught me.">
<meta name="author" content="${esc(a.author ?? '')}">
${ogMeta(a)}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":${JSON.stringify(a.title)},"datePublished":"${a.date}T00:00:00Z","author":[{"@type":"Person","name":${JSON.stringify(a.author ?? '')}}]}</script>
</head>
<body class="list" id="top">
<header class="header"><nav class="nav"><div class="logo"><a href="https://fieldnotes.example.net/" accesskey="h" title="Field Notes from the Fens (Alt + H)">Field Notes from the Fens</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" viewBox="0 0 24 24"></svg></button></div></div>
<ul id="menu"><li><a href="https://fieldnotes.example.net/archives/" title="Archive"><span>Archive</span></a></li><li><a href="https://fieldnotes.example.net/search/" title="Search (Alt + /)" accesskey="/"><span>Search</span></a></li><li><a href="https://fieldnotes.example.net/tags/" title="Tags"><span>Tags</span></a></li><li><a href="https://fieldnotes.example.net/about/" title="About"><span>About</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="https://fieldnotes.example.net/">Home</a>&nbsp;»&nbsp;<a href="https://fieldnotes.example.net/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${esc(a.title)}</h1>
<div class="post-description">What a winter of reading old parish boundary maps taught me.</div>
<div class="post-meta"><span title="${a.date} 00:00:00 +0000 UTC">${longDate(a.date).replace(/^(\d+) (\w+) (\d+)$/, '$2 $1, $3')}</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;1180 words&nbsp;·&nbsp;${esc(a.author ?? '')}</div>
</header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul>
${toc}
</ul></div></details></div>
<div class="post-content">
${body}
</div>
<footer class="post-footer">
<ul class="post-tags"><li><a href="https://fieldnotes.example.net/tags/maps/">Maps</a></li><li><a href="https://fieldnotes.example.net/tags/local-history/">Local History</a></li><li><a href="https://fieldnotes.example.net/tags/walking/">Walking</a></li></ul>
<nav class="paginav"><a class="prev" href="https://fieldnotes.example.net/posts/drainage-mills/"><span class="title">« Prev</span><br><span>The last drainage mills of Soke Fen</span></a><a class="next" href="https://fieldnotes.example.net/posts/winter-birds/"><span class="title">Next »</span><br><span>Counting winter birds on the washes</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="#">x</a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share on linkedin" href="#">linkedin</a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share on reddit" href="#">reddit</a></li></ul>
</footer>
</article>
</main>
<footer class="footer"><span>© 2026 <a href="https://fieldnotes.example.net/">Field Notes from the Fens</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">↑</a>
</body>
</html>
`
}

/** International-organisation news page (UN News-like): language bar, topic label, photo with © credit, "Audio"/"Print", h3 subheads, "Related stories", "Topics". */
function intlNews(a: ArticleSource): string {
  // The first paragraph is the bold lead, printed in a field of its own above the body.
  const [lead = '', ...rest] = a.text.split(/\n\s*\n/)
  const body = render({ ...a, text: rest.join('\n\n') }, {
    p: (t) => `<p>${t}</p>`,
    h2: (t) => `<h3><strong>${t}</strong></h3>`,
    quote: (t) => `<blockquote><p>${t}</p></blockquote>`,
    after: {
      3: `<div class="paragraph paragraph--type--image"><figure role="group"><img src="/sites/default/files/styles/large/public/2026/04/clinic-water-point.jpg" alt="A health worker fills a container at a clinic water point."><figcaption>© WHSA/Mariam Kebede<br>A health worker fills a container at a newly installed clinic water point.</figcaption></figure></div>`,
    },
  })
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | World Health and Sanitation Assembly News</title>
${ogMeta(a)}
<meta name="twitter:title" content="${esc(a.title)}">
</head>
<body class="path-node page-node-type-news-story">
<div class="language-bar"><ul class="language-switcher-language-url"><li><a href="/ar/">العربية</a></li><li><a href="/zh/">中文</a></li><li><a class="is-active" href="/en/">English</a></li><li><a href="/fr/">Français</a></li><li><a href="/ru/">Русский</a></li><li><a href="/es/">Español</a></li><li><a href="/sw/">Kiswahili</a></li><li><a href="/pt/">Português</a></li></ul></div>
<header class="site-header"><a href="/en/" class="site-logo"><span class="site-name">WHSA News</span><span class="site-slogan">Global perspective Human stories</span></a>
<nav class="main-menu"><ul><li><a href="/en/news/region/africa">Africa</a></li><li><a href="/en/news/region/americas">Americas</a></li><li><a href="/en/news/region/asia-pacific">Asia Pacific</a></li><li><a href="/en/news/region/europe">Europe</a></li><li><a href="/en/news/region/middle-east">Middle East</a></li><li><a href="/en/news/topic/health">Health</a></li><li><a href="/en/audio-product/podcasts">Podcasts</a></li><li><a href="/en/in-depth">In depth</a></li></ul></nav>
<form class="search"><input type="search" placeholder="Search"><button>Search</button></form></header>
<main id="main-content">
<div class="layout-content">
<div class="node-header"><div class="field--name-field-news-topics"><a href="/en/news/topic/health">Health</a></div>
<h1 class="node-title"><span>${esc(a.title)}</span></h1>
<div class="node-meta"><span class="date-display-single"><time datetime="${a.date}T12:00:00Z">${longDate(a.date)}</time></span><span class="node-type">Health</span></div>
<div class="story-tools"><a href="#" class="audio">Audio</a> <a href="#" class="print">Print</a> <span class="share-label">Share</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
</div>
<div class="field field--name-field-image"><figure><img src="/sites/default/files/styles/hero/public/2026/04/handwashing.jpg" alt="Children wash their hands at a school tap."><figcaption>© WHSA/Jonas Ferreira<br>Children wash their hands at a school tap in Dalmora province.</figcaption></figure></div>
<div class="field field--name-field-news-story-lead"><p><strong>${esc(lead)}</strong></p></div>
<div class="clearfix text-formatted field field--name-body">
${body}
</div>
<div class="field field--name-field-related-links"><h2>Related links</h2><ul><li><a href="#">Full report: Water and hygiene in health care facilities 2026</a></li><li><a href="#">Interactive data portal</a></li></ul></div>
</div>
<aside class="layout-sidebar"><section class="related-stories"><h2>Related stories</h2><ul><li><a href="#">Cholera cases fall in lakeside districts after vaccination drive</a></li><li><a href="#">Interview: The nurse who built a hospital's first water tower</a></li><li><a href="#">Hospitals urged to plan for heat and drought</a></li></ul></section>
<section class="topics"><h2>Topics</h2><ul><li><a href="#">Health</a></li><li><a href="#">Water and sanitation</a></li><li><a href="#">Sustainable development</a></li></ul></section>
<section class="newsletter"><h2>Subscribe to our newsletter</h2><p>Get the daily news bulletin straight to your inbox.</p><a href="#">Subscribe</a></section></aside>
</main>
<footer class="site-footer"><ul><li><a href="#">About WHSA News</a></li><li><a href="#">Contact us</a></li><li><a href="#">Copyright</a></li><li><a href="#">Privacy notice</a></li><li><a href="#">Terms of use</a></li><li><a href="#">Fraud alert</a></li></ul></footer>
</body>
</html>
`
}

/** Feature in <main> split into many <section>s with <figure>s and credits between them; no <article> element. */
function sections(a: ArticleSource): string {
  // Each h2 starts a new section; figures go between sections.
  const parts = render(a, {
    p: (t) => `<p class="body-text">${t}</p>`,
    h2: (t) => `</section>\n<figure class="wide-figure"><picture><source srcset="/img/feature/orchard-${slug(t)}.avif" type="image/avif"><img src="/img/feature/orchard-${slug(t)}.jpg" alt="" loading="lazy"></picture><figcaption><span class="caption">Pickers at work on a terraced slope above the river.</span><span class="credit">Photograph: Ilse Brandvold</span></figcaption></figure>\n<section class="story-section"><h2 class="section-heading">${t}</h2>`,
  })
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} — Northern Harvest Magazine</title>
${ogMeta(a)}
<meta name="author" content="${esc(a.author ?? '')}">
</head>
<body>
<div class="top-strip"><a href="/">Northern Harvest</a> <a href="/features/">Features</a> <a href="/recipes/">Recipes</a> <a href="/growers/">Growers</a> <a href="/shop/">Shop</a> <a href="/subscribe/" class="cta">Subscribe — 3 issues for £5</a></div>
<main class="feature-layout">
<section class="hero"><figure class="hero-figure"><img src="/img/feature/orchard-hero.jpg" alt="An orchard in autumn"><figcaption class="credit">Photograph: Ilse Brandvold</figcaption></figure>
<div class="hero-text"><p class="kicker">Feature · Food &amp; Farming</p><h1 class="hero-title">${esc(a.title)}</h1><p class="standfirst">In a valley where apples have been grown for four centuries, a handful of growers are betting on varieties almost nobody remembers.</p><p class="byline">Words by <a href="/contributors/hanne-solberg/">${esc(a.author ?? '')}</a> · Photographs by Ilse Brandvold · <time datetime="${a.date}">${longDate(a.date)}</time> · 8 minute read</p></div></section>
<section class="story-section story-section--intro">
${parts}
</section>
<section class="share-section"><h2 class="visually-hidden">Share this story</h2><button>Copy link</button><button>Email</button><button>Facebook</button></section>
<section class="newsletter-section"><h2>The Harvest Letter</h2><p>Seasonal stories, recipes and growers' news, once a fortnight.</p><form><input type="email" placeholder="Email address"><button>Sign me up</button></form></section>
<section class="more-section"><h2>More features</h2><figure><img src="/img/cider.jpg" alt=""><figcaption><a href="#">The cider makers reviving wild perry pears</a></figcaption></figure><figure><img src="/img/honey.jpg" alt=""><figcaption><a href="#">A year with the heather beekeepers</a></figcaption></figure></section>
</main>
<footer><p>Northern Harvest Magazine is published by Fellgate Media Ltd.</p><p><a href="#">Contact</a> · <a href="#">Advertise</a> · <a href="#">Privacy</a></p></footer>
</body>
</html>
`
}

export const PAGES_EN2: Page[] = [
  {
    language: 'en',
    markup: 'Hugo generator meta, PaperMod-like header with theme toggle and Alt-key menu, breadcrumbs, post description, "March 3, 2026 · 6 min · 1180 words · Author" meta, collapsible `details` "Table of Contents" repeating the h2s, `h2`s ending in a hidden `<a class="anchor">#</a>`, tags, « Prev / Next » nav with titles, share list, "Powered by Hugo & PaperMod", "↑" top link',
    template: hugo,
    source: {
      name: 'hugo-parish-maps',
      family: 'hugo',
      title: 'Reading the old parish maps',
      publisher: 'Field Notes from the Fens',
      date: '2026-03-03',
      url: 'https://fieldnotes.example.net/posts/reading-old-parish-maps/',
      author: 'Miriam Holt',
      text: `Last November the county record office put its collection of parish boundary maps online, and I have spent most of the winter evenings since then squinting at them. What started as a way to check the route of a footpath near my house became something closer to an obsession.

These are not beautiful maps. Most were drawn in the 1840s by surveyors working quickly, in brown ink that has faded unevenly, with field names written in three different hands. But they show the landscape just before the railways and the big drainage schemes changed it, and once you learn to read them they are full of surprises.

## Why the boundaries wander

The first thing that puzzled me was how strangely the parish boundaries move. Instead of following roads or hedges, they zigzag across open fields, cut corners off farms and sometimes run straight down the middle of a drain for a mile before turning away for no visible reason.

The explanation, as far as I can tell, is that many of these lines are much older than anything else on the map. They follow the edges of medieval open fields, old watercourses that have since been straightened, and in one case what looks like the bank of a long-vanished mere. The boundary remembered the landscape after the landscape itself had gone.

## Field names as a record

The field names were the second surprise. Alongside dull ones like Ten Acres and Long Close there are names that only make sense if you know what used to be there: Gallows Piece, Tenter Field, where cloth was stretched to dry, and Bell Rope Meadow, whose rent once paid for the church bell ropes.

I started keeping a spreadsheet of every name in our parish and the two next to it. There are now more than four hundred entries. Some names appear in several places, which suggests they were common words rather than local ones, while others appear only once and may be the last trace of a family or an event.

## Walking the lines

Reading is one thing, but the real pleasure has been walking. With a printed copy of the map and a modern one side by side, I have followed about twenty miles of old boundary this winter, mostly on public paths but sometimes along field edges with a farmer's permission.

In places the line survives as a hedge far older than the ones around it, thick with hazel, field maple and spindle. Elsewhere there is nothing at all except a slight change in the colour of the soil after ploughing, which is somehow more moving.

## What I would tell a beginner

If you want to try this yourself, start small. Pick one parish you know well, print the old map at a large scale and spend an evening simply matching it to what you can see today. Do not worry about understanding everything at once.

Keep notes as you go, because you will forget where you saw that odd name or bend in the line. And talk to people. Almost every time I have mentioned the maps to someone local, they have told me something about a field or a path that no document records.`,
    },
  },
  {
    language: 'en',
    markup: 'Drupal news-story node, eight-language switcher bar (Arabic, Chinese, Russian … scripts), site name + slogan, region/topic menu, topic label above the `h1`, date + type, Audio/Print/Share tools, hero figure with "© Org/Name" credit, bold lead `p` in its own field (counted: it is the article\'s first paragraph on such sites), body with `h3 > strong` subheads, a `blockquote`, an inline figure with credit, Related links, Related stories, Topics, newsletter box',
    template: intlNews,
    source: {
      name: 'intl-news-clinic-water',
      family: 'intl-news',
      title: 'One in four health facilities lacks basic water services, global report finds',
      publisher: 'WHSA News',
      date: '2026-04-14',
      url: 'https://news.whsa.example.org/en/story/2026/04/1161842',
      text: `One in four health facilities worldwide still lacks basic water services, leaving patients and staff exposed to avoidable infections, according to a joint report released on Tuesday.

The report, produced by the World Health and Sanitation Assembly and the International Children's Relief Office, draws on data from 142 countries and covers hospitals, clinics and maternity units.

It finds that about 1.6 billion people rely on health facilities that have no reliable water supply on the premises, and that one in three facilities lacks the means to clean hands at the points where patients are treated.

"Nobody should have to give birth, or care for a sick child, in a place without clean water and soap," said Dr. Amara Okonjo, who leads the Assembly's water and health programme. "These are the most basic conditions for safe care, and they are still missing in too many places."

## Gaps within countries

The situation is worst in the least developed countries, where half of all facilities lack basic water services. But the report stresses that large gaps also exist within countries, between cities and rural areas and between hospitals and small clinics.

Rural clinics are nearly twice as likely as urban hospitals to have no water on site. In several countries, fewer than one in five facilities has a working toilet for patients.

## Infections and costs

Poor water and hygiene contribute to infections picked up during treatment, which affect hundreds of millions of patients each year and increase the spread of drug-resistant bacteria.

> Every infection that clean hands could have prevented is an infection that an antibiotic then has to treat, and that is how resistance grows.

The report estimates that bringing basic water, sanitation and hygiene services to every facility in the 46 least developed countries would cost about $9.6 billion, or roughly $0.80 per person per year.

## Progress is possible

Some countries have made rapid progress. Dalmora has raised the share of facilities with basic water services from 41 per cent to 78 per cent in six years, by adding water points and hygiene budgets to its national health financing plan and training staff to maintain pumps and tanks.

The agencies are calling on governments to assess the state of their facilities, set national targets and include water and hygiene in the routine budgets of health services, rather than treating them as one-off construction projects.

"Clean water in a clinic is not a luxury," Dr. Okonjo said. "It is the foundation that everything else in health care depends on."`,
    },
  },
  {
    language: 'en',
    markup: 'no `<article>`: `main` holds a hero `section` (figure, kicker, `h1`, standfirst, "Words by … · Photographs by … · date · 8 minute read"), then story `section`s each opened by an `h2`, with a `figure` (`picture`, caption + "Photograph:" credit) between every two sections, then share / newsletter / "More features" sections whose `figure`s hold linked captions; subscribe strip at the top',
    template: sections,
    source: {
      name: 'sections-forgotten-apples',
      family: 'sections',
      title: 'The growers bringing back forgotten apples',
      publisher: 'Northern Harvest Magazine',
      date: '2026-10-08',
      url: 'https://www.northernharvest.example.co.uk/features/growers-bringing-back-forgotten-apples',
      author: 'Hanne Solberg',
      text: `On a cold morning in late September, Edwin Marr walks slowly between rows of young trees, stopping every few steps to turn an apple in his hand. Some are no bigger than a walnut; others are streaked red and gold and heavy enough to pull the branch down. None of them would be recognised by most shoppers.

"This one is called Shepherd's Lantern," he says, holding up a pale yellow fruit with a faint blush. "As far as we know there were three trees of it left in the whole valley when we started. Now there are about two hundred."

## A valley of orchards

Apples have been grown along the Teller valley for at least four hundred years. In the nineteenth century almost every farm had its own orchard, and local records list more than a hundred named varieties, many of them found nowhere else.

Most of those orchards were grubbed up in the decades after the Second World War, when growers switched to a handful of commercial varieties that stored well and looked uniform on supermarket shelves. By the 1990s, many of the old names survived only in parish records and the memories of older residents.

## The search for survivors

Marr, a retired surveyor, began looking for the old varieties fifteen years ago with two friends from the village history society. They placed notices in local papers, knocked on farmhouse doors and walked abandoned orchards with old maps in hand.

They found trees in hedgerows, in gardens behind council houses and in one case in the grounds of a closed school. Cuttings were taken each winter and grafted onto new rootstock at a small nursery run by the group.

So far they have identified 46 of the valley's lost varieties, confirming some with genetic tests carried out by a university fruit collection. About a dozen more trees remain unnamed, waiting for someone who remembers what they were once called.

## Selling the unfamiliar

Bringing the varieties back is only half the challenge. The other half is persuading people to buy them. Many old apples are small, uneven or sharp, and some keep for only a few weeks.

Rosalind Achebe, who runs a farm shop at the foot of the valley, now sells about twenty old varieties each autumn. She labels each box with a short history of the apple and the farm it came from, and offers tastings on Saturdays.

"People are curious once they try them," she says. "They have flavours you simply do not find in the supermarket, like pear drops, nuts, even a hint of aniseed."

## A living collection

The group has now planted a community orchard of three hundred trees on land lent by the parish council, with at least two trees of every variety it has found. Volunteers prune the trees in winter and hold a harvest day each October.

Marr hopes the orchard will outlast him. "The old growers chose these apples because they suited this soil and this weather," he says. "It would be a strange kind of progress to forget everything they learned."`,
    },
  },
]
