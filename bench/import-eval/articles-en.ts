// Original English article texts for the held-out import evaluation. Organisations, people and places are
// invented. Mini-format: blocks separated by blank lines; "## " h2, "### " h3, "> " block quote, "- " list
// item (one per line), "| a | b |" table rows (first row is the header).
import { type ArticleSource } from './article-types'

/** The English articles, one per site family. */
export const ENGLISH: ArticleSource[] = [
  {
    name: 'wp-rainwater-coop',
    family: 'wordpress',
    title: 'What three summers of rainwater harvesting taught our allotment co-op',
    publisher: 'Greenfield Lane Growers',
    date: '2026-06-14',
    url: 'https://greenfieldlanegrowers.example.org/2026/06/14/rainwater-harvesting-lessons/',
    author: 'Maggie Thornbury',
    text: `When the Greenfield Lane Growers voted to stop using mains water on the allotments in 2023, about half of the forty plot holders thought we had lost our minds. The standpipes had always been there, the water company bill was shared out evenly, and nobody had to think about it. Three dry summers later, the co-op has cut its mains use by more than eighty percent, and the arguments at the annual meeting are now about which crops deserve the first share of the tanks rather than whether the tanks were a good idea.

This post is a long one, because several other sites in the county have asked how we did it, and I would rather write it down once than repeat it badly at every committee meeting I am invited to.

## Starting with the roofs we already had

Our site has eleven sheds, a polytunnel and the old pavilion, which together give us roughly 310 square metres of roof. In an average year that catches a little over 190,000 litres, which sounds like a lot until you remember that a single plot of courgettes and beans in July can drink 150 litres on a hot evening. The first lesson was that the roofs are not the limit. Storage is.

We began with second-hand food-grade containers, the square intermediate bulk containers that hold a thousand litres each. A local juice bottler sold us twelve of them for the price of collecting them. Two of them leaked at the valve within a month, and we learned to pressure-test every container with a garden hose before connecting it to a downpipe.

## Sharing water fairly

The harder problem was not engineering but fairness. Plot holders nearest the pavilion had easy access to the largest tanks, while the far end of the site relied on two small butts. For the first summer we simply asked people to be sensible, which worked for about three weeks.

In the second year we introduced a simple rota. Each tank has a whiteboard, and plot holders sign up for evening slots. During a dry spell of more than ten days, the committee posts a daily allowance per plot on the gate. It is not elegant, but it turned a source of resentment into something people could see and check for themselves.

## What we would do differently

If we were starting again, we would buy fewer, larger tanks and spend more on guttering. Cheap plastic gutters sag under autumn leaves, and a sagging gutter loses most of the water in a heavy shower, which is exactly when you want to catch it. We replaced the pavilion guttering with aluminium last winter at a cost of around £640, paid for from the plot fees, and the tank below it now fills after a single wet afternoon.

We would also have talked to the council earlier. Our tenancy agreement said nothing about structures taller than two metres, and one neighbour complained about the tank stand behind shed seven. The allotments officer was entirely reasonable once we explained the scheme, and she has since sent two other associations to visit us.

Finally, mulch. Every plot holder who mulched their beds with straw or compost used noticeably less water than those who did not. We now give a bale of straw to every new tenant in May, and it has probably saved more water than any single tank.

If your site is thinking about doing something similar, come and see us on an open Saturday. The kettle is usually on, and the tanks are usually full, at least until August.`,
  },
  {
    name: 'news-flood-barrier',
    family: 'news-large',
    title: 'Tidal barrier plan for Wexmouth estuary delayed by two years after cost review',
    publisher: 'The Daily Meridian',
    date: '2026-09-03',
    url: 'https://www.dailymeridian.example.com/news/uk-71820394',
    author: 'Harriet Okonjo',
    text: `A planned tidal barrier intended to protect 40,000 homes along the Wexmouth estuary will not be completed until 2033, two years later than promised, after a review found its costs had risen by almost a third.

The Coastal Resilience Agency said the barrier's price had grown from £1.3bn to £1.7bn, largely because of higher steel prices and the need to redesign the foundations after new surveys of the riverbed.

Local councillors said the delay left towns including Saltmarsh and Fenby exposed to "at least two more winters of risk" and called on ministers to fund temporary defences.

The agency's chief executive, Dominic Ashworth, said the revised timetable was "realistic rather than optimistic" and that the original schedule had been drawn up before detailed ground investigations were carried out.

"We would rather tell people the truth now than announce another delay in three years' time," he said. "The barrier will be built, and it will be built properly."

The review, published on Wednesday, found that the clay beneath the proposed site of the main gate was softer than earlier borehole samples had suggested. Engineers now plan to drive piles roughly twelve metres deeper than first designed, adding about £180m to the bill.

Another £140m of the increase is put down to inflation in construction materials since the scheme was approved in 2022.

Residents in Saltmarsh, where more than 600 properties were flooded during the storm surge of January 2024, reacted with frustration.

Pauline Garrity, who chairs the Saltmarsh Flood Action Group, said many households were still unable to get affordable insurance. "Every year this slips, people's homes lose value and their premiums go up," she said. "We were told 2031. Now it's 2033. What will it be next year?"

The agency said it would install 3.2km of demountable flood barriers along the Saltmarsh waterfront before this winter and would keep them in place until the permanent barrier was operational.

It also plans to raise a 900m section of earth embankment near Fenby, which engineers have identified as the weakest point in the existing defences.

Opposition politicians said the delay showed that major infrastructure projects were still being approved with unrealistic budgets.

The government said it remained "fully committed" to the scheme and that funding for the increased cost had been set aside in the agency's capital budget for the next five years.

A public consultation on the revised design is due to open in November, and construction of the main gate structure is now expected to begin in the spring of 2028.`,
  },
  {
    name: 'medium-municipal-data',
    family: 'medium',
    title: 'Your city’s open data portal is not a product. Stop treating it like one.',
    publisher: 'Civic Plumbing',
    date: '2026-04-22',
    url: 'https://civicplumbing.example.pub/p/open-data-portal-not-a-product',
    author: 'Tomasz Wielgosz',
    text: `Every few years a city government I work with decides that its open data portal needs a relaunch. There is a new vendor, a new colour scheme, a dashboard on the home page that shows the number of datasets going up and to the right. Eighteen months later, the same three analysts are downloading the same four spreadsheets, and everyone else has stopped visiting.

I have spent most of the last decade on the supplier side of these projects, and I want to argue something slightly uncomfortable: the portal was never the point, and the relaunch is usually a way of avoiding the real work.

## The data is the product, not the website

When you look at which municipal datasets actually get used, a pattern emerges quickly. The useful ones are boring, stable and updated on a schedule that someone has promised to keep. Bus stop locations. Planning applications. Street tree inventories. Business rates. They are useful because somebody inside the council depends on them for their own job, and so they are kept correct for reasons that have nothing to do with transparency.

The datasets nobody uses are the ones that were published because a target said the portal should have five hundred of them. They were exported once, in 2019, and never touched again. No amount of interface design will make them useful.

## Publishing is a maintenance promise

The cheapest thing a city can do for its data users is to write down, for each dataset, who maintains it and how often it changes. That is it. A single line on each page saying "updated every Monday by the highways team" does more for trust than a search engine or an API gateway.

It also forces a hard conversation internally. If no team is willing to put its name on a dataset, it probably should not be published as if it were current. Archive it, label it as a historical snapshot, and move on.

## Measure use, not volume

Most portal dashboards report the number of datasets published. It is an easy number to grow and a meaningless one. What matters is how many people came back to the same dataset more than once, and whether anyone built something that depends on it.

In one mid-sized city I worked with, we replaced the headline figure on the internal report with a list of the ten most downloaded datasets and the date each had last been updated. Within two months, three of those ten had been fixed, because their owners were embarrassed to see "last updated: 2021" next to their team's name in a report that went to the chief executive.

## What to do instead of a relaunch

If your portal is due for renewal, consider spending the money differently. Keep the existing software, however dated it looks. Pay for one person, full time, whose job is to talk to the people who use the data and the people who produce it. Give them the authority to retire datasets that nobody maintains.

It will not make a good launch event. There will be no new logo. But in two years you will have fewer datasets that people actually trust, and that is worth more than any number of pretty charts on a home page.`,
  },
  {
    name: 'local-paywall-bypass',
    family: 'local-paywall',
    title: 'Councillors split over Brackley Road bypass as traffic survey results land',
    publisher: 'Ashcombe Evening Courier',
    date: '2026-02-11',
    url: 'https://www.ashcombecourier.example.co.uk/news/local-news/brackley-road-bypass-survey-8812034',
    author: 'Sunil Varma',
    text: `A long-awaited traffic survey has reignited the debate over a proposed bypass around Brackley Road, with councillors on Ashcombe District Council divided over whether the figures justify the £62 million scheme.

The survey, carried out over six weeks last autumn by consultants Hollins Transport Planning, counted an average of 18,400 vehicles a day on the stretch between the Mill Lane roundabout and the railway bridge. That is roughly 2,000 more than the last count in 2019, but well below the 24,000 forecast when the bypass was first proposed.

Heavy goods vehicles made up 9 per cent of traffic, according to the report, with the busiest period between 7.30am and 9am on weekdays, when queues regularly stretched back past the primary school on Orchard Way.

Councillor Rachel Denholm, cabinet member for highways, said the figures confirmed that residents were "living with traffic levels that no residential street should have to carry".

"People on Brackley Road cannot open their windows in summer," she told the Courier. "Parents are scared to let their children walk to school. The bypass is the only long-term answer."

But Councillor Geoffrey Pell, who leads the opposition group, said the lower-than-forecast numbers showed the business case needed to be rewritten from scratch.

"The original case was built on traffic growth that simply has not happened," he said. "Before we borrow tens of millions of pounds, we should look at whether cheaper measures, such as a weight limit and a new crossing, would solve most of the problem."`,
  },
  {
    name: 'govuk-apprenticeship-fund',
    family: 'govuk',
    title: 'New £75 million fund to expand engineering apprenticeships in coastal towns',
    publisher: 'Department for Skills and Regional Growth',
    date: '2026-05-19',
    url: 'https://www.gov.example.uk/government/news/new-75-million-fund-to-expand-engineering-apprenticeships-in-coastal-towns',
    text: `Up to 9,000 additional engineering apprenticeships will be created in coastal towns over the next three years through a new £75 million fund announced today by the Department for Skills and Regional Growth.

The Coastal Engineering Skills Fund will help small and medium-sized employers in eligible areas meet the costs of training, equipment and mentoring for apprentices aged 16 to 24. Employers with fewer than 250 staff will be able to claim up to £6,500 for each new apprentice they take on.

The fund is aimed at towns where the proportion of young people not in education, employment or training is above the national average, and where local employers have reported shortages of skilled technicians in sectors such as offshore wind, marine engineering and advanced manufacturing.

Skills Minister Anita Braithwaite said:

> Coastal towns have a proud engineering heritage, and many local firms tell us they could grow faster if they could find and train the right people. This fund will help them take on young apprentices and give those young people a route into well-paid, skilled careers without having to leave the places they grew up in.

## How the fund will work

Employers will apply through their local further education college or an approved independent training provider. Providers will be able to bid for allocations from July 2026, with the first apprenticeships supported from September.

The fund will also pay for 40 new workshop spaces at colleges in eligible areas, so that apprentices can train on equipment that reflects what they will use at work.

Eligible areas include 63 coastal local authority districts in England, listed in the guidance published alongside this announcement.

Employers taking part will be expected to offer apprentices a permanent role on completion wherever possible, and to release them for at least one day a week of off-the-job training. Colleges will report completion and progression rates each year, and allocations for the second and third years will take account of how well providers have performed.

The department has also asked the Institute for Technical Skills to review whether new apprenticeship standards are needed for roles in offshore wind maintenance, where employers say existing qualifications do not match the work.

## Further information

The department will publish an evaluation of the first year of the fund in autumn 2027. Employers can find out whether they are eligible and how to apply by contacting their local college or the National Apprenticeship Helpline.

The fund forms part of the government's wider commitment to create 50,000 additional apprenticeships in priority sectors by 2029.`,
  },
  {
    name: 'usgov-wildfire-grants',
    family: 'usgov',
    title: 'Department Announces $212 Million in Community Wildfire Defense Grants for 118 Projects',
    publisher: 'U.S. Department of Land Stewardship',
    date: '2026-07-08',
    url: 'https://www.landstewardship.example.gov/newsroom/releases/2026/07/department-announces-212-million-community-wildfire-defense-grants',
    text: `WASHINGTON — The U.S. Department of Land Stewardship today announced $212 million in grants to 118 communities in 19 states to reduce wildfire risk on private, tribal and local government land near national forests and grasslands.

The awards, made through the Community Wildfire Defense Grant program, will fund fuel reduction, defensible space around homes, updated community wildfire protection plans and the purchase of equipment for volunteer fire departments. More than two-thirds of the funding will go to communities identified as having high wildfire risk and high social vulnerability.

"Wildfire does not stop at a property line," said Deputy Secretary Lorraine Castellanos. "These grants put resources directly in the hands of the counties, tribes and fire districts who know their landscapes best, so they can act before the next fire season rather than after it."

This is the fourth round of awards under the program, which was established to help at-risk communities plan for and reduce their exposure to wildfire. Since the first round, the department has awarded more than $780 million to over 400 projects.

Among the projects funded in this round:

- $9.6 million to the Alder Creek Fire Protection District to create a 14-mile shaded fuel break along the ridge above three subdivisions.
- $4.2 million to the Sauk Valley Tribal Council to thin overgrown stands and restore cultural burning on 2,300 acres.
- $2.8 million to Harlan County to update its community wildfire protection plan and install 60 new water storage tanks for rural residents.
- $1.1 million to the town of Pinewood Flats to help 450 homeowners create defensible space through free chipping and debris removal.

Applicants were required to show how their projects would reduce risk to homes and critical infrastructure, and to describe how they had consulted residents, tribes and neighboring landowners.

The department expects to open applications for the next round of funding in early 2027. Communities interested in applying are encouraged to begin work on their wildfire protection plans now and to contact their state forestry agency for technical assistance.

The department also announced that it will simplify the application process for the next round after feedback from smaller communities, many of which said they lacked the staff to prepare complex proposals. Applicants requesting less than $250,000 will be able to use a shortened form, and the department will fund technical assistance providers in each region to help tribes and small towns prepare their plans.

In addition, the matching requirement will be waived for communities that meet the program's definition of an underserved community, so that the cost of the local share does not prevent the places at greatest risk from applying.

The Community Wildfire Defense Grant program is administered by the department's Office of Wildland Fire in partnership with state forestry agencies.`,
  },
  {
    name: 'thinktank-heat-pumps',
    family: 'thinktank',
    title: 'Warm homes, cold numbers: financing heat pumps for low-income households',
    publisher: 'Northgate Institute for Public Policy',
    date: '2026-03-30',
    url: 'https://www.northgate-institute.example.org/research/warm-homes-cold-numbers',
    author: 'Dr Fiona McAllister; Rahul Desai',
    text: `Heat pumps are now the default choice for replacing fossil fuel heating in most new policy frameworks, yet the households that would benefit most from lower running costs are the least able to afford the upfront price. This report examines the financing options available to low-income owner-occupiers and small private landlords, and sets out a package of reforms that could triple installation rates in the bottom two income deciles by 2030.

## Key findings

- The average installed cost of an air-source heat pump in a three-bedroom semi-detached house was £11,200 in 2025, of which current grants covered about 60 per cent.
- Households in the lowest income quintile spent 9.4 per cent of their income on energy, compared with 3.1 per cent for the highest quintile.
- Fewer than one in twenty installations funded by the national grant scheme went to households in the lowest income quintile.
- Interest-free loans were taken up by under 2 per cent of eligible households, largely because of complex application processes.

## Why grants alone are not enough

Grant schemes have been successful at reducing the headline cost of heat pumps, but they tend to reach households that already have savings, stable incomes and the confidence to manage building work. Our analysis of installation records suggests that the remaining cost, often between £3,000 and £5,000 once insulation and radiator upgrades are included, is prohibitive for many lower-income homeowners.

Private landlords face a different problem. The cost of installation falls on the landlord, while the benefit of lower bills goes to the tenant. Unless rents can rise, or minimum efficiency standards force the issue, there is little commercial reason to invest.

## A tiered financing model

We propose replacing the current flat grant with a tiered model in which support rises as household income falls. For households receiving means-tested benefits, the full cost of installation, including necessary insulation, would be met by the state. For households just above that threshold, a combination of grant and a zero-interest loan repaid through the energy bill would cap monthly repayments below the expected saving on running costs.

For landlords, we recommend linking access to the highest grant tier to a commitment not to raise rents above inflation for five years, enforced through the existing property licensing regime.

## Costs and benefits

We estimate that the tiered model would cost an additional £420 million a year over the current scheme at its peak, falling as installation costs decline. Against this, reduced spending on cold-weather payments and health services associated with cold homes would offset roughly a third of the cost within a decade.

## Conclusion

The transition to low-carbon heating will not be fair, or fast, unless it reaches the households for whom heating costs matter most. A financing system designed around their circumstances, rather than around the average household, is both achievable and affordable.`,
  },
  {
    name: 'uni-coral-sensors',
    family: 'university',
    title: 'Low-cost sensors reveal hidden heat stress on shallow reefs, study finds',
    publisher: 'University of Port Alvane',
    date: '2026-10-15',
    url: 'https://www.alvane.example.edu/news/2026/10/low-cost-sensors-reef-heat-stress',
    text: `A network of inexpensive temperature sensors built by students at the University of Port Alvane has shown that shallow reef flats experience far more frequent heat stress than satellite measurements suggest, according to a study published this week in the Journal of Coastal Ecology.

The research team, led by marine scientist Associate Professor Keiko Matsumura, deployed 140 sensors across four reef systems off the northern coast over two years. Each device cost less than $40 to build, using off-the-shelf components housed in waterproof casings made from recycled plastic.

The sensors recorded water temperature every ten minutes. On shallow reef flats less than two metres deep, they found that temperatures exceeded the local bleaching threshold on 31 days a year on average, compared with just 9 days indicated by satellite data for the same areas.

"Satellites measure the surface of the open ocean, and they do it very well," said Associate Professor Matsumura. "But reef flats heat up in the afternoon sun at low tide in ways the satellite simply cannot see. Corals living there are dealing with stress events that do not show up in the regional averages used to make management decisions."

The team also found large differences between sites only a few hundred metres apart. Lagoons sheltered from ocean swell were on average 1.8 degrees warmer during summer afternoons than nearby channels with stronger currents.

PhD candidate Lucas Ferreira, who designed the sensor housings, said the project showed what could be achieved on a modest budget. "We wanted something that local rangers and community groups could build and maintain themselves," he said. "The total cost of the network was less than a single commercial logger system."

The researchers say the findings could help reef managers identify refuges where corals are more likely to survive marine heatwaves, and target restoration work accordingly.

The project was funded by the Alvane Marine Futures Trust and carried out in partnership with the Northern Reefs Ranger Program. The sensor designs and data have been published under an open licence so that other groups can replicate the network.

The team is now working with rangers to extend the network to a further six reefs and to add sensors that measure light and oxygen levels.

Local ranger Tommy Baird, whose team helped deploy and recover the devices, said the data had already changed how rangers plan their patrols. "We used to check the reef flats after a hot week and find the damage already done," he said. "Now we can see the temperature climbing in real time and go out to record what is happening while it happens."

The university plans to run a free workshop for community groups early next year, where participants will build their own sensors and learn how to download and interpret the data.`,
  },
  {
    name: 'wire-grain-corridor',
    family: 'wire',
    title: 'Grain shipments through Dalvari corridor hit record as insurers cut premiums',
    publisher: 'Wirestream',
    date: '2026-08-21',
    url: 'https://www.wirestream.example.com/markets/commodities/grain-shipments-dalvari-corridor-record-2026-08-21/',
    author: 'Ines Kowalczyk; Bartholomew Nduka',
    text: `PORT KESTREL, Aug 21 (Wirestream) - Grain exports through the Dalvari shipping corridor reached a monthly record in July, port authority data showed on Thursday, as lower war-risk insurance premiums drew back shipowners who had avoided the route for more than a year.

A total of 6.4 million tonnes of wheat, corn and barley left the three corridor ports last month, up 18% from June and above the previous record of 5.9 million tonnes set in October 2024, according to the Dalvari Port Authority.

War-risk premiums for bulk carriers calling at the ports have fallen to about 0.6% of hull value from a peak of 2.5% last year, two brokers in London said, after a sustained period without attacks on merchant shipping in the area.

"The insurance cost was the single biggest deterrent," said one broker who asked not to be named because he was not authorised to speak to the media. "At these levels, the corridor is competitive again with the longer overland routes."

Traders said the increase in shipments had helped push benchmark wheat futures down by nearly 4% over the past month, with the most-active contract trading at its lowest level since March.

Corn made up just over half of July's exports, with most cargoes heading to North Africa, the Middle East and Southeast Asia, the port data showed.

The corridor's three ports have been operating at close to their full capacity of around 7 million tonnes a month, officials said, raising questions about whether further growth is possible without new investment in rail links and storage.

Port authority director Marek Halvorsen told reporters the authority was in talks with two international lenders to finance a new grain terminal at Port Kestrel that would add 1.5 million tonnes of monthly capacity by 2028.

Analysts at commodities consultancy Fairlight Agri said they expected exports to ease slightly in August and September as farmers held back supplies in anticipation of higher prices later in the season.

Shipowners remain cautious, however. Several large operators have said they will continue to avoid the corridor until there is a longer track record of safe passage, and charter rates for vessels willing to make the trip are still about 15% higher than on comparable routes, according to shipbroker estimates.

The port authority said it had received inquiries from four additional shipping lines in the past month and expected the number of vessels calling at the ports to rise further in the autumn, when the main corn harvest is exported.`,
  },
  {
    name: 'blog-ebike-comparison',
    family: 'blog-table',
    title: 'Cargo e-bikes for small businesses: we compared running costs for a year',
    publisher: 'Last Mile Notes',
    date: '2026-01-27',
    url: 'https://lastmilenotes.example.net/cargo-ebikes-running-costs-year/',
    author: 'Priya Lindqvist',
    text: `Last January we lent three cargo e-bikes to three small businesses in the city centre, a florist, a coffee roaster and a bicycle courier, and asked them to log every cost and every delivery for twelve months. Here is what we found, including the bits that did not go to plan.

## The businesses and the bikes

Each business used a different type of bike, chosen to suit the kind of loads it carries:

- Bloom & Bramble, a florist, used a long-tail bike with two large side panniers.
- Ridgeback Roasters used a front-loading box bike with a lockable cargo box.
- Swiftline Couriers used a heavy-duty trike rated for 200 kg.

All three bikes were fitted with the same 750 Wh battery and were serviced by the same workshop every three months.

## What it cost to run them

The table below shows the total running costs for each business over the year, excluding the price of the bike itself.

| Business | Deliveries | Electricity | Servicing and parts | Insurance | Cost per delivery |
| Bloom & Bramble | 2,140 | £38 | £310 | £180 | £0.25 |
| Ridgeback Roasters | 1,620 | £29 | £265 | £180 | £0.29 |
| Swiftline Couriers | 5,980 | £112 | £940 | £240 | £0.21 |

For comparison, the florist estimated that its small van had cost about £1.90 per delivery the previous year once fuel, parking and maintenance were included.

## What went wrong

Not everything was smooth. The biggest problems were:

1. Theft. Ridgeback Roasters had its bike stolen in April from a locked yard, and waited three weeks for the insurance claim to be settled.
2. Tyres. The courier trike went through eleven tyres in twelve months, far more than the workshop had expected.
3. Weather. All three businesses reported that staff were reluctant to ride in heavy rain, and the florist fell back on a taxi firm for large wedding orders in winter.

## Would they do it again?

Two of the three businesses have bought their bikes outright at the end of the trial. The coffee roaster decided to go back to a small electric van, mainly because its wholesale orders grew too heavy for the box bike. Its owner said the year had still been worthwhile, because it showed which of their deliveries really needed a motor vehicle.

We are now planning a second trial with five more businesses, including a pharmacy and a bakery, and this time we will also track how long each delivery takes door to door. Several readers have asked whether the bikes were quicker than vans in city-centre traffic, and the honest answer is that we did not measure it properly. The couriers were convinced they were faster on short trips, especially at lunchtime, but convictions are not data.

If you run a small business and would like to take part, the application form is open until the end of March. We will lend the bike, pay for servicing and insurance for the year, and ask only that you keep the log honestly, including the bad weeks.`,
  },
  {
    name: 'seo-title-water-meters',
    family: 'seo-title',
    seoTitle: 'Smart Water Meters Cut Leaks by 23% in Pilot | Utility Weekly Digest - Best Cheap Water Meter Deals 2026, Top 10 Smart Meters Reviewed, Buy Online Now',
    title: 'Smart water meters cut leak losses by 23% in Dunmore pilot',
    publisher: 'Utility Weekly Digest',
    date: '2026-11-02',
    url: 'https://utilityweeklydigest.example.com/smart-water-meters-dunmore-pilot/',
    author: 'Connor Abernethy',
    text: `A two-year pilot of smart water meters in the town of Dunmore has cut the volume of water lost to leaks by 23%, according to results published by Dunmore Valley Water this week.

The utility installed 14,500 meters across the town in 2024, each reporting hourly consumption readings over a low-power radio network. By analysing the readings, engineers were able to spot continuous overnight flows that usually indicate a leak on the customer's side of the meter.

Over the course of the pilot, the utility contacted more than 2,300 households about suspected leaks. Most were caused by dripping toilet cisterns or failed outside taps, but around 180 were underground supply pipe bursts that customers had not noticed.

The company estimates that the programme saved 1.1 million litres of water a day by its second year, roughly equivalent to the daily use of 7,000 people.

Operations director Helena Strachan said the results had exceeded expectations. "We knew that customer-side leakage was significant, but we did not know how much until we could actually see it," she said. "The most satisfying part has been helping households who had no idea they were paying for water running away underground."

The meters also allowed the utility to detect leaks on its own network more quickly. By comparing the total flow into each district with the sum of the meter readings, engineers could identify areas where water was being lost before it reached customers.

The pilot has not been without problems. Around 3% of meters failed to report reliably, mostly because of poor radio reception in basements, and the utility had to add repeaters in parts of the old town.

Some customers raised privacy concerns about hourly readings, and the company has agreed to delete detailed consumption data after thirteen months unless a customer opts in to longer storage.

Dunmore Valley Water now plans to extend smart metering to its entire supply area of 410,000 properties by 2030, at an estimated cost of £96 million. The regulator is expected to rule on whether the cost can be recovered through customer bills next spring.

Consumer groups have welcomed the leak detection results but warned that customers should not face large unexpected bills as a result of more accurate metering. Around 12% of households in the pilot saw their bills rise once their meter began recording actual use rather than an estimate, and the utility offered those customers a twelve-month transition period.

The Dunmore Valley Water customer panel said it would monitor complaints closely as the programme expands, particularly among older customers and those on low incomes who may find hourly usage data confusing.`,
  },
  {
    name: 'jsonld-library-hours',
    family: 'jsonld',
    title: 'Branch libraries to open on Sundays as county reverses 2019 cuts',
    publisher: 'Tallow County Ledger',
    date: '2026-03-06',
    url: 'https://tallowledger.example.com/2026/03/06/branch-libraries-sunday-opening',
    author: 'Beatrice Olumide',
    text: `All nine branch libraries in Tallow County will open on Sunday afternoons from April, the county board decided on Tuesday, restoring hours that were cut during a budget crisis seven years ago.

The board voted 5 to 2 to approve an extra $1.4 million a year for the library system, which will pay for 22 additional part-time staff and longer opening hours on weekday evenings at the four busiest branches.

Library director Samuel Whitcombe said demand had grown steadily since the pandemic, particularly from students and people looking for work. "On a Saturday, we routinely have people waiting outside before we open," he said. "Sunday opening is the single thing our patrons ask for most."

The branches will open from 1pm to 5pm on Sundays. The central library in Marlow, which already opens on Sundays, will extend its hours to 6pm.

The two board members who voted against the measure said they supported libraries but were concerned about committing to recurring costs while the county's revenue forecast remained uncertain.

Supervisor Diane Kowalski said the county should have tested Sunday opening at a few branches first. "I would have preferred a pilot, so we could see whether the demand is there across the whole county and not just in Marlow," she said.

Supporters pointed to a survey carried out by the Friends of Tallow Libraries last autumn, in which 71% of more than 3,000 respondents said they would use a branch library on Sundays if it were open.

The funding will come from the county's general fund, and the board also approved a small increase in fees for printing and room hire to offset part of the cost.

Weekday evening hours at the Marlow, Eastfield, Brook Hollow and Riverside branches will be extended from 6pm to 8pm on Mondays to Thursdays, a change that staff said would help parents and shift workers who cannot visit during the day.

The library system has also been asked to report back to the board in October on how many people use the Sunday hours at each branch, and on whether the extra staffing has reduced the waiting lists for its free computer classes, which currently stand at more than 400 names.

Whitcombe said recruitment for the new posts would begin immediately, and that the system hoped to hire some of the students who already volunteer at the branches.

The new hours begin on April 5.`,
  },
  {
    name: 'longread-seed-bank',
    family: 'headings-quotes',
    title: 'Inside the seed vault racing to save the island’s forgotten crops',
    publisher: 'Harrow & Field Magazine',
    date: '2026-05-02',
    url: 'https://harrowandfield.example.com/features/island-seed-vault',
    author: 'Oona Feeney',
    text: `At the end of a gravel track on the north side of Inishcarrow, behind a door that looks like it belongs to a cattle shed, sits a cold room holding more than 4,000 packets of seed. Some are labelled in neat printed type. Others carry pencilled notes on the backs of envelopes: "Granny Doherty's beans, 1961", "oats from the Kilbride field, do not mix".

This is the Inishcarrow Community Seed Bank, and for the past eight years it has been quietly collecting the varieties that island farmers stopped growing when imported seed became cheaper.

## A collection built on kitchen drawers

The seed bank started almost by accident. Retired schoolteacher Brendan Mulcahy was clearing out his late mother's house when he found jars of dried peas and beans in the back of a dresser, each labelled with a year.

> I nearly threw them out. Then I thought, nobody else on the island has these any more. If they're gone, they're gone.

He planted a handful the following spring. Most of the seeds were dead, but a few of the peas germinated, and one of them turned out to be a variety that islanders remembered as "the black-eyed marrowfat", which had not been grown commercially since the 1950s.

### Word spreads

Within a year, Mulcahy had been given seeds by more than sixty households. Some came from drawers and biscuit tins; others came from the few farmers who had kept saving their own seed out of habit.

## The science of keeping seeds alive

Storing seeds is not simply a matter of putting them in a fridge. They must be dried carefully to the right moisture level, sealed against humidity and tested regularly to check they can still germinate.

The seed bank now works with the national plant genetics centre, which tests samples each year and keeps duplicate copies of the rarest varieties in its own long-term store.

### Growing out

Every few years, each variety has to be grown again to produce fresh seed. Volunteers grow out around forty varieties each summer on a shared plot beside the community hall.

> The growing out is the best bit. You see people stop on the road and say, my father grew that. You can't get that from a catalogue.

## What comes next

The seed bank hopes to build a proper cold store with backup power next year, funded by a community grant and a crowdfunding appeal. It is also working with the island's primary school, where pupils have planted a bed of old oat varieties.

Mulcahy is modest about what has been achieved. The collection is small by international standards, he says, but it belongs to the people who grew it, and that matters.`,
  },
]
