import type { SeedTheme } from '../types'

/** Practical support, part 1: recognising, talking, and the victim's legal position. */
export const praktischThemesA: SeedTheme[] = [
  {
    title: 'Signalenwijzer',
    slug: 'signalenwijzer',
    site: 'professionals',
    section: 'praktische-ondersteuning',
    order: 1,
    summary:
      'Lichamelijke, gedragsmatige, emotionele en sociale signalen die kunnen wijzen op slachtofferschap, en wat u doet als u ze ziet.',
    body: `Slachtoffers vertellen zelden uit zichzelf wat er is gebeurd. Schaamte, angst of loyaliteit aan de pleger houden hen \
tegen. Signalen helpen u om het gesprek te beginnen. Eén signaal zegt weinig; let op combinaties en op veranderingen ten \
opzichte van hoe u iemand kent.

## Lichamelijke signalen

- Blauwe plekken, brandwonden of ander letsel dat niet past bij de uitleg.
- Letsel op plekken die bij een val zelden geraakt worden: bovenarmen, hals, rug, binnenkant van de dijen.
- Letsel van verschillende ouderdom, of letsel waarvoor laat hulp wordt gezocht.
- Onverklaarbare buikpijn, hoofdpijn, vermoeidheid of slaapproblemen.
- Bij seksueel geweld: soa's, zwangerschap, pijn bij plassen of zitten.

## Signalen in gedrag

- Plotselinge verandering: een open persoon wordt stil, een rustige persoon wordt agressief.
- Verzuim op school of werk, afspraken afzeggen, te laat komen.
- Schrikachtigheid, waakzaamheid, niet met de rug naar de deur willen zitten.
- Meer alcohol-, drugs- of medicijngebruik.
- Bij kinderen: terugval in ontwikkeling, zoals weer bedplassen, of seksueel gedrag dat niet bij de leeftijd past.
- Voortdurend de telefoon checken of schrikken van berichten.

## Emotionele signalen

- Angst, somberheid, prikkelbaarheid of opvallend vlak reageren.
- Schuldgevoel en schaamte: "Het is mijn eigen schuld."
- Herbelevingen, nachtmerries, concentratieproblemen.
- Uitspraken over niet meer willen leven. Vraag hier altijd direct naar en overleg met 113 (0800-0113).

## Sociale signalen

- Terugtrekken uit vriendschappen, sport of hobby's.
- Een partner, familielid of "nieuwe vriend" die het woord voert, meeleest of controleert.
- Geen eigen geld of geen toegang tot de eigen bankrekening.
- Onverklaarbare schulden of betalingen.
- Vermijden van bepaalde plekken, routes of personen.

## Signalen per delict

- **Stalking:** steeds dezelfde persoon in de buurt, veel ongewenste berichten, van route of telefoonnummer veranderen.
- **Online seksuele intimidatie:** paniek na berichten, verwijderde accounts, chantage met beelden.
- **Fraude:** schaamte over geldzaken, geheimzinnigheid over een online contact, verzoeken om geld te lenen.
- **Na een overval of inbraak:** niet meer alleen thuis of op het werk durven zijn, slecht slapen.

## Wat u doet als u signalen ziet

1. Leg vast wat u ziet en hoort, met datum. Schrijf feiten, geen conclusies.
2. Bespreek uw zorg met een collega of aandachtsfunctionaris.
3. Ga in gesprek. Benoem wat u ziet en vraag hoe het gaat.
4. Werkt u met de meldcode, volg dan de vijf stappen. Overleg bij twijfel met Veilig Thuis (0800-2000).
5. Verwijs door of overleg met de [advieslijn](/advieslijn/).

Signalen zijn geen bewijs. Ze zijn een reden om te vragen, niet om te concluderen.`,
  },
  {
    title: 'Gesprekstips',
    slug: 'gesprekstips',
    site: 'professionals',
    section: 'praktische-ondersteuning',
    order: 2,
    summary: "Concrete do's en don'ts voor het gesprek met een slachtoffer: beginnen, luisteren, doorvragen en afronden met een afspraak.",
    body: `U hebt weinig tijd en het gesprek moet goed gaan. Dat hoeft geen lang gesprek te zijn. Een slachtoffer onthoudt vooral of hij geloofd werd en of er daarna iets gebeurde.

## Het gesprek beginnen

- Kies een rustige plek zonder meeluisteraars, en neem de tijd die u hebt bewust.
- Benoem wat u ziet: "Ik zie dat je de laatste weken stiller bent. Hoe gaat het met je?"
- Vraag open, en laat stiltes vallen. Iemand heeft tijd nodig om woorden te vinden.

## Do's

- **Geloof wat iemand vertelt.** Zeg het ook: "Goed dat u dit vertelt."
- **Benoem dat het niet hun schuld is.** De verantwoordelijkheid ligt bij de pleger.
- **Luister, vat samen en vraag door.** "Als ik u goed begrijp, ... Klopt dat?"
- **Vraag wat iemand nodig heeft.** "Wat zou u nu het meest helpen?"
- **Geef informatie in kleine stukjes** en schrijf de belangrijkste punten op. Na een schokkende gebeurtenis onthouden mensen weinig.
- **Wees eerlijk over wat u moet doen.** Als u volgens de meldcode moet overleggen of melden, zeg dat.
- **Sluit af met een concrete afspraak**: wie doet wat, en wanneer spreken we elkaar weer?

## Don'ts

- **Geen waarom-vragen** zoals "Waarom ging je ook mee?" of "Waarom heb je niet eerder iets gezegd?". Die klinken als een verwijt en vergroten schuld en schaamte.
- **Niet doorvragen naar details** van wat er gebeurd is als dat niet nodig is. U bent geen rechercheur; een verhoor door u kan een latere aangifte zelfs schaden.
- **Geen geheimhouding beloven.** Beloof wel dat u niets doet zonder het eerst te vertellen.
- **Niet vergelijken of relativeren**: "Het had erger kunnen zijn" of "Dat maken zoveel mensen mee".
- **Niet zelf oplossen of overnemen.** Laat de regie zo veel mogelijk bij het slachtoffer.
- **De pleger niet zwartmaken.** Bij huiselijk geweld kan het slachtoffer nog loyaal zijn aan de pleger; dan sluit iemand zich af.

## Zinnen die helpen

- "Wat er gebeurd is, is niet uw schuld."
- "Het is normaal dat u zo reageert op zoiets ingrijpends."
- "U hoeft niet alles nu te beslissen."
- "Ik wil u graag helpen om de juiste hulp te vinden."

## Na het gesprek

- Leg kort en feitelijk vast wat er is besproken en wat is afgesproken.
- Bespreek het gesprek met een collega, ook voor uzelf.
- Kom terug op uw afspraak. Dat ene vervolgcontact maakt het verschil.

Wilt u een gesprek voorbereiden? Bel de [advieslijn](/advieslijn/). In de [trainingen](/trainingen/) oefent u deze vaardigheden met een acteur.`,
  },
  {
    title: 'In gesprek over aangifte',
    slug: 'in-gesprek-over-aangifte',
    site: 'professionals',
    section: 'praktische-ondersteuning',
    order: 3,
    summary:
      'Aangifte doen is een keuze van het slachtoffer. Zo bespreekt u de afweging, legt u het verschil met een melding uit en helpt u bewijs bewaren.',
    body: `Veel slachtoffers twijfelen over aangifte. Ze zijn bang voor de pleger, verwachten dat het niets oplevert of schamen \
zich. Uw rol is niet om te overtuigen, maar om te helpen een goede afweging te maken.

## Melding of aangifte

- **Melding:** de politie weet ervan, maar er komt meestal geen opsporingsonderzoek tegen een persoon. Een melding kan wel helpen als er later meer gebeurt.
- **Aangifte:** een officiële verklaring die het slachtoffer ondertekent. Op basis daarvan kan de politie onderzoek doen en kan het Openbaar Ministerie de verdachte vervolgen.

## Hoe aangifte doen werkt

- Op afspraak via 0900-8844, op het politiebureau of voor een aantal delicten online via politie.nl, zoals internetoplichting.
- Bij seksueel geweld volgt eerst een **informatief gesprek** met zedenrechercheurs. Het slachtoffer krijgt daarna bedenktijd.
- Het slachtoffer krijgt een kopie van de aangifte en kan vragen om een tolk.
- Het slachtoffer mag iemand meenemen naar de aangifte.
- Bij agressie op het werk kan het adres van het werk worden opgegeven in plaats van het huisadres.

## De afweging bespreken

Vraag naar wat iemand tegenhoudt en wat iemand wil bereiken. Veelgehoorde zorgen:

- **"Ik ben bang voor de reactie van de pleger."** Bespreek veiligheid en beschermingsmaatregelen, zoals een contactverbod.
- **"Het levert toch niets op."** Niet elke aangifte leidt tot een veroordeling. Een aangifte kan wel bijdragen aan \
erkenning, aan bescherming, aan schadevergoeding en aan het opsporen van een pleger die meer slachtoffers maakt.
- **"Ik word toch niet geloofd."** Leg uit hoe het gesprek met de politie gaat en dat Slachtofferhulp Nederland kan helpen bij de voorbereiding.
- **"Ik wil de pleger niet in de problemen brengen."** Erken die loyaliteit en bespreek wat er nodig is om het geweld te laten stoppen.

## Bewijs bewaren

- Maak screenshots van berichten, met datum en afzender. Verwijder niets.
- Laat letsel vastleggen door de huisarts of een forensisch arts.
- Bij seksueel geweld van minder dan een week geleden: bel het Centrum Seksueel Geweld (0800-0188). Sporen kunnen worden veiliggesteld, ook als het slachtoffer nog niet weet of het aangifte wil doen.
- Houd een logboek bij van incidenten, zeker bij stalking.

## Termijnen

Misdrijven verjaren na een bepaalde termijn, afhankelijk van de ernst. Ernstige zedenmisdrijven tegen minderjarigen verjaren niet. Wacht met twijfel niet te lang: bewijs en herinneringen vervagen.

## Als u zelf moet melden of aangifte doen

Soms ligt de keuze niet alleen bij het slachtoffer. Het bevoegd gezag van een school moet bij een redelijk vermoeden van \
een zedendelict door een medewerker tegen een minderjarige leerling aangifte doen. Wees daar vooraf eerlijk over.

Slachtofferhulp Nederland kan het slachtoffer voorbereiden en begeleiden bij de aangifte (0900-0101). Wilt u zelf overleggen? Bel de [advieslijn](/advieslijn/).`,
  },
  {
    title: 'Slachtofferrechten',
    slug: 'slachtofferrechten',
    site: 'professionals',
    section: 'praktische-ondersteuning',
    order: 4,
    summary:
      'De rechten van slachtoffers in het strafproces op een rij: informatie, ondersteuning, inzage, spreekrecht en schadevergoeding.',
    body: `Slachtoffers hebben in Nederland wettelijke rechten in het strafproces. Veel slachtoffers, en veel professionals, \
kennen ze niet. Met deze rechten kan een slachtoffer meer grip krijgen op een proces dat anders over zijn hoofd heen \
gaat.

## Rechten bij de politie

- **Correcte bejegening** en een persoonlijke beoordeling van wat het slachtoffer nodig heeft aan bescherming.
- **Een kopie van de aangifte** en zo nodig een tolk en een vertaling.
- **Iemand meenemen** naar de aangifte, zoals een vertrouwenspersoon.
- **Doorverwijzing naar Slachtofferhulp Nederland.** De politie vraagt toestemming om de gegevens door te geven.

## Rechten tijdens het strafproces

- **Informatie over de zaak**: of er een verdachte is, of het OM vervolgt, wanneer de zitting is en wat de uitspraak is.
- **Inzage in het dossier**: het slachtoffer kan vragen om stukken in te zien die van belang zijn, en stukken toe te voegen.
- **Bijstand van een advocaat.** Slachtoffers van ernstige gewelds- en zedenmisdrijven hebben recht op gratis bijstand van een gespecialiseerde advocaat, ongeacht hun inkomen.
- **Spreekrecht** op de zitting bij ernstige misdrijven. Het slachtoffer mag vertellen wat het misdrijf heeft gedaan en mag zich ook uitspreken over de straf.
- **Schriftelijke slachtofferverklaring** voor wie niet wil of kan spreken.
- **Beklag bij het gerechtshof** als het OM besluit om niet te vervolgen, binnen drie maanden nadat het slachtoffer van dat besluit hoorde.

## Schadevergoeding

- **Voegen als benadeelde partij**: het slachtoffer vraagt de rechter in de strafzaak om de dader de schade te laten vergoeden.
- **Schadevergoedingsmaatregel**: legt de rechter die op, dan int de Staat het bedrag via het CJIB.
- **Voorschotregeling**: heeft de dader acht maanden na de definitieve uitspraak niet betaald, dan keert de Staat een \
voorschot uit. Bij gewelds- en zedenmisdrijven is dat het volledige bedrag, bij andere misdrijven geldt een maximum.
- **Schadefonds Geweldsmisdrijven**: een tegemoetkoming bij ernstig letsel door een opzettelijk geweldsmisdrijf, ook als de dader onbekend is. Aanvragen kan tot tien jaar na het misdrijf.

## Rechten na de uitspraak

- **Informatie over vrijlating** van de veroordeelde, zoals verlof of voorwaardelijke invrijheidstelling. Het CJIB vraagt slachtoffers dan ook naar hun behoefte aan bescherming.
- **Bescherming** met voorwaarden zoals een contact- of gebiedsverbod.

## Waar vindt het slachtoffer zijn zaak?

Op mijnslachtofferzaak.nl ziet het slachtoffer met DigiD de voortgang van de zaak bij politie, OM, Slachtofferhulp Nederland, Schadefonds en CJIB.

## Hoe u helpt

- Wijs uw cliënt op deze rechten, op papier of met een link.
- Verwijs voor uitleg en begeleiding naar Slachtofferhulp Nederland (0900-0101). Die helpt onder meer met de schadeonderbouwing, het spreekrecht en de voorbereiding op de zitting.
- Plan uw eigen hulp rond belangrijke momenten in het proces.

Vragen over een concrete situatie? Bel de [advieslijn](/advieslijn/).`,
  },
]
