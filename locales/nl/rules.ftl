## Rolkaders: wat je in jouw rol wel en niet mag vastleggen, met de bron.

error-frame-refused = Dit past niet binnen het kader van jouw rol:

frame-concrete-reason = Concrete aanleiding
frame-concrete-reason-explanation = Leg bij een signaal vast waarom je het vastlegt. Zonder concrete aanleiding volg je iemand niet online.
frame-concrete-reason-basis = Raadsvragen online monitoring (Leiden, 2021): personen alleen volgen bij een concrete aanleiding, net als offline.

frame-municipal-closed-source = Geen persoonsgegevens uit besloten bronnen
frame-municipal-closed-source-explanation = Als medewerker van de gemeente mag je geen informatie over personen uit besloten groepen vastleggen. Leg alleen vast wat je in openbare bronnen zag, of meld het bij de politie.
frame-municipal-closed-source-basis = Online onderzoek door gemeenten (Gemeentewet art. 172): alleen publiek toegankelijke bronnen; gemeenten nemen niet deel aan besloten groepen (Leiden, 2021).

frame-municipal-closed-group-trend = Besloten groepen
frame-municipal-closed-group-trend-explanation = Een trend mag je vastleggen, maar als gemeente neem je niet deel aan besloten groepen. Noteer hoe je ervan weet.
frame-municipal-closed-group-trend-basis = Raadsvragen online monitoring (Leiden, 2021) en de voorwaarden voor online onderzoek door gemeenten.

frame-systematic-monitoring = Geen stelselmatig volgen
frame-systematic-monitoring-explanation = Je legt vaker iets vast over dezelfde persoon, zonder nieuwe aanleiding. Dat kan stelselmatig volgen zijn, en dat mag niet. Schrijf op wat er nieuw is, of laat het bij de eerdere notitie.
frame-systematic-monitoring-basis = Infographic informatiepositie: de gemeente mag niet systematisch monitoren; alleen volgen bij een concrete aanleiding (Leiden, 2021).

frame-boa-online = Boa en online
frame-boa-online-explanation = De online wereld valt buiten het inzetcriterium van boa domein 1. Online signaleer en observeer je als toezichthouder, alleen in openbare bronnen en binnen de afspraken van je gemeente.
frame-boa-online-basis = Infographic informatiepositie, medewerkers toezicht en handhaving.

frame-police-closed-source = Besloten bronnen alleen met bevel
frame-police-closed-source-explanation = Informatie uit besloten bronnen mag de politie alleen inwinnen met een bevel van het Openbaar Ministerie. Vul het nummer van het bevel in.
frame-police-closed-source-basis = Infographic informatiepositie, politie: openbare bronnen met een functioneel account; besloten bronnen alleen met een bevel van het OM.

frame-transparency = Wees open naar de jongere
frame-transparency-explanation = Vertel de jongere wat je vastlegt en wanneer je misschien informatie moet delen, bijvoorbeeld als de veiligheid in gevaar is.
frame-transparency-basis = Infographic informatiepositie, jongerenwerk: jongerenwerkers zijn transparant naar jongeren.

## Toestemming en delen

error-not-eligible = Deze notitie kan nog niet naar deze partner:

consent-giver-young-person = De jongere zelf
consent-giver-parent-guardian = Ouder of voogd
consent-giver-worker-release = Ik geef deze trend zelf vrij

informed-in-person = In een gesprek
informed-message = Via een bericht of chat
informed-phone = Telefonisch
informed-in-writing = Op papier of per brief
informed-not-applicable = Niet van toepassing

blocker-no-consent = Geen toestemming
blocker-no-consent-explanation = Er is nog geen toestemming vastgelegd. Leg eerst vast wie toestemming gaf, hoe je diegene informeerde en met wie je mag delen.
blocker-consent-withdrawn = Toestemming ingetrokken
blocker-consent-withdrawn-explanation = De toestemming is ingetrokken. Zonder nieuwe toestemming gaat deze notitie nergens heen.
blocker-out-of-scope = Partner valt buiten de toestemming
blocker-out-of-scope-explanation = De toestemming geldt niet voor deze partner. Vraag opnieuw toestemming als je ook met deze partner wilt delen.
blocker-wrong-giver = Verkeerde soort toestemming
blocker-wrong-giver-explanation = Een trend geef je zelf vrij; voor een signaal geeft de jongere of een ouder of voogd toestemming.
blocker-parent-needed = Ouder of voogd nodig
blocker-parent-needed-explanation = De jongere is jonger dan 16. Dan geeft een ouder of voogd toestemming (AVG artikel 8, UAVG artikel 5).
blocker-unresolved-findings = Nog herkenbare gegevens
blocker-unresolved-findings-explanation = Er staan nog namen, nummers of adressen in de tekst die je niet hebt nagelopen. Kies bij elk: vervangen of laten staan.
blocker-frame-refused = Past niet in je rolkader
blocker-frame-refused-explanation = Deze notitie past niet binnen het kader van jouw rol; pas haar eerst aan.
blocker-already-shared = Al gedeeld
blocker-already-shared-explanation = Deze versie is al gedeeld met deze partner of staat klaar om te versturen.

consent-problem-wrong-giver = Verkeerde soort toestemming
consent-problem-wrong-giver-explanation = Een trend geef je zelf vrij. Voor een signaal geeft de jongere, of een ouder of voogd, toestemming.
consent-problem-empty-scope = Geen partner gekozen
consent-problem-empty-scope-explanation = Kies met welke partners je mag delen.
consent-problem-in-future = Datum in de toekomst
consent-problem-in-future-explanation = De toestemming kan niet in de toekomst gegeven zijn. Controleer datum en tijd.
consent-problem-justification-missing = Onderbouwing ontbreekt
consent-problem-justification-missing-explanation = Schrijf op waarom het informeren van de jongere iemand in gevaar zou brengen (minstens een korte zin).
consent-problem-nothing-to-withdraw = Geen toestemming
consent-problem-nothing-to-withdraw-explanation = Er is geen toestemming om in te trekken.
consent-problem-keep-reason-missing = Reden ontbreekt
consent-problem-keep-reason-missing-explanation = Een naam, nummer of adres laten staan kan alleen met een reden in een paar woorden (bijvoorbeeld "publiek figuur" of "naam van een winkel"). Een mogelijke naam mag zonder reden blijven staan.

## Herinneringen

reminder-transparency = Wees open naar de jongere
reminder-transparency-body = Je legde een signaal vast uit direct contact. Vertel de jongere wat je hebt genoteerd en wanneer je misschien iets moet delen. Leg vast dat je dat deed, of waarom dat niet kan.
reminder-inform-before-share = Informeer de jongere voor je deelt
reminder-inform-before-share-body = Er is toestemming om te delen, maar de jongere weet het nog niet van jou. Vertel het, tenzij dat iemand in gevaar brengt: leg dan die uitzondering vast met een onderbouwing.
reminder-nearing-expiry = Notitie verloopt bijna
reminder-nearing-expiry-body = Deze notitie wordt op { $date } automatisch verwijderd. Deel of exporteer eerder als dat nodig en toegestaan is.
reminder-avg-principles = De AVG-beginselen
reminder-avg-principles-body = Verwerk alleen wat nodig is voor je doel, wees open, houd het juist en actueel, bewaar niet langer dan nodig en bescherm wat je vastlegt. Twijfel je? Vraag de privacy officer of de FG.
