/** Checklists for violence, sexual abuse, online sexual harassment and stalking. */
import type { SeedChecklist } from '../types'

export const checklistsGeweld: SeedChecklist[] = [
  {
    title: 'Wat u kunt doen na geweld',
    slug: 'geweld',
    site: 'helpers',
    delict: 'geweld',
    summary: 'Is iemand in uw omgeving mishandeld of bedreigd? Met deze checklist helpt u met letsel, bewijs, aangifte en herstel.',
    intro:
      `Geweld raakt iemand lichamelijk én geestelijk. Naast het letsel zijn er vaak angst, boosheid en een ` +
      `gevoel van machteloosheid. Uw rust en steun helpen het slachtoffer om weer grip te krijgen.`,
    items: [
      {
        text: 'Bel 112 bij ernstig letsel of als er nog gevaar is',
        detail:
          'Blijf bij het slachtoffer tot er hulp is. Is de situatie veilig maar is er letsel, ga dan naar de huisarts of de huisartsenpost.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Laat letsel door een arts onderzoeken en vastleggen',
        detail:
          "Vraag de huisarts het letsel in het dossier te beschrijven. Maak zelf ook foto's met datum, ook van blauwe plekken die later pas zichtbaar worden.",
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Bewaar bewijs: kleding, berichten en namen van getuigen',
        detail:
          'Was kapotte of bebloede kleding niet, maar bewaar die in een papieren zak. Bewaar dreigberichten en noteer wie er in de buurt was.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Help bij het maken van een afspraak voor aangifte via 0900-8844',
        detail: 'Ga mee als vertrouwenspersoon. Vraag om een kopie van de aangifte; die is nodig voor het Schadefonds en de verzekering.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Luister zonder te oordelen en zonder aan te zetten tot wraak',
        detail:
          'Boosheid op de dader is begrijpelijk, ook bij u. Houd het gesprek bij wat het slachtoffer voelt en nodig heeft, en vermijd vragen als "Waarom liep je daar?".',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
      {
        text: 'Gebeurde het thuis of door een (ex-)partner? Bel Veilig Thuis (0800-2000)',
        detail:
          'Veilig Thuis is dag en nacht gratis bereikbaar voor advies, ook als u twijfelt of anoniem wilt blijven. Denk samen na over een veilige plek om te verblijven.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Vraag bij ernstig letsel een uitkering aan bij het Schadefonds Geweldsmisdrijven',
        detail:
          'Het Schadefonds keert een vast bedrag uit bij ernstig lichamelijk of psychisch letsel, ook als de dader onbekend is. Aanvragen kan gratis via schadefonds.nl.',
        theme: 'ondersteunen-bij-schadevergoeding',
      },
      {
        text: 'Wijs op gratis hulp van Slachtofferhulp Nederland (0900-0101)',
        detail:
          'Zij helpen bij de verwerking, de strafzaak en de schadevergoeding. Na een aangifte vraagt de politie meestal of de gegevens mogen worden doorgegeven.',
        theme: 'passende-hulp-regelen',
      },
    ],
  },
  {
    title: 'Wat u kunt doen na seksueel misbruik',
    slug: 'seksueel-misbruik',
    site: 'helpers',
    delict: 'seksueel-misbruik',
    summary:
      'Vertelt iemand u over seksueel misbruik of verkrachting? Zo reageert u, zo regelt u snel de juiste zorg en zo laat u de regie bij de ander.',
    intro:
      `Dat iemand u vertelt over seksueel misbruik, is een teken van groot vertrouwen. Het belangrijkste is ` +
      `dat u de ander gelooft en de regie bij hem of haar laat. Is het misbruik minder dan een week ` +
      `geleden? Dan is snelle medische en forensische zorg belangrijk.`,
    items: [
      {
        text: 'Geloof wat de ander vertelt en zeg dat het niet zijn of haar schuld is',
        detail:
          'Stel geen vragen over kleding, alcohol of waarom iemand zich niet verzette. Bevriezen is een automatische reactie van het lichaam, geen keuze.',
        theme: 'helpen-bij-schuld-en-schaamte',
      },
      {
        text: 'Is het minder dan 7 dagen geleden? Bel het Centrum Seksueel Geweld (0800-0188)',
        detail:
          'Het CSG is dag en nacht bereikbaar en biedt medische zorg, onderzoek naar sporen, hulp bij zwangerschap en soa, en psychische zorg. Aangifte doen is daar geen voorwaarde voor.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Vraag de ander zich liefst nog niet te wassen en kleding te bewaren',
        detail:
          'Zo blijven sporen behouden voor het geval de ander later aangifte wil doen. Bewaar kleding in een ' +
          'papieren zak, niet in plastic. Wilt of heeft de ander toch gedoucht, dan is onderzoek vaak nog ' +
          'steeds zinvol.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Laat de ander zelf beslissen over aangifte, en leg uit hoe het gaat',
        detail:
          'Bij zedenmisdrijven volgt eerst een informatief gesprek met de zedenpolitie (afspraak via 0900-8844). Daarna krijgt het slachtoffer bedenktijd.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Vraag voordat u de ander aanraakt of troost',
        detail:
          'Een onverwachte arm om de schouder kan na seksueel geweld bedreigend voelen. Vraag: "Wil je een knuffel?" en accepteer een nee.',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
      {
        text: 'Vertel niemand iets zonder toestemming van de ander',
        detail:
          'Het slachtoffer moet zelf bepalen wie het weet. Alleen bij direct gevaar, of bij misbruik van een kind, moet u soms verder handelen.',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
      {
        text: 'Gaat het om een kind of gebeurt het binnen het gezin? Bel Veilig Thuis (0800-2000)',
        detail: 'Veilig Thuis geeft advies en kan een melding onderzoeken. Bij acuut gevaar belt u 112.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Wijs op gratis juridische hulp en het Schadefonds Geweldsmisdrijven',
        detail:
          'Slachtoffers van ernstige zedenmisdrijven krijgen gratis een advocaat. Slachtofferhulp Nederland (0900-0101) helpt bij aangifte, strafzaak en een aanvraag bij het Schadefonds.',
        theme: 'passende-hulp-regelen',
      },
    ],
  },
  {
    title: 'Wat u kunt doen na online seksuele intimidatie',
    slug: 'online-seksuele-intimidatie',
    site: 'helpers',
    delict: 'online-seksuele-intimidatie',
    summary:
      'Worden naaktbeelden van uw naaste verspreid of wordt iemand online afgeperst? Zo helpt u beelden te laten verwijderen en aangifte te doen.',
    intro:
      `Online seksuele intimidatie, zoals het verspreiden van naaktbeelden of afpersing met beelden ` +
      `(sextortion), voelt voor slachtoffers vaak als een nachtmerrie zonder einde. Schaamte zorgt ervoor ` +
      `dat veel slachtoffers lang zwijgen. Reageer rustig en zonder oordeel: de verantwoordelijkheid ligt ` +
      `bij degene die de beelden zonder toestemming verspreidt of ermee dreigt, en dat is strafbaar.`,
    items: [
      {
        text: 'Reageer zonder oordeel over het maken of sturen van de beelden',
        detail: 'Zeg niet "Had die foto dan niet gestuurd", maar: "Degene die het verspreidt, doet iets strafbaars. Niet jij."',
        theme: 'victim-blaming-voorkomen',
      },
      {
        text: 'Bij afpersing: betaal niet en verbreek het contact',
        detail: 'Betalen leidt bijna altijd tot nieuwe eisen. Reageer niet meer op de afperser, maar verwijder het gesprek nog niet.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Leg bewijs vast met screenshots van berichten, profielnamen en links',
        detail:
          'Maak geen kopieën van naaktbeelden zelf. Is het slachtoffer minderjarig, dan is het bewaren of doorsturen van die beelden strafbaar, ook voor u.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Meld de beelden bij het platform en laat ze verwijderen',
        detail:
          'Gebruik de meldknop van de website of app. Lukt dat niet, dan helpt Helpwanted (helpwanted.nl) gratis en anoniem bij het laten verwijderen van beelden.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Help de dader te blokkeren en privacy-instellingen aan te scherpen',
        detail:
          'Zet profielen op privé, controleer wie volgers zijn en verander wachtwoorden als de dader mogelijk toegang had tot accounts.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Help met aangifte via 0900-8844',
        detail:
          'Het zonder toestemming verspreiden van seksueel beeldmateriaal en afpersing zijn strafbaar. Neem de screenshots en links mee naar de aangifte.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Is het slachtoffer een kind of tiener? Blijf kalm en pak de telefoon niet af',
        detail:
          'Een jongere die straf verwacht, vertelt de volgende keer niets meer. Zoek samen hulp via Helpwanted of De Kindertelefoon (0800-0432), en informeer zo nodig de school.',
        theme: 'een-kind-helpen',
      },
      {
        text: 'Let op schaamte en terugtrekken, ook weken later',
        detail:
          'Slachtoffers zijn vaak bang dat iedereen de beelden heeft gezien. Blijf vragen hoe het gaat. Bij somberheid of gedachten aan zelfdoding: bel 113 of gratis 0800-0113.',
        theme: 'victim-blaming-voorkomen',
      },
    ],
  },
  {
    title: 'Wat u kunt doen bij stalking',
    slug: 'stalking',
    site: 'helpers',
    delict: 'stalking',
    summary:
      'Wordt iemand in uw omgeving gestalkt? Zo helpt u bewijs verzamelen, aangifte doen, de veiligheid vergroten en het lang volhouden.',
    intro:
      `Stalking duurt vaak maanden of zelfs jaren en maakt het slachtoffer voortdurend onrustig. Omdat de ` +
      `afzonderlijke incidenten soms klein lijken, wordt het door de omgeving nogal eens onderschat. Neem ` +
      `het serieus: stalking (belaging) is strafbaar.`,
    items: [
      {
        text: 'Neem het serieus, ook als de incidenten klein lijken',
        detail:
          'Eén bericht lijkt onschuldig, honderd berichten zijn bedreigend. Zeg niet "Reageer er gewoon niet op", maar vraag hoe het voor de ander is.',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
      {
        text: 'Help met een logboek: datum, tijd, plaats en wat er gebeurde',
        detail:
          'Een logboek laat het patroon zien, en dat is voor de politie belangrijk. Noteer ook getuigen en wat het met het slachtoffer deed.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Bewaar alle bewijs: berichten, voicemails, brieven en cadeaus',
        detail: 'Maak screenshots met datum en afzender, en bewaar ze ook buiten de telefoon. Gooi niets weg, ook geen cadeaus.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Adviseer één keer duidelijk "nee" te zeggen en daarna niet meer te reageren',
        detail: 'Elke reactie, ook een boze, kan de stalker aanmoedigen. Laat ook u en andere naasten geen contact met de stalker aangaan.',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
      {
        text: 'Help met aangifte van belaging via 0900-8844 en vraag naar een contactverbod',
        detail:
          'Neem het logboek en het bewijs mee. Het OM kan een contact- of gebiedsverbod opleggen; via een advocaat kan ook een civiel contactverbod worden gevraagd.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Maak samen een veiligheidsplan',
        detail:
          'Denk aan wisselende routes, een afgesproken noodsignaal, het informeren van werk of school, en contact met de wijkagent. Bij direct gevaar: altijd 112.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Is de stalker een ex-partner? Bel Veilig Thuis (0800-2000)',
        detail:
          'Stalking door een ex-partner is een vorm van huiselijk geweld. Veilig Thuis adviseert dag en nacht, gratis. Slachtofferhulp Nederland (0900-0101) helpt bij aangifte en strafzaak.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Deel zelf niets online over waar het slachtoffer is',
        detail: "Stalkers gebruiken vaak foto's en check-ins van vrienden en familie. Spreek af dat niemand locaties of plannen deelt.",
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Houd het vol door ook op uzelf te letten',
        detail:
          'Stalking kan lang duren, en de spanning slaat over op de omgeving. Verdeel de steun met anderen en plan momenten van rust voor uzelf.',
        theme: 'tips-voor-zelfzorg',
      },
    ],
  },
]
