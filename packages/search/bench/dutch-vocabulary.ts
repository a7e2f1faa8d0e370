// A small Dutch vocabulary for synthetic pages: function words, nouns, verbs and adjectives of
// the victim-support domain and of everyday text. The generator adds plurals and compounds.
export const functionWords = (
  'de het een en van in op te dat die is niet met voor er aan als bij ook maar om dan zijn ' +
  'naar uit of door over nog wel geen wat wordt kan hun deze dit u u zich zo tot al je we ' +
  'hij zij ze worden heeft hebben meer veel wie waar hoe omdat want toch soms vaak altijd'
).split(' ')

export const nouns = (
  'slachtoffer helper naaste familie vriend buurman collega ouder kind jongere docent school ' +
  'werk sport club politie huisarts hulp steun zorg gesprek gevoel angst boosheid verdriet ' +
  'schaamte schuld stress rust slaap hoofd lichaam tijd week dag avond nacht huis woning ' +
  'straat fiets auto verkeer ongeval letsel schade vergoeding aangifte rechter zitting ' +
  'proces advocaat dader geweld misbruik intimidatie stalking fraude oplichting inbraak ' +
  'overval beroving diefstal dreiging bericht telefoon internet foto video cursus stap ' +
  'vraag antwoord advies tip ervaring verhaal groep contact afspraak brief formulier ' +
  'recht regel informatie organisatie gemeente wijk buurt plek moment situatie signaal ' +
  'vertrouwen veiligheid grens behoefte herstel verwerking rouw verlies partner relatie ' +
  'geld bank rekening verzekering kosten werkgever leerling trainer begeleider team ' +
  'zelfzorg energie balans netwerk middag ochtend jaar maand begin einde reden manier'
).split(' ')

export const verbs = (
  'helpen luisteren praten vragen zeggen denken voelen weten zien horen blijven gaan komen ' +
  'maken nemen geven krijgen houden zoeken vinden bellen schrijven lezen melden doen ' +
  'steunen herstellen verwerken slapen werken leren delen beginnen stoppen wachten ' +
  'begrijpen merken reageren kiezen regelen vertellen proberen'
).split(' ')

export const adjectives = (
  'goed moeilijk belangrijk veilig onveilig rustig boos bang verdrietig moe eerlijk ' +
  'open duidelijk lastig zwaar licht eigen nieuw oud jong snel langzaam echt gewoon ' +
  'praktisch persoonlijk professioneel juridisch financieel emotioneel sociaal lokaal ' +
  'anoniem gratis direct later eerst samen alleen'
).split(' ')
