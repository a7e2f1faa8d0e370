import type { SeedReview } from '../types'
import { CHECKED_ON, OWNERS } from './owners'

const verified = (url: string, supports: string) => ({ url, supports, verified: true })
const unverified = (url: string, supports: string) => ({ url, supports, verified: false })

const JURIDISCH_LOKET = 'https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze'
const POLITIE_AANGIFTE = 'https://www.politie.nl/themas/aangifte-doen.html'
const POLITIE_MMA = 'https://www.politie.nl/themas/meld-misdaad-anoniem.html'
const POLITIE_SLACHTOFFERHULP = 'https://www.politie.nl/themas/slachtofferhulp.html'

/**
 * The review record of every organisation: each contact detail a visitor acts on, with the page
 * that says so. `verified: true` only where the organisation's own page or the government's
 * confirmed it (stored copies, read on {@link CHECKED_ON}); news and third-party pages that say the
 * same are listed with `verified: false`, as is what no page confirmed.
 */
export const organisationReviews: Record<string, SeedReview> = {
  'slachtofferhulp-nederland': {
    status: 'partly',
    sources: [
      verified(
        POLITIE_SLACHTOFFERHULP,
        'Politie.nl: telefoonnummer 0900-0101 (lokaal tarief); gratis hulp voor slachtoffers, nabestaanden en getuigen',
      ),
      unverified('https://www.slachtofferhulp.nl/', 'Openingstijden ma–vr 8.00–20.00 uur en za 10.00–17.00 uur; adres van de chat'),
    ],
    note: 'De openingstijden en het chatadres stonden niet op de geraadpleegde pagina’s; controleer ze op slachtofferhulp.nl.',
  },
  'veilig-thuis': {
    status: 'partly',
    sources: [
      verified(
        'https://www.veiligthuisnoordoostgelderland.nl/chat-veilig-thuis-zeker-tot-einde-2020/',
        '0800-2000 is 24/7 en gratis bereikbaar; 112 bij een levensbedreigende situatie',
      ),
      verified(
        'https://www.veiligthuisgv.nl/veelgestelde-vragen/',
        'De chat is op werkdagen 9.00–17.00 uur open en niet bedoeld voor professionals: die bellen 0800-2000',
      ),
      unverified(
        'https://www.gemeente.nu/veiligheid/bereikbaarheid-veilig-thuis-met-24-7-chatfunctie-wenselijk/',
        'De chat is meestal 9–17 uur bereikbaar en in enkele regio’s niet altijd op de aangegeven tijden',
      ),
    ],
    note: 'De chattijden verschillen per regio; de site noemt daarom geen vaste uren.',
  },
  'centrum-seksueel-geweld': {
    status: 'partly',
    sources: [
      verified(
        'https://www.centrumseksueelgeweld.nl/category/in-de-media/',
        '0800-0188 is 24/7 bereikbaar; bij voorkeur hulp binnen zeven dagen (medische zorg, sporenonderzoek)',
      ),
      unverified(
        'https://www.omroepflevoland.nl/nieuws/133448/almere-centrum-seksueel-geweld-flevoland-van-start',
        '0800-0188 is gratis (nieuwsbericht)',
      ),
    ],
  },
  '113-zelfmoordpreventie': {
    status: 'partly',
    sources: [
      verified('https://www.113.nl/qa-nummerwijziging-113-en-gratis-nummer-0800-0113', 'Bereikbaar via 113 en het gratis nummer 0800-0113'),
      unverified(
        'https://www.nu.nl/binnenland/6062813/hulplijn-113-nu-ook-rechtstreeks-bereikbaar-voor-zelfmoordpreventie.html',
        '24 uur per dag, zeven dagen per week; chat via 113.nl (nieuwsbericht)',
      ),
      unverified(
        'https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt',
        'Sinds oktober 2025 is ook 113 zelf gratis (ANP-bericht)',
      ),
    ],
    note: 'De Q&A van 113 zegt nog dat 113 niet gratis is; een ANP-bericht van oktober 2025 zegt van wel. Controleer op 113.nl en pas dan "gratis 0800-0113" in de teksten aan.',
  },
  'juridisch-loket': {
    status: 'verified',
    sources: [
      verified(
        JURIDISCH_LOKET,
        '0900-8020, iedere dag 9.00–18.00 uur; de hulp is gratis; bellen kost € 0,25 per minuut (plus starttarief, maximaal € 12,50)',
      ),
    ],
  },
  'schadefonds-geweldsmisdrijven': {
    status: 'partly',
    sources: [
      verified(
        'https://www.schadefonds.nl/faq__category/aanvraag-indienen/',
        'De aanvraag moet binnen tien jaar na het geweldsmisdrijf binnen zijn',
      ),
      verified(
        'https://wetten.overheid.nl/BWBR0002979',
        'Wet schadefonds geweldsmisdrijven: binnen tien jaar na het misdrijf; voor nabestaanden vanaf het overlijden',
      ),
      verified(
        'https://www.schadefonds.nl/slachtoffer/veelgestelde-vragen-en-voorwaarden/',
        'Telefoonnummer 070 414 20 00; aanvragen kan ook als de dader onbekend is of niet wordt veroordeeld',
      ),
      unverified('https://www.schadefonds.nl/', 'Bereikbaar op werkdagen'),
    ],
    note: 'Dat de termijn sinds 1 juli 2016 tien jaar is, staat niet op de geraadpleegde pagina’s; de site noemt die datum daarom niet.',
  },
  fraudehelpdesk: {
    status: 'verified',
    sources: [verified('http://www.fraudehelpdesk.nl/Meldpunten', '088-7867372 (lokaal tarief), op werkdagen 9.00–17.00 uur')],
  },
  huisarts: {
    status: 'verified',
    sources: [verified('https://www.thuisarts.nl/', 'Thuisarts.nl: informatie van huisartsen, ook over wanneer u de huisarts belt')],
  },
  politie: {
    status: 'verified',
    sources: [
      verified(
        POLITIE_AANGIFTE,
        '0900-8844; aangifte op afspraak, telefonisch of online; online alleen voor diefstal, vernieling of internetoplichting',
      ),
      verified(
        POLITIE_MMA,
        'Meld Misdaad Anoniem (0800-7000) is geen onderdeel van de politie; een onafhankelijke stichting exploiteert het meldpunt',
      ),
    ],
  },
  'alarmnummer-112': {
    status: 'verified',
    sources: [verified(POLITIE_MMA, 'Bij spoed, zoals een inbraak of overval, belt u 112')],
  },
  'de-kindertelefoon': {
    note: 'Nummer en uren alleen bij de vriendenstichting en in het nieuws gevonden; controleer ze op kindertelefoon.nl.',
    status: 'unverified',
    sources: [
      unverified(
        'https://www.vriendenkindertelefoon.nl/kindertelefoon',
        'Gratis en anoniem bellen en chatten voor 8 tot 18 jaar via 0800-0432 (stichting Vrienden van De Kindertelefoon)',
      ),
      unverified(
        'https://www.metronieuws.nl/in-het-nieuws/2019/09/hoera-de-kindertelefoon-bestaat-40-jaar',
        'Iedere dag bereikbaar tussen 11 en 21 uur',
      ),
    ],
  },
  helpwanted: {
    status: 'verified',
    sources: [
      verified('http://www.helpwanted.nl/en', 'Chat, telefoon 020-261 52 75, gratis en anoniem; hulp bij het verwijderen van beelden'),
    ],
  },
  'mind-korrelatie': {
    status: 'partly',
    sources: [
      unverified(
        'https://www.emea.nl/persberichten/korrelatie-overleeft-roerig-jaar-met-ruim-23000-klantcontacten-6266/',
        '0900-1450 op werkdagen 9.00–18.00 uur (persbericht uit 2004)',
      ),
      verified('https://mindkorrelatie.nl/voorwaarden/privacy-statement', 'Hulp per telefoon, chat, mail en WhatsApp; anoniem'),
    ],
    note: 'Nummer en uren alleen in een persbericht uit 2004 gevonden; controleer ze op mindkorrelatie.nl.',
  },
  'cjib-slachtofferinformatie': {
    status: 'unverified',
    sources: [
      unverified(
        'https://www.cjib.nl/direct-regelen/slachtoffers-en-nabestaanden',
        'Informatie over de schadevergoedingsmaatregel en de voorschotregeling',
      ),
      verified(
        'https://www.politie.nl/nieuws/2020/november/16/portaal-mijnslachtofferzaak-geopend.html',
        'Mijnslachtofferzaak.nl bundelt de informatie van politie, OM, Slachtofferhulp, CJIB en Schadefonds',
      ),
    ],
    note: 'De pagina van het CJIB zelf is niet geraadpleegd.',
  },
  'centrum-veilige-sport-nederland': {
    status: 'partly',
    sources: [
      unverified('https://www.dev-kbn.nl/meldpunt', '0900-202 55 90, op werkdagen 8.30–17.00 uur (pagina van een sportbond)'),
      verified('https://centrumveiligesport.nl/een-melding-maken/waar-kan-ik-terecht', 'Vertrouwelijk, gratis en desgewenst anoniem'),
    ],
  },
  'advieslijn-professionals': {
    status: 'partly',
    sources: [
      verified(
        'https://www.slachtofferhulp.nl/professionals/een-slachtoffer-doorverwijzen/doorverwijzen-naar-slachtofferhulp/',
        'Professionals melden een slachtoffer aan via 0900-0101 (optie 3) en bespreken de casus',
      ),
      unverified('https://www.slachtofferhulp.nl/professionals/', 'Openingstijden ma–vr 8.00–20.00 uur'),
    ],
  },
}

/** Every organisation was reviewed on the same day by the same owner. */
export const organisationReview = (slug: string): SeedReview | undefined => {
  const record = organisationReviews[slug]
  return record && { owner: OWNERS.organisations, lastChecked: CHECKED_ON, reviewIntervalMonths: 6, ...record }
}
