// More English article texts for the second held-out set (see articles-en.ts).
import type { ArticleSource } from '../import-eval/article-types'

export const ENGLISH2: ArticleSource[] = [
  {
    name: 'eu-press-soil-monitoring',
    family: 'eu-press',
    title: 'Commission proposes common monitoring network for soil health across the Union',
    publisher: 'Continental Commission',
    date: '2026-03-18',
    url: 'https://ec.continental.example.eu/commission/presscorner/detail/en/ip_26_1482',
    text: `The Continental Commission has today proposed a regulation establishing a common network to monitor the health of soils in all Member States. The proposal would, for the first time, give farmers, land managers and public authorities comparable data on soil erosion, compaction, organic carbon and contamination across the Union.

Around six in ten soils in the Union are estimated to be in poor condition, costing the economy at least 48 billion euros a year through lost harvests, higher water treatment costs and damage from floods and landslides. Yet Member States currently measure soil health in very different ways, making it impossible to compare results or to track progress towards common goals.

## A shared method, applied locally

Under the proposal, each Member State would divide its territory into soil districts and sample a representative set of points at least once every six years, using common methods and indicators set out in the regulation. Results would be published in a single open database hosted by the Commission's Joint Soil Observatory.

The proposal does not set binding targets for individual farms. Instead, Member States would have to identify sites where soils are degraded and draw up their own plans to restore them, choosing from a menu of practices such as cover crops, reduced tillage and the restoration of hedgerows and wetlands.

To help smaller farms, the Commission will make free soil testing available to farmers who request it, financed from the existing rural development budget, and will publish practical guidance in all official languages.

## Contaminated sites

The regulation would also require Member States to establish a public register of potentially contaminated sites within five years, and to investigate those that pose a risk to human health or to groundwater. An estimated 2.8 million sites in the Union may be affected by past industrial activity, waste disposal or accidental spills, but fewer than a quarter have been investigated.

## Quote(s)

"Healthy soil is the ground on which our food, our water and our rural economy stand. With this proposal we give farmers and regions the data they need to look after it, without telling any farmer how to farm," said Commissioner for Environment Katarina Velloso.

## Next steps

The proposal will now be discussed by the Continental Parliament and the Council. Once adopted, Member States will have three years to set up their monitoring systems.

## Background

The Commission's soil strategy, adopted in 2024, set the objective of bringing all soils in the Union into healthy condition by 2050. Today's proposal follows a public consultation that received more than 5,000 replies, most of them from farmers and local authorities.`,
  },
  {
    name: 'journal-press-bat-echoes',
    family: 'journal-press',
    title: 'Fruit bats adjust their calls to cut through the noise of wind farms, study finds',
    publisher: 'Lanthorne University',
    date: '2026-02-05',
    url: 'https://www.sciencewire.example.org/news-releases/1094417',
    text: `Bats that forage near wind turbines change the pitch and timing of their echolocation calls to avoid being drowned out by the machines' low hum, according to a study by researchers at Lanthorne University published this week.

The team recorded more than 62,000 calls from three species of fruit bat at nine wind farms and nine matched sites without turbines over two summers. Near the turbines, the bats shifted their calls upward in pitch by an average of 2.4 kilohertz and called in shorter, more frequent bursts.

"It is a bit like raising your voice and speaking in short sentences in a noisy restaurant," said lead author Dr. Selma Okonkwo-Reyes, a behavioural ecologist at Lanthorne's School of Biological Sciences. "The bats are clearly able to adapt, but the question is what it costs them."

Higher-pitched calls fade more quickly in air, so the adjustment shortens the distance over which a bat can detect insects. In the recordings, bats near turbines made more attempts to catch prey but succeeded less often, suggesting that they had to work harder for each meal.

The researchers also found that the effect extended up to 600 metres from the nearest turbine, well beyond the area usually considered in environmental assessments for new wind farms, which focus mainly on the risk of collisions with turbine blades.

"We are not saying wind farms are bad for bats," said co-author Professor Emrys Valtonen. "Renewable energy is essential, including for wildlife. But noise is an effect that nobody has been measuring, and it can be reduced, for example by choosing quieter gearboxes or placing turbines further from the hedgerows and woodland edges where bats feed."

The team now plans to fit small tags to bats to measure directly whether animals that feed near turbines gain less weight over the summer, which could affect their survival through hibernation.

The study was funded by the National Wildlife Research Trust and carried out with the permission of the wind farm operators, who were not involved in the analysis.

Independent experts said the findings should prompt a closer look at how turbines are sited. Dr. Ravi Castellane, who studies animal hearing at Northmoor University and was not involved in the research, said the size of the dataset made the results convincing. "Most earlier work looked at a single site for a few nights," he said. "Two summers at eighteen sites is a different order of evidence."`,
  },
  {
    name: 'paginated-canal-restoration',
    family: 'paginated',
    title: 'The volunteers who dug a canal back out of the ground',
    publisher: 'Waterways Monthly',
    date: '2026-01-22',
    url: 'https://www.waterwaysmonthly.example.co.uk/features/volunteers-canal-restoration-ashby-fenn?page=1',
    author: 'Rhiannon Callard',
    text: `On a frozen Sunday morning in January, forty people in waders are standing in a trench outside the village of Ashby Fenn, passing buckets of silt from hand to hand. The trench is the bed of the Fenn Navigation, a canal that closed in 1938 and was filled in with rubble and earth after the war. The people are the reason it will carry boats again.

The Fenn Navigation Trust was founded in 1994 by six friends who met in the village pub and thought it would be a shame to let the old canal disappear completely. Thirty-two years later it has more than 1,100 members, a paid staff of four, and three and a half miles of restored waterway.

"Nobody in the early days thought we'd see water in it," says Derek Holloway, one of the founders, now 81 and still on site most weekends. "We just thought we'd clear the brambles so people could see where it had been."

## Brick by brick

The work is slow. Each lock chamber has to be excavated, its walls repaired or rebuilt with reclaimed bricks, and new gates made to measure by a joinery firm in the next county. The trust's volunteers have rebuilt seven locks so far; each one takes around three years and costs about £400,000, most of it raised through grants, legacies and a long-running sale of sponsored bricks.

Volunteers range from teenagers doing their Duke of Edinburgh award to retired engineers. Many have learned skills they never expected to need: bricklaying with lime mortar, operating a small excavator, surveying with a laser level.

"I was an accountant for forty years," says Margaret Olusanya, who leads the Sunday work party. "Now I can build you a lock wall. My grandchildren think it's hilarious."

## The missing mile

The trust's biggest obstacle lies just south of the village, where a 1970s road embankment was built directly across the old line of the canal. Restoring the link to the main river network means getting boats under or around the road, and the options are all expensive.

The trust's engineers have drawn up three schemes: a short tunnel under the embankment, a new channel looping east to an existing farm bridge, and a boat lift that would raise craft over the road altogether. The cheapest is estimated at £6 million, more than the trust has spent in its entire history.`,
  },
  {
    name: 'qa-glassblower-interview',
    family: 'qa',
    title: '"The furnace never sleeps": a conversation with glassblower Odile Marchetti',
    publisher: 'Craft Quarterly',
    date: '2026-09-30',
    url: 'https://www.craftquarterly.example.com/interviews/odile-marchetti-glassblower',
    author: 'Felix Armitage',
    text: `Odile Marchetti has run the Saltbridge Glass studio on the quayside at Merrow for 22 years, making bowls, lamps and, lately, large architectural panels. We spoke to her in the studio, over the roar of a furnace that has not been switched off since March.

Craft Quarterly: Why does the furnace have to stay on?

Odile Marchetti: Because heating it from cold takes three days and a lot of gas, and every time you cool it down you risk cracking the crucible. So it runs at about 1,100 degrees all the time, weekends, holidays, everything. It's like having a very demanding pet.

Craft Quarterly: That must make your energy bills frightening.

Odile Marchetti: They were, two winters ago. We nearly closed. We've since rebuilt the furnace with much better insulation and we recover heat from the exhaust to warm the studio and the annealing ovens. Our gas use is down by about a third. I wish I had done it ten years earlier.

Craft Quarterly: How did you start?

Odile Marchetti: I was studying chemistry and hating it. A friend took me to an open day at a glass studio, and I watched someone gather glass on the end of a pipe and turn it into a bowl in about five minutes. I left my course that summer. My parents were not pleased.

Craft Quarterly: Your recent work is much larger. What changed?

Odile Marchetti: An architect asked whether I could make a screen for a library entrance, and I said yes before I knew how. It took eight months of failures. Large pieces cool unevenly and crack, so we had to learn to cast and slump glass in moulds rather than blow it. Now those panels are half of what we do.

Craft Quarterly: Do you still make the small things?

Odile Marchetti: Every week. The bowls pay the bills in a way the big commissions don't, because the big ones come in lumps. And I think if I stopped blowing I would lose my hands. Glass is a material you have to keep talking to.

Craft Quarterly: Is there a future for studios like yours?

Odile Marchetti: There is, but it needs apprentices. Nobody can learn this from a video. I have two apprentices at the moment and I'd like four, but I can't afford to pay them while they learn. If there were public support for craft apprenticeships the way there is for plumbers and electricians, you would see many more studios open.

Craft Quarterly: What's on the bench now?

Odile Marchetti: A set of lamps for a hotel in the old customs house, and a bowl for my niece's wedding that I've remade four times because it's never quite right. That one matters more.`,
  },
  {
    name: 'datatable-rent-survey',
    family: 'datatable',
    title: 'Rents rose fastest in smaller towns last year, survey shows',
    publisher: 'Housing Observer',
    date: '2026-11-04',
    url: 'https://www.housingobserver.example.org/research/annual-rent-survey-2026-smaller-towns',
    author: 'Nadia Oyelaran',
    text: `Private rents in smaller towns rose faster than in the big cities over the past year, according to the annual rent survey published today by the Tenancy Research Network, reversing a pattern that had held for most of the last decade.

The survey, based on more than 48,000 new tenancies agreed between September 2025 and August 2026, found that the average monthly rent for a new let rose by 7.9 per cent in towns with fewer than 100,000 residents, compared with 4.1 per cent in the five largest cities.

Researchers said the shift reflected a combination of people moving out of cities for cheaper housing, a slowdown in new building in smaller towns and landlords selling up in places where rents were already low.

## Regional figures

The table below shows the average monthly rent for a new tenancy in each region, and the change on the previous year.

| Region | Average rent 2025 | Average rent 2026 | Change |
| Northern Coast | £742 | £808 | 8.9% |
| Central Valleys | £815 | £876 | 7.5% |
| Capital Region | £1,690 | £1,754 | 3.8% |
| Western Uplands | £668 | £725 | 8.5% |
| Southern Plains | £931 | £987 | 6.0% |

The Capital Region remains by far the most expensive place to rent, at more than twice the level of the Western Uplands, but the gap has narrowed slightly for the second year running.

## Who is affected

The survey found that tenants in smaller towns were more likely to be families with children and more likely to be in work, and that the share of their income spent on rent had risen from 29 to 32 per cent.

"These are not the places people think of when they talk about a housing crisis," said Dr. Fenella Rourke, who led the research. "But for a family on an ordinary wage in a market town, an increase of eight per cent in a year is very hard to absorb."

The network is calling for local councils to be given powers to collect better data on private rents and for a national register of landlords, which the government has promised but not yet introduced.`,
  },
]
