// French and German news pages of the third held-out set. Templates imitate a French national daily and a
// German regional news site from memory; all text is original and every organisation, person and place is invented.
import type { ArticleSource } from '../import-eval/article-types'
import { esc, ogMeta, render } from '../import-eval2/render'
import type { Page } from './page'

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
const frDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number)
  return `${d} ${MOIS[(m ?? 1) - 1] ?? ''} ${y}`
}
const deDate = (iso: string): string => {
  const [y, m, d] = iso.split('-')
  return `${d}.${m}.${y}`
}

/** French national daily: chapô, "Par …", "Publié le … à …, modifié le …", "Lire aussi |" inserts, "Temps de Lecture". */
function frDaily(a: ArticleSource): string {
  const body = render(a, {
    p: (t) => `<p class="article__paragraph">${t}</p>`,
    h2: (t) => `<h2 class="article__sub-title">${t}</h2>`,
    after: {
      2: `<section class="catcher catcher--inline"><span class="catcher__label">Lire aussi |</span> <a class="catcher__link" href="https://www.quotidien-brevanne.example.fr/societe/article/2025/11/04/les-villes-moyennes-misent-sur-le-velo_6511.html">Les villes moyennes misent sur le vélo pour désengorger leurs centres</a></section>`,
      6: `<section class="catcher catcher--inline"><span class="catcher__label">Lire aussi l’enquête |</span> <a class="catcher__link" href="https://www.quotidien-brevanne.example.fr/economie/article/2025/09/18/le-marche-du-velo-en-panne_6498.html">Article réservé à nos abonnés Le marché du vélo en panne après deux années record</a></section>`,
    },
  })
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>À Sainte-Aurèle, les vélos en libre-service gratuits pour les lycéens</title>
<meta name="description" content="La métropole offre un abonnement annuel aux 12 000 lycéens de son territoire.">
${ogMeta(a)}
<meta property="og:locale" content="fr_FR">
</head>
<body class="article-page">
<header class="Header"><div class="Header__top"><a href="/" class="Header__logo">Le Quotidien de Brévanne</a><nav class="Header__nav"><a href="/international/">International</a> <a href="/politique/">Politique</a> <a href="/societe/">Société</a> <a href="/economie/">Économie</a> <a href="/planete/">Planète</a> <a href="/culture/">Culture</a> <a href="/sport/">Sport</a></nav><div class="Header__account"><a href="/abonnement/" class="Header__subscribe">S’abonner</a> <a href="/connexion/">Se connecter</a></div></div></header>
<main id="garde">
<section class="zone zone--article">
<header class="article__header">
<ul class="breadcrumb"><li><a href="/societe/">Société</a></li><li><a href="/mobilites/">Mobilités</a></li></ul>
<h1 class="article__title">${esc(a.title)}</h1>
<p class="article__desc">La métropole offre un abonnement annuel aux 12 000 lycéens de son territoire. Une mesure saluée par les familles, mais qui inquiète certains élus de l’opposition pour son coût.</p>
<div class="meta meta__publisher"><span class="meta__author">Par <a href="/signataires/claire-vasseur/" class="article__author-link">${esc(a.author ?? '')}</a> (Sainte-Aurèle, envoyée spéciale)</span><span class="meta__date meta__date--header">Publié le ${frDate(a.date)} à 06h00, modifié le ${frDate(a.date)} à 10h12</span><span class="meta__reading-time"><span class="sr-only">Temps de Lecture</span> 4 min.</span></div>
<div class="meta__social"><button>Partager</button><button>Offrir l’article</button><button>Lire dans l’application</button><button>Ajouter à vos sélections</button></div>
</header>
<figure class="article__media"><img src="https://img.quotidien-brevanne.example.fr/2026/03/velos.jpg" alt=""><figcaption class="article__legend">Une station de vélos en libre-service devant le lycée Jean-Moulin, à Sainte-Aurèle, le 2 mars 2026. <span class="article__credit">LUCIE MARCHAND POUR « LE QUOTIDIEN »</span></figcaption></figure>
<article class="article__content">
${body}
<p class="article__siblings"><a href="#">Voir les contributions</a></p>
</article>
<section class="article__footer"><p class="article__author-footer">Claire Vasseur (Sainte-Aurèle, envoyée spéciale)</p><div class="services"><a href="#">Contribuer</a> <a href="#">Réutiliser ce contenu</a></div></section>
</section>
<aside class="aside"><section class="aside__item"><h3>Les plus lus</h3><ol><li><a href="#">Retraites : ce qui change au 1er avril</a></li><li><a href="#">Météo : un printemps précoce sur la moitié sud</a></li><li><a href="#">Le prix de l’électricité baisse de 6 % en février</a></li></ol></section></aside>
</main>
<footer class="Footer"><p>Le Quotidien de Brévanne · <a href="#">Mentions légales</a> · <a href="#">Charte du groupe</a> · <a href="#">Politique de confidentialité</a> · <a href="#">Gestion des cookies</a></p><p>© Le Quotidien de Brévanne 2026 - Reproduction interdite de tous les articles du site.</p></footer>
</body>
</html>
`
}

/** German regional news site: "Anzeige" slots, "Lesen Sie auch" inserts, Zwischentitel as h3, agency sign-off, "Mehr zum Thema". */
function deRegional(a: ArticleSource): string {
  const body = render(a, {
    p: (t, i) => (i === 0 ? `<p class="article-intro"><strong>Holmbach. </strong>${t.replace(/^Holmbach\. /, '')}</p>` : `<p>${t}</p>`),
    h2: (t) => `<h3 class="subheadline">${t}</h3>`,
    after: {
      1: `<div class="ad-container ad-container--content"><span class="ad-label">Anzeige</span><div id="div-gpt-ad-content-1"></div></div>`,
      3: `<div class="teaser-inline"><p><strong>Lesen Sie auch:</strong> <a href="https://www.holmbacher-rundschau.example.de/lokales/holmbach/freibad-oeffnet-frueher-91248873.html">Freibad öffnet in diesem Jahr schon im April</a></p></div>`,
      6: `<div class="ad-container ad-container--content"><span class="ad-label">Anzeige</span><div id="div-gpt-ad-content-2"></div></div>`,
    },
  })
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | Holmbacher Rundschau</title>
<meta name="description" content="Die Stadt Holmbach will das alte Hallenbad zu einem Quartierszentrum umbauen.">
${ogMeta(a)}
<meta name="date" content="${a.date}T14:05:00+01:00">
</head>
<body>
<div id="consent-banner" class="cmp"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. <a href="/datenschutz/">Datenschutzerklärung</a></p><button>Alle akzeptieren</button><button>Einstellungen</button></div>
<header class="site-header"><a class="logo" href="/">Holmbacher Rundschau</a><nav class="main-nav"><a href="/lokales/">Lokales</a> <a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/sport/">Sport</a> <a href="/kultur/">Kultur</a> <a href="/ratgeber/">Ratgeber</a></nav><a class="abo" href="/abo/">Abo</a> <a href="/epaper/">E-Paper</a> <a href="/login/">Anmelden</a></header>
<div class="ad-container ad-container--top"><span class="ad-label">Anzeige</span></div>
<main class="main">
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/lokales/">Lokales</a> › <a href="/lokales/holmbach/">Holmbach</a></nav>
<article class="article">
<header class="article-header">
<span class="article-kicker">Stadtentwicklung</span>
<h1 class="article-title"><span class="article-title__kicker">Altes Hallenbad: </span>${esc(a.title)}</h1>
<div class="article-meta"><span class="author">Von <a href="/autoren/jonas-kessler/">${esc(a.author ?? '')}</a></span> <time datetime="${a.date}T14:05:00+01:00">${deDate(a.date)}, 14:05 Uhr</time> <span class="reading-time">3 Min.</span></div>
<div class="share"><button>Artikel teilen</button> <button>Merken</button> <a href="#kommentare">Kommentare</a></div>
</header>
<figure class="article-image"><img src="/bilder/hallenbad.jpg" alt="Das alte Hallenbad in Holmbach"><figcaption>Das Hallenbad an der Lindenallee ist seit 2019 geschlossen. <span class="copyright">© Foto: Katrin Wolters</span></figcaption></figure>
<div class="article-body">
${body}
<p class="article-source">(jk/hrs)</p>
</div>
<section class="related"><h2>Mehr zum Thema</h2><ul><li><a href="#">Stadtrat beschließt Haushalt 2026</a></li><li><a href="#">Neue Kita an der Bahnhofstraße eröffnet</a></li><li><a href="#">Holmbach: Sanierung der Stadthalle verzögert sich</a></li></ul></section>
<section class="comments" id="kommentare"><h2>Kommentare</h2><p>Um zu kommentieren, müssen Sie angemeldet sein.</p></section>
</article>
</main>
<footer class="site-footer"><p><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a> | <a href="/agb/">AGB</a> | <a href="/kontakt/">Kontakt</a></p><p>© 2026 Holmbacher Rundschau GmbH &amp; Co. KG</p></footer>
</body>
</html>
`
}

