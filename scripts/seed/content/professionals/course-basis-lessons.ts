/** Lessons of the basic module "Basismodule slachtofferbewust werken" (about 60 minutes). */
export const basisLessons: { title: string; body: string }[] = [
  {
    title: 'Wat slachtofferschap met iemand doet',
    body: `Een misdrijf, ongeval of andere schokkende gebeurtenis raakt mensen op meerdere vlakken tegelijk. Wie slachtoffer \
wordt, verliest vaak meer dan spullen of gezondheid: ook het gevoel van veiligheid en controle.

## Gevolgen op vier vlakken

- **Lichamelijk**: letsel, pijn, vermoeidheid, slecht slapen.
- **Emotioneel**: angst, boosheid, schaamte, schuldgevoel, somberheid.
- **Praktisch en financieel**: schade, verzuim, contact met politie, verzekeraar en werkgever.
- **Sociaal**: anderen begrijpen het niet, reageren ongemakkelijk of trekken zich terug.

## Normale reacties

Schrikreacties, herbelevingen, piekeren en prikkelbaarheid zijn normale reacties op een abnormale gebeurtenis. Bij de \
meeste mensen nemen ze in de eerste weken geleidelijk af. Zo'n vier tot zes weken na de gebeurtenis is een goed moment \
om te vragen hoe het gaat. Zijn de klachten dan niet afgenomen of juist erger geworden, dan is verwijzing naar de \
huisarts op zijn plaats.

## Wat herstel bevordert

Onderzoek laat steeds dezelfde beschermende factoren zien:

1. **Erkenning**: gezien en geloofd worden.
2. **Sociale steun**: mensen om het slachtoffer heen die er gewoon zijn.
3. **Informatie**: weten wat er gaat gebeuren en wat de eigen rechten zijn.
4. **Regie**: zelf keuzes kunnen maken.

## Uw rol

U bent vaak niet de hulpverlener voor het trauma, maar u kunt wel bijdragen aan alle vier de factoren. Dat begint met \
een reactie die erkent in plaats van oordeelt. In de volgende lessen leert u hoe u dat doet.`,
  },
  {
    title: 'Signaleren en het gesprek beginnen',
    body: `Slachtoffers vertellen zelden spontaan wat er is gebeurd. U ziet eerder een verandering: een leerling die stil wordt, \
een patiënt die steeds terugkomt met vage klachten, een medewerker die vaker verzuimt.

## Signalen herkennen

Let op combinaties van signalen en op veranderingen ten opzichte van hoe u iemand kent:

- **Lichamelijk**: letsel dat niet past bij de uitleg, onverklaarde klachten.
- **Gedrag**: terugtrekken, verzuim, schrikachtigheid, meer alcoholgebruik.
- **Emotioneel**: angst, somberheid, schaamte, vlak reageren.
- **Sociaal**: een controlerende partner, geldproblemen, isolement.

## Het gesprek beginnen

1. Kies een rustige plek zonder meeluisteraars.
2. Benoem concreet wat u ziet: "Ik merk dat je vaker afwezig bent."
3. Stel een open vraag: "Hoe gaat het eigenlijk met je?"
4. Laat stiltes vallen. Iemand heeft tijd nodig.
5. Geloof wat iemand vertelt en zeg dat het goed is dat hij of zij het deelt.

## Wat u beter niet doet

- Beginnen met een conclusie: "Je wordt zeker mishandeld?"
- Doorvragen naar details die u niet nodig hebt. U bent geen rechercheur.
- Geheimhouding beloven die u niet kunt waarmaken.

## Vastleggen

Schrijf kort en feitelijk op wat u ziet en hoort, met datum. Werkt u met de meldcode, dan is dit de eerste van de vijf \
stappen. Een goed verslag helpt later bij overleg, bij een melding en soms bij een aangifte.

## Oefening

Denk aan een situatie uit uw eigen praktijk waarin u twijfelde. Welke zin had u kunnen gebruiken om het gesprek te openen?`,
  },
  {
    title: 'Victim blaming voorkomen',
    body: `Victim blaming betekent dat het slachtoffer (deels) de schuld krijgt van wat hem of haar is overkomen. Het gebeurt vaak onbedoeld, ook door professionals, en het doet veel schade.

## Hoe het klinkt

- "Waarom liep je daar ook alleen?"
- "Had je dat wachtwoord maar niet gedeeld."
- "Waarom ben je niet eerder weggegaan?"
- "Je had toch kunnen zien dat die man niet te vertrouwen was?"

Het zijn vaak goedbedoelde vragen. Maar voor een slachtoffer klinken ze als een verwijt.

## Waarom we het doen

Mensen willen geloven dat de wereld rechtvaardig is en dat hen zoiets niet overkomt als ze maar voorzichtig zijn. Door \
het slachtoffer een fout toe te schrijven, voelen we ons zelf veiliger. Dat mechanisme is begrijpelijk, maar het legt de \
verantwoordelijkheid bij de verkeerde persoon.

## De gevolgen

- Slachtoffers schamen zich meer en zoeken minder snel hulp.
- Ze doen minder vaak aangifte.
- Het herstel duurt langer. Men spreekt ook wel van secundaire victimisatie: opnieuw beschadigd worden, nu door de reactie van de omgeving of instanties.

## Wat u anders kunt doen

- Leg de verantwoordelijkheid bij de pleger: "Wat hij deed, is niet goed."
- Vervang waarom-vragen door wat- en hoe-vragen: "Wat gebeurde er toen?"
- Erken de reactie van het slachtoffer. Veel mensen bevriezen tijdens een aanval of verkrachting. Dat is een normale reactie van het lichaam, geen instemming.
- Geef preventietips pas later, en alleen als iemand erom vraagt.

## Oefening

Herschrijf de vier zinnen bovenaan tot een reactie die erkent in plaats van oordeelt.`,
  },
  {
    title: 'Doorverwijzen: wie doet wat',
    body: `U hoeft niet alles zelf te doen. Weten naar wie u kunt doorverwijzen, is een van de belangrijkste vaardigheden voor een professional.

## Belangrijke organisaties

- **Slachtofferhulp Nederland** (0900-0101): emotionele, praktische en juridische hulp na een misdrijf, verkeersongeval of calamiteit, ook voor nabestaanden en getuigen.
- **Veilig Thuis** (0800-2000): advies en meldingen bij huiselijk geweld, kindermishandeling en ouderenmishandeling. Dag en nacht bereikbaar.
- **Centrum Seksueel Geweld** (0800-0188): acute hulp na verkrachting of aanranding, bij voorkeur binnen zeven dagen.
- **113 Zelfmoordpreventie** (113 of 0800-0113): bij gedachten aan zelfdoding, ook voor naasten en professionals.
- **Juridisch Loket** (0900-8020; het advies is gratis, bellen kost € 0,25 per minuut): juridisch advies buiten het strafproces.
- **Schadefonds Geweldsmisdrijven**: tegemoetkoming bij ernstig letsel door een geweldsmisdrijf.
- **Fraudehelpdesk** (088-786 73 72): vragen en meldingen over fraude.
- **Politie**: 112 bij spoed, anders 0900-8844.

## Warm doorverwijzen

Een telefoonnummer meegeven is goed, warm doorverwijzen is beter:

1. Bespreek met uw cliënt wat hij of zij nodig heeft.
2. Vraag toestemming om gegevens te delen en leg dat vast.
3. Meld uw cliënt aan, bijvoorbeeld via 0900-0101 bij Slachtofferhulp Nederland.
4. Vertel uw cliënt wat er nu gaat gebeuren en wie er contact opneemt.
5. Vraag na een tijdje of de hulp op gang is gekomen.

## Twijfel?

Weet u niet welke organisatie past, gebruik dan de doorverwijstool of bel de advieslijn voor professionals. Samen bepalen we de beste route.`,
  },
  {
    title: 'Zorgen voor uzelf als professional',
    body: `Wie met slachtoffers werkt, hoort verhalen die blijven hangen. Dat is niet vreemd en geen teken van zwakte. Het vraagt wel bewuste aandacht voor uzelf.

## Secundaire traumatisering

Bij herhaalde blootstelling aan de ervaringen van anderen kunnen professionals zelf klachten krijgen die lijken op die \
van het slachtoffer: slecht slapen, piekeren, prikkelbaarheid, afstand nemen van het werk of juist er niet van los \
kunnen komen.

## Signalen bij uzelf

- U denkt buiten werktijd veel aan een casus.
- U wordt cynischer of sneller geïrriteerd.
- U vermijdt bepaalde cliënten of onderwerpen.
- U slaapt slechter of bent voortdurend moe.

## Wat helpt

- **Bespreek zware casussen**: in intervisie, supervisie of met een collega. Niet alleen inhoudelijk, ook wat het met u doet.
- **Ken uw rol en grenzen.** Doorverwijzen is ook zorgen voor uzelf.
- **Houd grenzen aan bereikbaarheid.** U hoeft niet altijd en overal beschikbaar te zijn.
- **Zorg voor herstel**: beweging, slaap, ontspanning en contacten buiten het werk.

## Als u zelf slachtoffer wordt

Professionals worden ook zelf slachtoffer van agressie, bedreiging of stalking door cliënten. Uw werkgever heeft dan een \
zorgplicht. U kunt aangifte doen met het adres van het werk, en u kunt zelf terecht bij Slachtofferhulp Nederland \
(0900-0101).

## Afronding van de basismodule

U weet nu wat slachtofferschap met iemand doet, hoe u signalen herkent en het gesprek begint, hoe u victim blaming \
voorkomt en naar wie u doorverwijst. Wilt u meer weten over aangifte, de zitting en schadevergoeding? Volg dan de \
verdiepende module strafproces.`,
  },
]
