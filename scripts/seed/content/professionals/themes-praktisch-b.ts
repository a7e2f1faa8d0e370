import type { SeedTheme } from '../types'

/** Practical support, part 2: the offer to organisations and voices from practice. */
export const praktischThemesB: SeedTheme[] = [
  {
    title: 'Organisatieadvies',
    slug: 'organisatieadvies',
    site: 'professionals',
    section: 'praktische-ondersteuning',
    order: 5,
    summary:
      'Advies over slachtofferbeleid, nazorg en de route bij calamiteiten, met de quickscan grensoverschrijdend gedrag als startpunt.',
    body: `Hebben we het slachtofferperspectief goed geborgd? Hoe verlagen we het risico op grensoverschrijdend gedrag? Wat is \
onze route als er iets ernstigs gebeurt? Slachtofferhulp Nederland adviseert scholen, sportclubs, zorginstellingen, \
gemeenten en werkgevers bij deze vragen.

## Waarmee wij adviseren

- **Slachtofferbeleid**: hoe uw organisatie omgaat met medewerkers, leerlingen, leden of cliënten die slachtoffer worden.
- **Preventie van grensoverschrijdend gedrag**: gedragsregels, vertrouwenspersonen, de drempel om te melden.
- **Calamiteitenroute**: wie doet wat in het eerste uur, de eerste dag en de eerste weken.
- **Nazorg**: opvang, vervolggesprekken, aandacht rond het strafproces en jaardagen.
- **Communicatie**: wat deelt u met wie, zonder slachtoffers te schaden.

## Beginnen met de quickscan grensoverschrijdend gedrag

De quickscan is een korte vragenlijst over uw organisatie: beleid, cultuur, aanspreekpunten en de route bij incidenten. \
U vult hem in ongeveer tien minuten in. U krijgt direct per onderdeel een overzicht van wat goed geregeld is en waar \
aandachtspunten liggen. Uw antwoorden blijven op uw eigen apparaat; wij zien ze niet.

## Zo werkt een adviestraject

1. **Kennismaking**: een gesprek over uw vraag, uw organisatie en wat er al is.
2. **Analyse**: op basis van de quickscan, bestaande documenten en gesprekken met sleutelpersonen.
3. **Advies**: een kort, praktisch advies met concrete verbeterpunten, afgestemd op uw sector.
4. **Uitvoering**: desgewenst helpen wij met een protocol, een stappenplan of een [training](/trainingen/) voor uw medewerkers.
5. **Evaluatie**: na enige tijd kijken we samen of de afspraken werken.

## Voorbeelden van vragen

- Een middelbare school wil na een incident het calamiteitenprotocol herzien en de rol van mentoren verduidelijken.
- Een sportbond wil verenigingen helpen met een vertrouwenscontactpersoon en een route voor meldingen.
- Een zorginstelling wil de opvang na agressie door cliënten verbeteren.
- Een gemeente wil vooraf afspraken maken over psychosociale hulp bij een ramp of schokkend incident.

## Wat het oplevert

- Medewerkers weten wat ze moeten doen, ook als het ineens nodig is.
- Slachtoffers voelen zich gezien en krijgen sneller de juiste hulp.
- Minder verzuim en minder schade na incidenten.

## Contact

Beschrijf uw vraag kort aan de [advieslijn](/advieslijn/) (zie ook de [contactpagina](/contact/)). Een adviseur neemt contact met u op om de mogelijkheden en kosten te bespreken.`,
  },
  {
    title: 'Aanbod bij calamiteiten',
    slug: 'aanbod-bij-calamiteiten',
    site: 'professionals',
    section: 'praktische-ondersteuning',
    order: 6,
    summary:
      'Bij een overval, ernstig ongeval, plotseling overlijden of ramp ondersteunt Slachtofferhulp Nederland uw organisatie en de getroffenen.',
    body: `Een calamiteit treft vaak veel mensen tegelijk: leerlingen en ouders, medewerkers, bewoners van een wijk. \
Slachtofferhulp Nederland heeft ervaring met opvang na schokkende gebeurtenissen, van een overval op een winkel tot een \
aanslag of ramp.

## Wanneer u ons kunt inschakelen

- Een overval of ernstig geweld op de werkvloer.
- Het plotseling overlijden van een leerling, medewerker of lid, ook door zelfdoding.
- Een ernstig verkeersongeval met meerdere betrokkenen.
- Een brand, explosie of ander ingrijpend incident in een wijk.
- Een ramp of aanslag, in samenwerking met gemeente en hulpdiensten.

## Wat wij bieden

### Advies aan de leiding
Telefonisch of ter plaatse denken wij mee over de eerste stappen: wie informeert u eerst, wat zegt u, welke mensen \
hebben extra aandacht nodig. Wij helpen met brieven aan ouders, medewerkers of bewoners.

### Informatiebijeenkomsten
Voor ouders, medewerkers of bewoners leggen wij uit welke reacties normaal zijn na een schokkende gebeurtenis, waar mensen op kunnen letten en waar ze hulp vinden.

### Hulp aan getroffenen
Slachtoffers, getuigen en nabestaanden kunnen zich aanmelden voor persoonlijke hulp: een gesprek, praktische ondersteuning en hulp bij het strafproces en de schade.

### Informatie- en adviescentrum
Bij rampen en grootschalige incidenten richt Slachtofferhulp Nederland samen met de gemeente een informatie- en \
adviescentrum in: één plek waar getroffenen terechtkunnen met vragen en voor hulp, online en telefonisch.

## Hoe wij werken

- Wij sluiten aan bij wat er al is: uw eigen opvang, bedrijfsopvangteam of zorgteam.
- Wij werken volgens de richtlijn voor psychosociale hulp na schokkende gebeurtenissen: praktische steun en informatie, \
geen verplichte debriefing, en aandacht voor wie na enkele weken nog klachten heeft.
- Wij stemmen af met de gemeente, de GGD en andere hulpverleners.

## Voorbereiden loont

Organisaties die vooraf weten wie ze bellen, handelen sneller en rustiger. Leg in uw calamiteitenplan vast:

- Wie Slachtofferhulp Nederland inschakelt en via welk nummer.
- Wie de woordvoerder is.
- Hoe u betrokkenen snel informeert.

Bekijk ook de [stappenplannen](/stappenplannen/) voor school, sport en werkvloer.

## Direct contact

Bel bij een calamiteit 0900-0101 en geef aan dat het om een calamiteit gaat. In crisissituaties is de lijn ook buiten kantoortijden bereikbaar. Bij levensgevaar belt u altijd eerst 112.`,
  },
  {
    title: 'Ervaringsverhalen van professionals',
    slug: 'ervaringsverhalen-professionals',
    site: 'professionals',
    section: 'praktische-ondersteuning',
    order: 7,
    summary:
      'Een mentor, een huisarts, een HR-adviseur en een clubvoorzitter over wat ze deden toen een leerling, patiënt, medewerker of lid slachtoffer werd.',
    body: `Hoe pakken collega's het aan? Deze praktijkvoorbeelden laten zien wat werkte en wat professionals de volgende keer anders zouden doen. Herkenbare details zijn weggelaten.

## Een mentor in het voortgezet onderwijs

"Een leerling uit mijn klas leverde ineens niets meer in en zat in de pauze alleen. Ik vroeg na de les hoe het ging. Na \
een paar gesprekken vertelde ze dat een jongen naaktfoto's van haar rondstuurde. Ik heb niet gevraagd waarom ze die \
foto's had gemaakt. Ik heb gezegd dat het niet haar schuld was en dat we samen gingen kijken wat er kon. Met de \
zorgcoördinator hebben we haar ouders ingelicht en contact gezocht met Helpwanted. De beelden zijn offline gehaald. Wat \
ik leerde: die ene vraag na de les was genoeg om de deur te openen."

## Een huisarts

"Een patiënte kwam voor de derde keer met buikpijn en slecht slapen. Ik vroeg of er thuis iets speelde. Het bleef even \
stil, en toen vertelde ze over haar partner. Ik heb het letsel dat ze liet zien zorgvuldig beschreven in het dossier en \
met haar toestemming Veilig Thuis om advies gevraagd. Later vroeg de politie om die gegevens voor haar aangifte. Ik was \
blij dat ik het zo precies had vastgelegd."

## Een HR-adviseur in de detailhandel

"Na een overval op een van onze winkels wilden we meteen een groepsgesprek organiseren. Slachtofferhulp Nederland \
adviseerde ons iets anders: eerst persoonlijke aandacht en praktische hulp, en na een paar weken een vervolggesprek met \
iedere medewerker. Eén medewerker bleek na vijf weken nog steeds slecht te slapen. Via de bedrijfsarts kreeg zij \
traumabehandeling en ze is inmiddels weer aan het werk. Het stappenplan gebruiken we nu standaard."

## Een voorzitter van een voetbalvereniging

"Een moeder vertelde onze vertrouwenscontactpersoon dat een jeugdtrainer haar dochter ongepaste berichten stuurde. Onze \
eerste neiging was om de trainer te bellen. Centrum Veilige Sport Nederland raadde ons aan dat niet zelf te doen. We \
hebben de trainer als voorzorgsmaatregel op non-actief gezet, de bond ingelicht en de ouders van het team feitelijk \
geïnformeerd. Achteraf had ik willen dat we de VOG-controle al veel eerder op orde hadden."

## Wat deze verhalen gemeen hebben

- Een open vraag op het goede moment.
- Geloven, geen schuldvraag stellen.
- Feitelijk vastleggen.
- Overleggen voordat u handelt, en dan wel handelen.

## Deel uw eigen ervaring

Heeft u een ervaring die andere professionals kan helpen? Laat het ons weten via de [advieslijn](/advieslijn/). Wilt u eerst overleggen over een lopende situatie? Bel de [advieslijn](/advieslijn/).`,
  },
]
