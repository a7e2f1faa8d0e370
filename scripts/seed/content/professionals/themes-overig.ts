import type { SeedTheme } from '../types'

/** Referral, training and knowledge: one page each for the smaller sections. */
export const overigeThemes: SeedTheme[] = [
  {
    title: 'Bel ons voor overleg',
    slug: 'bel-ons-voor-overleg',
    site: 'professionals',
    section: 'doorverwijzen',
    order: 1,
    summary: 'Sparren over een casus of een cliënt aanmelden? De advieslijn voor professionals denkt met u mee, ook anoniem.',
    body: `U twijfelt of u moet doorverwijzen, u wilt weten wat uw cliënt kan verwachten of u zoekt een tweede mening over een \
lastige situatie. Bel dan de advieslijn van Slachtofferhulp Nederland. U spreekt een ervaren medewerker die de taal van \
professionals spreekt.

## Waarvoor u kunt bellen

- **Casusoverleg**: u beschrijft de situatie, zo nodig zonder namen, en wij denken mee over de volgende stap.
- **Doorverwijzen**: is Slachtofferhulp Nederland de juiste plek, of past een andere organisatie beter?
- **Aanmelden**: met toestemming van uw cliënt meldt u hem of haar direct aan. Wij nemen daarna zelf contact op.
- **Vragen over het strafproces**: hoe gaat een aangifte, wat is spreekrecht, hoe werkt schadevergoeding?
- **Vragen als organisatie**: hoe vangen we medewerkers op na een incident, wat doen we bij een calamiteit?

## Zo bereikt u de advieslijn

- Bel **0900-0101** en vraag naar de advieslijn voor professionals.
- Maandag tot en met vrijdag van 8.00 tot 20.00 uur.
- Bij een calamiteit kunt u ook buiten kantoortijden bellen.
- Op de [contactpagina](/contact/) staat hoe u ons verder bereikt.

## Wat u klaar kunt hebben

- Wat er is gebeurd en wanneer, in het kort.
- Wat uw rol is en wat u al hebt gedaan.
- Wat uw cliënt zelf wil, en of u toestemming hebt om gegevens te delen.
- Uw vraag: wat wilt u na het gesprek weten of geregeld hebben?

## Warm doorverwijzen

Professionals willen weten waar hun cliënt terechtkomt. Bij een aanmelding via de advieslijn:

1. Bespreekt u de situatie met een medewerker.
2. Neemt Slachtofferhulp Nederland binnen enkele werkdagen contact op met uw cliënt.
3. Spreekt u desgewenst af hoe u op de hoogte blijft, met toestemming van uw cliënt.

## Wanneer u niet de advieslijn belt

- Bij acuut gevaar: **112**.
- Bij huiselijk geweld of kindermishandeling waarover u wilt melden: **Veilig Thuis, 0800-2000**.
- Bij acuut seksueel geweld: **Centrum Seksueel Geweld, 0800-0188**.
- Bij suïcidale gedachten: **113** of **0800-0113**.

## Zelf eerst kijken

Liever eerst zelf uitzoeken welke organisatie past? De doorverwijstool op dit platform geeft in een paar vragen advies \
op maat. En voor wat u per situatie doet, zie de [stappenplannen](/stappenplannen/).`,
  },
  {
    title: 'Training op maat',
    slug: 'training-op-maat',
    site: 'professionals',
    section: 'trainingen',
    order: 1,
    summary:
      'Een training voor uw team over signaleren, het gesprek met slachtoffers, doorverwijzen, het strafproces of opvang na incidenten.',
    body: `Organisaties willen hun medewerkers specifieke kennis en vaardigheden meegeven. Een training op maat sluit aan bij uw sector, uw casuïstiek en de tijd die uw team heeft.

## Voor wie

- Teams in het onderwijs: mentoren, zorgcoördinatoren, intern begeleiders.
- Zorgverleners: huisartsenpraktijken, wijkverpleging, spoedeisende hulp.
- Hulpverleners en wijkteams.
- HR-afdelingen, leidinggevenden en bedrijfsopvangteams.
- Bestuurders, trainers en vertrouwenscontactpersonen in de sport.

## Onderwerpen

- **Slachtofferbewust werken**: wat een misdrijf of schokkende gebeurtenis met iemand doet, en hoe u daarop aansluit.
- **Signaleren en het gesprek aangaan**: signalen herkennen, het eerste gesprek, victim blaming voorkomen.
- **Doorverwijzen**: wie doet wat, en hoe verwijst u warm door.
- **Het strafproces en slachtofferrechten**: van aangifte tot uitspraak, spreekrecht en schadevergoeding.
- **Opvang en nazorg na incidenten**: voor leidinggevenden en opvangteams.
- **Grensoverschrijdend gedrag in de organisatie**: preventie, melden en de rol van de vertrouwenspersoon.

## Werkwijze

- **Intake**: wij bespreken uw doelen, de achtergrond van de deelnemers en praktijksituaties uit uw organisatie.
- **Maatwerk**: de training gebruikt voorbeelden uit uw sector. Waar het past, oefenen deelnemers gesprekken met een trainingsacteur.
- **Vorm**: een dagdeel of een hele dag, op locatie of online, in een groep die klein genoeg is om te oefenen.
- **Combinatie met online modules**: deelnemers kunnen vooraf de online basismodule volgen, zodat de bijeenkomst over de praktijk kan gaan.

## Wat deelnemers meenemen

- Vertrouwen om het gesprek te beginnen.
- Een helder beeld van wat zij zelf doen en wanneer zij doorverwijzen.
- Kennis van de rechten van slachtoffers en het strafproces.
- Een praktische kaart met contactgegevens van hulporganisaties.

## Online modules

Liever zelf en in eigen tempo? De online training voor professionals bestaat uit een basismodule slachtofferbewust \
werken (ongeveer 60 minuten) en een verdiepende module strafproces (ongeveer 45 minuten). Zie \
[trainingen](/trainingen/).

## Aanvragen

Bel de [advieslijn](/advieslijn/) (zie ook de [contactpagina](/contact/)). Vermeld uw sector, het aantal deelnemers en \
waar u vooral behoefte aan hebt. U ontvangt een voorstel met inhoud, vorm en kosten.`,
  },
  {
    title: 'Publicaties',
    slug: 'publicaties',
    site: 'professionals',
    section: 'kennis-en-onderzoek',
    order: 1,
    summary: 'Onderzoek, factsheets en handreikingen over slachtofferschap, slachtofferrechten en de aanpak in uw sector.',
    body: `Professionals willen werken op basis van kennis en feiten. Hier vindt u publicaties van Slachtofferhulp Nederland en verwijzingen naar relevant onderzoek van anderen.

## Soorten publicaties

### Factsheets
Korte overzichten van één onderwerp, geschikt om te delen in uw team: de rechten van slachtoffers, normale reacties na \
een schokkende gebeurtenis, het verschil tussen melding en aangifte, schadevergoeding in het strafproces.

### Handreikingen en stappenplannen
Praktische documenten voor organisaties, zoals de [stappenplannen](/stappenplannen/) voor school, sport en werkvloer. Ze zijn bedoeld om op te nemen in uw eigen protocol.

### Onderzoek
Slachtofferhulp Nederland doet onderzoek naar wat slachtoffers nodig hebben en hoe de hulp werkt, vaak samen met \
universiteiten en hogescholen. Onderwerpen zijn onder meer de behoeften van slachtoffers van online seksuele \
intimidatie, van fraude en van grootschalige incidenten.

### Jaarverslag
Cijfers over het aantal slachtoffers dat hulp kreeg, de delicten en de ontwikkeling van de dienstverlening.

## Relevante bronnen van anderen

- **CBS Veiligheidsmonitor**: hoe vaak Nederlanders slachtoffer worden van criminaliteit, per type delict en regio.
- **Prevalentiemonitor huiselijk geweld en seksueel grensoverschrijdend gedrag** (CBS en WODC): hoe vaak deze vormen van geweld voorkomen.
- **WODC-onderzoek** naar de positie van slachtoffers in het strafproces en de werking van slachtofferrechten.
- **Handreikingen van 113 Zelfmoordpreventie** voor scholen en werkgevers over preventie en nazorg na zelfdoding.
- **Richtlijn psychosociale hulp bij rampen en crises**: wat werkt in de eerste weken na een schokkende gebeurtenis.

## Nieuwe wetgeving

Wetten rond slachtoffers veranderen regelmatig. Zo is sinds 1 juli 2024 de Wet seksuele misdrijven van kracht, waardoor \
onder meer seksuele intimidatie in het openbaar en online strafbaar is en verkrachting niet meer afhangt van dwang. In \
de nieuwsbrief en op deze pagina houden wij u op de hoogte van wat dit voor uw praktijk betekent.

## Samen onderzoek doen

Heeft u een onderzoeksvraag over slachtoffers in uw sector, of wilt u meewerken aan onderzoek? Bel de \
[advieslijn](/advieslijn/); op de [contactpagina](/contact/) staat hoe u ons bereikt. Wij werken graag samen met \
praktijkorganisaties, gemeenten en kennisinstellingen.

## Gebruik en delen

U mag factsheets en handreikingen vrij gebruiken en delen binnen uw organisatie, met bronvermelding. Wilt u delen overnemen in een eigen publicatie? Neem dan eerst contact met ons op.`,
  },
  {
    title: 'Nieuwsbrief voor professionals',
    slug: 'nieuwsbrief',
    site: 'professionals',
    section: 'kennis-en-onderzoek',
    order: 2,
    summary:
      'Zes keer per jaar nieuws over slachtofferrechten, nieuwe stappenplannen, trainingen en onderzoek, kort en in de taal van professionals.',
    body: `Professionals komen niet dagelijks met slachtoffers in aanraking. Als het gebeurt, wilt u weten waar u terechtkunt. De \
nieuwsbrief voor professionals houdt u op de hoogte, zonder uw inbox te overspoelen.

## Wat u ontvangt

- **Zes keer per jaar** een korte nieuwsbrief.
- **Nieuws over slachtofferrechten en wetgeving**: wat verandert er, en wat betekent dat voor uw werk?
- **Nieuwe en vernieuwde stappenplannen en tools**, zoals de quickscan grensoverschrijdend gedrag.
- **Trainingen en bijeenkomsten**: nieuwe online modules, data van webinars en congressen.
- **Onderzoek in het kort**: de belangrijkste uitkomsten van nieuw onderzoek, met een link naar de bron.
- **Praktijkvoorbeelden** van collega's uit onderwijs, zorg, hulpverlening, sociaal domein, HR en sport.

## Aanmelden

Meld u aan met het formulier onder aan deze pagina. U ontvangt dan een e-mail met een link om uw aanmelding te \
bevestigen; pas daarna staat u ingeschreven. Krijgt u geen e-mail, kijk dan ook in uw map met ongewenste e-mail.

## Uw privacy

- Wij gebruiken uw e-mailadres alleen voor de nieuwsbrief.
- Wij delen uw gegevens niet met anderen.
- Onderaan elke nieuwsbrief staat een link om u direct af te melden.
- Meer hierover leest u in onze [privacyverklaring](/privacy/).

## Waarom een nieuwsbrief?

Professionals gaven in interviews en vragenlijsten aan dat zij het liefst via een e-mailnieuwsbrief op de hoogte \
blijven. Zo weet u wat Slachtofferhulp Nederland voor u en uw cliënten kan betekenen, ook als u ons lange tijd niet \
nodig hebt.

## Liever direct contact?

Heeft u nu een vraag over een cliënt, leerling of medewerker? Wacht niet op de nieuwsbrief, maar bel de [advieslijn](/advieslijn/).`,
    blocks: [{ blockType: 'newsletter', heading: 'Aanmelden voor de nieuwsbrief', text: 'Zes keer per jaar in uw mailbox.' }],
  },
]
