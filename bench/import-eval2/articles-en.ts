// Article texts for the second held-out set (English). All text is original; every organisation, person and
// place is invented. Mini-format as in bench/import-eval/articles-en.ts: blank line between blocks, "## " h2,
// "### " h3, "> " quote, "- " list, "1. " ordered list, "|" table rows (first row is the header).
import type { ArticleSource } from '../import-eval/article-types'

export const ENGLISH: ArticleSource[] = [
  {
    name: 'wireapp-copper-smelter',
    family: 'wire-app',
    title: 'Torvane Metals halts Brisk Harbour copper smelter after acid leak',
    publisher: 'Meridian Wire',
    date: '2026-09-14',
    url: 'https://www.meridianwire.example.com/business/energy/torvane-metals-halts-brisk-harbour-copper-smelter-after-acid-leak-2026-09-14/',
    author: 'Ines Calloway',
    text: `BRISK HARBOUR, Sept 14 (Meridian Wire) - Torvane Metals has suspended operations at its Brisk Harbour copper smelter after sulphuric acid leaked from a storage tank into a drainage channel, the company said on Monday, removing about a tenth of the region's refined copper output for at least three weeks.

The leak was detected late on Saturday during a routine inspection, and the channel was sealed within four hours, Torvane said in a statement. Nobody was injured, and early water samples taken downstream of the plant showed acidity within permitted limits, according to the regional environment office.

The smelter processes roughly 420,000 tonnes of copper concentrate a year, most of it shipped from mines in the northern highlands. Its shutdown comes as treatment and refining charges, the fees miners pay smelters to process their ore, have fallen to their lowest in more than a decade because of a shortage of concentrate.

"Safety and the protection of the harbour come before production," chief executive Rasmus Olenko said in the statement. "We will restart only when the regulator and our own engineers are satisfied that every tank on the site is sound."

Shares in Torvane fell 3.2% in early trading, while benchmark copper prices rose 0.8% to their highest in six weeks, with traders citing the outage alongside lower stocks in exchange warehouses.

Two traders said Torvane had begun contacting buyers of its cathode to warn of possible delays to October deliveries, though the company had enough finished metal in storage to cover most of its contracts for the month.

The regional environment office said it had opened an investigation and would publish the results of its water testing each day until the plant restarted. A spokesperson for the office said inspectors were examining whether the tank, installed in 2009, had been maintained according to its permit.

Local fishing cooperatives, which have long complained about discharges from the industrial zone around the harbour, called for an independent review. "We have heard promises before," said Maren Tosk, who chairs the Brisk Harbour Fishers' Association. "This time we want the results checked by someone who is not paid by the company."

Analysts at consultancy Halden Commodities estimated that a three-week outage would cut Torvane's third-quarter refined output by about 18,000 tonnes. A longer closure, they said, would force the company to divert concentrate to other smelters at a time when processing capacity is already tight.

Torvane said it would use the stoppage to bring forward maintenance originally planned for November, including the relining of one of its two furnaces.`,
  },
  {
    name: 'broadsheet-ferry-subsidy',
    family: 'broadsheet',
    title: 'A Ferry Line Nobody Wanted to Fund Is Now the Busiest on the Coast',
    publisher: 'The Calder Times',
    date: '2026-07-03',
    url: 'https://www.caldertimes.example.com/2026/07/03/us/ferry-line-subsidy-wrenport.html',
    author: 'Joanna Feldt',
    text: `WRENPORT — When the county council voted to subsidize a passenger ferry between Wrenport and the island town of Saltmere four years ago, the plan was derided as a vanity project. Critics predicted empty boats and a bill that would grow every winter.

This summer, the line is carrying more than 2,300 passengers on an average weekday, more than any other ferry route on the northern coast, according to figures released by the operator last week. Morning sailings regularly leave people on the dock.

The turnaround has surprised even the service's supporters, and it has set off a debate in neighboring counties about whether small, frequent boats can do what new bridges and highways were supposed to do.

"We sized everything for the pessimistic case," said Elodie Marsh, who manages the route for Coastline Waterways, the nonprofit that runs it under contract. "Nobody thought we'd be adding a fourth boat in year four."

## A schedule people could remember

Much of the credit, riders and officials say, goes to a decision made early on: boats leave every 20 minutes from 6 a.m. to 9 p.m., whatever the season. Earlier ferry services on the coast ran a handful of sailings timed to match shifts at the harbor, and passengers who missed one could wait two hours for the next.

"You stop looking at the timetable," said Tobias Wren, a nurse who commutes from Saltmere to the regional hospital. "You just walk down to the pier."

The county pays about $4.1 million a year toward the service, roughly 45 percent of its running costs, with fares and a small levy on island parking covering the rest. The subsidy per passenger has fallen by more than half since the first year.

## The limits of the model

Not everyone is convinced the success can be copied. The crossing is short, about 14 minutes, and Saltmere has little parking and a growing population of retirees who no longer drive. Transport researchers at the Northshore Institute warned in a report this spring that longer routes would need faster, more expensive boats and would struggle to keep the same frequency.

There are also growing pains. Residents of the streets near the Wrenport terminal have complained about traffic and about passengers parking in front of their homes, and the council has promised a study of a residents-only parking zone by the end of the year.

Still, two other counties have asked Coastline Waterways for advice, and the state transport department has set aside money for feasibility studies of three more routes.

"The lesson isn't that ferries are magic," Ms. Marsh said. "It's that people will use a service if they can trust it to be there."`,
  },
  {
    name: 'liveblog-storm-landfall',
    family: 'liveblog',
    title: 'Storm Ilse live: power cut to 80,000 homes as storm makes landfall on Garrow coast',
    publisher: 'Northline News',
    date: '2026-10-22',
    url: 'https://www.northline.example.com/news/live/storm-ilse-landfall-garrow-coast-2026-10-22',
    text: `## Ferries cancelled for the rest of the day

All remaining sailings between Garrow and the outer islands have been cancelled, the operator Islander Lines said. Passengers booked on cancelled sailings can change their tickets free of charge for any date in the next two weeks.

The company said it hoped to resume a limited timetable tomorrow morning, depending on conditions at sea.

## Power cut to 80,000 homes

The regional grid operator says about 80,000 homes and businesses are now without electricity, most of them in the coastal districts north of Garrow.

Engineers cannot begin repairs on overhead lines until wind speeds drop below 50 miles per hour, a spokesperson said, and some customers should expect to be without power overnight.

## Mayor asks residents to stay indoors

Garrow's mayor, Agnes Pollard, has urged residents to stay at home unless their journey is essential. "The worst of the wind will pass over the next three hours," she said. "Please keep off the seafront and away from trees."

Three rest centres have opened in school halls for people who need to leave their homes, with camp beds and hot food.

## Gust of 94mph recorded at Kesting Head

The weather service has confirmed a gust of 94mph at its Kesting Head station, the strongest recorded on the mainland since the station opened in 1987.

Forecasters say the storm's centre crossed the coast just south of Kesting at around 11:40 and is now moving north-east at about 30mph.

## Rail services suspended

Rail operator Garrow Valley Trains has suspended all services west of Millbeck after a tree fell onto the line near Ashcombe. Replacement buses are not running because of the wind.

The operator said passengers should not attempt to travel today and that tickets for today would be accepted tomorrow.

## Schools closed across three districts

Schools in the Garrow, Kesting and Ferrow districts are closed today, the regional education office confirmed last night. Parents are being told to check the office's website for updates on tomorrow.

## Welcome to our live coverage

Good morning and welcome to our live coverage of Storm Ilse, which is expected to make landfall on the Garrow coast in the next few hours. A red wind warning, the highest level, is in force until 18:00.

We will bring you the latest on travel disruption, power cuts and the emergency response throughout the day.`,
  },
  {
    name: 'substack-bookshop-ledger',
    family: 'substack',
    title: 'What eleven years of bookshop ledgers taught me about Tuesday',
    publisher: 'The Back Room',
    date: '2026-05-17',
    url: 'https://thebackroom.substack.example.com/p/what-eleven-years-of-bookshop-ledgers',
    author: 'Hollis Ferrant',
    text: `When I bought the shop on Quill Street in 2015, the previous owner handed me a cardboard box of handwritten ledgers and said, "Everything you need to know is in there." I assumed he was being sentimental. It took me until this winter, snowed in with a spreadsheet, to find out he was right.

I typed in every day's takings from the first eleven years: just over 3,900 trading days. I wanted to know one thing, which was whether my instinct that Tuesdays were hopeless was true. It turned out to be the least interesting thing in the data.

## Tuesday is fine

Tuesday is our third-best day, not our worst. What I remembered as dead Tuesdays were a run of bad weeks in 2017, when the road outside was closed for six months of drainage works. Memory is a terrible accountant.

The real slump is Thursday afternoon, which is strange, because Thursday is when the market runs on the square and the street is full of people. They are busy, it seems, buying cheese and not novels.

## Rain helps, snow doesn't

Light rain is good for us. On days with some rain but not a downpour, takings are about 12 percent above the average for that month. People duck in to get out of the weather and stay long enough to find something.

Snow is the opposite: a single day of settled snow halves the till, and the following day is usually weak too, as if the whole town has decided to stay home and read what it already owns.

## The long tail is real

About 40 percent of our revenue comes from books we sell fewer than three copies of a year. I always suspected the odd corners of the shop paid their way, but I didn't know they were holding the place up. It has changed how I order: fewer copies of the big titles, more single copies of things I think one person in town will love.

## What I'm doing with this

I'm not going to run the shop by spreadsheet. But I have moved our late opening from Thursday to Friday, and I've stopped panicking on quiet Tuesdays.

The previous owner, by the way, is still alive and well and came in last week. I told him what I'd found. He nodded and said, "Told you so," and bought a book about beekeeping.`,
  },
  {
    name: 'blogger-harbour-walk',
    family: 'blogger',
    title: 'Walking the old harbour railway from Penmorrow to Castle Dray',
    publisher: 'Footpaths and Fog',
    date: '2026-04-12',
    url: 'https://footpathsandfog.blogspot.example.com/2026/04/walking-old-harbour-railway-penmorrow.html',
    author: 'Gwen Arkwright',
    text: `The harbour railway closed in 1963, but almost all of its track bed between Penmorrow and Castle Dray is still walkable, and last Saturday I finally did the whole nine miles in one go. It is flat, quiet and, apart from one boggy stretch, easy going.

I started at the old Penmorrow goods yard, which is now a car park behind the supermarket. Look for the green gate at the far end: the path starts just behind it and follows the line of the old sidings down towards the estuary.

For the first two miles you are on a proper surfaced cycle path, shared with dog walkers and families on bikes. The views across the mudflats are lovely at low tide, and I counted at least a dozen curlews feeding near the old signal post.

After the Hensford road bridge the surface changes to gravel and the path narrows. This is the best part of the walk: the line runs through a cutting lined with ferns and old stone walls, and the railway's mile posts are still standing every quarter of a mile. Someone has repainted the numbers recently.

The boggy stretch comes just before Trenna Halt. After a wet week it was ankle deep in places, and I was glad of my boots. There is a field-edge path on the left that lets you skip the worst of it, but it is not signed, so keep an eye out for a gap in the hedge.

Trenna Halt itself is a surprise. The platform survives, with its little stone shelter, and a local group has put up an information board about the station's history, including a photograph of the last passenger train in 1961. I had my sandwiches on the platform bench.

The last three miles into Castle Dray are through woodland, then along the river on a raised embankment. You arrive right below the castle, and the tea room in the old station building does an excellent scone.

Practical notes: there is a bus back from Castle Dray to Penmorrow every two hours on Saturdays, but only three times on Sundays, so check before you set out. There are no toilets on the route between the two towns. Allow four hours at a gentle pace, more if you stop to look at every mile post like I did.`,
  },
  {
    name: 'amp-school-meals',
    family: 'amp',
    title: 'Free school breakfasts to expand to every primary in Hollin Vale from September',
    publisher: 'Vale Evening Post',
    date: '2026-06-09',
    url: 'https://www.valeeveningpost.example.com/news/local-news/free-school-breakfasts-expand-hollin-vale-8841207',
    author: 'Darcy Pemberton',
    text: `Every primary school in Hollin Vale will offer free breakfasts to all pupils from September, the district council has confirmed, after a two-year trial found attendance and punctuality improved at the schools that took part.

The scheme will cost around £1.9 million a year and will be paid for from the council's education budget and a grant from the Ellory Foundation, a local charity set up by the family of a former mill owner.

During the trial, 14 schools opened their doors at 8am and served cereal, toast, fruit and yoghurt to any child who wanted it. On average, around 38 per cent of pupils took part on any given day.

Schools in the trial saw late arrivals fall by almost a quarter compared with the year before, while persistent absence dropped from 14 per cent to 11 per cent, according to an evaluation by researchers at Hollin Vale College.

Councillor Priya Oduya, cabinet member for children and families, said: "Teachers told us again and again that a child who has eaten is a child who can learn. We have the evidence now, and we want every family in the district to have the same chance."

Head teachers have welcomed the expansion but warned that some schools will need help with staffing and kitchen equipment. At Moor Lane Primary, which took part in the trial, breakfast was run by two teaching assistants and a rota of parent volunteers.

"It has made a real difference to the start of our day," said head teacher Colin Ashdown. "But it's not free to run. Somebody has to be there at half seven every morning, and that needs to be properly paid."

The council said each school would receive funding for one extra member of staff for an hour each morning, and that a one-off fund of £250,000 would be available for fridges, toasters and other equipment.

Parents will not need to register in advance. The council said it would publish the full list of schools and start times in August.

Some parents who spoke to the Post said the change would save them time as well as money. "I drop my two off on the way to an early shift," said Leanne Corby, whose children attend a school that was not part of the trial. "Knowing they'll get something proper to eat means one less thing to worry about before seven in the morning."`,
  },
  {
    name: 'nextjs-battery-recycling',
    family: 'nextjs',
    title: 'Inside the start-up trying to recycle e-bike batteries one cell at a time',
    publisher: 'Circuit Ledger',
    date: '2026-08-27',
    url: 'https://www.circuitledger.example.com/articles/start-up-recycle-e-bike-batteries-cell-by-cell',
    author: 'Mateo Lindqvist',
    text: `In a former bakery on the edge of Vornholm, a dozen engineers spend their days taking apart e-bike batteries that most recyclers would shred whole. Their start-up, Cellwise, is betting that many of the cells inside a worn-out pack still have years of life left in them.

A typical e-bike battery contains 40 to 60 cylindrical cells wired together. When the pack stops holding a charge, it is usually because a handful of those cells have failed, not all of them. Cellwise's machines test each cell individually and sort them into three groups: good enough to reuse, good enough for less demanding jobs, and scrap.

"People throw away a battery because its weakest cell has given up," said co-founder Annika Brevard. "That's like scrapping a car because one tyre is flat."

## Testing at speed

The hard part is doing it quickly. Opening a pack by hand takes a skilled technician about 20 minutes, and the glue and spot welds that hold cells in place vary from one manufacturer to the next. Cellwise has built a cutting rig guided by a camera that recognises about 70 common pack designs and can open most of them in under four minutes.

Once out, each cell goes through a charge and discharge cycle that measures how much energy it can still store and how quickly it heats up. The process takes about six hours, so the company's racks hold several thousand cells at a time.

So far, about 55 percent of the cells Cellwise has tested have been good enough to reuse in new packs, which it sells to cargo-bike makers and for home energy storage. Another 25 percent go into low-power uses such as garden lights. The rest are sent to a conventional recycler to recover their metals.

## An uncertain market

The economics are far from proven. New cells have become steadily cheaper, and some bike makers are wary of using second-life cells in products that carry their name. Cellwise offers a two-year warranty on its packs to overcome that reluctance, but it has only been selling them for eight months.

Regulation may help. New rules due to take effect in 2028 will require battery makers to report how much of each pack is reused or recycled, and several manufacturers have approached the company about take-back schemes.

The company raised 3.5 million euros this spring from two investment funds and plans to open a second site next year. Brevard says the aim is to handle 200,000 packs a year by 2029.`,
  },
]
