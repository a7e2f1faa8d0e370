/** Checklists for bereaved relatives after suicide, and the general checklist for any event. */
import type { SeedChecklist } from '../types'

export const checklistsAlgemeen: SeedChecklist[] = [
  {
    title: 'Wat u kunt doen voor een nabestaande na zelfdoding',
    slug: 'nabestaande-na-zelfdoding',
    site: 'helpers',
    delict: 'nabestaande-na-zelfdoding',
    summary:
      'Heeft iemand in uw omgeving een dierbare verloren door zelfdoding? Zo kunt u steunen in de eerste dagen en in de lange periode daarna.',
    intro:
      `Een overlijden door zelfdoding is een schok die het leven van nabestaanden op zijn kop zet. Naast ` +
      `verdriet zijn er vaak vragen, schuldgevoel en soms boosheid. U hoeft niets op te lossen: aanwezig ` +
      `blijven, ook na de uitvaart, is het belangrijkste wat u kunt doen.`,
    items: [
      {
        text: 'Ga langs of bel, ook als u niet weet wat u moet zeggen',
        detail:
          '"Ik weet niet wat ik moet zeggen, maar ik wil er voor je zijn" is genoeg. Nabestaanden merken vaak dat mensen hen uit ongemak ontlopen.',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
      {
        text: 'Leg uit dat politie en een forensisch arts altijd komen bij zelfdoding',
        detail:
          'Bij elk niet-natuurlijk overlijden doen politie en een forensisch arts onderzoek. Dat is een vaste ' +
          'procedure en geen verdenking. Het helpt nabestaanden als iemand dit rustig uitlegt.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Neem praktische zaken over: boodschappen, post, telefoontjes en werkgever',
        detail:
          'Vraag wat u concreet kunt doen, in plaats van "Laat maar weten als ik iets kan doen". Bied bijvoorbeeld aan om familie te informeren of met de uitvaartondernemer mee te denken.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Noem de naam van de overledene en praat over wie hij of zij was',
        detail:
          'Veel nabestaanden vinden het pijnlijk als niemand meer over de overledene durft te praten. Een herinnering of een foto kan veel betekenen.',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
      {
        text: 'Ga in op schuldgevoel zonder het weg te praten',
        detail:
          "Nabestaanden vragen zich vaak af of ze signalen hebben gemist. Luister, en zeg dat niemand de verantwoordelijkheid draagt voor de keuze van een ander in zo'n diepe nood.",
        theme: 'helpen-bij-schuld-en-schaamte',
      },
      {
        text: 'Vertel kinderen eerlijk wat er is gebeurd, in woorden die passen bij hun leeftijd',
        detail:
          'Kinderen horen het vroeg of laat toch, en dan liever van iemand die ze vertrouwen. Informeer ook de school, zodat die kan zorgen voor opvang in de klas.',
        theme: 'een-kind-helpen',
      },
      {
        text: 'Wijs op steun voor nabestaanden, zoals 113 en lotgenotengroepen',
        detail:
          '113 Zelfmoordpreventie biedt informatie en steun voor nabestaanden en verwijst naar lotgenotencontact. De huisarts en Slachtofferhulp Nederland (0900-0101) kunnen ook helpen.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Let op signalen van wanhoop bij de nabestaande zelf',
        detail:
          'Nabestaanden na zelfdoding hebben zelf een verhoogd risico. Vraag het gewoon: "Denk je er weleens ' +
          'aan om er zelf een eind aan te maken?" Bel bij zorgen 113 of gratis 0800-0113, dag en nacht.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Blijf contact houden, ook maanden na de uitvaart',
        detail: 'Zet belangrijke data in uw agenda, zoals de sterfdag en de verjaardag van de overledene, en laat dan van u horen.',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
    ],
  },
  {
    title: 'Wat u kunt doen als iemand slachtoffer is geworden',
    slug: 'algemeen',
    site: 'helpers',
    delict: 'algemeen',
    summary:
      'Een algemene checklist voor helpers: wat u kunt doen als iemand in uw omgeving slachtoffer is van een misdrijf of ingrijpende gebeurtenis.',
    intro:
      `Staat wat uw naaste is overkomen niet in een van de andere checklists, of weet u nog niet precies ` +
      `wat er is gebeurd? Deze algemene checklist geeft de stappen die bij vrijwel elke ingrijpende ` +
      `gebeurtenis helpen. Bij acuut gevaar belt u altijd eerst 112.`,
    items: [
      {
        text: 'Wees er, en luister zonder oordeel',
        detail:
          'Laat de ander vertellen in het eigen tempo. Onderbreek niet, vergelijk niet met andere verhalen en stel geen waarom-vragen.',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
      {
        text: 'Vraag wat de ander nu het meest nodig heeft',
        detail: 'Voor de een is dat gezelschap, voor de ander hulp met de administratie of juist even rust. Vul het niet zelf in.',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
      {
        text: 'Help bij de keuze voor aangifte en ga eventueel mee',
        detail:
          'Een afspraak maakt u via 0900-8844; online aangifte kan alleen voor de delicten die politie.nl ' +
          'noemt, zoals diefstal, vernieling of internetoplichting. De beslissing ligt bij het slachtoffer.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Wijs op gratis hulp van Slachtofferhulp Nederland (0900-0101)',
        detail: 'Voor praktische, juridische en emotionele steun. Ook u als helper kunt er terecht met vragen.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Bewaar alle papieren en bewijs samen in één map',
        detail:
          "Aangifte, brieven, bonnetjes, foto's en medische verslagen zijn later nodig voor de verzekering, een schadevergoeding via de strafzaak of het Schadefonds Geweldsmisdrijven.",
        theme: 'ondersteunen-bij-schadevergoeding',
      },
      {
        text: 'Zoek samen uit welke rechten de ander heeft als slachtoffer',
        detail:
          'Zoals informatie over de zaak, een kopie van de aangifte, spreekrecht en hulp van een advocaat. Het ' +
          'Juridisch Loket geeft juridisch advies (0900-8020; het advies is gratis, bellen kost € 0,25 per ' +
          'minuut).',
        theme: 'slachtofferrechten',
      },
      {
        text: 'Let op klachten die na vier tot zes weken niet minder worden',
        detail:
          'Slecht slapen, vermijden en piekeren zijn eerst normaal. Blijven ze, ga dan samen naar de huisarts. Bij gedachten aan zelfdoding: 113 of gratis 0800-0113.',
        theme: 'het-herstelproces-van-een-slachtoffer',
      },
      {
        text: 'Zorg ook voor uzelf en verdeel de steun',
        detail: 'Helpen kost energie. Vraag anderen om taken over te nemen en neem op tijd rust, zodat u het langer volhoudt.',
        theme: 'tips-voor-zelfzorg',
      },
    ],
  },
]