export const PAGES_EU: Page[] = [
  {
    language: 'fr',
    markup: '`lang="fr"`, `<title>` differs from `h1` (shorter SEO wording), rubric breadcrumb, `p.article__desc` chapô, "Par … (…, envoyée spéciale)", "Publié le 3 mars 2026 à 06h00, modifié le … à 10h12", hidden "Temps de Lecture" + "4 min.", Partager/Offrir l’article buttons, figure legend with credit in capitals, `h2.article__sub-title` intertitles, two "Lire aussi |" catcher sections inside the body (one with "Article réservé à nos abonnés" text), author footer, "Contribuer / Réutiliser ce contenu", "Les plus lus"',
    template: frDaily,
    source: {
      name: 'fr-daily-velos-lyceens',
      family: 'fr-daily',
      title: 'À Sainte-Aurèle, la métropole offre le vélo en libre-service à tous les lycéens',
      publisher: 'Le Quotidien de Brévanne',
      date: '2026-03-03',
      url: 'https://www.quotidien-brevanne.example.fr/societe/article/2026/03/03/a-sainte-aurele-la-metropole-offre-le-velo-en-libre-service-a-tous-les-lyceens_6532_3224.html',
      author: 'Claire Vasseur',
      text: `Devant le lycée Jean-Moulin, à Sainte-Aurèle, la station de vélos en libre-service est vide dès 7 h 45. Depuis la rentrée de janvier, les élèves n’ont plus besoin de payer pour emprunter un des 1 800 vélos du réseau métropolitain : un abonnement annuel leur est offert sur simple présentation de leur carte scolaire.

« Avant, je prenais le bus, mais il était toujours plein et souvent en retard, raconte Inès, 16 ans, élève de première. Maintenant je mets douze minutes, et je ne dépends plus de personne. » Comme elle, près de 4 300 lycéens ont déjà activé leur abonnement, soit plus d’un sur trois.

La mesure, votée à l’automne par le conseil métropolitain, coûte environ 1,2 million d’euros par an. Elle vise à réduire la saturation des lignes de bus aux heures de pointe et à habituer les jeunes à se déplacer à vélo avant qu’ils ne passent le permis de conduire.

## Des stations prises d’assaut

Le succès a pris de court l’opérateur du réseau. Aux abords de plusieurs établissements, les stations sont vidées en quelques minutes le matin, puis débordent le soir. L’opérateur a dû mobiliser deux camions supplémentaires pour redistribuer les vélos et prévoit d’installer six nouvelles stations d’ici à l’été.

« Nous savions que la demande serait forte, mais pas à ce point », reconnaît Marc Deligny, vice-président de la métropole chargé des mobilités. Selon lui, le nombre de trajets effectués par des moins de 18 ans a été multiplié par quatre en deux mois.

Les parents interrogés se disent, pour la plupart, satisfaits. Certains s’inquiètent toutefois de la sécurité sur les grands axes, où les pistes cyclables restent discontinues. Une association de cyclistes réclame un plan d’aménagement prioritaire autour des lycées.

## Une dépense contestée

Dans l’opposition, l’initiative ne fait pas l’unanimité. « Offrir un service gratuit à une seule catégorie de la population, c’est injuste pour les salariés qui paient leur abonnement plein tarif », estime Hélène Roux, conseillère métropolitaine, qui aurait préféré une baisse générale des tarifs.

La majorité répond que la mesure sera évaluée au bout d’un an, avec une enquête auprès des familles et une analyse de la fréquentation des bus. Si les résultats sont concluants, elle pourrait être étendue aux étudiants et aux apprentis dès 2027.

En attendant, au lycée Jean-Moulin, le proviseur a fait installer un abri pour les casques et les antivols. « Les élèves arrivent plus réveillés, sourit-il. C’est peut-être le meilleur argument. »`,
    },
  },
  {
    language: 'de',
    markup: '`lang="de"`, cookie banner (Alle akzeptieren / Einstellungen), nav with Abo/E-Paper/Anmelden, "Anzeige" ad slots above and inside the body, breadcrumb "Startseite › Lokales › …", kicker span inside the `h1` ("Altes Hallenbad: " + title), "Von …", "12.03.2026, 14:05 Uhr", "3 Min.", "Artikel teilen / Merken / Kommentare", figure with "© Foto:" credit, bold place-name opener ("Holmbach.") in the first paragraph, `h3` Zwischentitel, "Lesen Sie auch:" insert, "(jk/hrs)" agency sign-off, "Mehr zum Thema", comments box, Impressum footer',
    template: deRegional,
    source: {
      name: 'de-regional-hallenbad',
      family: 'de-regional',
      title: 'Aus dem Hallenbad soll ein Treffpunkt für das ganze Viertel werden',
      publisher: 'Holmbacher Rundschau',
      date: '2026-03-12',
      url: 'https://www.holmbacher-rundschau.example.de/lokales/holmbach/altes-hallenbad-treffpunkt-viertel-91301457.html',
      author: 'Jonas Kessler',
      text: `Holmbach. Seit fast sieben Jahren ist das alte Hallenbad an der Lindenallee geschlossen, nun gibt es einen Plan für seine Zukunft: Die Stadt will das Gebäude zu einem Quartierszentrum mit Bibliothek, Café, Werkstätten und Räumen für Vereine umbauen. Der Bauausschuss hat dem Konzept am Mittwochabend mit großer Mehrheit zugestimmt.

Das Bad war 2019 wegen gravierender Mängel an der Technik und am Dach geschlossen worden. Eine Sanierung als Schwimmbad hätte nach Berechnungen der Verwaltung rund 14 Millionen Euro gekostet, zu viel für die Stadt, die gleichzeitig ein neues Sportbad am Stadtrand gebaut hat.

Statt das Gebäude abzureißen, soll es nun erhalten bleiben. Das frühere Schwimmbecken wird überdeckt und zu einem großen Saal für Veranstaltungen, Konzerte und Sportkurse. In den ehemaligen Umkleiden sollen Werkstätten, ein Repair-Café und Proberäume für Musikgruppen entstehen.

### Bürger haben mitgeplant

Das Konzept ist in einem einjährigen Beteiligungsverfahren entstanden. Mehr als 600 Bürgerinnen und Bürger haben in Workshops, Online-Umfragen und bei Rundgängen durch das leere Bad ihre Wünsche eingebracht. Ganz oben auf der Liste standen ein Ort für Jugendliche und ein Café mit bezahlbaren Preisen.

„Viele Menschen verbinden mit diesem Bad Kindheitserinnerungen“, sagte Baudezernentin Sabine Aldinger in der Sitzung. „Es war uns wichtig, dass das Gebäude wieder ein Ort wird, an dem sich die Nachbarschaft begegnet.“

Die Kosten für den Umbau werden auf rund 9,5 Millionen Euro geschätzt. Etwa die Hälfte soll aus einem Förderprogramm des Landes für die Entwicklung von Stadtteilen kommen, den Rest muss die Stadt aus eigenen Mitteln tragen.

### Kritik an den Kosten

Nicht alle im Ausschuss waren überzeugt. Die Fraktion der Freien Wähler stimmte gegen den Plan und verwies auf die angespannte Haushaltslage. „Wir reden hier über Millionen, während an den Schulen das Geld für Toiletten fehlt“, sagte Fraktionschef Peter Grundmann.

Die Verwaltung will nun einen Architektenwettbewerb ausschreiben. Wenn alles nach Plan läuft, könnten die Bauarbeiten Anfang 2028 beginnen. Bis dahin soll das Gebäude bereits für einzelne Veranstaltungen genutzt werden, etwa für einen Flohmarkt im Herbst.

### Anwohner sind erleichtert

Bei den Nachbarn an der Lindenallee kam die Entscheidung gut an. Viele hatten befürchtet, dass das Grundstück an einen Investor verkauft und mit teuren Wohnungen bebaut wird. „Endlich passiert hier etwas, und zwar für uns“, sagte eine Anwohnerin, die als Kind im Hallenbad schwimmen gelernt hat.

Auch der Stadtjugendring begrüßte den Beschluss. Er hofft auf einen eigenen Raum im Obergeschoss, in dem Jugendliche sich ohne Konsumzwang treffen können. Die Verwaltung hat zugesagt, die Jugendverbände an der weiteren Planung zu beteiligen.`,
    },
  },
]
