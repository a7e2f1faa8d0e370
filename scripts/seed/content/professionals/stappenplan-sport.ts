import type { SeedStappenplan } from '../types'

/** A serious incident at a sports club: the board leads, the VCP listens, the bond and CVSN advise. */
export const incidentInDeSport: SeedStappenplan = {
  title: 'Incident in de sport',
  slug: 'incident-in-de-sport',
  site: 'professionals',
  summary:
    'Wat bestuur, vertrouwenscontactpersoon en trainers doen bij grensoverschrijdend gedrag, geweld of een ernstig incident bij de club.',
  situation:
    'Bij uw sportclub is sprake van grensoverschrijdend gedrag, geweld of een ander ernstig incident waarbij leden betrokken zijn.',
  sectors: ['sport'],
  intro: `Sportclubs draaien op vrijwilligers, maar bij een ernstig incident verwachten leden een zorgvuldige aanpak. Dit \
stappenplan helpt het bestuur om te handelen zonder het slachtoffer te schaden en zonder zelf rechter te spelen.

Advies nodig? **Centrum Veilige Sport Nederland** (0900-2025590) adviseert bestuurders en vertrouwenscontactpersonen. \
Voor hulp aan slachtoffers, ouders en getuigen: **Slachtofferhulp Nederland** (0900-0101).`,
  phases: [
    {
      phase: 'preventief',
      steps: [
        {
          title: 'Stel een vertrouwenscontactpersoon aan',
          action:
            'Benoem een vertrouwenscontactpersoon (VCP) en maak op de website, in de kantine en bij teams bekend wie dat is en hoe leden hem of haar bereiken.',
          who: 'Bestuur van de club',
        },
        {
          title: 'Vraag een VOG voor begeleiders',
          action:
            'Vraag van trainers en begeleiders die met minderjarigen werken een Verklaring Omtrent het Gedrag. Via de regeling Gratis VOG kan dat onder voorwaarden kosteloos.',
          who: 'Bestuur van de club',
        },
        {
          title: 'Werk met gedragsregels',
          action:
            'Laat alle begeleiders de gedragsregels van NOC*NSF ondertekenen en spreek het vier-ogenprincipe af: geen één-op-één situaties achter gesloten deuren.',
          who: 'Technische commissie',
        },
        {
          title: 'Maak een draaiboek voor incidenten',
          action:
            'Leg vast wie bij een incident de leiding heeft, wie woordvoerder is en wie contact opneemt met de bond en Centrum Veilige Sport Nederland.',
          who: 'Bestuur van de club',
        },
        {
          title: 'Bespreek omgangsregels met teams en ouders',
          action:
            'Bespreek aan het begin van het seizoen wat wel en niet kan in het team, en bij wie leden en ouders terechtkunnen met zorgen.',
          who: 'Trainers en coaches',
        },
      ],
    },
    {
      phase: 'acute-fase',
      steps: [
        {
          title: 'Zorg voor veiligheid',
          action:
            'Bel bij gevaar, letsel of een strafbaar feit 112 of de politie (0900-8844). Zorg dat slachtoffer en beschuldigde niet met elkaar in contact zijn.',
          who: 'Aanwezige trainer of bestuurslid',
        },
        {
          title: 'Luister en leg vast',
          action:
            'Luister naar de melder zonder te oordelen en schrijf op wat er is verteld, in de eigen woorden van de melder. Doe geen eigen onderzoek en confronteer de beschuldigde niet.',
          who: 'Vertrouwenscontactpersoon',
        },
        {
          title: 'Vraag advies over de route',
          action:
            'Overleg met de sportbond of Centrum Veilige Sport Nederland over de te volgen route: tuchtrecht via het Instituut Sportrechtspraak, aangifte bij de politie of beide.',
          who: 'Bestuur van de club',
        },
        {
          title: 'Neem een ordemaatregel',
          action:
            'Zet een beschuldigde begeleider zo nodig tijdelijk op non-actief. Leg uit dat dit een voorzorgsmaatregel is en geen oordeel over schuld.',
          who: 'Bestuur van de club',
        },
        {
          title: 'Wijs betrokkenen op hulp',
          action:
            'Wijs slachtoffer en ouders op Slachtofferhulp Nederland (0900-0101). Bij seksueel geweld van minder dan een week geleden: Centrum Seksueel Geweld (0800-0188).',
          who: 'Vertrouwenscontactpersoon',
        },
        {
          title: 'Communiceer feitelijk',
          action:
            'Informeer leden en ouders kort en feitelijk, zonder namen of details die het slachtoffer schaden. Eén woordvoerder staat de pers te woord.',
          who: 'Bestuur van de club',
        },
      ],
    },
    {
      phase: 'nafase',
      steps: [
        {
          title: 'Blijf betrokken bij het slachtoffer',
          action:
            'Houd contact met het slachtoffer en de ouders en vraag wat zij van de club nodig hebben, bijvoorbeeld een ander team of een andere trainingstijd.',
          who: 'Vertrouwenscontactpersoon',
        },
        {
          title: 'Geef het team aandacht',
          action:
            'Bespreek met het team, eventueel met hulp van een deskundige, wat er is gebeurd voor zover dat kan, en hoe het nu gaat. Let op teamgenoten die stil worden of wegblijven.',
          who: 'Trainers en coaches',
        },
        {
          title: 'Volg de uitspraak',
          action:
            'Wacht de uitkomst van het tuchtrechtelijke of strafrechtelijke onderzoek af en voer de uitspraak ' +
            'uit. Blijkt een beschuldiging ongegrond, zorg dan met advies van Centrum Veilige Sport Nederland ' +
            'voor zorgvuldig herstel.',
          who: 'Bestuur van de club',
        },
        {
          title: 'Evalueer en verbeter',
          action:
            'Bespreek na enkele maanden wat goed ging en wat beter kan, en pas het draaiboek, de VOG-controle en de gedragsregels aan.',
          who: 'Bestuur van de club',
        },
      ],
    },
  ],
}
